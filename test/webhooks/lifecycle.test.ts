/**
 * The "done when": a user registers a webhook, sends mail between two inboxes, and gets
 * message.sent and message.received posts whose signatures verify with a few lines of node:crypto.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { client, eventually, SEED_INBOX_ADDRESS, SEED_INBOX_ID, startTestServer } from '../helpers/server.js';
import type { MailsimServer } from '../../src/server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../src/testing/webhooks.js';

let server: MailsimServer;
let receiver: WebhookReceiver;
beforeAll(async () => {
  server = await startTestServer({ rateLimits: false });
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await server.close();
  await receiver.close();
});

/** What a user would write in their own handler. */
function verified(rawBody: string, signature: unknown, secret: string): boolean {
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  const given = Buffer.from(String(signature), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

it('mail between two inboxes produces signed message.sent and message.received posts with the documented data', async () => {
  const api = client(server.url());
  const hook = await api('POST', '/webhooks', { url: receiver.url, events: ['message.sent', 'message.received'] });
  expect(hook.status).toBe(201);
  const other = await api('POST', '/inboxes', { displayName: 'Support' });
  expect(other.status).toBe(201);

  const send = await api('POST', `/inboxes/${SEED_INBOX_ID}/messages`, {
    to: [other.body.address],
    subject: 'Hello there',
    bodyText: 'Hi!',
  });
  expect(send.status).toBe(202);
  const posts = await receiver.waitFor(2, 10_000);

  for (const p of posts) {
    expect(verified(p.rawBody, p.headers['x-agentsend-signature'], hook.body.secret)).toBe(true);
    expect(p.headers['x-agentsend-webhook-id']).toBe(hook.body.id);
    expect(p.headers['x-agentsend-event']).toBe(p.json.event);
    expect(Object.keys(p.json)).toEqual(['event', 'data', 'timestamp']);
    expect(typeof p.json.timestamp).toBe('number');
  }
  const sentPost = posts.find((p) => p.json.event === 'message.sent')!;
  const receivedPost = posts.find((p) => p.json.event === 'message.received')!;
  const sentMessage = (await api('GET', `/messages/${send.body.id}`)).body;
  expect(sentPost.json.data).toEqual({
    messageId: send.body.id,
    inboxId: SEED_INBOX_ID,
    threadId: sentMessage.threadId,
    to: [other.body.address],
    cc: [],
    bcc: [],
    subject: 'Hello there',
    sentAt: sentMessage.sentAt,
  });
  const inbound = await eventually(async () => (await api('GET', `/inboxes/${other.body.id}/messages`)).body.data[0]);
  expect(receivedPost.json.data).toEqual({
    messageId: inbound.id,
    inboxId: other.body.id,
    threadId: inbound.threadId,
    from: SEED_INBOX_ADDRESS,
    to: [other.body.address],
    subject: 'Hello there',
    direction: 'inbound',
    receivedAt: inbound.createdAt,
  });
});
