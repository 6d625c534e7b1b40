import type { EngineServices } from '../../../engine/provider.js';
import { COMMUNE } from './events.js';
import { communeSigner } from './signer.js';

/** Signs every webhook attempt afresh (timestamp, attempt number, signature). */
export function startOps(services: EngineServices): void {
  services.webhooks.registerSigner?.(COMMUNE, communeSigner(services.store));
}
