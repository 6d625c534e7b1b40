/** Commune's background work and control routes, gathered from each concern's module. */
import type { ControlRoute, EngineServices } from '../../engine/provider.js';
import { startMail, mailControlRoutes } from './mail/lifecycle.js';
import { startOps, opsControlRoutes } from './ops/lifecycle.js';
import { agentControlRoutes } from './agents/control.js';

export function start(services: EngineServices): void {
  startMail(services);
  startOps(services);
}

export function controlRoutes(services: EngineServices): ControlRoute[] {
  return [...agentControlRoutes(services), ...mailControlRoutes(services), ...opsControlRoutes(services)];
}
