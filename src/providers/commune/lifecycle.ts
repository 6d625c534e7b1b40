/** Commune's background work, and its control-plane operations (contracts/commune.control.yaml). */
import type { EngineServices } from '../../engine/provider.js';
import { COMMUNE } from './domain/events.js';
import { buildMailboxResolver } from './domain/inbound.js';
import { registerSendQueue } from './domain/sending.js';
import { communeSigner } from './domain/signer.js';
import { controlHandlers } from './routes/control.js';

/** The send queue, the inbound mailboxes, and the signer that signs every webhook attempt afresh. */
export function start(services: EngineServices): void {
  registerSendQueue(services);
  services.mail.registerMailboxes('commune', buildMailboxResolver(services));
  services.webhooks.registerSigner?.(COMMUNE, communeSigner(services.store));
}

export { controlHandlers };
