/** Managed Agents needs no background work yet (sessions, the next issue, bring a runtime) and no control routes. */
import type { ControlRoute, EngineServices } from '../../engine/provider.js';

export function start(_services: EngineServices): void {}

export function controlRoutes(_services: EngineServices): ControlRoute[] {
  return [];
}
