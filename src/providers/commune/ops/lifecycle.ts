import type { ControlRoute, EngineServices } from '../../../engine/provider.js';

export function startOps(_services: EngineServices): void {}

export function opsControlRoutes(_services: EngineServices): ControlRoute[] {
  return [];
}
