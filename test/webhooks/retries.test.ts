/**
 * Retries on the engine clock with AgentSend's policy (5 attempts in all, 10/20/40/80 s, 30 s
 * timeout, 5 at a time), the delivery log, and manual retry.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/server.js';
import type { MailsimServer } from '../../src/server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../src/testing/webhooks.js';
import { WEBHOOK_POLICY } from '../../src/providers/agentsend/policies.js';
import {
  closedPort,
  control,
  createWebhook,
  deleteAllWebhooks,
  emit,
  onlyDelivery,
  T0,
  waitForDelivery,
} from './helpers.js';

let server: MailsimServer;
const receivers: WebhookReceiver[] = [];
const receiver = async (...args: Parameters<typeof startWebhookReceiver>): Promise<WebhookReceiver> => {
  const r = await startWebhookReceiver(...args);
  receivers.push(r);
  return r;
};
const sentEvent = (messageId: string) => ({
  messageId,
  inboxId: 'i-1',
  threadId: 't-1',
  to: ['ana@example.com'],
  cc: [],
  bcc: [],
  subject: 'Hello',
  sentAt: T0,
});
const SECOND = 1000;

beforeAll(async () => {
  server = await startTestServer({ clockFrozenAt: T0 });
});
afterEach(async () => {
  await deleteAllWebhooks(server);
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});
afterAll(async () => {
  await server.close();
});

describe('retry schedule', () => {
  it('retries a 500 only when each backoff (10 s, 20 s, 40 s) is due on the engine clock, and stops at the first 2xx: 4 attempts', async () => {
    const rx = await receiver({
      respondWith: (_req, i) => (i < 3 ? { status: 500, body: `boom ${i}` } : { status: 200, body: 'ok' }),
    });
    const hook = await createWebhook(server, rx.url, ['message.sent']);
    const log = control(server);
    const start = server.engine.clock.nowMs();
    emit(server, 'message.sent', sentEvent('m-retry'));
    await rx.waitFor(1);
    const { id } = await onlyDelivery(server, hook.id);
    await waitForDelivery(server, id, 'failed', 1);

    for (const [n, backoff] of [
      [2, 10],
      [3, 20],
      [4, 40],
    ] as const) {
      await log.advance(backoff * SECOND - 1);
      await server.engine.queue.idle();
      expect(rx.received, `attempt ${n} must wait the full ${backoff} s`).toHaveLength(n - 1);
      await log.advance(1);
      await rx.waitFor(n);
      await waitForDelivery(server, id, n < 4 ? 'failed' : 'delivered', n);
    }

    const detail = (await log.delivery(id)).body;
    const at = (s: number): string => new Date(start + s * SECOND).toISOString();
    expect(detail.attempts.map((a: any) => a.at)).toEqual([at(0), at(10), at(30), at(70)]);
    expect(detail.attempts.map((a: any) => a.statusCode)).toEqual([500, 500, 500, 200]);
    expect(detail.attempts.map((a: any) => a.outcome)).toEqual(['failed', 'failed', 'failed', 'delivered']);
    expect(detail.attempts.map((a: any) => a.nextAttemptAt)).toEqual([at(10), at(30), at(70), null]);
    expect(detail.attempts[0].error).toBe('HTTP 500 Internal Server Error');
    expect(detail.attempts[0].responseExcerpt).toBe('boom 0');
    expect(detail.attempts[3].responseExcerpt).toBe('ok');
    expect(detail.deliveredAt).toBe(at(70));
    // Every attempt carries the same bytes and signature (the body is fixed when the event happens).
    expect(new Set(rx.received.map((r) => r.rawBody)).size).toBe(1);
    expect(new Set(rx.received.map((r) => r.headers['x-agentsend-signature'])).size).toBe(1);

    await log.advance(3600 * SECOND);
    await server.engine.queue.idle();
    expect(rx.received).toHaveLength(4);
  });

  it('records the connection error of a URL on a closed port, gives up after 5 attempts (dead), and a manual retry delivers once the receiver is up', async () => {
    const port = await closedPort();
    const hook = await createWebhook(server, `http://127.0.0.1:${port}/webhooks`, ['message.sent']);
    const log = control(server);
    const start = server.engine.clock.nowMs();
    emit(server, 'message.sent', sentEvent('m-down'));
    const { id } = await onlyDelivery(server, hook.id);

    const first = await waitForDelivery(server, id, 'failed', 1);
    expect(first.attempts[0].statusCode).toBeNull();
    expect(first.attempts[0].error).toMatch(/ECONNREFUSED/);
    expect(first.lastError).toMatch(/ECONNREFUSED/);
    expect((await log.deliveries('?status=failed')).body.data.map((d: any) => d.id)).toContain(id);

    for (const [n, backoff] of [
      [2, 10],
      [3, 20],
      [4, 40],
      [5, 80],
    ] as const) {
      await log.advance(backoff * SECOND);
      await waitForDelivery(server, id, n < 5 ? 'failed' : 'dead', n);
    }
    const dead = (await log.delivery(id)).body;
    expect(dead.nextAttemptAt).toBeNull();
    expect(dead.attempts).toHaveLength(WEBHOOK_POLICY.attempts);
    expect(dead.attempts.every((a: any) => /ECONNREFUSED/.test(a.error))).toBe(true);
    expect(dead.attempts.map((a: any) => a.outcome)).toEqual(['failed', 'failed', 'failed', 'failed', 'dead']);
    const at = (s: number): string => new Date(start + s * SECOND).toISOString();
    expect(dead.attempts.map((a: any) => a.at)).toEqual([at(0), at(10), at(30), at(70), at(150)]);
    expect((await log.deliveries('?status=dead')).body.data.map((d: any) => d.id)).toContain(id);

    // Dead means dead: time passing brings no sixth attempt.
    await log.advance(24 * 3600 * SECOND);
    await server.engine.queue.idle();
    expect((await log.delivery(id)).body.attemptCount).toBe(5);

    const rx = await receiver({ port });
    const retried = await log.retry(id);
    expect(retried.status).toBe(202);
    expect(retried.body.status).toBe('pending');
    const [got] = await rx.waitFor(1);
    expect(got!.json.data.messageId).toBe('m-down');
    const delivered = await waitForDelivery(server, id, 'delivered', 6);
    expect(delivered.attempts[5]).toMatchObject({ attempt: 6, statusCode: 200, error: null, outcome: 'delivered' });
  });

  it('records an attempt that outlasts the policy timeout as a timeout and schedules the next one', async () => {
    const original = server.engine.outbox.policy('agentsend');
    server.engine.outbox.register('agentsend', { ...original, timeoutMs: 300 });
    try {
      const rx = await receiver({ respondWith: { status: 200, delayMs: 2000 } });
      const hook = await createWebhook(server, rx.url, ['message.sent']);
      const start = server.engine.clock.nowMs();
      emit(server, 'message.sent', sentEvent('m-timeout'));
      const { id } = await onlyDelivery(server, hook.id);
      const failed = await waitForDelivery(server, id, 'failed', 1);
      expect(failed.attempts[0].statusCode).toBeNull();
      expect(failed.attempts[0].error).toBe('timeout: no response within 300 ms');
      expect(failed.attempts[0].latencyMs).toBeGreaterThanOrEqual(290);
      expect(failed.attempts[0].latencyMs).toBeLessThan(1500);
      expect(failed.nextAttemptAt).toBe(new Date(start + 10 * SECOND).toISOString());
    } finally {
      server.engine.outbox.register('agentsend', original);
    }
  });
});

describe('concurrency', () => {
  it('a receiver that takes 3 s does not hold up delivery to others', async () => {
    const slow = await receiver({ respondWith: { status: 200, delayMs: 3000 } });
    const fast = await receiver();
    const slowHook = await createWebhook(server, slow.url, ['message.sent']);
    const fastHook = await createWebhook(server, fast.url, ['message.sent']);
    const started = performance.now();
    emit(server, 'message.sent', sentEvent('m-slow'));
    emit(server, 'message.sent', sentEvent('m-after'));

    await fast.waitFor(2, 1500);
    const fastDone = await Promise.all(
      (await control(server).deliveries(`?webhookId=${fastHook.id}`)).body.data.map((d: any) =>
        waitForDelivery(server, d.id, 'delivered', 1, 1500),
      ),
    );
    expect(performance.now() - started).toBeLessThan(2500);
    expect(fastDone).toHaveLength(2);
    const slowNow = (await control(server).deliveries(`?webhookId=${slowHook.id}`)).body.data;
    expect(slowNow.map((d: any) => d.status)).toEqual(['pending', 'pending']);

    const slowDone = await Promise.all(slowNow.map((d: any) => waitForDelivery(server, d.id, 'delivered', 1, 8000)));
    for (const d of slowDone) expect(d.attempts[0].latencyMs).toBeGreaterThanOrEqual(2900);
  });

  it('runs at most 5 attempts at a time and sends the rest as slots free up', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const rx = await receiver({
      respondWith: async () => {
        await gate;
        return 200;
      },
    });
    const hook = await createWebhook(server, rx.url, ['message.sent']);
    for (let i = 0; i < 7; i++) emit(server, 'message.sent', sentEvent(`m-${i}`));

    await rx.waitFor(5);
    // Have the queue look for due work once more (its tick runs before this setImmediate): with
    // every slot held it must start nothing, so five run and two wait untried.
    server.engine.queue.kick();
    await new Promise((r) => setImmediate(r));
    const rows = (await control(server).deliveries(`?webhookId=${hook.id}`)).body.data;
    const inFlight = rows.filter((d: any) => server.engine.outbox.isInFlight(d.id));
    expect(inFlight).toHaveLength(WEBHOOK_POLICY.concurrency);
    expect(rows.filter((d: any) => !inFlight.includes(d)).map((d: any) => d.attemptCount)).toEqual([0, 0]);
    expect(rx.received).toHaveLength(WEBHOOK_POLICY.concurrency);
    release();
    await rx.waitFor(7);
    const list = (await control(server).deliveries(`?webhookId=${hook.id}`)).body.data;
    await Promise.all(list.map((d: any) => waitForDelivery(server, d.id, 'delivered', 1)));
    expect(new Set(rx.received.map((r) => r.json.data.messageId)).size).toBe(7);
  });
});

describe('delivery log', () => {
  it('lists newest first, filters by status, event and url, pages, and shows the request sent', async () => {
    const ok = await receiver();
    const bad = await receiver({ respondWith: 410 });
    await createWebhook(server, ok.url, ['message.sent', 'message.delivered']);
    await createWebhook(server, bad.url, ['message.sent']);
    emit(server, 'message.sent', sentEvent('m-log-1'));
    emit(server, 'message.delivered', { messageId: 'm-log-1', inboxId: 'i-1', recipients: ['ana@example.com'] });
    await ok.waitFor(2);
    await bad.waitFor(1);
    await server.engine.outbox.idle();
    const log = control(server);

    const byUrl = (await log.deliveries(`?url=${encodeURIComponent(ok.url)}`)).body;
    expect(byUrl.total).toBe(2);
    expect(byUrl.data.map((d: any) => d.event)).toEqual(['message.delivered', 'message.sent']);
    const failed = (await log.deliveries(`?url=${encodeURIComponent(bad.url)}&status=failed`)).body;
    expect(failed.total).toBe(1);
    expect(failed.data[0]).toMatchObject({
      event: 'message.sent',
      status: 'failed',
      lastStatusCode: 410,
      attemptCount: 1,
    });
    const delivered = (
      await log.deliveries(`?event=message.delivered&status=delivered&url=${encodeURIComponent(ok.url)}`)
    ).body;
    expect(delivered.total).toBe(1);
    const page2 = (await log.deliveries(`?url=${encodeURIComponent(ok.url)}&limit=1&offset=1`)).body;
    expect(page2.data.map((d: any) => d.event)).toEqual(['message.sent']);
    expect(page2.total).toBe(2);

    const detail = (await log.delivery(delivered.data[0].id)).body;
    expect(detail.request.headers['X-AgentSend-Event']).toBe('message.delivered');
    expect(detail.request.body).toBe(ok.received.find((r) => r.json.event === 'message.delivered')!.rawBody);
    expect(detail.payload.data).toEqual({ messageId: 'm-log-1', inboxId: 'i-1', recipients: ['ana@example.com'] });

    expect((await log.deliveries('?status=lost')).status).toBe(400);
    expect((await log.deliveries('?limit=0')).status).toBe(400);
    expect((await log.delivery('no-such-delivery')).status).toBe(404);
    expect((await log.retry('no-such-delivery')).status).toBe(404);
  });

  it('replays a delivered delivery on request with the same body and signature', async () => {
    const rx = await receiver();
    const hook = await createWebhook(server, rx.url, ['message.sent']);
    emit(server, 'message.sent', sentEvent('m-replay'));
    await rx.waitFor(1);
    const { id } = await onlyDelivery(server, hook.id);
    await waitForDelivery(server, id, 'delivered', 1);

    expect((await control(server).retry(id)).status).toBe(202);
    const [first, second] = await rx.waitFor(2);
    expect(second!.rawBody).toBe(first!.rawBody);
    expect(second!.headers['x-agentsend-signature']).toBe(first!.headers['x-agentsend-signature']);
    await waitForDelivery(server, id, 'delivered', 2);
  });
});
