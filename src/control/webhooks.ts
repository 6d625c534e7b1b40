/**
 * Webhook delivery log on the control plane:
 *   GET  /_mailsim/webhooks/deliveries              newest first; ?status=&event=&url=&webhookId=&tenant=&provider=&limit=&offset=
 *   GET  /_mailsim/webhooks/deliveries/:id          one delivery with the request sent and every attempt
 *   POST /_mailsim/webhooks/deliveries/:id/retry    send again now (a dead or delivered one gets a fresh round of attempts)
 * Listing defaults to the deliveries of the provider whose port answers.
 */
import type { Request, Response } from 'express';
import type { ControlExtension } from './index.js';
import { DELIVERY_STATUSES, type AttemptRow, type DeliveryRow, type DeliveryStatus } from '../engine/webhooks.js';
import { problem } from './problem.js';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function deliveryJson(r: DeliveryRow) {
  return {
    id: r.id, provider: r.provider, tenant: r.tenant, webhookId: r.subscription_id, url: r.url, event: r.event,
    status: r.status, attemptCount: r.attempts, nextAttemptAt: iso(r.next_attempt_at_ms),
    lastStatusCode: r.last_status_code, lastError: r.last_error,
    createdAt: iso(r.created_at_ms), updatedAt: iso(r.updated_at_ms), deliveredAt: iso(r.delivered_at_ms),
  };
}

export function attemptJson(a: AttemptRow) {
  return {
    attempt: a.attempt, at: iso(a.started_at_ms), latencyMs: a.latency_ms, statusCode: a.status_code, error: a.error,
    responseExcerpt: a.response_excerpt, outcome: a.outcome, nextAttemptAt: iso(a.next_attempt_at_ms),
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

export const webhookDeliveriesControl: ControlExtension = (app, engine, provider) => {
  const outbox = engine.outbox;

  app.get('/_mailsim/webhooks/deliveries', (req: Request, res: Response) => {
    const q = req.query;
    const status = text(q.status);
    if (status !== undefined && !DELIVERY_STATUSES.includes(status as DeliveryStatus)) {
      return problem(res, 400, `status must be one of ${DELIVERY_STATUSES.join(', ')}`, 'BAD_REQUEST');
    }
    const limit = q.limit === undefined ? 50 : Number(q.limit);
    const offset = q.offset === undefined ? 0 : Number(q.offset);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500 || !Number.isInteger(offset) || offset < 0) {
      return problem(res, 400, 'limit must be an integer 1-500 and offset an integer >= 0', 'BAD_REQUEST');
    }
    const { data, total } = outbox.list({
      provider: text(q.provider) ?? provider, tenant: text(q.tenant), status: status as DeliveryStatus | undefined,
      event: text(q.event), url: text(q.url), subscriptionId: text(q.webhookId), limit, offset,
    });
    res.json({ data: data.map(deliveryJson), total, limit, offset });
  });

  app.get('/_mailsim/webhooks/deliveries/:id', (req: Request, res: Response) => {
    const found = outbox.get(req.params.id as string);
    if (!found) return problem(res, 404, `no webhook delivery ${req.params.id}`, 'NOT_FOUND');
    const { delivery, attempts } = found;
    res.json({
      ...deliveryJson(delivery),
      inFlight: outbox.isInFlight(delivery.id),
      request: { method: 'POST', url: delivery.url, headers: JSON.parse(delivery.headers) as Record<string, string>, body: delivery.body },
      payload: parseBody(delivery.body),
      attempts: attempts.map(attemptJson),
    });
  });

  app.post('/_mailsim/webhooks/deliveries/:id/retry', (req: Request, res: Response) => {
    const out = outbox.retryNow(req.params.id as string);
    if (!out.ok && out.reason === 'not_found') return problem(res, 404, `no webhook delivery ${req.params.id}`, 'NOT_FOUND');
    if (!out.ok) return problem(res, 409, 'an attempt of this delivery is in progress; retry once it ends', 'CONFLICT');
    res.status(202).json(deliveryJson(out.delivery));
  });
};
