/**
 * Webhook delivery log on the control plane:
 *   GET  /_mailsim/webhooks/deliveries              newest first;
 *                                                   ?status=&event=&url=&webhookId=&tenant=&provider=&limit=&offset=
 *   GET  /_mailsim/webhooks/endpoints               the endpoints deliveries went to, with counts by status
 *   GET  /_mailsim/webhooks/deliveries/:id          one delivery: the request sent, every attempt and its headers
 *   POST /_mailsim/webhooks/deliveries/:id/retry    send again now (a dead or delivered one gets a fresh round
 *                                                   of attempts)
 * Listing defaults to the deliveries (endpoints) of the provider whose port answers.
 */
import type { Engine } from '../engine/engine.js';
import type { Handler } from '../engine/provider.js';
import type { AttemptRow, DeliveryRow, DeliveryStatus } from '../engine/webhooks.js';
import { controlErrors } from './errors.js';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function deliveryJson(r: DeliveryRow) {
  return {
    id: r.id,
    provider: r.provider,
    tenant: r.tenant,
    webhookId: r.subscription_id,
    url: r.url,
    event: r.event,
    status: r.status,
    attemptCount: r.attempts,
    nextAttemptAt: iso(r.next_attempt_at_ms),
    lastStatusCode: r.last_status_code,
    lastError: r.last_error,
    createdAt: iso(r.created_at_ms),
    updatedAt: iso(r.updated_at_ms),
    deliveredAt: iso(r.delivered_at_ms),
  };
}

export function attemptJson(a: AttemptRow) {
  return {
    attempt: a.attempt,
    at: iso(a.started_at_ms),
    latencyMs: a.latency_ms,
    statusCode: a.status_code,
    error: a.error,
    responseExcerpt: a.response_excerpt,
    outcome: a.outcome,
    nextAttemptAt: iso(a.next_attempt_at_ms),
  };
}

function parseBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function webhookHandlers(engine: Engine, provider: string): Record<string, Handler> {
  const outbox = engine.outbox;
  return {
    listWebhookDeliveries: (_ctx, { query: q }) => {
      const limit = q.limit as number;
      const offset = q.offset as number;
      const { data, total } = outbox.list({
        provider: text(q.provider) ?? provider,
        tenant: text(q.tenant),
        status: text(q.status) as DeliveryStatus | undefined,
        event: text(q.event),
        url: text(q.url),
        subscriptionId: text(q.webhookId),
        limit,
        offset,
      });
      return { status: 200, body: { data: data.map(deliveryJson), total, limit, offset } };
    },
    listWebhookEndpoints: (_ctx, { query: q }) => {
      const data = outbox.endpoints(text(q.provider) ?? provider).map((e) => ({
        webhookId: e.subscription_id,
        url: e.url,
        tenant: e.tenant,
        total: e.total,
        pending: e.pending,
        delivered: e.delivered,
        failed: e.failed,
        dead: e.dead,
        lastAt: iso(e.last_at_ms)!,
      }));
      return { status: 200, body: { data } };
    },
    getWebhookDelivery: (_ctx, { params }) => {
      const found = outbox.get(params.id);
      if (!found) throw controlErrors.notFound(`no webhook delivery ${params.id}`);
      const { delivery, attempts } = found;
      return {
        status: 200,
        body: {
          ...deliveryJson(delivery),
          inFlight: outbox.isInFlight(delivery.id),
          request: {
            method: 'POST',
            url: delivery.url,
            headers: JSON.parse(delivery.headers) as Record<string, string>,
            body: delivery.body,
          },
          payload: parseBody(delivery.body),
          attempts: attempts.map((a) => ({
            ...attemptJson(a),
            headers: outbox.attemptHeaders(delivery, a.attempt, a.started_at_ms),
          })),
        },
      };
    },
    retryWebhookDelivery: (_ctx, { params }) => {
      const out = outbox.retryNow(params.id);
      if (!out.ok && out.reason === 'not_found') throw controlErrors.notFound(`no webhook delivery ${params.id}`);
      if (!out.ok) throw controlErrors.conflict('an attempt of this delivery is in progress; retry once it ends');
      return { status: 202, body: deliveryJson(out.delivery) };
    },
  };
}
