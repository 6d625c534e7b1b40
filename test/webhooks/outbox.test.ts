/**
 * The outbox with the clock running in real time, and reset: a retry falls due by itself, and a
 * reset forgets deliveries, including one whose attempt is still under way.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { client, startTestServer } from '../helpers/server.js';
import type { MailsimServer } from '../../src/server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../src/testing/webhooks.js';
import { control, createWebhook, deleteAllWebhooks, emit, onlyDelivery, waitForDelivery } from './helpers.js';

let server: MailsimServer;
const receivers: WebhookReceiver[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await deleteAllWebhooks(server);
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});
afterAll(async () => {
  await server.close();
});

it('in real time, a failed attempt is retried when its backoff has passed without anyone advancing the clock', async () => {
  const original = server.engine.outbox.policy('agentsend');
  server.engine.outbox.register('agentsend', { ...original, backoffMs: [300] });
  try {
    const rx = await startWebhookReceiver({ respondWith: (_req, i) => (i === 0 ? 503 : 204) });
    receivers.push(rx);
    const hook = await createWebhook(server, rx.url, ['message.sent']);
    emit(server, 'message.sent', { messageId: 'm-real-time' });
    const { id } = await onlyDelivery(server, hook.id);
    await rx.waitFor(2, 3000);
    const done = await waitForDelivery(server, id, 'delivered', 2);
    const [a1, a2] = done.attempts;
    expect(a1.statusCode).toBe(503);
    expect(a2.statusCode).toBe(204);
    expect(Date.parse(a2.at) - Date.parse(a1.at)).toBeGreaterThanOrEqual(300);
  } finally {
    server.engine.outbox.register('agentsend', original);
  }
});

it("reset forgets the provider's deliveries, and an attempt that was in flight records nothing", async () => {
  let release!: () => void;
  const gate = new Promise<void>((r) => {
    release = r;
  });
  const rx = await startWebhookReceiver({
    respondWith: async () => {
      await gate;
      return 200;
    },
  });
  receivers.push(rx);
  await createWebhook(server, rx.url, ['message.sent']);
  emit(server, 'message.sent', { messageId: 'm-reset' });
  await rx.waitFor(1);
  expect((await control(server).deliveries()).body.total).toBeGreaterThan(0);

  const reset = await client(server.url(), null)('POST', '/_mailsim/reset', { provider: 'agentsend' });
  expect(reset.status).toBe(200);
  expect((await control(server).deliveries()).body.total).toBe(0);
  release();
  // The released attempt still counts as running until it has recorded (here: nothing).
  await server.engine.queue.idle();
  expect((await control(server).deliveries()).body.total).toBe(0);
  expect(server.engine.store.db.prepare('SELECT COUNT(*) AS n FROM webhook_attempts').get()).toEqual({ n: 0 });
});
