/**
 * Control routes for the sign-in flows: codes and magic links are readable here because no real
 * mail leaves for them.
 */
import type { ControlRoute, EngineServices } from '../../engine/provider.js';

export function authControlRoutes(_services: EngineServices): ControlRoute[] {
  return [];
}
