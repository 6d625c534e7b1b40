/**
 * Webhook deliveries (contracts/commune.md, "Webhook delivery" and "Test webhook"): list, get, retry and health read
 * the
 * engine's delivery log (domain/deliveries.ts); test POSTs a synthetic payload straight to the inbox's
 * endpoint and records nothing. No `data` envelope except on test.
 */
import { postWebhook } from '../../../engine/webhook-post.js';
import type { DeliveryRow } from '../../../engine/webhooks.js';
import { clampedInt, firstStr } from '../../shared/query.js';
import type { CommuneHandler, CommuneHandlers } from '../auth.js';
import { errors } from '../errors.js';
import { inboxAddress } from '../domain/inboxes.js';
import { inboxOfOrg } from '../store/inboxes.js';
import {
  COMMUNE_STATUS,
  deliveryDetailJson,
  deliveryJson,
  deliveryLog,
  ENGINE_STATUS,
  ownDelivery,
} from '../domain/deliveries.js';
import { COMMUNE } from '../domain/events.js';
import { attemptHeaders } from '../domain/signer.js';
import { syntheticPayload } from '../domain/test-payload.js';
import { WEBHOOK_POLICY } from '../policies.js';
import { own } from '../../../engine/own.js';

const DAY_MS = 24 * 3600_000;
const notFound = () => errors.plain(404, 'Delivery not found');

const listWebhookDeliveries: CommuneHandler<'listWebhookDeliveries'> = (ctx, { query }) => {
  const orgId = ctx.caller.tenant;
  const limit = clampedInt(query.limit, 50, 1, 100);
  const offset = clampedInt(query.offset, 0, 0, Infinity);
  const status = firstStr(query, 'status');
  // A status Commune does not have matches nothing, as the real query would.
  const engineStatus = own(ENGINE_STATUS, status);
  if (status !== undefined && !engineStatus) return { status: 200, body: { deliveries: [], total: 0 } };
  const log = deliveryLog(ctx);
  const page = log.list({
    provider: COMMUNE,
    tenant: orgId,
    subscriptionId: firstStr(query, 'inbox_id'),
    url: firstStr(query, 'endpoint'),
    ...(engineStatus ? { status: engineStatus } : {}),
    limit,
    offset,
  });
  const deliveries = page.data.map((d) => deliveryJson(ctx, d, log.get(d.id)?.attempts ?? []));
  return { status: 200, body: { deliveries, total: page.total } };
};

const getWebhookDelivery: CommuneHandler<'getWebhookDelivery'> = (ctx, { params }) => {
  const found = ownDelivery(ctx, ctx.caller.tenant, params.deliveryId);
  if (!found) throw notFound();
  return { status: 200, body: { delivery: deliveryDetailJson(ctx, found.delivery, found.attempts) } };
};

const retryWebhookDelivery: CommuneHandler<'retryWebhookDelivery'> = (ctx, { params }) => {
  const id = params.deliveryId;
  const found = ownDelivery(ctx, ctx.caller.tenant, id);
  if (!found) throw notFound();
  const status = COMMUNE_STATUS[found.delivery.status];
  if (status === 'delivered') throw errors.plain(400, 'Delivery already succeeded');
  // Commune requeues only dead or retrying deliveries; a pending one, or one mid-attempt, is refused.
  if (status === 'pending') throw errors.plain(400, 'Failed to requeue delivery');
  const result = deliveryLog(ctx).retryNow(id);
  if (!result.ok) throw errors.plain(400, 'Failed to requeue delivery');
  return { status: 200, body: { ok: true, message: 'Delivery queued for retry' } };
};

const getWebhookHealth: CommuneHandler<'getWebhookHealth'> = (ctx) => {
  const orgId = ctx.caller.tenant;
  const log = deliveryLog(ctx);
  const totals = Object.fromEntries(
    Object.entries(ENGINE_STATUS).map(([name, engine]) => [
      name,
      log.list({ provider: COMMUNE, tenant: orgId, status: engine, limit: 0, offset: 0 }).total,
    ]),
  );
  // Endpoint health covers deliveries created in the last 24 h; pages come newest first.
  const since = ctx.now.getTime() - DAY_MS;
  const recent: DeliveryRow[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = log.list({ provider: COMMUNE, tenant: orgId, limit: 500, offset }).data;
    const fresh = page.filter((d) => d.created_at_ms >= since);
    recent.push(...fresh);
    if (page.length < 500 || fresh.length < page.length) break;
  }
  const byEndpoint = new Map<
    string,
    { endpoint: string; total: number; delivered: number; failed: number; dead: number; latencies: number[] }
  >();
  for (const d of recent) {
    const e = byEndpoint.get(d.url) ?? { endpoint: d.url, total: 0, delivered: 0, failed: 0, dead: 0, latencies: [] };
    e.total++;
    if (d.status === 'delivered') e.delivered++;
    if (d.status === 'failed') e.failed++;
    if (d.status === 'dead') e.dead++;
    const latency = deliveryJson(ctx, d, log.get(d.id)?.attempts ?? []).delivery_latency_ms;
    if (typeof latency === 'number') e.latencies.push(latency);
    byEndpoint.set(d.url, e);
  }
  const endpoints = [...byEndpoint.values()].map(({ latencies, ...e }) => ({
    ...e,
    success_rate: e.total > 0 ? e.delivered / e.total : 0,
    // Commune's aggregate answers 0 when no delivery has a latency yet.
    avg_latency_ms: latencies.length ? latencies.reduce((a, b) => a + b, 0) / latencies.length : 0,
  }));
  return { status: 200, body: { endpoints, totals } };
};

const testWebhook: CommuneHandler<'testWebhook'> = async (ctx, { body }) => {
  const orgId = ctx.caller.tenant;
  const b = body ?? {};
  if (!b.inbox_id) throw errors.plain(400, 'Missing required field: inbox_id');
  const inbox = typeof b.inbox_id === 'string' ? inboxOfOrg(ctx.store.db, orgId, b.inbox_id) : undefined;
  if (!inbox) throw errors.plain(404, 'Inbox not found');
  const webhook = inbox.webhook ? (JSON.parse(inbox.webhook) as { endpoint?: string; secret?: string }) : {};
  if (!webhook.endpoint) throw errors.plain(400, 'No webhook URL configured for this inbox');
  // Deviation (contracts/commune.md): http and loopback/private hosts are fine for a local receiver.
  if (!/^https?:\/\/[^/]/i.test(webhook.endpoint) || !URL.canParse(webhook.endpoint)) {
    throw errors.plain(400, 'Invalid webhook URL. Only HTTPS URLs with public hostnames are allowed.');
  }
  const eventType = typeof b.event_type === 'string' ? b.event_type : 'message.received';
  const payload = JSON.stringify(syntheticPayload(ctx, inbox.id, inboxAddress(inbox)));
  const { 'x-commune-signature': signature, ...base } = attemptHeaders(
    `test_${ctx.ids.hex(8)}`,
    1,
    ctx.clock.nowMs(),
    payload,
    webhook.secret ?? null,
  );
  const headers = {
    'Content-Type': 'application/json',
    ...base,
    'x-commune-test': 'true',
    ...(signature ? { 'x-commune-signature': signature } : {}),
  };
  const r = await postWebhook(
    webhook.endpoint,
    payload,
    headers,
    WEBHOOK_POLICY.timeoutMs,
    new AbortController().signal,
  );
  const error = r.ok
    ? null
    : r.statusCode !== null
      ? `HTTP ${r.statusCode}: ${r.excerpt || r.error?.replace(/^HTTP \d+ ?/, '') || ''}`
      : r.error?.startsWith('timeout')
        ? `Timeout after ${WEBHOOK_POLICY.timeoutMs}ms`
        : (r.error ?? 'Connection failed');
  return {
    status: 200,
    body: {
      data: {
        delivered: r.ok,
        status_code: r.statusCode,
        response_time_ms: r.latencyMs,
        endpoint: webhook.endpoint,
        event_type: eventType,
        test: true,
        ...(error ? { error } : {}),
      },
    },
  };
};

export const handlers = {
  listWebhookDeliveries,
  getWebhookDelivery,
  retryWebhookDelivery,
  getWebhookHealth,
  testWebhook,
} satisfies Partial<CommuneHandlers>;
