/**
 * What a receiver gets: AgentSend's exact body, headers and signature, to the right subscribers only,
 * and only for changes that committed.
 */
import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { client, startTestServer } from '../helpers/server.js';
import type { MailsimServer } from '../../src/server.js';
import { startWebhookReceiver, verifyAgentSendSignature, type WebhookReceiver } from '../../src/testing/webhooks.js';
import { control, createWebhook, deleteAllWebhooks, emit, T0, T0_MS } from './helpers.js';

let server: MailsimServer;
let receiver: WebhookReceiver;

beforeAll(async () => {
  server = await startTestServer({ clockFrozenAt: T0 });
  receiver = await startWebhookReceiver();
});
afterEach(async () => {
  await deleteAllWebhooks(server);
  await server.engine.outbox.idle();
  receiver.received.length = 0;
});
afterAll(async () => {
  await server.close();
  await receiver.close();
});

/** Written here with node:crypto on purpose: the check must not trust mailsim's own signer. */
const independentSignature = (rawBody: string, secret: string): string =>
  createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex');

describe('delivery format', () => {
  it('posts {"event","data","timestamp"} with the four AgentSend headers and a signature keyed by the full whsec_ secret', async () => {
    const hook = await createWebhook(server, receiver.url, ['message.delivered']);
    expect(hook.secret).toMatch(/^whsec_[0-9a-f]{48}$/);
    const data = {
      messageId: 'b3f1c2d4-0000-4000-8000-000000000001',
      inboxId: 'b3f1c2d4-0000-4000-8000-000000000002',
      recipients: ['ana@example.com'],
    };
    expect(emit(server, 'message.delivered', data)).toBe(1);

    const [got] = await receiver.waitFor(1);
    expect(got!.method).toBe('POST');
    expect(got!.rawBody).toBe(`{"event":"message.delivered","data":${JSON.stringify(data)},"timestamp":${T0_MS}}`);
    expect(got!.headers['content-type']).toBe('application/json');
    expect(got!.headers['x-agentsend-event']).toBe('message.delivered');
    expect(got!.headers['x-agentsend-webhook-id']).toBe(hook.id);
    const signature = got!.headers['x-agentsend-signature'];
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(signature).toBe(independentSignature(got!.rawBody, hook.secret));
    // The prefix is part of the key: signing with the hex part alone gives something else.
    expect(signature).not.toBe(independentSignature(got!.rawBody, hook.secret.slice('whsec_'.length)));
  });

  it('never returns the secret again after create', async () => {
    const hook = await createWebhook(server, receiver.url);
    const api = client(server.url());
    expect((await api('GET', `/webhooks/${hook.id}`)).body.secret).toBeUndefined();
    expect(JSON.stringify((await api('GET', '/webhooks')).body)).not.toContain(hook.secret);
  });
});

describe('verifyAgentSendSignature', () => {
  it('accepts the signature mailsim sent and rejects a changed body, another secret, the bare hex secret and malformed headers', async () => {
    const hook = await createWebhook(server, receiver.url, ['message.sent']);
    emit(server, 'message.sent', {
      messageId: 'm-1',
      inboxId: 'i-1',
      threadId: null,
      to: ['x@example.com'],
      cc: [],
      bcc: [],
      subject: 'Hi',
      sentAt: T0,
    });
    const [got] = await receiver.waitFor(1);
    const header = got!.headers['x-agentsend-signature'] as string;

    expect(verifyAgentSendSignature(got!.rawBody, header, hook.secret)).toBe(true);
    expect(verifyAgentSendSignature(Buffer.from(got!.rawBody), header, hook.secret)).toBe(true);
    expect(verifyAgentSendSignature(got!.rawBody, header.toUpperCase(), hook.secret)).toBe(true);
    expect(verifyAgentSendSignature(got!.rawBody.replace('Hi', 'Ho'), header, hook.secret)).toBe(false);
    expect(verifyAgentSendSignature(JSON.stringify(JSON.parse(got!.rawBody), null, 1), header, hook.secret)).toBe(
      false,
    );
    expect(verifyAgentSendSignature(got!.rawBody, header, `whsec_${'0'.repeat(48)}`)).toBe(false);
    expect(verifyAgentSendSignature(got!.rawBody, header, hook.secret.slice(6))).toBe(false);
    expect(verifyAgentSendSignature(got!.rawBody, `sha256=${header}`, hook.secret)).toBe(false);
    expect(verifyAgentSendSignature(got!.rawBody, header.slice(0, 63), hook.secret)).toBe(false);
    expect(verifyAgentSendSignature(got!.rawBody, undefined, hook.secret)).toBe(false);
    expect(verifyAgentSendSignature(got!.rawBody, header, '')).toBe(false);
  });
});

describe('fan-out', () => {
  it('goes only to active webhooks subscribed to the event, each signed with its own secret', async () => {
    const api = client(server.url());
    const other = await startWebhookReceiver();
    try {
      const subscribed = await createWebhook(server, receiver.url, ['message.bounced']);
      const everything = await createWebhook(server, other.url); // omitted events: every event
      const elsewhere = await createWebhook(server, receiver.url, ['message.received']);
      const paused = await createWebhook(server, receiver.url, ['message.bounced']);
      expect((await api('PUT', `/webhooks/${paused.id}`, { isActive: false })).status).toBe(200);

      expect(
        emit(server, 'message.bounced', {
          messageId: 'm',
          inboxId: 'i',
          bounceType: 'Permanent',
          bouncedRecipients: ['a@b.c'],
        }),
      ).toBe(2);

      const [mine] = await receiver.waitFor(1);
      const [theirs] = await other.waitFor(1);
      expect(mine!.headers['x-agentsend-webhook-id']).toBe(subscribed.id);
      expect(theirs!.headers['x-agentsend-webhook-id']).toBe(everything.id);
      expect(mine!.headers['x-agentsend-signature']).toBe(independentSignature(mine!.rawBody, subscribed.secret));
      expect(theirs!.headers['x-agentsend-signature']).toBe(independentSignature(theirs!.rawBody, everything.secret));
      const log = control(server);
      expect((await log.deliveries(`?webhookId=${elsewhere.id}`)).body.total).toBe(0);
      expect((await log.deliveries(`?webhookId=${paused.id}`)).body.total).toBe(0);
      await server.engine.outbox.idle();
      expect(receiver.received).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});

describe('outbox', () => {
  it('is written in the transaction of the change: a change that rolls back announces nothing', async () => {
    await createWebhook(server, receiver.url, ['message.complained']);
    const services = server.engine.provider('agentsend')!.services;
    expect(() =>
      services.store.tx(() => {
        expect(
          emit(server, 'message.complained', {
            messageId: 'rolled-back',
            inboxId: 'i',
            complaintFeedbackType: 'abuse',
          }),
        ).toBe(1);
        throw new Error('the change failed');
      }),
    ).toThrow('the change failed');
    emit(server, 'message.complained', { messageId: 'committed', inboxId: 'i', complaintFeedbackType: 'abuse' });

    const [got] = await receiver.waitFor(1);
    expect(got!.json.data.messageId).toBe('committed');
    await server.engine.outbox.idle();
    expect(receiver.received).toHaveLength(1);
    const list = await control(server).deliveries('?event=message.complained');
    expect(list.body.data.map((d: { status: string }) => d.status)).toEqual(['delivered']);
  });
});
