/**
 * Threads: inbound mail over SMTP finds its thread (routing tag, References/In-Reply-To, else its
 * own id), summaries with cursor pagination, a thread's messages, and triage metadata.
 */
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
  smtpSend,
  startCommune,
  type Call,
} from './mail-helpers.js';

const OTHER_ORG = 'd4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4';

describe('Commune threads', () => {
  let server: MailsimServer;
  let api: Call;
  let other: Call;
  let inbox: { id: string; address: string };

  beforeAll(async () => {
    ({ server, api } = await startCommune({ smtp: true, smtpPort: 0 }));
    other = client(server.url('commune'), addOrg(server, { id: OTHER_ORG, tier: 'agent_pro' }));
    inbox = (await api('POST', '/v1/inboxes', { local_part: 'threads', name: 'Threads' })).body.data;
  });
  afterAll(async () => {
    expectNoViolations(server);
    await server.close();
  });

  const messagesOf = async (threadId: string, q = ''): Promise<any[]> =>
    (await api('GET', `/v1/threads/${encodeURIComponent(threadId)}/messages${q}`)).body.data;
  const inboundWith = (subject: string) =>
    eventually(async () =>
      ((await api('GET', `/v1/messages?inbox_id=${inbox.id}&limit=1000`)).body.data as any[]).find(
        (m) => m.direction === 'inbound' && m.metadata.subject === subject,
      ),
    );

  it('stores outside mail as inbound in a thread named by its own id', async () => {
    await smtpSend(server, {
      from: 'John Smith <john@corp.com>',
      to: inbox.address,
      cc: 'cc@corp.com',
      subject: 'Shipping problem',
      text: 'My order has not arrived.',
    });
    const m = await inboundWith('Shipping problem');
    expect(m).toMatchObject({
      direction: 'inbound',
      thread_id: m.message_id,
      content: expect.stringMatching(/^My order has not arrived\.\s*$/),
      participants: [
        { role: 'sender', identity: 'john@corp.com' },
        { role: 'to', identity: inbox.address },
        { role: 'cc', identity: 'cc@corp.com' },
      ],
      metadata: {
        inbox_id: inbox.id,
        domain_id: SHARED_DOMAIN_ID,
        inbox_address: inbox.address,
        delivery_status: 'sent',
        spam_action: 'accept',
        prompt_injection_detected: false,
      },
    });
    expect(m.metadata.message_id).toMatch(/^<.+@.+>$/);
    const list = await api('GET', `/v1/threads?inbox_id=${inbox.id}`);
    expect(list.body).toMatchObject({ next_cursor: null, has_more: false });
    expect(list.body.data[0]).toMatchObject({
      thread_id: m.thread_id,
      subject: 'Shipping problem',
      message_count: 1,
      last_direction: 'inbound',
      snippet: expect.stringMatching(/^My order has not arrived\./),
    });
  });

  it('puts a reply (In-Reply-To) into the thread of our outbound message, and a send into the inbound thread', async () => {
    const sent = await api('POST', '/v1/messages/send', {
      to: 'partner@corp.com',
      subject: 'Partnership proposal',
      text: 'Shall we?',
      inbox_id: inbox.id,
    });
    const out = await eventually(async () =>
      (await messagesOf(sent.body.data.thread_id)).find((x) => x.metadata.delivery_data?.sent_at),
    );
    server.engine.clock.advance(1000);
    await smtpSend(server, {
      from: 'partner@corp.com',
      to: inbox.address,
      subject: 'Re: Partnership proposal',
      text: 'Yes, let us talk.',
      inReplyTo: out.metadata.message_id,
      references: [out.metadata.message_id],
    });
    const reply = await inboundWith('Re: Partnership proposal');
    expect(reply.thread_id).toBe(sent.body.data.thread_id);
    expect(reply.metadata).toMatchObject({
      in_reply_to: out.metadata.message_id,
      references: [out.metadata.message_id],
    });

    const msgs = await messagesOf(sent.body.data.thread_id);
    expect(msgs.map((x) => x.direction)).toEqual(['outbound', 'inbound']);
    expect((await messagesOf(sent.body.data.thread_id, '?order=desc')).map((x) => x.direction)).toEqual([
      'inbound',
      'outbound',
    ]);
    // The self-BCC copy of the send did not come back as a second message.
    expect(msgs).toHaveLength(2);
  });

  it('routes a reply by the plus-address tag of Reply-To when headers are missing', async () => {
    const sent = await api('POST', '/v1/messages/send', {
      to: 'tagged@corp.com',
      subject: 'Tagged thread',
      text: 'hi',
      inbox_id: inbox.id,
    });
    const out = await eventually(async () => (await messagesOf(sent.body.data.thread_id))[0]);
    server.engine.clock.advance(1000);
    const [local, domain] = inbox.address.split('@');
    await smtpSend(server, {
      from: 'tagged@corp.com',
      to: `${local}+${out.metadata.routing_token}@${domain}`,
      subject: 'no headers here',
      text: 'reply without references',
    });
    const reply = await inboundWith('no headers here');
    expect(reply.thread_id).toBe(sent.body.data.thread_id);
  });

  it('pages thread summaries with a cursor, newest activity first or ascending', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      server.engine.clock.advance(1000);
      ids.push(
        (
          await api('POST', '/v1/messages/send', {
            to: 'p@corp.com',
            subject: `Page ${i}`,
            text: `body ${i}`,
            inbox_id: inbox.id,
          })
        ).body.data.thread_id,
      );
    }
    const first = await api('GET', `/v1/threads?inbox_id=${inbox.id}&limit=2`);
    expect(first.body.data.map((t: any) => t.thread_id)).toEqual([ids[2], ids[1]]);
    expect(first.body.has_more).toBe(true);
    expect(first.body.next_cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const second = await api('GET', `/v1/threads?inbox_id=${inbox.id}&limit=2&cursor=${first.body.next_cursor}`);
    expect(second.body.data.map((t: any) => t.thread_id)[0]).toBe(ids[0]);
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await api(
        'GET',
        `/v1/threads?inbox_id=${inbox.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      all.push(...page.body.data.map((t: any) => t.thread_id));
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(all).toHaveLength(6);
    expect(new Set(all).size).toBe(6);

    const asc = await api('GET', `/v1/threads?inbox_id=${inbox.id}&order=asc&limit=50`);
    expect(asc.body.data.map((t: any) => t.thread_id)).toEqual([...all].reverse());
    // An undecodable cursor gives the first page.
    expect(
      (await api('GET', `/v1/threads?inbox_id=${inbox.id}&limit=2&cursor=%%%`)).body.data.map((t: any) => t.thread_id),
    ).toEqual([ids[2], ids[1]]);
  });

  it('aggregates: newest subject and direction, oldest snippet, filtered count, attachments', async () => {
    const sent = await api('POST', '/v1/messages/send', {
      to: 'agg@corp.com',
      subject: 'First words',
      text: 'The very first message.',
      inbox_id: inbox.id,
    });
    const out = await eventually(async () => (await messagesOf(sent.body.data.thread_id))[0]);
    server.engine.clock.advance(1000);
    await smtpSend(server, {
      from: 'agg@corp.com',
      to: inbox.address,
      subject: 'Re: First words',
      text: 'Later reply.',
      inReplyTo: out.metadata.message_id,
      attachments: [{ filename: 'photo.png', content: Buffer.from('png') }],
    });
    await inboundWith('Re: First words');
    const t = (await api('GET', `/v1/threads?inbox_id=${inbox.id}`)).body.data.find(
      (x: any) => x.thread_id === sent.body.data.thread_id,
    );
    expect(t).toMatchObject({
      subject: 'Re: First words',
      snippet: 'The very first message.',
      message_count: 2,
      last_direction: 'inbound',
      has_attachments: true,
    });
    expect(Date.parse(t.last_message_at)).toBeGreaterThan(Date.parse(t.first_message_at));
    const byDomain = (await api('GET', `/v1/threads?domain_id=${SHARED_DOMAIN_ID}&inbox_id=${inbox.id}`)).body.data;
    expect(byDomain.map((x: any) => x.thread_id)).toContain(sent.body.data.thread_id);
  });

  it("requires inbox_id or domain_id and never shows another organisation's threads", async () => {
    expect(await api('GET', '/v1/threads')).toMatchObject({
      status: 400,
      body: { error: 'Missing required query parameter: inbox_id or domain_id' },
    });
    expect((await other('GET', `/v1/threads?inbox_id=${inbox.id}`)).body.data).toEqual([]);
    expect((await other('GET', `/v1/threads?domain_id=${SHARED_DOMAIN_ID}`)).body.data).toEqual([]);
  });

  it("reads a thread's messages: limit, unknown thread empty, a lone message by its id", async () => {
    const t = (await api('GET', `/v1/threads?inbox_id=${inbox.id}&limit=100`)).body.data.find(
      (x: any) => x.message_count === 2,
    );
    expect(await messagesOf(t.thread_id, '?limit=1')).toHaveLength(1);
    expect(await api('GET', '/v1/threads/conv_abc123/messages?order=asc')).toMatchObject({
      status: 200,
      body: { data: [] },
    });
    // A message whose thread_id differs is still found by its own message_id.
    const sent = (await messagesOf(t.thread_id)).find((m) => m.direction === 'outbound');
    expect(sent.thread_id).not.toBe(sent.message_id);
    expect((await messagesOf(sent.message_id)).map((m) => m.message_id)).toEqual([sent.message_id]);
    expect((await other('GET', `/v1/threads/${encodeURIComponent(t.thread_id)}/messages`)).body.data).toEqual([]);
  });

  it('keeps triage metadata: defaults, status, tags as a set, assign and unassign', async () => {
    const id = 'conv_abc123';
    expect((await api('GET', `/v1/threads/${id}/metadata`)).body.data).toEqual({
      thread_id: id,
      tags: [],
      status: 'open',
      assigned_to: null,
    });
    // Removing tags from a thread without state answers the defaults without assigned_to.
    expect((await api('DELETE', `/v1/threads/${id}/tags`, { tags: ['x'] })).body.data).toEqual({
      thread_id: id,
      tags: [],
      status: 'open',
    });

    const closed = await api('PUT', `/v1/threads/${id}/status`, { status: 'needs_reply' });
    expect(closed.body.data).toMatchObject({
      thread_id: id,
      orgId: SEED_ORG_ID,
      status: 'needs_reply',
      tags: [],
      assigned_to: null,
    });
    await api('POST', `/v1/threads/${id}/tags`, { tags: ['urgent', 'vip'] });
    const tagged = await api('POST', `/v1/threads/${id}/tags`, { tags: ['vip', 'sales-lead', 'follow-up'] });
    expect(tagged.body.data.tags).toEqual(['urgent', 'vip', 'sales-lead', 'follow-up']);
    expect((await api('DELETE', `/v1/threads/${id}/tags`, { tags: ['urgent', 'absent'] })).body.data.tags).toEqual([
      'vip',
      'sales-lead',
      'follow-up',
    ]);
    expect((await api('PUT', `/v1/threads/${id}/assign`, { assigned_to: 'agent-billing' })).body.data.assigned_to).toBe(
      'agent-billing',
    );
    expect((await api('PUT', `/v1/threads/${id}/assign`, { assigned_to: null })).body.data.assigned_to).toBeNull();
    const meta = (await api('GET', `/v1/threads/${id}/metadata`)).body.data;
    expect(meta).toMatchObject({ status: 'needs_reply', tags: ['vip', 'sales-lead', 'follow-up'], assigned_to: null });
    expect(meta.updated_at).toEqual(expect.any(String));
    // Per organisation.
    expect((await other('GET', `/v1/threads/${id}/metadata`)).body.data).toEqual({
      thread_id: id,
      tags: [],
      status: 'open',
      assigned_to: null,
    });
  });

  it("answers Commune's 400s for bad triage bodies", async () => {
    const id = 'conv_bad';
    expect(await api('PUT', `/v1/threads/${id}/status`, { status: 'done' })).toMatchObject({
      status: 400,
      body: { error: 'Invalid status. Must be one of: open, needs_reply, waiting, closed' },
    });
    expect(await api('PUT', `/v1/threads/${id}/status`, {})).toMatchObject({ status: 400 });
    for (const body of [{}, { tags: [] }, { tags: 'vip' }, { tags: [1] }]) {
      expect(await api('POST', `/v1/threads/${id}/tags`, body)).toMatchObject({
        status: 400,
        body: { error: 'tags must be a non-empty array of strings' },
      });
    }
    expect(await api('DELETE', `/v1/threads/${id}/tags`, {})).toMatchObject({
      status: 400,
      body: { error: 'tags must be a non-empty array of strings' },
    });
    for (const body of [{}, { assigned_to: 5 }]) {
      expect(await api('PUT', `/v1/threads/${id}/assign`, body)).toMatchObject({
        status: 400,
        body: { error: 'assigned_to must be a string or null' },
      });
    }
  });

  it('checks scopes: threads:read may read but not tag', async () => {
    const reader = client(server.url('commune'), addKey(server, SEED_ORG_ID, ['threads:read']));
    expect((await reader('GET', `/v1/threads?inbox_id=${SEED_INBOX_ID}`)).status).toBe(200);
    expect(await reader('POST', '/v1/threads/conv_abc123/tags', { tags: ['x'] })).toMatchObject({
      status: 403,
      body: { required: ['threads:write'] },
    });
  });
});
