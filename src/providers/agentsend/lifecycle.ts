/**
 * AgentSend's background work and control-plane routes: registered once at start.
 */
import type { ControlRoute, EngineServices } from '../../engine/provider.js';

export function start(_services: EngineServices): void {}

export function controlRoutes(_services: EngineServices): ControlRoute[] {
  return [];
}
