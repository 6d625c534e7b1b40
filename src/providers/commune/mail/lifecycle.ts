/** Commune mail at start: the send queue and the inbound mailboxes. */
import type { EngineServices } from '../../../engine/provider.js';
import { buildMailboxResolver } from './inbound.js';
import { registerSendQueue } from './sending.js';

export function startMail(services: EngineServices): void {
  registerSendQueue(services);
  services.mail.registerMailboxes('commune', buildMailboxResolver(services));
}
