/**
 * The delivery-log routes of Commune (list, get, retry, health) reading the engine's log, and the
 * /v1/webhooks/test call: filters and paging, Commune's bodies and errors, scopes, and tenant
 * isolation (another organisation's delivery or inbox reads as unknown).
 */
import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../src/testing/webhooks.js';
import { api, emitReceived, makeInbox, makeKey, makeOrg, SEED_ORG, setWebhook, startCommune } from './ops-helpers.js';

const T0 = '2026-03-01T12:00:00.000Z';

let server: MailsimServer;
const receivers: WebhookReceiver[] = [];
const receiver = async (...args: Parameters<typeof startWebhookReceiver>): Promise<WebhookReceiver> => {
  const r = await startWebhookReceiver(...args);
  receivers.push(r);
  return r;
};

/** The delivery once the queue is idle (the clock is frozen: every due attempt has run); it must be in `status`. */
async function settled(id: string, status: string, key?: string): Promise<any> {
  await server.engine.queue.idle();
  const d = (await api(server, key)('GET', `/v1/webhooks/deliveries/${id}`)).body?.delivery;
  if (d?.status === status) return d;
  throw new Error(`delivery ${id} is ${d?.status}, not ${status}`);
}

beforeAll(async () => {
  server = await startCommune({ clockFrozenAt: T0 });
});
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});
afterAll(async () => {
  expect(server.engine.journal.list({ violations: true })).toEqual([]);
  await server.close();
});

describe('GET /v1/webhooks/deliveries', () => {
  it("lists the organisation's deliveries newest first with total, filtered by inbox, status and endpoint, paged by limit/offset", async () => {
    const { orgId, key } = makeOrg(server);
    const ok = await receiver();
    const failing = await receiver({ respondWith: 500 });
    const a = makeInbox(server, orgId, { endpoint: ok.url });
    const b = makeInbox(server, orgId, { endpoint: failing.url });
    const ids = [
      emitReceived(server, orgId, a, 'm-a1')!,
      emitReceived(server, orgId, b, 'm-b1')!,
      emitReceived(server, orgId, a, 'm-a2')!,
    ];
    await settled(ids[0]!, 'delivered', key);
    await settled(ids[1]!, 'retrying', key);
    await settled(ids[2]!, 'delivered', key);
    const call = api(server, key);

    const all = await call('GET', '/v1/webhooks/deliveries');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    expect(all.body.deliveries.map((d: any) => d.delivery_id)).toEqual([...ids].reverse());
    expect(Object.keys(all.body.deliveries[0]).sort()).toEqual(
      [
        'attempt_count',
        'created_at',
        'dead_at',
        'delivered_at',
        'delivery_id',
        'delivery_latency_ms',
        'endpoint',
        'inbox_id',
        'last_error',
        'last_status_code',
        'max_attempts',
        'message_id',
        'next_retry_at',
        'status',
      ].sort(),
    );
    expect(all.body.deliveries[1]).toMatchObject({
      delivery_id: ids[1],
      inbox_id: b.id,
      message_id: 'm-b1',
      status: 'retrying',
      attempt_count: 1,
      max_attempts: 8,
      last_status_code: 500,
    });

    expect(
      (await call('GET', `/v1/webhooks/deliveries?inbox_id=${a.id}`)).body.deliveries.map((d: any) => d.delivery_id),
    ).toEqual([ids[2], ids[0]]);
    expect((await call('GET', '/v1/webhooks/deliveries?status=retrying')).body).toMatchObject({
      total: 1,
      deliveries: [{ delivery_id: ids[1] }],
    });
    expect((await call('GET', '/v1/webhooks/deliveries?status=delivered')).body.total).toBe(2);
    expect((await call('GET', '/v1/webhooks/deliveries?status=failed')).body).toEqual({ deliveries: [], total: 0 });
    expect((await call('GET', `/v1/webhooks/deliveries?endpoint=${encodeURIComponent(failing.url)}`)).body.total).toBe(
      1,
    );
    const page = await call('GET', '/v1/webhooks/deliveries?limit=1&offset=1');
    expect(page.body).toMatchObject({ total: 3, deliveries: [{ delivery_id: ids[1] }] });
    // Lenient numbers, as on Commune: not a number means the default.
    expect((await call('GET', '/v1/webhooks/deliveries?limit=abc&offset=xyz')).body.deliveries).toHaveLength(3);
  });

  it("shows one organisation nothing of another's", async () => {
    const other = makeOrg(server);
    const rx = await receiver();
    const id = emitReceived(server, other.orgId, makeInbox(server, other.orgId, { endpoint: rx.url }), 'm-other')!;
    await settled(id, 'delivered', other.key);
    const mine = makeOrg(server);
    expect((await api(server, mine.key)('GET', '/v1/webhooks/deliveries')).body).toEqual({ deliveries: [], total: 0 });
    const got = await api(server, mine.key)('GET', `/v1/webhooks/deliveries/${id}`);
    expect(got.status).toBe(404);
    expect(got.body).toEqual({ error: 'Delivery not found' });
    const retry = await api(server, mine.key)('POST', `/v1/webhooks/deliveries/${id}/retry`);
    expect(retry.status).toBe(404);
    expect(retry.body).toEqual({ error: 'Delivery not found' });
    expect((await api(server, mine.key)('GET', '/v1/webhooks/health')).body).toEqual({
      endpoints: [],
      totals: { pending: 0, retrying: 0, delivered: 0, dead: 0 },
    });
  });

  it("needs messages:read (403 with Commune's body) and a key (401)", async () => {
    const { orgId } = makeOrg(server);
    const domainsOnly = makeKey(server, orgId, ['domains:read']);
    const res = await api(server, domainsOnly)('GET', '/v1/webhooks/deliveries');
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      error: 'Insufficient permissions',
      required: ['messages:read'],
      hint: 'Your API key needs the following permission(s): messages:read',
    });
    expect((await api(server, null)('GET', '/v1/webhooks/health')).body).toEqual({
      error: 'Missing Authorization header',
    });
  });
});

describe('GET /v1/webhooks/deliveries/:id and retry', () => {
  it('404s an unknown id; refuses to retry a delivered one or one still pending; read-only keys cannot retry', async () => {
    const { orgId, key } = makeOrg(server);
    const call = api(server, key);
    expect(await call('GET', '/v1/webhooks/deliveries/whd_00000000000000000000')).toMatchObject({
      status: 404,
      body: { error: 'Delivery not found' },
    });
    expect(await call('POST', '/v1/webhooks/deliveries/whd_00000000000000000000/retry')).toMatchObject({
      status: 404,
      body: { error: 'Delivery not found' },
    });

    const ok = await receiver();
    const delivered = emitReceived(server, orgId, makeInbox(server, orgId, { endpoint: ok.url }), 'm-done')!;
    await settled(delivered, 'delivered', key);
    expect(await call('POST', `/v1/webhooks/deliveries/${delivered}/retry`)).toMatchObject({
      status: 400,
      body: { error: 'Delivery already succeeded' },
    });

    // A receiver that takes its time keeps the first attempt in flight: the delivery is still pending.
    const slow = await receiver({ respondWith: { status: 200, delayMs: 400 } });
    const pending = emitReceived(server, orgId, makeInbox(server, orgId, { endpoint: slow.url }), 'm-slow')!;
    await slow.waitFor(1);
    expect((await call('GET', `/v1/webhooks/deliveries/${pending}`)).body.delivery).toMatchObject({
      status: 'pending',
      attempt_count: 0,
      next_retry_at: null,
      attempts: [],
    });
    expect(await call('POST', `/v1/webhooks/deliveries/${pending}/retry`)).toMatchObject({
      status: 400,
      body: { error: 'Failed to requeue delivery' },
    });
    await settled(pending, 'delivered', key);

    const readOnly = makeKey(server, orgId, ['read']);
    const denied = await api(server, readOnly)('POST', `/v1/webhooks/deliveries/${delivered}/retry`);
    expect(denied.status).toBe(403);
    expect(denied.body.required).toEqual(['messages:write']);
  });

  it('retrying a delivery that waits for its backoff sends it now', async () => {
    const { orgId, key } = makeOrg(server);
    const rx = await receiver({ respondWith: (_r, i) => (i === 0 ? 500 : 200) });
    const id = emitReceived(server, orgId, makeInbox(server, orgId, { endpoint: rx.url }), 'm-early')!;
    const waiting = await settled(id, 'retrying', key);
    expect(Date.parse(waiting.next_retry_at)).toBeGreaterThan(server.engine.clock.nowMs());
    expect((await api(server, key)('POST', `/v1/webhooks/deliveries/${id}/retry`)).status).toBe(200);
    await rx.waitFor(2);
    expect((await settled(id, 'delivered', key)).attempt_count).toBe(2);
  });
});

describe('GET /v1/webhooks/health', () => {
  it('reports per-endpoint counts, success rate and latency over the last 24 h, and all-time totals by status', async () => {
    const { orgId, key } = makeOrg(server);
    const ok = await receiver();
    const bad = await receiver({ respondWith: 500 });
    const okInbox = makeInbox(server, orgId, { endpoint: ok.url });
    const old = emitReceived(server, orgId, okInbox, 'm-old')!;
    await settled(old, 'delivered', key);
    server.engine.clock.advance(25 * 3600_000);
    const fresh = [emitReceived(server, orgId, okInbox, 'm-h1')!, emitReceived(server, orgId, okInbox, 'm-h2')!];
    const failing = emitReceived(server, orgId, makeInbox(server, orgId, { endpoint: bad.url }), 'm-h3')!;
    for (const id of fresh) await settled(id, 'delivered', key);
    await settled(failing, 'retrying', key);

    const res = await api(server, key)('GET', '/v1/webhooks/health');
    expect(res.status).toBe(200);
    expect(res.body.totals).toEqual({ pending: 0, retrying: 1, delivered: 3, dead: 0 });
    const byUrl = Object.fromEntries(res.body.endpoints.map((e: any) => [e.endpoint, e]));
    expect(Object.keys(byUrl).sort()).toEqual([ok.url, bad.url].sort());
    expect(byUrl[ok.url]).toMatchObject({ total: 2, delivered: 2, failed: 0, dead: 0, success_rate: 1 });
    expect(byUrl[ok.url].avg_latency_ms).toBeGreaterThanOrEqual(0);
    expect(byUrl[bad.url]).toEqual({
      endpoint: bad.url,
      total: 1,
      delivered: 0,
      failed: 1,
      dead: 0,
      success_rate: 0,
      avg_latency_ms: 0,
    });
  });
});

describe('POST /v1/webhooks/test', () => {
  const SECRET = 'test-secret-for-the-check';

  it('POSTs a signed synthetic payload with x-commune-test and reports the outcome, without recording a delivery', async () => {
    const { orgId, key } = makeOrg(server);
    const rx = await receiver();
    const inbox = makeInbox(server, orgId, { endpoint: rx.url, secret: SECRET });
    const res = await api(server, key)('POST', '/v1/webhooks/test', { inbox_id: inbox.id });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      delivered: true,
      status_code: 200,
      endpoint: rx.url,
      event_type: 'message.received',
      test: true,
    });
    expect(res.body.data.error).toBeUndefined();
    expect(res.body.data.response_time_ms).toBeGreaterThanOrEqual(0);
    const [req] = rx.received;
    expect(req!.headers['x-commune-test']).toBe('true');
    expect(req!.headers['x-commune-attempt']).toBe('1');
    expect(req!.headers['x-commune-delivery-id']).toMatch(/^test_[0-9a-f]{16}$/);
    const ts = req!.headers['x-commune-timestamp'] as string;
    expect(ts).toBe(String(server.engine.clock.nowMs()));
    expect(req!.headers['x-commune-signature']).toBe(
      `v1=${createHmac('sha256', SECRET).update(`${ts}.${req!.rawBody}`).digest('hex')}`,
    );
    expect(req!.json).toMatchObject({
      domainId: 'test-domain',
      inboxId: inbox.id,
      inboxAddress: inbox.address,
      test: true,
      event: { type: 'email.received' },
    });
    expect(req!.json.email.to).toEqual([inbox.address]);
    expect((await api(server, key)('GET', '/v1/webhooks/deliveries')).body.total).toBe(0);

    const custom = await api(server, key)('POST', '/v1/webhooks/test', {
      inbox_id: inbox.id,
      event_type: 'email.received',
    });
    expect(custom.body.data.event_type).toBe('email.received');
  });

  it('reports a failing receiver and an unreachable one as delivered: false', async () => {
    const { orgId, key } = makeOrg(server);
    const rx = await receiver({ respondWith: { status: 500, body: 'nope' } });
    const inbox = makeInbox(server, orgId, { endpoint: rx.url });
    const failed = await api(server, key)('POST', '/v1/webhooks/test', { inbox_id: inbox.id });
    expect(failed.body.data).toMatchObject({ delivered: false, status_code: 500, error: 'HTTP 500: nope', test: true });
    await rx.close();
    const down = await api(server, key)('POST', '/v1/webhooks/test', { inbox_id: inbox.id });
    expect(down.body.data).toMatchObject({ delivered: false, status_code: null, test: true });
    expect(down.body.data.error).toMatch(/ECONNREFUSED/);
  });

  it("answers Commune's errors: no inbox_id, unknown or foreign inbox, no webhook, a URL that is not http(s)", async () => {
    const { orgId, key } = makeOrg(server);
    const call = api(server, key);
    expect(await call('POST', '/v1/webhooks/test', {})).toMatchObject({
      status: 400,
      body: { error: 'Missing required field: inbox_id' },
    });
    expect(await call('POST', '/v1/webhooks/test')).toMatchObject({
      status: 400,
      body: { error: 'Missing required field: inbox_id' },
    });
    expect(await call('POST', '/v1/webhooks/test', { inbox_id: '00000000-0000-4000-8000-000000000000' })).toMatchObject(
      { status: 404, body: { error: 'Inbox not found' } },
    );
    const foreign = makeInbox(server, SEED_ORG, { endpoint: 'http://127.0.0.1:9/x' });
    expect(await call('POST', '/v1/webhooks/test', { inbox_id: foreign.id })).toMatchObject({
      status: 404,
      body: { error: 'Inbox not found' },
    });
    const bare = makeInbox(server, orgId);
    expect(await call('POST', '/v1/webhooks/test', { inbox_id: bare.id })).toMatchObject({
      status: 400,
      body: { error: 'No webhook URL configured for this inbox' },
    });
    setWebhook(server, bare.id, { endpoint: 'ftp://files.example.com/hook' });
    expect(await call('POST', '/v1/webhooks/test', { inbox_id: bare.id })).toMatchObject({
      status: 400,
      body: { error: 'Invalid webhook URL. Only HTTPS URLs with public hostnames are allowed.' },
    });
    const notJson = await call('POST', '/v1/webhooks/test', '{"inbox_id":', { 'content-type': 'application/json' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.code).toBe('INTERNAL_ERROR');
    const readOnly = makeKey(server, orgId, ['read']);
    expect((await api(server, readOnly)('POST', '/v1/webhooks/test', { inbox_id: bare.id })).status).toBe(403);
  });
});
