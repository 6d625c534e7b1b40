/**
 * AgentSend webhook events: who gets them and exactly what they receive.
 *
 * Body `{"event","data","timestamp"}` (keys in that order, timestamp in epoch ms), signed with
 * lowercase hex HMAC-SHA256 of the raw body keyed by the full `whsec_…` secret (notes §6).
 * Call inside the transaction of the change that causes the event: the outbox row commits with it.
 */
import { createHmac } from 'node:crypto';
import type { EngineServices } from '../../engine/provider.js';
import type { WebhookRow } from './tables.js';

export const EVENTS = ['message.received', 'message.sent', 'message.delivered', 'message.bounced', 'message.complained', 'domain.verified'] as const;
export type AgentSendEvent = (typeof EVENTS)[number];

export function signAgentSend(rawBody: string, secret: string): string {
  return createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex');
}

export function emitEvent(services: EngineServices, tenant: string, event: AgentSendEvent, data: Record<string, unknown>): number {
  const hooks = services.store.db
    .prepare('SELECT * FROM as_webhooks WHERE account_id = ? AND is_active = 1 ORDER BY seq')
    .all(tenant) as WebhookRow[];
  let queued = 0;
  for (const hook of hooks) {
    const events = JSON.parse(hook.events) as string[] | null;
    if (events && !events.includes(event)) continue;
    const body = JSON.stringify({ event, data, timestamp: services.clock.nowMs() });
    services.webhooks.enqueue({
      provider: 'agentsend', tenant, subscriptionId: hook.id, url: hook.url, event, body,
      headers: {
        'Content-Type': 'application/json',
        'X-AgentSend-Event': event,
        'X-AgentSend-Signature': signAgentSend(body, hook.secret),
        'X-AgentSend-Webhook-Id': hook.id,
      },
    });
    queued++;
  }
  return queued;
}
