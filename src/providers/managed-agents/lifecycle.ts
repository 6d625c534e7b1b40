/**
 * Managed Agents' background work, registered once at start: the session runtime's lane on the
 * due-work queue (domain/runtime-jobs.ts); the signer of its session webhooks (domain/webhooks.ts);
 * and its control-plane operations (contracts/managed-agents.control.yaml: runtime scripts, webhook
 * endpoints, sessions for the UI).
 */
import type { EngineServices } from '../../engine/provider.js';
import { registerRuntime } from './domain/runtime-jobs.js';
import { PROVIDER, managedAgentsSigner } from './domain/webhooks.js';

export { controlHandlers } from './routes/control.js';

export function start(services: EngineServices): void {
  registerRuntime(services);
  services.webhooks.registerSigner?.(PROVIDER, managedAgentsSigner(services));
}
