/**
 * Managed Agents' background work, registered once at start: the session runtime's lane on the
 * due-work queue (domain/runtime-jobs.ts). The resources answer synchronously and expiry is read
 * off the engine clock.
 */
import type { EngineServices } from '../../engine/provider.js';
import { registerRuntime } from './domain/runtime-jobs.js';

export function start(services: EngineServices): void {
  registerRuntime(services);
}
