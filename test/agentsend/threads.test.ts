import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import type { InboundMail } from '../../src/engine/mail/types.js';
import { normaliseSubject } from '../../src/providers/agentsend/domain/threading.js';
import {
  client,
  eventually,
  startTestServer,
  SEED_ACCOUNT_ID,
  SEED_INBOX_ADDRESS,
  SEED_INBOX_ID,
} from '../helpers/server.js';
import {
  LoopbackMailPlane,
  UNKNOWN_ID,
  agentsendResolver,
  expectNoContractViolations,
  newInbox,
  recordWebhooks,
  secondAccount,
  send,
  setInboxStatus,
  subscribeAll,
  waitForStatus,
  type Api,
} from './messaging-fixtures.js';

describe('subject normalisation', () => {
  it.each([
    ['Re: Hello', 'Hello'],
    ['RE: Fwd: FW: aw: SV: vs: Ref: RIF: R: Hello', 'Hello'],
    ['Re[2]: Re [3] : Hello', 'Hello'],
    ['  Fwd:   Quarterly \t  report  ', 'Quarterly report'],
    ['Re:Re:Re:', ''],
    ['Regarding: the plan', 'Regarding: the plan'],
    ['Hello Re: there', 'Hello Re: there'],
  ])('%j → %j', (input, expected) => expect(normaliseSubject(input)).toBe(expected));
});

describe('AgentSend threads', () => {
  let server: MailsimServer;
  let api: Api;

  beforeAll(async () => {
    server = await startTestServer({ rateLimits: false });
    api = client(server.url());
    server.engine.store.db.prepare('UPDATE as_inboxes SET daily_send_limit = 1000 WHERE id = ?').run(SEED_INBOX_ID);
  });
  afterAll(() => server.close());

  it("lists an inbox's threads by latest activity, with total and paging", async () => {
    const inbox = await newInbox(api);
    const older = (await send(api, inbox.id, { subject: 'Re: Older' })).body;
    server.engine.clock.advance(1000);
    const newer = (await send(api, inbox.id, { subject: 'Newer' })).body;
    let list = await api('GET', `/inboxes/${inbox.id}/threads`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(2);
    expect(list.body.data.map((t: any) => t.id)).toEqual([newer.threadId, older.threadId]);
    expect(list.body.data[1]).toMatchObject({
      subject: 'Older',
      inboxId: inbox.id,
      accountId: SEED_ACCOUNT_ID,
      messageCount: 1,
    });

    server.engine.clock.advance(1000);
    const reply = (await send(api, inbox.id, { subject: 'Re: Older', threadId: older.threadId })).body;
    list = await api('GET', `/inboxes/${inbox.id}/threads`);
    expect(list.body.data.map((t: any) => t.id)).toEqual([older.threadId, newer.threadId]);
    expect(list.body.data[0]).toMatchObject({ messageCount: 2, lastMessageAt: reply.createdAt });

    const second = await api('GET', `/inboxes/${inbox.id}/threads?limit=1&offset=1`);
    expect(second.body.total).toBe(2);
    expect(second.body.data.map((t: any) => t.id)).toEqual([newer.threadId]);
  });

  it('an unknown or foreign inbox lists as an empty page, not 404', async () => {
    expect((await api('GET', `/inboxes/${UNKNOWN_ID}/threads`)).body).toEqual({ data: [], total: 0 });
    const other = await secondAccount(server);
    expect((await other.api('GET', `/inboxes/${SEED_INBOX_ID}/threads`)).body).toEqual({ data: [], total: 0 });
    expect((await api('GET', '/inboxes/not-a-uuid/threads')).status).toBe(400);
  });

  it('gets a thread; unknown → 404 with the exact message, malformed → 400, foreign → 404', async () => {
    const m = (await send(api, SEED_INBOX_ID, { subject: 'Fwd: Budget' })).body;
    const got = await api('GET', `/threads/${m.threadId}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual({
      id: m.threadId,
      inboxId: SEED_INBOX_ID,
      accountId: SEED_ACCOUNT_ID,
      subject: 'Budget',
      lastMessageAt: m.createdAt,
      messageCount: 1,
      createdAt: m.createdAt,
    });
    const missing = await api('GET', `/threads/${UNKNOWN_ID}`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      error: { code: 'NOT_FOUND', message: `Thread '${UNKNOWN_ID}' not found`, status: 404 },
    });
    const bad = await api('GET', '/threads/thr_1');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.id?.length).toBeGreaterThan(0);
    const other = await secondAccount(server);
    expect((await other.api('GET', `/threads/${m.threadId}`)).status).toBe(404);
  });

  it("lists a thread's messages oldest first; unknown and foreign threads → 404", async () => {
    const first = (await send(api, SEED_INBOX_ID, { subject: 'Ordered' })).body;
    const ids = [first.id];
    for (let i = 0; i < 2; i++)
      ids.push((await send(api, SEED_INBOX_ID, { subject: 'Re: Ordered', threadId: first.threadId })).body.id);
    const list = await api('GET', `/threads/${first.threadId}/messages`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(3);
    expect(list.body.data.map((m: any) => m.id)).toEqual(ids);
    expect(
      (await api('GET', `/threads/${first.threadId}/messages?limit=1&offset=1`)).body.data.map((m: any) => m.id),
    ).toEqual([ids[1]]);
    const missing = await api('GET', `/threads/${UNKNOWN_ID}/messages`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(`Thread '${UNKNOWN_ID}' not found`);
    const other = await secondAccount(server);
    expect((await other.api('GET', `/threads/${first.threadId}/messages`)).status).toBe(404);
  });

  describe('inbound mail', () => {
    function inbound(overrides: Partial<InboundMail>): InboundMail {
      return {
        sinkId: 'sink-1',
        messageId: `<ext-${Math.random().toString(36).slice(2)}@example.net>`,
        inReplyTo: null,
        references: [],
        from: { address: 'alice@example.net', name: 'Alice' },
        to: [{ address: SEED_INBOX_ADDRESS }],
        cc: [],
        subject: 'Hello from outside',
        text: 'plain body',
        html: '<p>html body</p>',
        date: null,
        headers: { subject: 'Hello from outside' },
        attachments: [],
        recipient: SEED_INBOX_ADDRESS,
        ...overrides,
      };
    }

    it('the resolver claims active inboxes only, whatever the case or angle brackets', async () => {
      const resolve = agentsendResolver(server);
      expect(resolve(SEED_INBOX_ADDRESS)).toBeTypeOf('function');
      expect(resolve('Dev@AgentSend.IO')).toBeTypeOf('function');
      expect(resolve(`<${SEED_INBOX_ADDRESS}>`)).toBeTypeOf('function');
      expect(resolve('nobody@agentsend.io')).toBeNull();
      const suspended = await newInbox(api);
      setInboxStatus(server, suspended.id, 'suspended');
      expect(resolve(suspended.address)).toBeNull();
      const deleted = await newInbox(api);
      await api('DELETE', `/inboxes/${deleted.id}`);
      expect(resolve(deleted.address)).toBeNull();
    });

    it('stores a received message with its headers, attachments and a new thread, and fires message.received', async () => {
      const deliveries = recordWebhooks(server);
      subscribeAll(server, SEED_ACCOUNT_ID);
      const inbox = await newInbox(api);
      const pdf = Buffer.from('%PDF-1.7 inbound');
      const mail = inbound({
        to: [{ address: inbox.address, name: 'Agent' }],
        cc: [{ address: 'carol@example.net' }],
        subject: 'Re: Invoice',
        recipient: inbox.address,
        headers: {
          subject: 'Re: Invoice',
          from: 'Alice <alice@example.net>',
          received: ['from a by b', 'from c by d'],
          'content-type': 'multipart/mixed; boundary="x"',
        },
        attachments: [{ filename: 'invoice.pdf', contentType: 'application/pdf', size: pdf.length, content: pdf }],
      });
      agentsendResolver(server)(inbox.address)!(mail);

      const list = await api('GET', `/inboxes/${inbox.id}/messages`);
      expect(list.body.total).toBe(1);
      const m = list.body.data[0];
      expect(m).toMatchObject({
        direction: 'inbound',
        status: 'received',
        delivery: 'email',
        fromAddress: 'alice@example.net',
        toAddresses: [inbox.address],
        ccAddresses: ['carol@example.net'],
        bccAddresses: [],
        subject: 'Re: Invoice',
        bodyText: 'plain body',
        bodyHtml: '<p>html body</p>',
        messageIdHeader: mail.messageId,
        inReplyTo: null,
        referencesHeaders: [],
        sentAt: null,
        rawHeaders: mail.headers,
      });
      expect(m.attachments).toHaveLength(1);
      expect(m.attachments[0]).toMatchObject({
        filename: 'invoice.pdf',
        contentType: 'application/pdf',
        size: pdf.length,
      });
      expect(m.attachments[0].key).toMatch(new RegExp(`^inbound/${inbox.id}/[A-Za-z0-9_-]{16}/invoice\\.pdf$`));
      const att = await api('GET', `/attachments/${m.attachments[0].id}`);
      expect(att.status).toBe(200);
      const download = await fetch(att.body.url);
      expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);

      const thread = (await api('GET', `/threads/${m.threadId}`)).body;
      expect(thread).toMatchObject({ inboxId: inbox.id, subject: 'Invoice', messageCount: 1 });
      const event = await eventually(() => deliveries.find((d) => d.event === 'message.received'));
      expect(JSON.parse(event.body).data).toEqual({
        messageId: m.id,
        inboxId: inbox.id,
        threadId: m.threadId,
        from: 'alice@example.net',
        to: [inbox.address],
        subject: 'Re: Invoice',
        direction: 'inbound',
        receivedAt: m.createdAt,
      });
    });

    it('a message without a subject is stored as "(no subject)"', async () => {
      const inbox = await newInbox(api);
      agentsendResolver(server)(inbox.address)!(
        inbound({ subject: null, to: [{ address: inbox.address }], recipient: inbox.address }),
      );
      const m = (await api('GET', `/inboxes/${inbox.id}/messages`)).body.data[0];
      expect(m.subject).toBe('(no subject)');
      expect((await api('GET', `/threads/${m.threadId}`)).body.subject).toBe('(no subject)');
    });

    it('threads by References when In-Reply-To matches nothing, newest reference first', async () => {
      const inbox = await newInbox(api);
      const deliver = agentsendResolver(server)(inbox.address)!;
      const a = inbound({ subject: 'Topic A', to: [{ address: inbox.address }] });
      const b = inbound({ subject: 'Topic B', to: [{ address: inbox.address }] });
      deliver(a);
      deliver(b);
      deliver(
        inbound({
          subject: 'Re: something else',
          inReplyTo: '<unknown@example.net>',
          references: [a.messageId!, b.messageId!],
          to: [{ address: inbox.address }],
        }),
      );
      const threads = (await api('GET', `/inboxes/${inbox.id}/threads`)).body;
      expect(threads.total).toBe(2);
      const topicB = threads.data.find((t: any) => t.subject === 'Topic B');
      expect(topicB.messageCount).toBe(2);
    });

    it("a send to another emulated inbox arrives there through the engine's mail plane, with real header values", async () => {
      const other = await secondAccount(server);
      const from = await newInbox(api, { displayName: 'Sender Agent' });
      const to = await newInbox(other.api);
      const m = (await send(api, from.id, { to: [to.address], subject: 'Through the plane', bodyText: 'hello' })).body;
      const sent = await waitForStatus(api, m.id, 'sent');
      expect(sent.sesMessageId).toBeTruthy();
      const received = await eventually(
        async () => (await other.api('GET', `/inboxes/${to.id}/messages`)).body.data[0],
      );
      expect(received).toMatchObject({
        direction: 'inbound',
        status: 'received',
        fromAddress: from.address,
        toAddresses: [to.address],
        subject: 'Through the plane',
        messageIdHeader: m.messageIdHeader,
      });
      expect(received.bodyText?.trim()).toBe('hello');
      const headers = received.rawHeaders as Record<string, unknown>;
      expect(
        Object.values(headers).every(
          (v) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')),
        ),
      ).toBe(true);
      expect(JSON.stringify(headers)).not.toContain('[object Object]');
    });

    it('two-way reply threading between inboxes of different accounts', async () => {
      const original = server.engine.mail;
      const loop = new LoopbackMailPlane(agentsendResolver(server));
      server.engine.mail = loop;
      try {
        const other = await secondAccount(server);
        const alice = await newInbox(api, { displayName: 'Alice Agent' });
        const bob = await newInbox(other.api);

        const m1 = (await send(api, alice.id, { to: [bob.address], subject: 'Lunch?', bodyText: 'Noon?' })).body;
        await waitForStatus(api, m1.id, 'sent');
        const bobSees = await eventually(
          async () => (await other.api('GET', `/inboxes/${bob.id}/messages`)).body.data[0],
        );
        expect(bobSees).toMatchObject({
          direction: 'inbound',
          fromAddress: alice.address,
          subject: 'Lunch?',
          messageIdHeader: m1.messageIdHeader,
          accountId: other.accountId,
        });
        expect(bobSees.threadId).not.toBe(m1.threadId);

        const m2 = (
          await send(other.api, bob.id, {
            to: [alice.address],
            subject: 'Re: Lunch?',
            threadId: bobSees.threadId,
            bodyText: 'Sure',
          })
        ).body;
        expect(m2.inReplyTo).toBe(m1.messageIdHeader);
        expect(m2.referencesHeaders).toEqual([m1.messageIdHeader]);
        await waitForStatus(other.api, m2.id, 'sent');

        const aliceThread = await eventually(async () => {
          const t = (await api('GET', `/threads/${m1.threadId}/messages`)).body;
          return t.total === 2 ? t : null;
        });
        expect(aliceThread.data[1]).toMatchObject({
          direction: 'inbound',
          inboxId: alice.id,
          inReplyTo: m1.messageIdHeader,
          messageIdHeader: m2.messageIdHeader,
          subject: 'Re: Lunch?',
        });
        expect((await api('GET', `/inboxes/${alice.id}/threads`)).body.total).toBe(1);

        const m3 = (
          await send(api, alice.id, {
            to: [bob.address],
            subject: 'Re: Lunch?',
            threadId: m1.threadId,
            bodyText: 'Great',
          })
        ).body;
        expect(m3.inReplyTo).toBe(m2.messageIdHeader);
        expect(m3.referencesHeaders).toEqual([m1.messageIdHeader, m2.messageIdHeader]);
        await waitForStatus(api, m3.id, 'sent');
        const bobThread = await eventually(async () => {
          const t = (await other.api('GET', `/threads/${bobSees.threadId}`)).body;
          return t.messageCount === 3 ? t : null;
        });
        expect(bobThread.subject).toBe('Lunch?');
        expect((await other.api('GET', `/inboxes/${bob.id}/threads`)).body.total).toBe(1);
        expect((await api('GET', `/threads/${m1.threadId}`)).body.messageCount).toBe(3);
      } finally {
        server.engine.mail = original;
      }
    });
  });

  it('no response broke the contract', () => expectNoContractViolations(server));
});
