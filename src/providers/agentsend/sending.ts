/**
 * Outbound delivery and inbound receipt for AgentSend (job handlers, mailbox resolver) and the
 * control routes that go with them.
 */
import type { ControlRoute, EngineServices } from '../../engine/provider.js';

export function startSending(_services: EngineServices): void {}

export function sendingControlRoutes(_services: EngineServices): ControlRoute[] {
  return [];
}
