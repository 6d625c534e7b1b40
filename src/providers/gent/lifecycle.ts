/** Gent's background work, registered once at start, and its control-plane operations (contracts/gent.control.yaml). */
import type { EngineServices } from '../../engine/provider.js';
import { startApprovals } from './domain/approvals.js';
import { startDelivery } from './domain/delivery.js';
import { gentMailboxResolver } from './domain/inbound.js';
import { startWebhooks } from './domain/webhooks.js';

export { controlHandlers } from './routes/control.js';

export function start(services: EngineServices): void {
  startDelivery(services);
  startWebhooks(services);
  startApprovals(services);
  services.mail.registerMailboxes('gent', gentMailboxResolver(services));
}
