import type { ControlRoute, EngineServices } from '../../../engine/provider.js';

export function startMail(_services: EngineServices): void {}

export function mailControlRoutes(_services: EngineServices): ControlRoute[] {
  return [];
}
