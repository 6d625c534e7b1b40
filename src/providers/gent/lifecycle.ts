/** Gent's background work and control-plane routes, registered once at start. */
import type { ControlRoute, EngineServices } from '../../engine/provider.js';
import { startApprovals } from './domain/approvals.js';
import { startDelivery } from './domain/delivery.js';
import { gentMailboxResolver } from './domain/inbound.js';
import { startWebhooks } from './domain/webhooks.js';
import { orgControlRoutes } from './org-control.js';

export function start(services: EngineServices): void {
  startDelivery(services);
  startWebhooks(services);
  startApprovals(services);
  services.mail.registerMailboxes('gent', gentMailboxResolver(services));
}

export function controlRoutes(services: EngineServices): ControlRoute[] {
  return orgControlRoutes(services);
}
