/** Commune mail at start: the send queue, the inbound mailboxes, and the control routes. */
import type { ControlRoute, EngineServices } from '../../../engine/provider.js';
import { attachmentDownloadRoute } from './attachments-store.js';
import { domainControlRoutes } from './control.js';
import { buildMailboxResolver } from './inbound.js';
import { registerSendQueue } from './sending.js';

export function startMail(services: EngineServices): void {
  registerSendQueue(services);
  services.mail.registerMailboxes('commune', buildMailboxResolver(services));
}

export function mailControlRoutes(services: EngineServices): ControlRoute[] {
  return [attachmentDownloadRoute(services), ...domainControlRoutes(services)];
}
