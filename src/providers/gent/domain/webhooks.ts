/**
 * Gent's webhooks on the engine outbox (contracts/gent.md §Webhooks): the event envelope, the
 * per-attempt signature, and the per-alert retries.
 *
 * Body `{event_id, type, inbox_id, occurred_at, [event_type], payload}`, fixed before the first
 * attempt. Every attempt is signed afresh: `X-Gent-Timestamp: <unix s>` and
 * `X-Gent-Signature: t=<unix s>,v1=<hex HMAC-SHA256("<t>.<raw body>", secret)>`.
 *
 * Retries: an alert chooses `retries` (0-10) and `backoff` (immediate, fixed 60 s, exponential from
 * 30 s). The engine's outbox retries with one policy per provider, so Gent's policy makes one attempt
 * per round and the `gent.webhook-retry` job, on the engine clock, waits out the backoff after each
 * failed attempt and asks the outbox for another, until `retries` are used up.
 */
import { createHmac } from 'node:crypto';
import type { JobOutcome } from '../../../engine/jobs.js';
import type { EngineServices } from '../../../engine/provider.js';
import type { WebhookSigner } from '../../../engine/webhooks.js';
import { insertWebhookMeta, markBackoffScheduled, webhookMeta } from '../store/automation.js';
import { newId } from './ids.js';

export const PROVIDER = 'gent';
export const RETRY_QUEUE = 'gent.webhook-retry';
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
  });
  if (typeof id !== 'string') return null; // a capturing test sink keeps no delivery log
  insertWebhookMeta(services.store.db, {
    delivery_id: id,
    org_id: o.orgId,
    source_kind: o.sourceKind,
    source_id: o.sourceId,
    secret: o.secret,
    retries: o.retries,
    backoff: o.backoff,
  });
  if (o.retries > 0)
    services.jobs.enqueue({ provider: PROVIDER, tenant: o.orgId, queue: RETRY_QUEUE, payload: { deliveryId: id } });
  return id;
}

export function gentSigner(services: EngineServices): WebhookSigner {
  return (a): Record<string, string> => {
    const meta = webhookMeta(services.store.db, a.deliveryId);
    const t = Math.floor(a.nowMs / 1000);
    return meta ? { 'X-Gent-Timestamp': String(t), 'X-Gent-Signature': signGent(a.body, t, meta.secret) } : {};
  };
}

const POLL_MS = 10;

/** Resolves with the delivery once no attempt of it is due or under way (bounded by `limitMs` of wall time). */
async function settled(services: EngineServices, id: string, limitMs: number) {
  const deadline = performance.now() + limitMs;
  for (;;) {
    const found = services.webhooks.get?.(id);
    if (!found) return null;
    const { status } = found.delivery;
    if (status === 'delivered' || status === 'dead' || performance.now() > deadline) return found.delivery;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** One run of the retry job: wait for the attempt under way, then wait out the backoff, then ask for another. */
export async function runRetryJob(services: EngineServices, deliveryId: string): Promise<JobOutcome> {
  const attemptTimeout = (services.webhooks.policy?.(PROVIDER).timeoutMs ?? 10_000) + 2_000;
  for (;;) {
    if (!services.store.db.open) return { done: true };
    const delivery = await settled(services, deliveryId, attemptTimeout);
    const meta = webhookMeta(services.store.db, deliveryId);
    if (!delivery || !meta || delivery.status === 'delivered') return { done: true };
    if (delivery.status !== 'dead') return { retryInMs: 1000, error: 'attempt still under way' };
    if (delivery.attempts >= 1 + meta.retries) return { done: true };
    if (meta.waited_after_attempt !== delivery.attempts) {
      // The backoff starts now, when the failure was seen; the job runs again once it has passed.
      services.store.tx(() => markBackoffScheduled(services.store.db, deliveryId, delivery.attempts));
      return {
        retryInMs: backoffMs(meta.backoff as Backoff, delivery.attempts),
        error: `attempt ${delivery.attempts} failed: ${delivery.last_error ?? 'unknown'}`,
      };
    }
    const retried = services.webhooks.retryNow?.(deliveryId);
    if (!retried?.ok)
      return retried?.reason === 'in_flight' ? { retryInMs: 1000, error: 'attempt in flight' } : { done: true };
  }
}

export function startWebhooks(services: EngineServices): void {
  services.webhooks.registerSigner?.(PROVIDER, gentSigner(services));
  services.jobs.register(RETRY_QUEUE, {
    concurrency: 8,
    handler: (payload: { deliveryId: string }) => runRetryJob(services, payload.deliveryId),
  });
}
