/**
 * Commune webhook deliveries on the engine: the exact request a receiver gets (headers, compact
 * body, `v1=` HMAC over "{timestamp}.{body}" checked here by an independent node:crypto
 * implementation), fresh signatures per attempt, and the 8-attempt schedule with ±25 % jitter on a
 * frozen engine clock, read back through /v1/webhooks/deliveries.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../src/testing/webhooks.js';
import { backoffAfter } from '../../src/engine/webhooks.js';
import { WEBHOOK_POLICY } from '../../src/providers/commune/policies.js';
import { emitCommuneEvent } from '../../src/providers/commune/domain/events.js';
import { api, emitReceived, makeInbox, receivedPayload, SEED_ORG, services, startCommune } from './ops-helpers.js';

const T0 = '2026-03-01T12:00:00.000Z';
const T0_MS = Date.parse(T0);
const SECRET = 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6';

/** Written from the docs, not from mailsim's signer: v1=<hex HMAC-SHA256(secret, "{ts}.{raw body}")>. */
function verifyCommune(
  rawBody: string,
  timestamp: string | undefined,
  signature: string | undefined,
  secret: string,
): boolean {
  if (!timestamp || !signature?.startsWith('v1=')) return false;
  const expected = createHmac('sha256', Buffer.from(secret, 'utf8'))
    .update(Buffer.from(`${timestamp}.${rawBody}`, 'utf8'))
    .digest();
  const given = Buffer.from(signature.slice(3), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

let server: MailsimServer;
const receivers: WebhookReceiver[] = [];
const receiver = async (...args: Parameters<typeof startWebhookReceiver>): Promise<WebhookReceiver> => {
  const r = await startWebhookReceiver(...args);
  receivers.push(r);
  return r;
};

/**
 * Once the engine's queue is idle (the clock is frozen, so every due attempt has run and recorded),
 * reads the delivery through the public route; it must have `attempts` attempts in `status`.
 */
async function waitFor(id: string, status: string, attempts: number): Promise<any> {
  await server.engine.queue.idle();
  const last = (await api(server)('GET', `/v1/webhooks/deliveries/${id}`)).body?.delivery;
  if (last?.status === status && last.attempt_count === attempts) return last;
  throw new Error(`delivery ${id} is ${last?.status}/${last?.attempt_count}, not ${status}/${attempts}`);
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

describe('the request a receiver gets', () => {
  it('POSTs the compact JSON payload with delivery id, ms timestamp, attempt 1 and a v1= signature that an independent HMAC verifies', async () => {
    const rx = await receiver();
    const inbox = makeInbox(server, SEED_ORG, { endpoint: rx.url, secret: SECRET });
    const id = emitReceived(server, SEED_ORG, inbox, 'ses-signed-1');
    const [req] = await rx.waitFor(1);
    expect(id).toMatch(/^whd_[0-9a-f]{20}$/);
    expect(req!.method).toBe('POST');
    expect(req!.headers['content-type']).toBe('application/json');
    expect(req!.headers['x-commune-delivery-id']).toBe(id);
    expect(req!.headers['x-commune-timestamp']).toBe(String(T0_MS));
    expect(req!.headers['x-commune-attempt']).toBe('1');
    expect(req!.rawBody).toBe(JSON.stringify(receivedPayload(inbox, 'ses-signed-1')));
    expect(
      verifyCommune(
        req!.rawBody,
        req!.headers['x-commune-timestamp'] as string,
        req!.headers['x-commune-signature'] as string,
        SECRET,
      ),
    ).toBe(true);
    // The signature covers both the timestamp and the body.
    expect(verifyCommune(req!.rawBody, String(T0_MS + 1), req!.headers['x-commune-signature'] as string, SECRET)).toBe(
      false,
    );
    expect(
      verifyCommune(
        req!.rawBody.replace('Hello', 'Hellp'),
        String(T0_MS),
        req!.headers['x-commune-signature'] as string,
        SECRET,
      ),
    ).toBe(false);
    expect(
      verifyCommune(req!.rawBody, String(T0_MS), req!.headers['x-commune-signature'] as string, 'other-secret'),
    ).toBe(false);
    await waitFor(id!, 'delivered', 1);
  });

  it('sends no signature header when the inbox webhook has no secret', async () => {
    const rx = await receiver();
    const inbox = makeInbox(server, SEED_ORG, { endpoint: rx.url });
    emitReceived(server, SEED_ORG, inbox, 'ses-unsigned');
    const [req] = await rx.waitFor(1);
    expect(req!.headers['x-commune-signature']).toBeUndefined();
    expect(req!.headers['x-commune-delivery-id']).toMatch(/^whd_[0-9a-f]{20}$/);
  });

  it('ignores the inbox events list, as Commune does, and queues nothing for an inbox without an endpoint', async () => {
    const rx = await receiver();
    const inbox = makeInbox(server, SEED_ORG, { endpoint: rx.url, events: ['something.else'] });
    expect(emitReceived(server, SEED_ORG, inbox, 'ses-events-ignored')).toMatch(/^whd_/);
    await rx.waitFor(1);
    const bare = makeInbox(server, SEED_ORG);
    expect(emitReceived(server, SEED_ORG, bare, 'ses-no-endpoint')).toBeNull();
    const list = await api(server)('GET', `/v1/webhooks/deliveries?inbox_id=${bare.id}`);
    expect(list.body).toEqual({ deliveries: [], total: 0 });
  });

  it("writes the delivery in the caller's transaction: a rolled-back change announces nothing", async () => {
    const rx = await receiver();
    const inbox = makeInbox(server, SEED_ORG, { endpoint: rx.url, secret: SECRET });
    const s = services(server);
    expect(() =>
      s.store.tx(() => {
        emitCommuneEvent(
          s,
          SEED_ORG,
          { id: inbox.id, webhook: { endpoint: rx.url, secret: SECRET } },
          'email.received',
          receivedPayload(inbox, 'ses-rolled-back'),
        );
        throw new Error('the inbound message failed to store');
      }),
    ).toThrow('failed to store');
    await server.engine.queue.idle();
    expect(rx.received).toHaveLength(0);
    expect((await api(server)('GET', `/v1/webhooks/deliveries?inbox_id=${inbox.id}`)).body.total).toBe(0);
  });
});

describe('retries on the engine clock', () => {
  it('backs off 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h each within ±25 %, re-signs every attempt, and is dead after the 8th failure', async () => {
    const rx = await receiver({ respondWith: { status: 500, body: 'boom' } });
    const inbox = makeInbox(server, SEED_ORG, { endpoint: rx.url, secret: SECRET });
    const id = emitReceived(server, SEED_ORG, inbox, 'ses-retry-all')!;
    const bases = [5, 30, 120, 600, 1800, 3600, 7200];
    const delays: number[] = [];
    for (let n = 1; n <= 7; n++) {
      const d = await waitFor(id, 'retrying', n);
      const now = server.engine.clock.nowMs();
      const due = Date.parse(d.next_retry_at);
      const base = bases[n - 1]! * 1000;
      expect(due - now, `delay after attempt ${n}`).toBeGreaterThanOrEqual(base * 0.75);
      expect(due - now, `delay after attempt ${n}`).toBeLessThanOrEqual(base * 1.25);
      delays.push(due - now);
      // Not a millisecond early…
      server.engine.clock.advance(due - now - 1);
      await server.engine.queue.idle();
      expect(rx.received).toHaveLength(n);
      // …and then at once.
      server.engine.clock.advance(1);
      await rx.waitFor(n + 1);
    }
    const dead = await waitFor(id, 'dead', 8);
    expect(
      delays.some((d, i) => d !== bases[i]! * 1000),
      'jitter moves the waits off the nominal schedule',
    ).toBe(true);
    expect(dead).toMatchObject({
      max_attempts: 8,
      last_status_code: 500,
      last_error: 'HTTP 500: boom',
      next_retry_at: null,
      delivered_at: null,
      delivery_latency_ms: null,
    });
    expect(dead.dead_at).toBe(new Date(server.engine.clock.nowMs()).toISOString());
    expect(dead.attempts.map((a: any) => a.attempt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(dead.attempts.every((a: any) => a.status_code === 500 && a.error === 'HTTP 500: boom')).toBe(true);
    // Same bytes and delivery id every time; the timestamp, attempt and signature are fresh per attempt.
    expect(new Set(rx.received.map((r) => r.rawBody)).size).toBe(1);
    expect(new Set(rx.received.map((r) => r.headers['x-commune-delivery-id'])).size).toBe(1);
    expect(rx.received.map((r) => r.headers['x-commune-attempt'])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(new Set(rx.received.map((r) => r.headers['x-commune-timestamp'])).size).toBe(8);
    expect(new Set(rx.received.map((r) => r.headers['x-commune-signature'])).size).toBe(8);
    for (const r of rx.received)
      expect(
        verifyCommune(
          r.rawBody,
          r.headers['x-commune-timestamp'] as string,
          r.headers['x-commune-signature'] as string,
          SECRET,
        ),
      ).toBe(true);
    expect(
      rx.received
        .map((r) => Number(r.headers['x-commune-timestamp']))
        .slice(1)
        .map((t, i) => t - Number(rx.received[i]!.headers['x-commune-timestamp'])),
    ).toEqual(delays);

    // Nothing more happens on its own.
    server.engine.clock.advance(24 * 3600_000);
    await server.engine.queue.idle();
    expect(rx.received).toHaveLength(8);

    // A manual retry gets one attempt (the count is already at the maximum): dead again after one failure…
    const retried = await api(server)('POST', `/v1/webhooks/deliveries/${id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toEqual({ ok: true, message: 'Delivery queued for retry' });
    await rx.waitFor(9);
    expect((await waitFor(id, 'dead', 9)).next_retry_at).toBeNull();
    // …and delivered once the receiver is fixed, with the latency measured from creation.
    rx.respondWith(200);
    expect((await api(server)('POST', `/v1/webhooks/deliveries/${id}/retry`)).status).toBe(200);
    const delivered = await waitFor(id, 'delivered', 10);
    expect(delivered.delivered_at).toBe(new Date(server.engine.clock.nowMs()).toISOString());
    expect(delivered.dead_at).toBeNull();
    expect(delivered.delivery_latency_ms).toBe(server.engine.clock.nowMs() - Date.parse(delivered.created_at));
    expect(
      verifyCommune(
        rx.received[9]!.rawBody,
        rx.received[9]!.headers['x-commune-timestamp'] as string,
        rx.received[9]!.headers['x-commune-signature'] as string,
        SECRET,
      ),
    ).toBe(true);
  });

  it("stops at the first 2xx; a first-try success reports that attempt's latency", async () => {
    const rx = await receiver({ respondWith: (_req, i) => (i === 0 ? { status: 503, body: '' } : 204) });
    const inbox = makeInbox(server, SEED_ORG, { endpoint: rx.url });
    const id = emitReceived(server, SEED_ORG, inbox, 'ses-second-try')!;
    const first = await waitFor(id, 'retrying', 1);
    expect(first.last_error).toBe('HTTP 503: Service Unavailable');
    server.engine.clock.advance(Date.parse(first.next_retry_at) - server.engine.clock.nowMs());
    const done = await waitFor(id, 'delivered', 2);
    expect(done.delivery_latency_ms).toBe(Date.parse(first.next_retry_at) - Date.parse(done.created_at));
    expect(done.last_status_code).toBe(204);

    const ok = await receiver();
    const id2 = emitReceived(server, SEED_ORG, makeInbox(server, SEED_ORG, { endpoint: ok.url }), 'ses-first-try')!;
    const d2 = await waitFor(id2, 'delivered', 1);
    expect(d2.delivery_latency_ms).toBe(d2.attempts[0].latency_ms);
    expect(d2.attempts[0]).toMatchObject({ attempt: 1, status_code: 200, error: null, attempted_at: d2.created_at });
  });

  it("the policy is Commune's: 8 attempts, the documented schedule, jitter bounded to ±25 %", () => {
    expect(WEBHOOK_POLICY.attempts).toBe(8);
    expect(WEBHOOK_POLICY.backoffMs).toEqual([5, 30, 120, 600, 1800, 3600, 7200].map((s) => s * 1000));
    expect(backoffAfter(WEBHOOK_POLICY, 1, 0)).toBe(3750);
    expect(backoffAfter(WEBHOOK_POLICY, 1, 0.5)).toBe(5000);
    expect(backoffAfter(WEBHOOK_POLICY, 7, 0.999999)).toBe(Math.round(7_200_000 * (1 + 0.25 * (2 * 0.999999 - 1))));
    expect(backoffAfter({ ...WEBHOOK_POLICY, jitter: undefined }, 3, 0)).toBe(120_000);
  });
});

describe('payload hash', () => {
  it('is the first 16 hex of SHA-256 of the exact body sent', async () => {
    const rx = await receiver();
    const inbox = makeInbox(server, SEED_ORG, { endpoint: rx.url });
    const id = emitReceived(server, SEED_ORG, inbox, 'ses-hash')!;
    const [req] = await rx.waitFor(1);
    const d = await waitFor(id, 'delivered', 1);
    expect(d.payload_hash).toBe(createHash('sha256').update(req!.rawBody).digest('hex').slice(0, 16));
    expect(d.message_id).toBe('ses-hash');
    expect(d.inbox_id).toBe(inbox.id);
    expect(d.endpoint).toBe(rx.url);
  });
});
