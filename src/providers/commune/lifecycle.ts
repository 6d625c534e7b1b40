/** Commune's background work, and its control-plane operations (contracts/commune.control.yaml). */
import type { EngineServices, Handler } from '../../engine/provider.js';
import { startMail } from './mail/lifecycle.js';
import { startOps } from './ops/lifecycle.js';
import { agentControlHandlers } from './agents/control.js';
import { mailControlHandlers } from './mail/control.js';
import { simulationHandlers } from './ops/simulate.js';

export function start(services: EngineServices): void {
  startMail(services);
  startOps(services);
}

export const controlHandlers: Record<string, Handler> = { ...agentControlHandlers, ...mailControlHandlers, ...simulationHandlers };
