/** Search: SQLite FTS5 keyword search reported as search_type "keyword", with bm25-derived scores. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client } from '../helpers/server.js';
import {
  addKey,
  addOrg,
  eventually,
  expectNoViolations,
  SEED_ORG_ID,
  SHARED_DOMAIN_ID,
  smtpSend,
  startCommune,
  type Call,
} from './mail-helpers.js';

const FREE_ORG = 'f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3f3';
const OTHER_ORG = 'e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5';

describe('Commune search', () => {
  let server: MailsimServer;
  let api: Call;
  let other: Call;
  let inbox: { id: string; address: string };
  const threads: Record<string, string> = {};

  beforeAll(async () => {
    ({ server, api } = await startCommune({ smtp: true, smtpPort: 0 }));
    other = client(server.url('commune'), addOrg(server, { id: OTHER_ORG, tier: 'agent_pro' }));
    inbox = (await api('POST', '/v1/inboxes', { local_part: 'searcher' })).body.data;
    const sends: [string, string, string][] = [
      ['refund', 'Refund request', 'I want a refund. The refund should cover the whole order, refund everything.'],
      ['shipping', 'Shipping delay', 'Customer unhappy with shipping times.'],
      ['partner', 'Partnership proposal', 'Let us work together on a partnership.'],
      ['invoice', 'Invoice 1042', 'Please find your invoice attached; no refund needed.'],
      ['hello', 'Hello', 'Just saying hi.'],
      ['weather', 'Weather', 'Sunny today.'],
    ];
    for (const [key, subject, text] of sends) {
      server.engine.clock.advance(1000);
      threads[key] = (
        await api('POST', '/v1/messages/send', { to: 'c@example.com', subject, text, inbox_id: inbox.id })
      ).body.data.thread_id;
    }
    await smtpSend(server, {
      from: 'John Smith <john.smith@acme.com>',
      to: inbox.address,
      subject: 'Intro',
      text: 'Hello from Acme Corp.',
    });
    await eventually(async () =>
      (await api('GET', `/v1/messages?inbox_id=${inbox.id}&limit=100`)).body.data.some(
        (m: any) => m.direction === 'inbound',
      ),
    );
    await other('POST', '/v1/inboxes', { local_part: 'other-searcher' });
  });
  afterAll(async () => {
    expectNoViolations(server);
    await server.close();
  });

  it('finds threads by words of subject and body, best match first, scores in (0, 1)', async () => {
    const res = await api('GET', `/v1/search/threads?q=refund+request&inbox_id=${inbox.id}`);
    expect(res.status).toBe(200);
    expect(res.body.search_type).toBe('keyword');
    const ids = res.body.data.map((h: any) => h.thread_id);
    expect(ids).toEqual([threads.refund, threads.invoice]);
    const [best, second] = res.body.data;
    expect(best).toMatchObject({
      subject: 'Refund request',
      message_count: 1,
      last_direction: 'outbound',
      inbox_id: inbox.id,
      domain_id: SHARED_DOMAIN_ID,
    });
    expect(best.snippet).toContain('I want a refund');
    expect(best.score).toBeGreaterThan(second.score);
    for (const h of res.body.data) expect(h.score > 0 && h.score < 1).toBe(true);
  });

  it('computes score as x / (1 + x) with x = -bm25 of the best message', async () => {
    const hit = (await api('GET', `/v1/search/threads?q=partnership&inbox_id=${inbox.id}`)).body.data[0];
    const { x } = server.engine.store.db
      .prepare(`SELECT -bm25(cm_messages_fts) AS x FROM cm_messages_fts JOIN cm_messages m ON m.seq = cm_messages_fts.rowid
      WHERE cm_messages_fts MATCH '"partnership"*' AND m.thread_id = ?`)
      .get(threads.partner) as { x: number };
    expect(hit.score).toBeCloseTo(x / (1 + x), 12);
  });

  it('matches the sender and prefixes, inbound mail included', async () => {
    const bySender = (await api('GET', `/v1/search/threads?q=John+Smith+Acme&inbox_id=${inbox.id}`)).body.data;
    expect(bySender[0]).toMatchObject({ subject: 'Intro', last_direction: 'inbound' });
    expect(
      (await api('GET', `/v1/search/threads?q=partner&domain_id=${SHARED_DOMAIN_ID}&limit=10`)).body.data.map(
        (h: any) => h.thread_id,
      ),
    ).toContain(threads.partner);
    expect((await api('GET', `/v1/search/threads?q=zebra&inbox_id=${inbox.id}`)).body.data).toEqual([]);
    expect((await api('GET', `/v1/search/threads?q=%21%21%21&inbox_id=${inbox.id}`)).body.data).toEqual([]);
  });

  it('honours limit and scopes the search to the organisation', async () => {
    expect(
      (await api('GET', `/v1/search/threads?q=refund+shipping+hello&inbox_id=${inbox.id}&limit=1`)).body.data,
    ).toHaveLength(1);
    expect((await other('GET', `/v1/search/threads?q=refund&inbox_id=${inbox.id}`)).body.data).toEqual([]);
    expect((await other('GET', `/v1/search/threads?q=refund&domain_id=${SHARED_DOMAIN_ID}`)).body.data).toEqual([]);
  });

  it("answers Commune's 400s, and nothing for SMS filters", async () => {
    expect(await api('GET', `/v1/search/threads?inbox_id=${inbox.id}`)).toMatchObject({
      status: 400,
      body: { error: 'Missing required query parameter: q' },
    });
    expect(await api('GET', '/v1/search/threads?q=refund')).toMatchObject({
      status: 400,
      body: {
        error: 'At least one filter is required: inbox_id, domain_id, phone_number_id, from_number, or to_number',
      },
    });
    expect(await api('GET', '/v1/search/threads?q=refund&phone_number_id=p1')).toMatchObject({
      status: 200,
      body: { data: [], search_type: 'keyword' },
    });
  });

  it('gates search behind a paid plan, before the scope check', async () => {
    const free = client(
      server.url('commune'),
      addOrg(server, { id: FREE_ORG, tier: 'free', permissions: ['messages:read'] }),
    );
    expect(await free('GET', '/v1/search/threads?q=x&inbox_id=y')).toMatchObject({
      status: 403,
      body: {
        error: 'This feature requires a paid plan',
        feature: 'semanticSearch',
        current_tier: 'free',
        required_tier: 'agent_pro',
      },
    });
    const noScope = client(server.url('commune'), addKey(server, SEED_ORG_ID, ['messages:read']));
    expect(await noScope('GET', '/v1/search/threads?q=x&inbox_id=y')).toMatchObject({
      status: 403,
      body: { required: ['threads:read'] },
    });
  });

  it('serves the legacy POST /v1/search and the no-op index routes', async () => {
    const res = await api('POST', '/v1/search', {
      query: 'refund',
      filter: { inboxIds: [inbox.id] },
      options: { limit: 5 },
    });
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty('search_type');
    expect(res.body.data.map((h: any) => h.thread_id)).toEqual([threads.refund, threads.invoice]);
    expect(await api('POST', '/v1/search', { filter: { inboxIds: [inbox.id] } })).toMatchObject({
      status: 400,
      body: { error: 'Missing required field: query' },
    });
    expect(await api('POST', '/v1/search', { query: 'x', filter: {} })).toMatchObject({
      status: 400,
      body: { error: 'At least one filter is required: inboxIds, domainId, phoneNumberId, fromNumber, or toNumber' },
    });
    expect(await api('POST', '/v1/search/index', { anything: 1 })).toMatchObject({
      status: 200,
      body: { data: { success: true } },
    });
    expect(await api('POST', '/v1/search/index/batch', [])).toMatchObject({
      status: 200,
      body: { data: { success: true } },
    });
  });

  it('forgets everything on a reset: messages, the index and custom state; the seed comes back', async () => {
    const ctl = client(server.url('commune'), null);
    expect((await ctl('POST', '/_mailsim/reset', { provider: 'commune' })).status).toBe(200);
    const fts = server.engine.store.db
      .prepare(`SELECT COUNT(*) AS n FROM cm_messages_fts WHERE cm_messages_fts MATCH '"refund"*'`)
      .get() as { n: number };
    expect(fts.n).toBe(0);
    expect((await api('GET', `/v1/search/threads?q=refund&domain_id=${SHARED_DOMAIN_ID}`)).body.data).toEqual([]);
    expect((await api('GET', '/v1/inboxes')).body.data.map((i: any) => i.address)).toEqual(['dev@commune.email']);
    // The index keeps working for new mail.
    const inboxId = (await api('POST', '/v1/inboxes', { local_part: 'after-reset' })).body.data.id;
    await api('POST', '/v1/messages/send', {
      to: 'x@example.com',
      subject: 'Refund again',
      text: 'refund',
      inbox_id: inboxId,
    });
    expect((await api('GET', `/v1/search/threads?q=refund&inbox_id=${inboxId}`)).body.data).toHaveLength(1);
  });
});
