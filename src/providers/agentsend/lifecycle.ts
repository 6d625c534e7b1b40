/**
 * AgentSend's background work, registered once at start (the send queue, inbound mailboxes and the
 * simulator's scheduled outcomes), and its control-plane operations (contracts/agentsend.control.yaml).
 */
import type { EngineServices } from '../../engine/provider.js';
import { startSending } from './domain/sending.js';
import { startSimulation } from './domain/simulation.js';
import { controlHandlers } from './routes/control.js';

export function start(services: EngineServices): void {
  startSending(services);
  startSimulation(services);
}

export { controlHandlers };
