/**
 * One mail world through AgentSend's HTTP API: inbox A sends to inbox B over SMTP, B sees it
 * inbound in its own thread, B's reply lands in A's original thread and A's answer back in B's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, eventually, SEED_INBOX_ADDRESS, SEED_INBOX_ID } from '../helpers/server.js';
import { startTestServer } from '../helpers/server.js';
import { control, startSmtpServer } from './helpers.js';

type Api = ReturnType<typeof client>;

async function sendAndSettle(api: Api, inboxId: string, body: Record<string, unknown>): Promise<any> {
  const res = await api('POST', `/inboxes/${inboxId}/messages`, body);
  expect(res.status).toBe(202);
  return eventually(async () => {
    const m = (await api('GET', `/messages/${res.body.id}`)).body;
    return m.status === 'sent' ? m : null;
  });
}

async function inboundIn(api: Api, inboxId: string, subject: string): Promise<any> {
  return eventually(async () => {
    const list = await api('GET', `/inboxes/${inboxId}/messages`);
    return (list.body.data as any[]).find((m) => m.direction === 'inbound' && m.subject === subject) ?? null;
  });
}

const threadMessages = async (api: Api, threadId: string): Promise<any[]> =>
  (await api('GET', `/threads/${threadId}/messages`)).body.data;

describe('AgentSend inbox to inbox over SMTP', () => {
  let server: MailsimServer;
  let api: Api;
  let b: { id: string; address: string };

  beforeAll(async () => {
    server = await startSmtpServer();
    api = client(server.url());
    const created = await api('POST', '/inboxes', { displayName: 'Inbox B' });
    expect(created.status).toBe(201);
    b = created.body;
  });
  afterAll(async () => server.close());

  it('delivers A → B inbound, and replies thread both ways', async () => {
    // A → B
    const first = await sendAndSettle(api, SEED_INBOX_ID, {
      to: [b.address],
      subject: 'Project plan',
      bodyText: 'Here is the plan.',
    });
    const atB = await inboundIn(api, b.id, 'Project plan');
    expect(atB).toMatchObject({
      status: 'received',
      fromAddress: SEED_INBOX_ADDRESS,
      messageIdHeader: first.messageIdHeader,
      bodyText: expect.stringContaining('Here is the plan.'),
    });
    expect(atB.threadId).not.toBe(first.threadId);

    // The raw MIME of that delivery is in the sink, found by B's address.
    const sunk = await control(server)('GET', `/_mailsim/mail?inbox=${encodeURIComponent(b.address)}`);
    expect(sunk.body.data[0]).toMatchObject({
      direction: 'out',
      provider: 'agentsend',
      messageId: first.messageIdHeader,
      inboxes: [SEED_INBOX_ADDRESS, b.address],
    });
    const raw = await (await fetch(`${server.url()}/_mailsim/mail/${sunk.body.data[0].id}/raw`)).text();
    expect(raw).toContain(`Message-ID: ${first.messageIdHeader}`);
    expect(raw).toMatch(/^Subject: Project plan$/m);

    // B replies in its thread → lands in A's original thread.
    const reply = await sendAndSettle(api, b.id, {
      to: [SEED_INBOX_ADDRESS],
      subject: 'Re: Project plan',
      bodyText: 'Looks good.',
      threadId: atB.threadId,
    });
    expect(reply.inReplyTo).toBe(first.messageIdHeader);
    const atA = await inboundIn(api, SEED_INBOX_ID, 'Re: Project plan');
    expect(atA.threadId).toBe(first.threadId);
    expect(atA.inReplyTo).toBe(first.messageIdHeader);

    // A answers back in its thread → lands in B's thread.
    await sendAndSettle(api, SEED_INBOX_ID, {
      to: [b.address],
      subject: 'Re: Project plan',
      bodyText: 'Great, shipping it.',
      threadId: first.threadId,
    });
    const backAtB = await eventually(async () => {
      const msgs = await threadMessages(api, atB.threadId);
      return msgs.find((m) => m.direction === 'inbound' && m.bodyText?.includes('shipping it')) ?? null;
    });
    expect(backAtB.referencesHeaders).toEqual(expect.arrayContaining([first.messageIdHeader, reply.messageIdHeader]));

    const aThread = await threadMessages(api, first.threadId);
    expect(aThread.map((m) => m.direction).sort()).toEqual(['inbound', 'outbound', 'outbound']);
    const bThread = await threadMessages(api, atB.threadId);
    expect(bThread.map((m) => m.direction).sort()).toEqual(['inbound', 'inbound', 'outbound']);
  });

  it('delivers a Bcc recipient inbox without a Bcc header on the wire', async () => {
    const sent = await sendAndSettle(api, SEED_INBOX_ID, {
      to: ['visible@outside.example'],
      bcc: [b.address],
      subject: 'Blind copy',
      bodyText: 'quietly',
    });
    const atB = await inboundIn(api, b.id, 'Blind copy');
    expect(atB.messageIdHeader).toBe(sent.messageIdHeader);
    const sunk = (await control(server)('GET', '/_mailsim/mail?subject=Blind%20copy')).body.data[0];
    expect(sunk.envelope.to).toEqual(['visible@outside.example', b.address]);
    const raw = await (await fetch(`${server.url()}/_mailsim/mail/${sunk.id}/raw`)).text();
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect(head).not.toMatch(/^bcc:/im);
    expect(head).not.toContain(b.address);
  });
});

describe('AgentSend inbox to inbox in the in-process mode (no SMTP port)', () => {
  it('still delivers A → B and keeps the MIME in the sink', async () => {
    const server = await startTestServer({ rateLimits: false });
    try {
      expect(server.smtp).toBeNull();
      const api = client(server.url());
      const b = (await api('POST', '/inboxes', {})).body;
      const sent = await sendAndSettle(api, SEED_INBOX_ID, {
        to: [b.address],
        subject: 'No sockets',
        bodyText: 'direct',
      });
      const atB = await inboundIn(api, b.id, 'No sockets');
      expect(atB.messageIdHeader).toBe(sent.messageIdHeader);
      const sunk = (await control(server)('GET', `/_mailsim/mail?inbox=${encodeURIComponent(b.address)}`)).body.data;
      expect(sunk).toHaveLength(1);
      expect(sunk[0]).toMatchObject({ direction: 'out', messageId: sent.messageIdHeader });
    } finally {
      await server.close();
    }
  });
});
