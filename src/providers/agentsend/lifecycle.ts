/**
 * AgentSend's background work and control-plane routes, registered once at start. Each concern
 * lives in its own module; this file only gathers them.
 */
import type { ControlRoute, EngineServices } from '../../engine/provider.js';
import { startSending, sendingControlRoutes } from './sending.js';
import { authControlRoutes } from './auth-control.js';
import { startSimulation, simulationControlRoutes } from './simulate.js';

export function start(services: EngineServices): void {
  startSending(services);
  startSimulation(services);
}

export function controlRoutes(services: EngineServices): ControlRoute[] {
  return [...sendingControlRoutes(services), ...authControlRoutes(services), ...simulationControlRoutes(services)];
}
