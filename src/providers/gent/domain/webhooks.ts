/**
 * Gent's webhooks on the engine outbox (contracts/gent.md §Webhooks): the event envelope, the
 * per-attempt signature, and the per-alert retries.
 *
 * Body `{event_id, type, inbox_id, occurred_at, [event_type], payload}`, fixed before the first
 * attempt. Every attempt is signed afresh: `X-Gent-Timestamp: <unix s>` and
 * `X-Gent-Signature: t=<unix s>,v1=<hex HMAC-SHA256("<t>.<raw body>", secret)>`.
 *
 * Retries: an alert chooses `retries` (0-10) and `backoff` (immediate, fixed 60 s, exponential from
 * 30 s); each delivery carries that schedule, and the engine's outbox waits it out on the engine clock.
 */
import { createHmac } from 'node:crypto';
import type { EngineServices } from '../../../engine/provider.js';
import type { WebhookSigner } from '../../../engine/webhooks.js';
import { insertWebhookMeta, webhookMeta } from '../store/automation.js';
import { newId } from './ids.js';

export const PROVIDER = 'gent';
export type Backoff = 'immediate' | 'fixed' | 'exponential';

export interface WebhookOrder {
  orgId: string;
  inboxId: string | null;
  sourceKind: 'alert' | 'inbox' | 'workflow';
  sourceId: string;
  url: string;
  secret: string;
  retries: number;
  backoff: Backoff;
  type: string;
  payload: Record<string, unknown>;
  /** Workflow webhook writes carry the rule's own event type. */
  eventType?: string;
}

export function signGent(rawBody: string, timestamp: number, secret: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex')}`;
}

/** Wait before the attempt after `attempt` failed ones. */
export function backoffMs(backoff: Backoff, attempt: number): number {
  if (backoff === 'immediate') return 0;
  if (backoff === 'fixed') return 60_000;
  return 30_000 * 2 ** Math.max(0, attempt - 1);
}

/** The outbox schedule of `retries` retries: every attempt's wait, from the first failed one. */
export function deliverySchedule(retries: number, backoff: Backoff): { attempts: number; backoffMs: number[] } {
  const waits = Array.from({ length: Math.max(1, retries) }, (_, i) => backoffMs(backoff, i + 1));
  return { attempts: 1 + retries, backoffMs: waits };
}

/** Queues one signed delivery; call inside the transaction of the change that causes it. */
export function enqueueWebhook(services: EngineServices, o: WebhookOrder): string | null {
  const nowMs = services.clock.nowMs();
  const eventId = newId('evt', nowMs, services.ids);
  const body = JSON.stringify({
    event_id: eventId,
    type: o.type,
    inbox_id: o.inboxId,
    occurred_at: new Date(nowMs).toISOString(),
    ...(o.eventType ? { event_type: o.eventType } : {}),
    payload: o.payload,
  });
  const id = services.webhooks.enqueue({
    provider: PROVIDER,
    tenant: o.orgId,
    subscriptionId: o.sourceId,
    url: o.url,
    event: o.eventType ?? o.type,
    body,
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': 'Gent-Webhooks/1.0 (mailsim)',
      'X-Gent-Event': o.eventType ?? o.type,
      'X-Gent-Event-Id': eventId,
    },
    schedule: deliverySchedule(o.retries, o.backoff),
  });
  if (typeof id !== 'string') return null; // a capturing test sink keeps no delivery log
  insertWebhookMeta(services.store.db, {
    delivery_id: id,
    org_id: o.orgId,
    source_kind: o.sourceKind,
    source_id: o.sourceId,
    secret: o.secret,
  });
  return id;
}

export function gentSigner(services: EngineServices): WebhookSigner {
  return (a): Record<string, string> => {
    const meta = webhookMeta(services.store.db, a.deliveryId);
    const t = Math.floor(a.nowMs / 1000);
    return meta ? { 'X-Gent-Timestamp': String(t), 'X-Gent-Signature': signGent(a.body, t, meta.secret) } : {};
  };
}

export function startWebhooks(services: EngineServices): void {
  services.webhooks.registerSigner?.(PROVIDER, gentSigner(services));
}
