/**
 * Managed Agents' background work, registered once at start: the session runtime's lane on the
 * due-work queue (domain/runtime-jobs.ts); and its control-plane operations
 * (contracts/managed-agents.control.yaml: runtime scripts, sessions for the UI).
 */
import type { EngineServices } from '../../engine/provider.js';
import { registerRuntime } from './domain/runtime-jobs.js';

export { controlHandlers } from './routes/control.js';

export function start(services: EngineServices): void {
  registerRuntime(services);
}
