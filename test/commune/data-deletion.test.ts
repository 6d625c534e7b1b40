/**
 * Data deletion: the permission rule, field checks, previews per scope, one active request at a
 * time, confirmation with the token (wrong, expired, reused), what each scope really deletes, and
 * that nothing crosses organisations.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client } from '../helpers/server.js';
import {
  SEED_INBOX_ID,
  SHARED_DOMAIN_ID,
  addOrg,
  expectNoViolations,
  startCommune,
  type Call,
} from './agents-helpers.js';

let server: MailsimServer;
let api: Call;
let url: string;
let orgSeq = 0;

beforeAll(async () => {
  ({ server, api, url } = await startCommune({ rateLimits: false }));
});
afterAll(async () => {
  expectNoViolations(server);
  await server.close();
});

/** An organisation with an admin key, two inboxes and some outbound mail in each. */
async function world(o: { a?: number; b?: number } = {}) {
  const id = (++orgSeq).toString(16).padStart(2, '0').repeat(16);
  const call = client(url, addOrg(server, { id, tier: 'agent_pro', permissions: ['read', 'write', 'admin'] }));
  const inboxA = (await call('POST', '/v1/inboxes', { local_part: `a-${id.slice(0, 6)}` })).body.data.id as string;
  const inboxB = (await call('POST', '/v1/inboxes', { local_part: `b-${id.slice(0, 6)}` })).body.data.id as string;
  for (let i = 0; i < (o.a ?? 2); i++)
    expect(
      (await call('POST', '/v1/messages/send', { to: 'x@example.com', subject: `a${i}`, text: 'a', inbox_id: inboxA }))
        .status,
    ).toBe(202);
  for (let i = 0; i < (o.b ?? 1); i++)
    expect(
      (await call('POST', '/v1/messages/send', { to: 'x@example.com', subject: `b${i}`, text: 'b', inbox_id: inboxB }))
        .status,
    ).toBe(202);
  return { id, call, inboxA, inboxB };
}

const messagesOf = async (call: Call, inboxId: string): Promise<number> =>
  (await call('GET', `/v1/messages?inbox_id=${inboxId}`)).body.data.length;

describe('creating a request', () => {
  test('API keys need the literal admin or data:delete permission', async () => {
    const plain = client(
      url,
      addOrg(server, { id: 'a0'.repeat(16), tier: 'agent_pro', permissions: ['read', 'write'] }),
    );
    const res = await plain('POST', '/v1/data/deletion-request', { scope: 'messages' });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      error: 'Insufficient permissions. API key requires "admin" or "data:delete" permission.',
    });
    const deleter = client(url, addOrg(server, { id: 'a1'.repeat(16), tier: 'free', permissions: ['data:delete'] }));
    expect((await deleter('POST', '/v1/data/deletion-request', { scope: 'messages' })).status).toBe(201);
  });

  test('field checks, in order', async () => {
    const { call } = await world({ a: 0, b: 0 });
    const cases: [unknown, string][] = [
      [{}, 'Invalid scope. Must be one of: organization, inbox, messages'],
      [{ scope: 'everything' }, 'Invalid scope. Must be one of: organization, inbox, messages'],
      [{ scope: 'inbox' }, 'inbox_id is required for inbox-scoped deletion'],
      [{ scope: 'messages', before: 'last tuesday' }, 'Invalid "before" date format. Use ISO 8601.'],
      [{ scope: 'inbox', inbox_id: 'i_abc123' }, 'Inbox not found'],
      // The skill doc's example: an inbox that is not the caller's.
      [{ scope: 'messages', inbox_id: 'i_abc123', before: '2025-01-01T00:00:00Z' }, 'Inbox not found'],
      [{ scope: 'inbox', inbox_id: SEED_INBOX_ID }, 'Inbox not found'],
    ];
    for (const [body, error] of cases) {
      const res = await call('POST', '/v1/data/deletion-request', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body).toEqual({ error });
    }
  });

  test('the 201 carries a preview, a 64-hex token, confirm_by one hour out and a scope warning', async () => {
    const { call, inboxA } = await world();
    const res = await call('POST', '/v1/data/deletion-request', { scope: 'inbox', inbox_id: inboxA });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.stringMatching(/^del_[0-9a-f]{20}$/),
      scope: 'inbox',
      inbox_id: inboxA,
      status: 'pending',
      confirmation_token: expect.stringMatching(/^[0-9a-f]{64}$/),
      warning: expect.stringContaining('this inbox'),
    });
    expect(res.body.preview).toMatchObject({ messages: 2, inboxes: 1, attachments: 0, api_keys: 0, domains: 0 });
    expect(Date.parse(res.body.confirm_by) - Date.parse(res.body.requested_at)).toBe(3600_000);
    expect(res.body).not.toHaveProperty('before');
    // The token itself is never stored.
    expect(
      JSON.stringify(
        server.engine.store.db.prepare('SELECT * FROM cm_deletion_requests WHERE id = ?').get(res.body.id),
      ),
    ).not.toContain(res.body.confirmation_token);
  });

  test('one active request at a time; a lapsed one reads "expired" and no longer blocks (mailsim deviation)', async () => {
    const { call } = await world({ a: 0, b: 0 });
    const first = await call('POST', '/v1/data/deletion-request', { scope: 'messages' });
    const blocked = await call('POST', '/v1/data/deletion-request', { scope: 'organization' });
    expect(blocked.status).toBe(409);
    expect(blocked.body.error).toMatch(/active deletion request already exists/);
    server.engine.clock.advance(3600_001);
    expect((await call('GET', `/v1/data/deletion-request/${first.body.id}`)).body.status).toBe('expired');
    expect((await call('POST', '/v1/data/deletion-request', { scope: 'messages' })).status).toBe(201);
  });
});

describe('confirming', () => {
  test('wrong token 403, missing token 400, unknown id 404; the request stays pending', async () => {
    const { call } = await world({ a: 0, b: 0 });
    const req = (await call('POST', '/v1/data/deletion-request', { scope: 'messages' })).body;
    const path = `/v1/data/deletion-request/${req.id}/confirm`;
    expect((await call('POST', path, {})).body).toEqual({ error: 'confirmation_token is required' });
    const wrong = await call('POST', path, { confirmation_token: 'f'.repeat(64) });
    expect(wrong.status).toBe(403);
    expect(wrong.body).toEqual({ error: 'Invalid confirmation token' });
    expect(
      (await call('POST', '/v1/data/deletion-request/del_00000000000000000000/confirm', { confirmation_token: 'x' }))
        .body,
    ).toEqual({ error: 'Deletion request not found' });
    expect((await call('GET', `/v1/data/deletion-request/${req.id}`)).body.status).toBe('pending');
  });

  test('after confirm_by: 410 once (the request becomes expired), then "is expired"', async () => {
    const { call } = await world({ a: 0, b: 0 });
    const req = (await call('POST', '/v1/data/deletion-request', { scope: 'messages' })).body;
    server.engine.clock.advance(3600_001);
    const path = `/v1/data/deletion-request/${req.id}/confirm`;
    const late = await call('POST', path, { confirmation_token: req.confirmation_token });
    expect(late.status).toBe(410);
    expect(late.body.error).toMatch(/expired/);
    const again = await call('POST', path, { confirmation_token: req.confirmation_token });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ error: 'Deletion request is expired, cannot confirm' });
  });

  test('inbox scope deletes that inbox and its mail only; status shows the counts; a second confirm is refused', async () => {
    const { call, inboxA, inboxB } = await world({ a: 2, b: 1 });
    const req = (await call('POST', '/v1/data/deletion-request', { scope: 'inbox', inbox_id: inboxA })).body;
    const done = await call('POST', `/v1/data/deletion-request/${req.id}/confirm`, {
      confirmation_token: req.confirmation_token,
    });
    expect(done.status, done.text).toBe(200);
    expect(done.body).toMatchObject({
      id: req.id,
      scope: 'inbox',
      status: 'completed',
      preview: req.preview,
      confirmed_at: expect.any(String),
      completed_at: expect.any(String),
    });
    expect(done.body.deleted_counts).toMatchObject({ messages: 2, inboxes: 1 });
    expect((await call('GET', `/v1/domains/${SHARED_DOMAIN_ID}/inboxes/${inboxA}`)).status).toBe(404);
    expect(await messagesOf(call, inboxB)).toBe(1);
    expect((await call('GET', `/v1/domains/${SHARED_DOMAIN_ID}/inboxes/${inboxB}`)).status).toBe(200);
    const status = await call('GET', `/v1/data/deletion-request/${req.id}`);
    expect(status.body).toEqual({
      id: req.id,
      scope: 'inbox',
      inbox_id: inboxA,
      status: 'completed',
      preview: req.preview,
      deleted_counts: done.body.deleted_counts,
      confirm_by: req.confirm_by,
      requested_at: req.requested_at,
      confirmed_at: done.body.confirmed_at,
      completed_at: done.body.completed_at,
    });
    const twice = await call('POST', `/v1/data/deletion-request/${req.id}/confirm`, {
      confirmation_token: req.confirmation_token,
    });
    expect(twice.body).toEqual({ error: 'Deletion request is completed, cannot confirm' });
  });

  test('messages scope honours before (as an ISO time) and, in mailsim, an inbox_id', async () => {
    const { call, inboxA, inboxB } = await world({ a: 1, b: 1 });
    server.engine.clock.advance(60_000);
    const cut = new Date(server.engine.clock.nowMs()).toISOString();
    server.engine.clock.advance(60_000);
    await call('POST', '/v1/messages/send', { to: 'x@example.com', subject: 'newer', text: 'n', inbox_id: inboxA });
    const req = (await call('POST', '/v1/data/deletion-request', { scope: 'messages', inbox_id: inboxA, before: cut }))
      .body;
    expect(req.before).toBe(cut);
    expect(req.preview.messages).toBe(1);
    const done = await call('POST', `/v1/data/deletion-request/${req.id}/confirm`, {
      confirmation_token: req.confirmation_token,
    });
    expect(done.body.deleted_counts.messages).toBe(1);
    expect(await messagesOf(call, inboxA)).toBe(1);
    expect(await messagesOf(call, inboxB)).toBe(1);
  });

  test("an inbox's thread list follows deleted messages: counts and times from what is left, empty threads gone", async () => {
    const { call, inboxA } = await world({ a: 2, b: 0 });
    const threads = async () => (await call('GET', `/v1/threads?inbox_id=${inboxA}`)).body.data as any[];
    const [second, first] = (await threads()).map((t) => t.thread_id);
    server.engine.clock.advance(60_000);
    const cut = new Date(server.engine.clock.nowMs()).toISOString();
    server.engine.clock.advance(60_000);
    const reply = { to: 'x@example.com', subject: 'more', text: 'm', inbox_id: inboxA, thread_id: first };
    expect((await call('POST', '/v1/messages/send', reply)).status).toBe(202);
    // Sent and their self-BCC copies received (the copy of a message deleted mid-send would stay).
    await server.engine.queue.idle();
    expect((await threads()).map((t) => [t.thread_id, t.message_count])).toEqual([
      [first, 2],
      [second, 1],
    ]);
    const req = (await call('POST', '/v1/data/deletion-request', { scope: 'messages', inbox_id: inboxA, before: cut }))
      .body;
    await call('POST', `/v1/data/deletion-request/${req.id}/confirm`, { confirmation_token: req.confirmation_token });
    const left = await threads();
    expect(left.map((t) => [t.thread_id, t.message_count])).toEqual([[first, 1]]);
    expect(left[0].first_message_at).toBe(left[0].last_message_at);
    expect(Date.parse(left[0].first_message_at)).toBeGreaterThan(Date.parse(cut));
  });

  test('organization scope removes everything the org owns, its keys included; other orgs are untouched', async () => {
    const { id, call } = await world({ a: 1, b: 1 });
    const seedBefore = (await api('GET', '/v1/inboxes')).body.data.length;
    const req = (await call('POST', '/v1/data/deletion-request', { scope: 'organization' })).body;
    expect(req.preview).toMatchObject({ messages: 2, inboxes: 2, api_keys: 1, domains: 0 });
    expect(req.warning).toMatch(/ALL data/);
    const done = await call('POST', `/v1/data/deletion-request/${req.id}/confirm`, {
      confirmation_token: req.confirmation_token,
    });
    expect(done.status).toBe(200);
    expect(done.body.deleted_counts).toMatchObject({ messages: 2, inboxes: 2, api_keys: 1 });
    const gone = await call('GET', '/v1/inboxes');
    expect(gone.status).toBe(401);
    const db = server.engine.store.db;
    expect(db.prepare('SELECT COUNT(*) AS n FROM cm_orgs WHERE id = ?').get(id)).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM cm_messages WHERE org_id = ?').get(id)).toEqual({ n: 0 });
    // The request itself survives, as on Commune.
    expect(db.prepare('SELECT status FROM cm_deletion_requests WHERE id = ?').get(req.id)).toEqual({
      status: 'completed',
    });
    expect((await api('GET', '/v1/inboxes')).body.data.length).toBe(seedBefore);
  });

  test('tenant isolation: another organisation cannot read or confirm the request', async () => {
    const mine = await world({ a: 0, b: 0 });
    const theirs = await world({ a: 0, b: 0 });
    const req = (await mine.call('POST', '/v1/data/deletion-request', { scope: 'messages' })).body;
    expect((await theirs.call('GET', `/v1/data/deletion-request/${req.id}`)).body).toEqual({
      error: 'Deletion request not found',
    });
    const confirm = await theirs.call('POST', `/v1/data/deletion-request/${req.id}/confirm`, {
      confirmation_token: req.confirmation_token,
    });
    expect(confirm.status).toBe(404);
    expect((await mine.call('GET', `/v1/data/deletion-request/${req.id}`)).body.status).toBe('pending');
    // And its inbox is not a valid target for them.
    const foreign = await theirs.call('POST', '/v1/data/deletion-request', { scope: 'inbox', inbox_id: mine.inboxA });
    expect(foreign.body).toEqual({ error: 'Inbox not found' });
  });
});
