import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import {
  client,
  eventually,
  startTestServer,
  SEED_ACCOUNT_ID,
  SEED_INBOX_ADDRESS,
  SEED_INBOX_ID,
} from '../helpers/server.js';
import {
  RecordingMailPlane,
  UNKNOWN_ID,
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

const MESSAGE_ID_HEADER = /^<[A-Za-z0-9_-]{24}@agentsend\.io>$/;

describe('AgentSend messages', () => {
  let server: MailsimServer;
  let api: Api;
  let plane: RecordingMailPlane;

  beforeAll(async () => {
    server = await startTestServer({ rateLimits: false });
    api = client(server.url());
    plane = new RecordingMailPlane();
    server.engine.mail = plane;
    // Many tests here send from the seed inbox; its daily cap of 10 is the subject of the clock suite below.
    server.engine.store.db.prepare('UPDATE as_inboxes SET daily_send_limit = 1000 WHERE id = ?').run(SEED_INBOX_ID);
  });
  afterAll(() => server.close());

  it('send answers 202 with a queued outbound message in a new thread', async () => {
    const res = await send(api, SEED_INBOX_ID, {
      to: ['a@example.com'],
      cc: ['c@example.com'],
      bcc: ['b@example.com'],
      subject: 'Re: Fwd:  Quarterly   plan',
      bodyHtml: '<p>Hi</p>',
    });
    expect(res.status).toBe(202);
    const m = res.body;
    expect(m).toMatchObject({
      inboxId: SEED_INBOX_ID,
      accountId: SEED_ACCOUNT_ID,
      direction: 'outbound',
      fromAddress: `Dev Inbox <${SEED_INBOX_ADDRESS}>`,
      toAddresses: ['a@example.com'],
      ccAddresses: ['c@example.com'],
      bccAddresses: ['b@example.com'],
      subject: 'Re: Fwd:  Quarterly   plan',
      bodyText: 'Hi there',
      bodyHtml: '<p>Hi</p>',
      attachments: [],
      status: 'queued',
      delivery: 'email',
      sesMessageId: null,
      errorMessage: null,
      retryCount: 0,
      inReplyTo: null,
      referencesHeaders: [],
      rawHeaders: null,
      sentAt: null,
    });
    expect(m.messageIdHeader).toMatch(MESSAGE_ID_HEADER);
    const thread = await api('GET', `/threads/${m.threadId}`);
    expect(thread.body).toMatchObject({
      inboxId: SEED_INBOX_ID,
      subject: 'Quarterly plan',
      messageCount: 1,
      lastMessageAt: m.createdAt,
    });
  });

  it('uses the bare address as sender when the inbox has no display name', async () => {
    const inbox = await newInbox(api);
    const res = await send(api, inbox.id, {});
    expect(res.body.fromAddress).toBe(inbox.address);
  });

  it('a send without threadId always starts a new thread, even with the same subject', async () => {
    const a = await send(api, SEED_INBOX_ID, { subject: 'Same subject' });
    const b = await send(api, SEED_INBOX_ID, { subject: 'Same subject' });
    expect(a.body.threadId).not.toBe(b.body.threadId);
  });

  it('delivers in the background: queued → sent, with the mail handed to the mail plane', async () => {
    const before = (await api('GET', `/inboxes/${SEED_INBOX_ID}`)).body;
    const res = await send(api, SEED_INBOX_ID, { to: ['x@example.com'], subject: 'Progress', bodyText: 'text' });
    const sent = await waitForStatus(api, res.body.id, 'sent');
    expect(sent.sesMessageId).toMatch(/^REC\d+$/);
    expect(Date.parse(sent.sentAt)).toBeGreaterThanOrEqual(Date.parse(sent.createdAt));
    const mail = plane.sent.find((m) => m.messageId === res.body.messageIdHeader)!;
    expect(mail).toMatchObject({
      provider: 'agentsend',
      tenant: SEED_ACCOUNT_ID,
      from: { address: SEED_INBOX_ADDRESS, name: 'Dev Inbox' },
      to: ['x@example.com'],
      subject: 'Progress',
      text: 'text',
      html: null,
    });
    const after = (await api('GET', `/inboxes/${SEED_INBOX_ID}`)).body;
    expect(after.totalSent).toBeGreaterThan(before.totalSent);
    expect(after.sendsToday).toBeGreaterThan(before.sendsToday);
  });

  it("replies in a thread carry In-Reply-To and References from the thread's latest message", async () => {
    const first = (await send(api, SEED_INBOX_ID, { subject: 'Chain' })).body;
    const second = (await send(api, SEED_INBOX_ID, { subject: 'Re: Chain', threadId: first.threadId })).body;
    expect(second.threadId).toBe(first.threadId);
    expect(second.inReplyTo).toBe(first.messageIdHeader);
    expect(second.referencesHeaders).toEqual([first.messageIdHeader]);
    const third = (await send(api, SEED_INBOX_ID, { subject: 'Re: Chain', threadId: first.threadId })).body;
    expect(third.inReplyTo).toBe(second.messageIdHeader);
    expect(third.referencesHeaders).toEqual([first.messageIdHeader, second.messageIdHeader]);
    expect((await api('GET', `/threads/${first.threadId}`)).body.messageCount).toBe(3);
    await waitForStatus(api, third.id, 'sent');
    const mail = plane.sent.find((m) => m.messageId === third.messageIdHeader)!;
    expect(mail.inReplyTo).toBe(second.messageIdHeader);
    expect(mail.references).toEqual([first.messageIdHeader, second.messageIdHeader]);
  });

  it('fires message.sent with the documented data once the message is sent', async () => {
    const deliveries = recordWebhooks(server);
    subscribeAll(server, SEED_ACCOUNT_ID);
    const res = await send(api, SEED_INBOX_ID, { to: ['w@example.com'], cc: ['cc@example.com'], subject: 'Hooked' });
    const sent = await waitForStatus(api, res.body.id, 'sent');
    const d = await eventually(() =>
      deliveries.find((x) => x.event === 'message.sent' && JSON.parse(x.body).data.messageId === res.body.id),
    );
    expect(JSON.parse(d.body).data).toEqual({
      messageId: res.body.id,
      inboxId: SEED_INBOX_ID,
      threadId: res.body.threadId,
      to: ['w@example.com'],
      cc: ['cc@example.com'],
      bcc: [],
      subject: 'Hooked',
      sentAt: sent.sentAt,
    });
  });

  describe('send validation', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['to is not an array', { to: 'a@example.com', subject: 's' }, 'to'],
      ['to is missing', { subject: 's' }, 'to'],
      ['to is empty', { to: [], subject: 's' }, 'to'],
      ['51 recipients', { to: Array.from({ length: 51 }, (_, i) => `r${i}@example.com`), subject: 's' }, 'to'],
      ['a recipient is not an email', { to: ['not-an-email'], subject: 's' }, 'to'],
      ['subject is missing', { to: ['a@example.com'] }, 'subject'],
      ['subject is a number', { to: ['a@example.com'], subject: 42 }, 'subject'],
      ['subject of 999 characters', { to: ['a@example.com'], subject: 'x'.repeat(999) }, 'subject'],
      [
        'bodyText of 256001 characters',
        { to: ['a@example.com'], subject: 's', bodyText: 'x'.repeat(256_001) },
        'bodyText',
      ],
      ['threadId is not a uuid', { to: ['a@example.com'], subject: 's', threadId: 'thr_1' }, 'threadId'],
      [
        '11 attachment ids',
        { to: ['a@example.com'], subject: 's', attachmentIds: Array.from({ length: 11 }, () => UNKNOWN_ID) },
        'attachmentIds',
      ],
    ];
    it.each(cases)('%s → 400 VALIDATION_ERROR naming the field', async (_name, body, field) => {
      const res = await api('POST', `/inboxes/${SEED_INBOX_ID}/messages`, body);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: 'VALIDATION_ERROR',
        message: 'Request validation failed',
        status: 400,
      });
      expect(res.body.error.details[field]?.length).toBeGreaterThan(0);
    });

    it('accepts the limits themselves: 50 recipients and a 998-character subject', async () => {
      const res = await send(api, SEED_INBOX_ID, {
        to: Array.from({ length: 50 }, (_, i) => `r${i}@example.com`),
        subject: 'x'.repeat(998),
      });
      expect(res.status).toBe(202);
    });

    it('a malformed inbox id → 400 with details, not 404', async () => {
      const res = await send(api, 'not-a-uuid', {});
      expect(res.status).toBe(400);
      expect(res.body.error.details.inboxId?.length).toBeGreaterThan(0);
    });
  });

  describe('send preconditions', () => {
    it('unknown inbox → 404 in the provider wording', async () => {
      const res = await send(api, UNKNOWN_ID, {});
      expect(res.status).toBe(404);
      expect(res.body).toEqual({
        error: { code: 'NOT_FOUND', message: `Inbox '${UNKNOWN_ID}' not found`, status: 404 },
      });
    });

    it("another account's inbox → 404, and nothing is stored there", async () => {
      const other = await secondAccount(server);
      const theirs = await newInbox(other.api);
      const res = await send(api, theirs.id, {});
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe(`Inbox '${theirs.id}' not found`);
      expect((await other.api('GET', `/inboxes/${theirs.id}/messages`)).body.total).toBe(0);
    });

    it('a deleted inbox → 404', async () => {
      const inbox = await newInbox(api);
      expect((await api('DELETE', `/inboxes/${inbox.id}`)).status).toBe(204);
      expect((await send(api, inbox.id, {})).status).toBe(404);
    });

    it('a suspended inbox → 403 INBOX_SUSPENDED', async () => {
      const inbox = await newInbox(api);
      setInboxStatus(server, inbox.id, 'suspended');
      const res = await send(api, inbox.id, {});
      expect(res.status).toBe(403);
      expect(res.body).toEqual({
        error: { code: 'INBOX_SUSPENDED', message: 'Inbox is suspended and cannot send messages', status: 403 },
      });
    });

    it('unknown threadId → 404 naming the thread', async () => {
      const res = await send(api, SEED_INBOX_ID, { threadId: UNKNOWN_ID });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe(`Thread '${UNKNOWN_ID}' not found`);
    });

    it('a thread of another inbox → 400 THREAD_INBOX_MISMATCH', async () => {
      const inbox = await newInbox(api);
      const elsewhere = (await send(api, SEED_INBOX_ID, { subject: 'Elsewhere' })).body;
      const res = await send(api, inbox.id, { threadId: elsewhere.threadId });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        error: { code: 'THREAD_INBOX_MISMATCH', message: 'Thread does not belong to this inbox', status: 400 },
      });
    });

    it('a thread of another account → 404', async () => {
      const other = await secondAccount(server);
      const theirInbox = await newInbox(other.api);
      const theirs = (await send(other.api, theirInbox.id, { subject: 'Private' })).body;
      const res = await send(api, SEED_INBOX_ID, { threadId: theirs.threadId });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe(`Thread '${theirs.threadId}' not found`);
    });

    it('unknown attachment ids → 404 naming them, and no empty thread is left behind', async () => {
      const inbox = await newInbox(api);
      const other = '11111111-1111-4111-8111-111111111111';
      const res = await send(api, inbox.id, { attachmentIds: [UNKNOWN_ID, other] });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe(`Attachment '${UNKNOWN_ID}, ${other}' not found`);
      expect((await api('GET', `/inboxes/${inbox.id}/threads`)).body.total).toBe(0);
      expect((await api('GET', `/inboxes/${inbox.id}/messages`)).body.total).toBe(0);
    });

    it("another account's attachment → 404", async () => {
      const other = await secondAccount(server);
      const form = new FormData();
      form.append('file', new Blob([Buffer.from('theirs')], { type: 'text/plain' }), 'theirs.txt');
      const upload = await other.api('POST', '/attachments', form);
      expect(upload.status).toBe(201);
      const res = await send(api, SEED_INBOX_ID, { attachmentIds: [upload.body.id] });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe(`Attachment '${upload.body.id}' not found`);
    });
  });

  describe('send with attachments', () => {
    async function upload(data: Buffer, filename: string, type = 'application/octet-stream'): Promise<any> {
      const form = new FormData();
      form.append('file', new Blob([data], { type }), filename);
      const res = await api('POST', '/attachments', form);
      expect(res.status).toBe(201);
      return res.body;
    }

    it('lists the attachments on the message and hands their bytes to the mail plane', async () => {
      const bytes = Buffer.from('%PDF-1.4 fake report');
      const a = await upload(bytes, 'report.pdf', 'application/pdf');
      const res = await send(api, SEED_INBOX_ID, { subject: 'With file', attachmentIds: [a.id] });
      expect(res.status).toBe(202);
      expect(res.body.attachments).toEqual([
        { id: a.id, key: a.key, filename: 'report.pdf', contentType: 'application/pdf', size: bytes.length },
      ]);
      await waitForStatus(api, res.body.id, 'sent');
      const mail = plane.sent.find((m) => m.messageId === res.body.messageIdHeader)!;
      expect(mail.attachments).toHaveLength(1);
      expect(mail.attachments![0]).toMatchObject({ filename: 'report.pdf', contentType: 'application/pdf' });
      expect(Buffer.compare(mail.attachments![0]!.content, bytes)).toBe(0);
    });

    it('more than 25 MB in total → 400 ATTACHMENTS_TOO_LARGE', async () => {
      const nine = Buffer.alloc(9 * 1024 * 1024, 1);
      const ids = [await upload(nine, 'a.bin'), await upload(nine, 'b.bin'), await upload(nine, 'c.bin')].map(
        (a) => a.id,
      );
      const inbox = await newInbox(api);
      const res = await send(api, inbox.id, { attachmentIds: ids });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        error: { code: 'ATTACHMENTS_TOO_LARGE', message: 'Total attachment size exceeds 25 MB limit', status: 400 },
      });
      expect((await api('GET', `/inboxes/${inbox.id}/threads`)).body.total).toBe(0);
      expect((await send(api, inbox.id, { attachmentIds: ids.slice(0, 2) })).status).toBe(202);
    });
  });

  describe('list, get, delete', () => {
    it("lists an inbox's messages newest first, with total, paging and a status filter", async () => {
      const inbox = await newInbox(api);
      const ids: string[] = [];
      for (const subject of ['one', 'two', 'three']) ids.push((await send(api, inbox.id, { subject })).body.id);
      const all = await api('GET', `/inboxes/${inbox.id}/messages`);
      expect(all.status).toBe(200);
      expect(all.body.total).toBe(3);
      expect(all.body.data.map((m: any) => m.id)).toEqual([...ids].reverse());
      const pageTwo = await api('GET', `/inboxes/${inbox.id}/messages?limit=2&offset=2`);
      expect(pageTwo.body).toMatchObject({ total: 3 });
      expect(pageTwo.body.data.map((m: any) => m.id)).toEqual([ids[0]]);
      await Promise.all(ids.map((id) => waitForStatus(api, id, 'sent')));
      expect((await api('GET', `/inboxes/${inbox.id}/messages?status=sent`)).body.total).toBe(3);
      expect((await api('GET', `/inboxes/${inbox.id}/messages?status=queued`)).body).toEqual({ data: [], total: 0 });
    });

    it('an unknown or foreign inbox lists as an empty page, not 404', async () => {
      expect((await api('GET', `/inboxes/${UNKNOWN_ID}/messages`)).body).toEqual({ data: [], total: 0 });
      const other = await secondAccount(server);
      expect((await other.api('GET', `/inboxes/${SEED_INBOX_ID}/messages`)).body).toEqual({ data: [], total: 0 });
    });

    it('rejects a bad status filter and out-of-range paging with 400', async () => {
      for (const q of ['status=lost', 'limit=0', 'limit=101', 'offset=-1']) {
        const res = await api('GET', `/inboxes/${SEED_INBOX_ID}/messages?${q}`);
        expect(res.status, q).toBe(400);
        expect(res.body.error.code).toBe('VALIDATION_ERROR');
      }
    });

    it('gets a message; unknown → 404 with the exact message, malformed → 400 with details', async () => {
      const m = (await send(api, SEED_INBOX_ID, { subject: 'Get me' })).body;
      const got = await api('GET', `/messages/${m.id}`);
      expect(got.status).toBe(200);
      expect(got.body).toMatchObject({ id: m.id, subject: 'Get me', messageIdHeader: m.messageIdHeader });
      const missing = await api('GET', `/messages/${UNKNOWN_ID}`);
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual({
        error: { code: 'NOT_FOUND', message: `Message '${UNKNOWN_ID}' not found`, status: 404 },
      });
      const bad = await api('GET', '/messages/msg_123');
      expect(bad.status).toBe(400);
      expect(bad.body.error.details.id?.length).toBeGreaterThan(0);
    });

    it('another account cannot read or delete a message', async () => {
      const m = (await send(api, SEED_INBOX_ID, { subject: 'Mine' })).body;
      const other = await secondAccount(server);
      expect((await other.api('GET', `/messages/${m.id}`)).body.error.message).toBe(`Message '${m.id}' not found`);
      expect((await other.api('DELETE', `/messages/${m.id}`)).status).toBe(404);
      expect((await api('GET', `/messages/${m.id}`)).status).toBe(200);
    });

    it("deletes for good (also with the SDK's empty JSON body); a second delete is 404", async () => {
      const m = (await send(api, SEED_INBOX_ID, { subject: 'Delete me' })).body;
      const del = await api('DELETE', `/messages/${m.id}`, undefined, { 'content-type': 'application/json' });
      expect(del.status).toBe(204);
      expect(del.text).toBe('');
      expect((await api('GET', `/messages/${m.id}`)).status).toBe(404);
      expect((await api('DELETE', `/messages/${m.id}`)).body.error.message).toBe(`Message '${m.id}' not found`);
      expect((await api('DELETE', '/messages/nope')).status).toBe(400);
    });

    it('list totals follow sends, replies and deletes (another account deleting changes nothing)', async () => {
      const inbox = await newInbox(api);
      const totals = async () => ({
        messages: (await api('GET', `/inboxes/${inbox.id}/messages?limit=1`)).body.total,
        threads: (await api('GET', `/inboxes/${inbox.id}/threads?limit=1`)).body.total,
      });
      const first = (await send(api, inbox.id, { subject: 'first' })).body;
      await send(api, inbox.id, { subject: 'second' });
      await send(api, inbox.id, { subject: 'Re: first', threadId: first.threadId });
      expect(await totals()).toEqual({ messages: 3, threads: 2 });
      const other = await secondAccount(server);
      expect((await other.api('DELETE', `/messages/${first.id}`)).status).toBe(404);
      expect((await api('DELETE', `/messages/${first.id}`)).status).toBe(204);
      expect((await api('DELETE', `/messages/${first.id}`)).status).toBe(404);
      expect(await totals()).toEqual({ messages: 2, threads: 2 });
    });
  });

  it('no response broke the contract', () => expectNoContractViolations(server));
});
