/**
 * Managed Agents' background work, registered once at start. None yet: the resources answer
 * synchronously and expiry is read off the engine clock; sessions (the next issue) bring a runtime.
 * No control-plane operations either (reset and the journal are the engine's).
 */
import type { EngineServices } from '../../engine/provider.js';

export function start(_services: EngineServices): void {}
