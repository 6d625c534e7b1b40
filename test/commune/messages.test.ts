/**
 * Messages: send answers 202 and the durable job hands real MIME to the mail plane (checked in the
 * sink); replies thread with Re: and headers; attachments by upload id or inline; list filters.
 */
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client } from '../helpers/server.js';
import {
  addKey,
  addOrg,
  eventually,
  expectNoViolations,
  SEED_INBOX_ID,
  SEED_ORG_ID,
  SHARED_DOMAIN_ID,
  startCommune,
  type Call,
} from './mail-helpers.js';

const OTHER_ORG = 'c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3';
const FREE_ORG = 'f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2f2';

describe('Commune messages', () => {
  let server: MailsimServer;
  let api: Call;
  let ctl: Call;
  let other: Call;

  beforeAll(async () => {
    ({ server, api } = await startCommune({ smtp: true, smtpPort: 0 }));
    ctl = client(server.url('commune'), null);
    other = client(server.url('commune'), addOrg(server, { id: OTHER_ORG, tier: 'agent_pro' }));
  });
  afterAll(async () => {
    expectNoViolations(server);
    await server.close();
  });

  /** The stored message for a send id, once its delivery settled. */
  async function settled(id: string): Promise<any> {
    return eventually(async () => {
      const list = (await api('GET', `/v1/messages?domain_id=${SHARED_DOMAIN_ID}&limit=1000`)).body.data as any[];
      const m = list.find((x) => x.metadata.commune_message_id === id);
      return m?.metadata.delivery_data?.sent_at || m?.metadata.delivery_status === 'failed' ? m : null;
    });
  }

  /** The raw MIME the mail plane recorded for a Message-ID. */
  async function rawMime(messageId: string): Promise<string> {
    const entry = await eventually(async () =>
      (await ctl('GET', `/_mailsim/mail?limit=500`)).body.data.find((e: any) => e.messageId === messageId),
    );
    return (await fetch(`${server.url('commune')}/_mailsim/mail/${entry.id}/raw`)).text();
  }

  it('queues a send (202) and delivers it as MIME from the inbox with a routing Reply-To and a self-BCC', async () => {
    const res = await api('POST', '/v1/messages/send', {
      to: 'someone@example.com',
      subject: 'Hello from my agent',
      text: 'I am an AI agent.',
      inbox_id: SEED_INBOX_ID,
    });
    expect(res.status).toBe(202);
    expect(res.body.data).toMatchObject({ status: 'queued' });
    expect(res.body.data.id).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(res.body.data.thread_id).toMatch(/^thread_[0-9a-f-]{36}$/);

    const m = await settled(res.body.data.id);
    expect(m).toMatchObject({
      direction: 'outbound',
      thread_id: res.body.data.thread_id,
      content: 'I am an AI agent.',
      content_html: null,
      participants: [
        { role: 'sender', identity: '"Dev Inbox" <dev@commune.email>' },
        { role: 'to', identity: 'someone@example.com' },
      ],
      metadata: {
        subject: 'Hello from my agent',
        inbox_id: SEED_INBOX_ID,
        domain_id: SHARED_DOMAIN_ID,
        delivery_status: 'sent',
        in_reply_to: null,
        references: [],
      },
    });
    expect(m.metadata.routing_token).toMatch(/^t[0-9a-f]{12}$/);
    const parsed = await simpleParser(await rawMime(m.metadata.message_id));
    expect(parsed.from?.value[0]).toMatchObject({ address: 'dev@commune.email', name: 'Dev Inbox' });
    expect(parsed.replyTo?.value[0]?.address).toBe(`dev+${m.metadata.routing_token}@commune.email`);
    expect(parsed.subject).toBe('Hello from my agent');
    expect(parsed.text?.trim()).toBe('I am an AI agent.');
    expect(parsed.headers.has('bcc')).toBe(false);
    const sunk = (await ctl('GET', `/_mailsim/mail?limit=500`)).body.data.find(
      (e: any) => e.messageId === m.metadata.message_id,
    );
    // The self-BCC copy is in the envelope only.
    expect(sunk.envelope.to).toEqual(['someone@example.com', 'dev@commune.email']);
    expect(sunk).toMatchObject({ direction: 'out', provider: 'commune', tenant: SEED_ORG_ID });
  });

  it('sends to a list with cc, bcc, reply_to and html', async () => {
    const res = await api('POST', '/v1/messages/send', {
      to: ['alice@example.com', 'bob@example.com'],
      cc: 'Manager <manager@example.com>',
      bcc: 'audit@mycompany.com',
      reply_to: 'support@mycompany.com',
      subject: 'Invoice #1042',
      html: '<p>Please find your invoice attached.</p>',
      text: 'Please find your invoice attached.',
      inbox_id: SEED_INBOX_ID,
    });
    expect(res.status).toBe(202);
    const m = await settled(res.body.data.id);
    expect(m.participants.map((p: any) => p.identity)).toEqual([
      '"Dev Inbox" <dev@commune.email>',
      'alice@example.com',
      'bob@example.com',
    ]);
    expect(m.metadata.routing_token).toBeNull();
    expect(m.content_html).toBe('<p>Please find your invoice attached.</p>');
    const parsed = await simpleParser(await rawMime(m.metadata.message_id));
    expect(parsed.replyTo?.value[0]?.address).toBe('support@mycompany.com');
    expect((Array.isArray(parsed.to) ? parsed.to : [parsed.to]).flatMap((t) => t!.value.map((v) => v.address))).toEqual(
      ['alice@example.com', 'bob@example.com'],
    );
    expect((parsed.cc as any).value[0].address).toBe('manager@example.com');
    expect(parsed.html).toContain('<p>Please find your invoice attached.</p>');
  });

  it('replies in a thread: "Re: " once, In-Reply-To and References from the latest message', async () => {
    const first = await api('POST', '/v1/messages/send', {
      to: 'user@example.com',
      subject: 'Your question',
      text: 'Looking into it.',
      inbox_id: SEED_INBOX_ID,
    });
    const thread = first.body.data.thread_id;
    const firstMsg = await settled(first.body.data.id);
    server.engine.clock.advance(1000);
    const reply = await api('POST', '/v1/messages/send', {
      to: 'user@example.com',
      subject: 'Your question',
      text: 'Resolved.',
      thread_id: thread,
      inbox_id: SEED_INBOX_ID,
    });
    expect(reply.body.data.thread_id).toBe(thread);
    const replyMsg = await settled(reply.body.data.id);
    expect(replyMsg.metadata).toMatchObject({
      subject: 'Re: Your question',
      in_reply_to: firstMsg.metadata.message_id,
      references: [firstMsg.metadata.message_id],
    });
    const parsed = await simpleParser(await rawMime(replyMsg.metadata.message_id));
    expect(parsed.inReplyTo).toBe(firstMsg.metadata.message_id);
    expect(parsed.subject).toBe('Re: Your question');

    server.engine.clock.advance(1000);
    const again = await api('POST', '/v1/messages/send', {
      to: 'user@example.com',
      subject: 'Re: Your question',
      text: 'One more thing.',
      thread_id: thread,
      inbox_id: SEED_INBOX_ID,
    });
    const againMsg = await settled(again.body.data.id);
    expect(againMsg.metadata.subject).toBe('Re: Your question');
    expect(againMsg.metadata.references).toEqual([firstMsg.metadata.message_id, replyMsg.metadata.message_id]);
  });

  it('keeps an unknown thread_id as given, without Re: or reply headers', async () => {
    const res = await api('POST', '/v1/messages/send', {
      to: 'user@example.com',
      subject: 'Fresh',
      text: 'x',
      thread_id: 'conv_abc123',
      inbox_id: SEED_INBOX_ID,
    });
    expect(res.body.data.thread_id).toBe('conv_abc123');
    const m = await settled(res.body.data.id);
    expect(m.metadata).toMatchObject({ subject: 'Fresh', in_reply_to: null });
  });

  it('sends attachments by upload id and inline; ids of nobody or of another org are skipped', async () => {
    const up = await api('POST', '/v1/attachments/upload', {
      content: Buffer.from('PDF-DATA').toString('base64'),
      filename: 'invoice.pdf',
      mime_type: 'application/pdf',
    });
    const foreign = await other('POST', '/v1/attachments/upload', {
      content: Buffer.from('secret').toString('base64'),
      filename: 'theirs.txt',
      mime_type: 'text/plain',
    });
    const res = await api('POST', '/v1/messages/send', {
      to: 'user@example.com',
      subject: 'Your Report',
      html: '<h1>Report Ready</h1>',
      inbox_id: SEED_INBOX_ID,
      attachments: [
        up.body.data.attachment_id,
        'att_abc123',
        foreign.body.data.attachment_id,
        { filename: 'notes.txt', content: Buffer.from('hello notes').toString('base64'), content_type: 'text/plain' },
      ],
    });
    expect(res.status).toBe(202);
    const m = await settled(res.body.data.id);
    expect(m.attachments).toHaveLength(2);
    expect(m.attachments[0]).toBe(up.body.data.attachment_id);
    expect(m.metadata).toMatchObject({ has_attachments: true, attachment_count: 2 });
    const parsed = await simpleParser(await rawMime(m.metadata.message_id));
    expect(parsed.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([
      ['invoice.pdf', 'PDF-DATA'],
      ['notes.txt', 'hello notes'],
    ]);
  });

  it('sends from agent@<domain> with only domain_id, and from an explicit address re-wrapped with the inbox name', async () => {
    const bare = await api('POST', '/v1/messages/send', {
      to: 'x@example.com',
      subject: 'Domain only',
      text: 'x',
      domain_id: SHARED_DOMAIN_ID,
    });
    expect((await settled(bare.body.data.id)).participants[0].identity).toBe('agent@commune.email');
    const wrapped = await api('POST', '/v1/messages/send', {
      to: 'x@example.com',
      subject: 'Explicit',
      text: 'x',
      from: 'Someone <dev@commune.email>',
      inbox_id: SEED_INBOX_ID,
    });
    expect((await settled(wrapped.body.data.id)).participants[0].identity).toBe('"Dev Inbox" <dev@commune.email>');
  });

  it('answers 400 with details for a body that breaks the send schema', async () => {
    const res = await api('POST', '/v1/messages/send', { to: [], text: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('Invalid request');
    expect(res.body.details.map((d: any) => d.path)).toEqual(expect.arrayContaining(['subject']));
    const cc = await api('POST', '/v1/messages/send', { to: 'a@b.co', subject: 's', cc: 'not an address' });
    expect(cc.status).toBe(400);
  });

  it('answers 400 for more than 50 recipients when the body has 20+ characters', async () => {
    const to = Array.from({ length: 51 }, (_, i) => `r${i}@example.com`);
    expect(
      await api('POST', '/v1/messages/send', { to, subject: 's', text: 'a body of twenty chars or more' }),
    ).toMatchObject({
      status: 400,
      body: { error: 'Too many recipients', max_recipients: 50, provided: 51 },
    });
  });

  it("answers 404 for an unknown inbox or domain, and for another organisation's inbox", async () => {
    expect(await api('POST', '/v1/messages/send', { to: 'a@b.co', subject: 's', inbox_id: 'i_abc123' })).toMatchObject({
      status: 404,
      body: { error: 'Inbox not found' },
    });
    expect(await api('POST', '/v1/messages/send', { to: 'a@b.co', subject: 's', domain_id: 'd_abc123' })).toMatchObject(
      { status: 404, body: { error: 'Domain not found' } },
    );
    expect(
      await other('POST', '/v1/messages/send', { to: 'a@b.co', subject: 's', inbox_id: SEED_INBOX_ID }),
    ).toMatchObject({ status: 404, body: { error: 'Inbox not found' } });
  });

  it('replays a send with the same Idempotency-Key without sending twice', async () => {
    const body = { to: 'idem@example.com', subject: 'Once', text: 'x', inbox_id: SEED_INBOX_ID };
    const a = await api('POST', '/v1/messages/send', body, { 'Idempotency-Key': 'k-1' });
    const b = await api('POST', '/v1/messages/send', { ...body, subject: 'Different' }, { 'Idempotency-Key': 'k-1' });
    expect(b.status).toBe(202);
    expect(b.body).toEqual(a.body);
    expect(b.headers.get('idempotency-replayed')).toBe('true');
    await settled(a.body.data.id);
    const sent = (await api('GET', '/v1/messages?sender=dev@commune.email&limit=1000')).body.data.filter(
      (m: any) => m.participants[1]?.identity === 'idem@example.com',
    );
    expect(sent).toHaveLength(1);
  });

  it("caps sends per inbox per day (free: 20) with Commune's 429", async () => {
    const free = client(server.url('commune'), addOrg(server, { id: FREE_ORG, tier: 'free' }));
    const inbox = (await free('POST', '/v1/inboxes', { local_part: 'free-sender' })).body.data;
    for (let i = 0; i < 20; i++)
      expect(
        (await free('POST', '/v1/messages/send', { to: 'x@example.com', subject: `n${i}`, inbox_id: inbox.id })).status,
      ).toBe(202);
    const res = await free('POST', '/v1/messages/send', {
      to: 'x@example.com',
      subject: 'one too many',
      inbox_id: inbox.id,
    });
    expect(res).toMatchObject({
      status: 429,
      body: { error: 'Inbox daily send limit exceeded', inbox_id: inbox.id, daily_limit: 20, tier: 'free' },
    });
  });

  it('lists by inbox, domain or sender, with order, limit and date bounds', async () => {
    expect(await api('GET', '/v1/messages')).toMatchObject({
      status: 400,
      body: { error: 'Provide at least one filter: sender, domain_id, or inbox_id' },
    });
    const byInbox = (await api('GET', `/v1/messages?inbox_id=${SEED_INBOX_ID}&limit=1000`)).body.data;
    expect(byInbox.length).toBeGreaterThan(5);
    const times = byInbox.map((m: any) => m.created_at);
    expect([...times].sort().reverse()).toEqual(times);
    const asc = (await api('GET', `/v1/messages?inbox_id=${SEED_INBOX_ID}&order=asc&limit=2`)).body.data;
    expect(asc.map((m: any) => m.created_at)).toEqual([...times].reverse().slice(0, 2));
    const bySender = (await api('GET', '/v1/messages?sender=agent@commune.email')).body.data;
    expect(bySender.map((m: any) => m.metadata.subject)).toEqual(['Domain only']);
    const middle = times[Math.floor(times.length / 2)];
    const before = (
      await api('GET', `/v1/messages?inbox_id=${SEED_INBOX_ID}&before=${encodeURIComponent(middle)}&limit=1000`)
    ).body.data;
    expect(before.every((m: any) => m.created_at < middle)).toBe(true);
    const after = (
      await api('GET', `/v1/messages?inbox_id=${SEED_INBOX_ID}&after=${encodeURIComponent(middle)}&limit=1000`)
    ).body.data;
    expect(after.every((m: any) => m.created_at > middle)).toBe(true);
    expect((await other('GET', `/v1/messages?inbox_id=${SEED_INBOX_ID}`)).body.data).toEqual([]);
    // Invalid numbers fall back to the default, out-of-range ones are clamped.
    expect((await api('GET', `/v1/messages?inbox_id=${SEED_INBOX_ID}&limit=abc`)).status).toBe(200);
    expect((await api('GET', `/v1/messages?inbox_id=${SEED_INBOX_ID}&limit=0`)).body.data).toHaveLength(1);
  });

  it('checks scopes: messages:read may list but not send', async () => {
    const reader = client(server.url('commune'), addKey(server, SEED_ORG_ID, ['messages:read']));
    expect((await reader('GET', `/v1/messages?inbox_id=${SEED_INBOX_ID}`)).status).toBe(200);
    expect(await reader('POST', '/v1/messages/send', { to: 'a@b.co', subject: 's' })).toMatchObject({
      status: 403,
      body: { required: ['messages:write'] },
    });
  });
});
