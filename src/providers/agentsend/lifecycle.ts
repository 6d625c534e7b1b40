/**
 * AgentSend's background work, registered once at start, and its control-plane operations
 * (contracts/agentsend.control.yaml). Each concern lives in its own module; this file gathers them.
 */
import type { EngineServices, Handler } from '../../engine/provider.js';
import { startSending } from './domain/sending.js';
import { authControlHandlers } from './routes/control.js';
import { downloadAgentSendAttachment } from './domain/attachments.js';
import { startSimulation, simulationControlHandlers } from './domain/simulation.js';

export function start(services: EngineServices): void {
  startSending(services);
  startSimulation(services);
}

export const controlHandlers: Record<string, Handler> = { ...authControlHandlers, downloadAgentSendAttachment, ...simulationControlHandlers };
