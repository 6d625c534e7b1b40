/**
 * What happens after message.sent: delivery, bounce and complaint, triggered through the control
 * plane or by simulator recipient addresses, with the events, counters and auto-suspension they
 * cause.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { client, eventually, SEED_INBOX_ID, startTestServer } from '../helpers/server.js';
import type { MailsimServer } from '../../src/server.js';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from '../../src/testing/webhooks.js';
import { control, createWebhook, deleteAllWebhooks, T0 } from './helpers.js';

let server: MailsimServer;
let receiver: WebhookReceiver;
let api: ReturnType<typeof client>;
let ctl: ReturnType<typeof client>;

beforeAll(async () => {
  server = await startTestServer({ clockFrozenAt: T0, rateLimits: false });
  receiver = await startWebhookReceiver();
  api = client(server.url());
  ctl = client(server.url(), null);
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

async function newInbox(): Promise<{ id: string; address: string }> {
  const res = await api('POST', '/inboxes', {});
  expect(res.status).toBe(201);
  return res.body;
}

/** Sends through the API and waits until the send job has marked it sent (or beyond). */
async function sendAndWait(inboxId: string, to: string[], cc: string[] = []): Promise<any> {
  const res = await api('POST', `/inboxes/${inboxId}/messages`, { to, cc, subject: 'Status check', bodyText: 'hi' });
  expect(res.status).toBe(202);
  return eventually(async () => {
    const m = (await api('GET', `/messages/${res.body.id}`)).body;
    return m.status !== 'queued' && m.status !== 'sending' ? m : null;
  });
}

const posts = (event: string): ReceivedWebhook[] => receiver.received.filter((r) => r.json.event === event);

describe('control routes', () => {
  it('deliver moves a sent message to delivered and fires message.delivered with its recipients', async () => {
    await createWebhook(server, receiver.url, ['message.delivered']);
    const msg = await sendAndWait(SEED_INBOX_ID, ['ana@example.com'], ['bo@example.com']);
    expect(msg.status).toBe('sent');

    const res = await ctl('POST', `/_mailsim/messages/${msg.id}/deliver`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      event: 'message.delivered',
      webhooksQueued: 1,
      message: { id: msg.id, status: 'delivered' },
    });
    expect((await api('GET', `/messages/${msg.id}`)).body.status).toBe('delivered');
    const [post] = await receiver.waitFor(1);
    expect(post!.json.data).toEqual({
      messageId: msg.id,
      inboxId: SEED_INBOX_ID,
      recipients: ['ana@example.com', 'bo@example.com'],
    });

    const again = await ctl('POST', `/_mailsim/messages/${msg.id}/deliver`);
    expect(again.status).toBe(409);
  });

  it('bounce and complain fire their events and count against the inbox', async () => {
    await createWebhook(server, receiver.url, ['message.bounced', 'message.complained']);
    const inbox = await newInbox();
    const a = await sendAndWait(inbox.id, ['gone@example.com', 'ok@example.com']);
    const b = await sendAndWait(inbox.id, ['annoyed@example.com']);

    const bounced = await ctl('POST', `/_mailsim/messages/${a.id}/bounce`, {
      bounceType: 'Transient',
      bouncedRecipients: ['gone@example.com'],
    });
    expect(bounced.status).toBe(200);
    expect(bounced.body.inbox).toMatchObject({ bounceCount: 1, complaintCount: 0, totalSent: 2, status: 'active' });
    // Complaints arrive after delivery too.
    expect((await ctl('POST', `/_mailsim/messages/${b.id}/deliver`)).status).toBe(200);
    const complained = await ctl('POST', `/_mailsim/messages/${b.id}/complain`);
    expect(complained.status).toBe(200);

    const got = (await api('GET', `/inboxes/${inbox.id}`)).body;
    expect(got).toMatchObject({ bounceCount: 1, complaintCount: 1, status: 'active' });
    expect((await api('GET', `/messages/${a.id}`)).body.status).toBe('bounced');
    expect((await api('GET', `/messages/${b.id}`)).body.status).toBe('complained');
    await receiver.waitFor(2);
    expect(posts('message.bounced')[0]!.json.data).toEqual({
      messageId: a.id,
      inboxId: inbox.id,
      bounceType: 'Transient',
      bouncedRecipients: ['gone@example.com'],
    });
    expect(posts('message.complained')[0]!.json.data).toEqual({
      messageId: b.id,
      inboxId: inbox.id,
      complaintFeedbackType: 'abuse',
    });
  });

  it('defaults a bounce to Permanent for every recipient', async () => {
    await createWebhook(server, receiver.url, ['message.bounced']);
    const msg = await sendAndWait(SEED_INBOX_ID, ['x@example.com', 'y@example.com']);
    expect((await ctl('POST', `/_mailsim/messages/${msg.id}/bounce`)).status).toBe(200);
    const [post] = await receiver.waitFor(1);
    expect(post!.json.data).toMatchObject({
      bounceType: 'Permanent',
      bouncedRecipients: ['x@example.com', 'y@example.com'],
    });
  });

  it('rejects unknown messages, inbound messages, bad input and moves that do not follow', async () => {
    expect((await ctl('POST', '/_mailsim/messages/00000000-0000-4000-8000-000000000000/deliver')).status).toBe(404);
    const msg = await sendAndWait(SEED_INBOX_ID, ['z@example.com']);
    const badType = await ctl('POST', `/_mailsim/messages/${msg.id}/bounce`, { bounceType: 'Soft' });
    expect(badType.status).toBe(400);
    expect(badType.body.error.message).toMatch(/Permanent, Transient, Undetermined/);
    expect((await ctl('POST', `/_mailsim/messages/${msg.id}/deliver`, { recipients: [] })).status).toBe(400);
    expect((await api('GET', `/messages/${msg.id}`)).body.status).toBe('sent');

    expect((await ctl('POST', `/_mailsim/messages/${msg.id}/complain`)).status).toBe(200);
    expect((await ctl('POST', `/_mailsim/messages/${msg.id}/deliver`)).status).toBe(409);

    const inbox = await newInbox();
    await sendAndWait(SEED_INBOX_ID, [inbox.address]);
    const inbound = await eventually(async () => (await api('GET', `/inboxes/${inbox.id}/messages`)).body.data[0]);
    expect(inbound.direction).toBe('inbound');
    expect((await ctl('POST', `/_mailsim/messages/${inbound.id}/bounce`)).status).toBe(409);
  });
});

describe('auto-suspension', () => {
  /** Stands in for 99 earlier sends: the rule only looks at the counters. */
  const priorSends = (inboxId: string, n: number): void => {
    server.engine.store.db.prepare('UPDATE as_inboxes SET total_sent = total_sent + ? WHERE id = ?').run(n, inboxId);
  };

  it('suspends once totalSent >= 100 and the bounce rate passes 5%, and the inbox can no longer send', async () => {
    const inbox = await newInbox();
    priorSends(inbox.id, 95);
    const sent = [];
    for (let i = 0; i < 10; i++) sent.push(await sendAndWait(inbox.id, [`r${i}@example.com`]));
    // 5 of 105 is 4.8%: still active.
    for (const m of sent.slice(0, 5))
      expect((await ctl('POST', `/_mailsim/messages/${m.id}/bounce`)).body.inbox.status).toBe('active');
    // 6 of 105 is 5.7%: suspended.
    const sixth = await ctl('POST', `/_mailsim/messages/${sent[5]!.id}/bounce`);
    expect(sixth.body.inbox).toMatchObject({ bounceCount: 6, totalSent: 105, status: 'suspended' });
    expect((await api('GET', `/inboxes/${inbox.id}`)).body.status).toBe('suspended');
    const refused = await api('POST', `/inboxes/${inbox.id}/messages`, {
      to: ['a@example.com'],
      subject: 'x',
      bodyText: 'x',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('INBOX_SUSPENDED');
  });

  it('suspends on one complaint per thousand exceeded, but never below 100 sends', async () => {
    const small = await newInbox();
    const m = await sendAndWait(small.id, ['a@example.com']);
    expect((await ctl('POST', `/_mailsim/messages/${m.id}/complain`)).body.inbox).toMatchObject({
      complaintCount: 1,
      totalSent: 1,
      status: 'active',
    });

    const big = await newInbox();
    priorSends(big.id, 99);
    const n = await sendAndWait(big.id, ['b@example.com']);
    expect((await ctl('POST', `/_mailsim/messages/${n.id}/complain`)).body.inbox).toMatchObject({
      complaintCount: 1,
      totalSent: 100,
      status: 'suspended',
    });
  });
});

describe('simulator addresses', () => {
  it('bounce@, complaint@ and delivered@ on simulator.mailsim.test settle right after message.sent', async () => {
    await createWebhook(server, receiver.url, [
      'message.sent',
      'message.delivered',
      'message.bounced',
      'message.complained',
    ]);
    const inbox = await newInbox();
    const bounce = await sendAndWait(inbox.id, ['bounce@simulator.mailsim.test', 'someone@example.com']);
    const complaint = await sendAndWait(inbox.id, ['complaint+case1@simulator.mailsim.test']);
    const delivered = await sendAndWait(inbox.id, ['delivered@simulator.mailsim.test']);
    const status = async (id: string): Promise<string> => (await api('GET', `/messages/${id}`)).body.status;
    await eventually(async () => (await status(bounce.id)) === 'bounced');
    await eventually(async () => (await status(complaint.id)) === 'complained');
    await eventually(async () => (await status(delivered.id)) === 'delivered');

    expect((await api('GET', `/inboxes/${inbox.id}`)).body).toMatchObject({ bounceCount: 1, complaintCount: 1 });
    await receiver.waitFor(6);
    expect(posts('message.bounced').map((p) => p.json.data)).toEqual([
      {
        messageId: bounce.id,
        inboxId: inbox.id,
        bounceType: 'Permanent',
        bouncedRecipients: ['bounce@simulator.mailsim.test'],
      },
    ]);
    expect(posts('message.complained').map((p) => p.json.data.messageId)).toEqual([complaint.id]);
    expect(posts('message.delivered').map((p) => p.json.data)).toEqual([
      { messageId: delivered.id, inboxId: inbox.id, recipients: ['delivered@simulator.mailsim.test'] },
    ]);
  });

  it('delay@ stays sent for 10 minutes of engine time, delay-N@ for N minutes, then is delivered', async () => {
    const log = control(server);
    const tenMinutes = await sendAndWait(SEED_INBOX_ID, ['delay@simulator.mailsim.test']);
    const twoMinutes = await sendAndWait(SEED_INBOX_ID, ['delay-2@simulator.mailsim.test']);
    const status = async (id: string): Promise<string> => (await api('GET', `/messages/${id}`)).body.status;

    await log.advance(2 * 60_000 - 1);
    await server.engine.queue.idle();
    expect(await status(twoMinutes.id)).toBe('sent');
    await log.advance(1);
    await eventually(async () => (await status(twoMinutes.id)) === 'delivered');

    await log.advance(7 * 60_000);
    await server.engine.queue.idle();
    expect(await status(tenMinutes.id)).toBe('sent');
    await log.advance(60_000);
    await eventually(async () => (await status(tenMinutes.id)) === 'delivered');
  });

  it('leaves ordinary recipients alone: the message stays sent', async () => {
    const msg = await sendAndWait(SEED_INBOX_ID, [
      'bounce@example.com',
      'delivered@simulator.mailsim.test.example.com',
    ]);
    await server.engine.jobs.drain();
    expect((await api('GET', `/messages/${msg.id}`)).body.status).toBe('sent');
  });
});
