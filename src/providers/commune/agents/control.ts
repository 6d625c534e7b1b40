import type { ControlRoute, EngineServices } from '../../../engine/provider.js';

export function agentControlRoutes(_services: EngineServices): ControlRoute[] {
  return [];
}
