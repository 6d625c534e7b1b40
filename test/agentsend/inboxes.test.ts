import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, DEV_KEY, SEED_ACCOUNT_ID, SEED_INBOX_ID, startTestServer } from '../helpers/server.js';

let server: MailsimServer;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  server = await startTestServer();
  api = client(server.url());
});
afterAll(() => server.close());

describe('inboxes', () => {
  it('creates an inbox with a generated agentsend.io address and every field of the real row', async () => {
    const r = await api('POST', '/inboxes', { displayName: 'Support Agent' });
    expect(r.status).toBe(201);
    expect(r.body.address).toMatch(/^agent-[a-z0-9]{8}@agentsend\.io$/);
    expect(r.body).toMatchObject({
      accountId: SEED_ACCOUNT_ID,
      domainId: null,
      displayName: 'Support Agent',
      dailySendLimit: 10,
      isVerified: false,
      sendsToday: 0,
      bounceCount: 0,
      complaintCount: 0,
      totalSent: 0,
      status: 'active',
      deletedAt: null,
    });
    expect(r.body.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('lowercases a chosen address and enforces the domain and local-part rules', async () => {
    const ok = await api('POST', '/inboxes', { address: 'Sales.Bot@AgentSend.io' });
    expect(ok.status).toBe(201);
    expect(ok.body.address).toBe('sales.bot@agentsend.io');

    const wrongDomain = await api('POST', '/inboxes', { address: 'bot@example.com' });
    expect(wrongDomain.status).toBe(400);
    expect(wrongDomain.body.error.code).toBe('INVALID_INBOX_DOMAIN');

    const badLocal = await api('POST', '/inboxes', { address: '-bot-@agentsend.io' });
    expect(badLocal.status).toBe(400);
    expect(badLocal.body.error.code).toBe('INVALID_INBOX_LOCAL_PART');

    const notEmail = await api('POST', '/inboxes', { address: 'not-an-email' });
    expect(notEmail.status).toBe(400);
    expect(notEmail.body.error.code).toBe('VALIDATION_ERROR');
    expect(notEmail.body.error.details.address).toBeDefined();
  });

  it('answers a duplicate address with 409 INBOX_ADDRESS_TAKEN (the real server 500s)', async () => {
    await api('POST', '/inboxes', { address: 'dup@agentsend.io' });
    const again = await api('POST', '/inboxes', { address: 'dup@agentsend.io' });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      error: { code: 'INBOX_ADDRESS_TAKEN', message: "Inbox address 'dup@agentsend.io' is already taken", status: 409 },
    });
  });

  it('rejects an unknown domainId with 404 and wrong types with field details', async () => {
    const unknown = await api('POST', '/inboxes', { domainId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toEqual({
      code: 'NOT_FOUND',
      message: "Domain '00000000-0000-4000-8000-000000000000' not found",
      status: 404,
    });
    const wrongType = await api('POST', '/inboxes', { displayName: 42 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.details.displayName).toBeDefined();
    const tooLong = await api('POST', '/inboxes', { displayName: 'x'.repeat(256) });
    expect(tooLong.status).toBe(400);
  });

  it('gets, lists and soft-deletes; a deleted inbox is 404 and leaves the list', async () => {
    const created = (await api('POST', '/inboxes', { displayName: 'Temp' })).body;
    expect((await api('GET', `/inboxes/${created.id}`)).body.id).toBe(created.id);
    const before = (await api('GET', '/inboxes?limit=100')).body;
    expect(before.data.map((i: { id: string }) => i.id)).toContain(created.id);

    const del = await api('DELETE', `/inboxes/${created.id}`);
    expect(del.status).toBe(204);
    expect(del.text).toBe('');
    const gone = await api('GET', `/inboxes/${created.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toBe(`Inbox '${created.id}' not found`);
    const after = (await api('GET', '/inboxes?limit=100')).body;
    expect(after.total).toBe(before.total - 1);
    const row = server.engine.store.db
      .prepare('SELECT status, deleted_at FROM as_inboxes WHERE id = ?')
      .get(created.id) as { status: string; deleted_at: string };
    expect(row.status).toBe('deleted');
    expect(row.deleted_at).not.toBeNull();
  });

  it('accepts the SDK-style empty JSON body on DELETE (production would 500)', async () => {
    const created = (await api('POST', '/inboxes', {})).body;
    const del = await api('DELETE', `/inboxes/${created.id}`, undefined, { 'content-type': 'application/json' });
    expect(del.status).toBe(204);
  });

  it('lists newest first', async () => {
    const a = (await api('POST', '/inboxes', { displayName: 'first' })).body;
    const b = (await api('POST', '/inboxes', { displayName: 'second' })).body;
    const list = (await api('GET', '/inboxes?limit=2')).body;
    expect(list.data.map((i: { id: string }) => i.id)).toEqual([b.id, a.id]);
  });

  it('returns a malformed id as 400 VALIDATION_ERROR, not 404', async () => {
    const r = await api('GET', '/inboxes/not-a-uuid');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_ERROR');
    expect(r.body.error.details.id).toEqual(['must match format "uuid"']);
  });

  it("hides another account's inbox as 404", async () => {
    const other = server.engine.store.db;
    const now = new Date().toISOString();
    other
      .prepare(
        "INSERT INTO as_accounts (id, name, email, plan, created_at, updated_at) VALUES ('11111111-1111-4111-8111-111111111111', 'Other', 'other@x.io', 'free', ?, ?)",
      )
      .run(now, now);
    other
      .prepare(
        "INSERT INTO as_inboxes (id, account_id, address, created_at, updated_at, seq) VALUES ('22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111', 'other@agentsend.io', ?, ?, 999999)",
      )
      .run(now, now);
    const r = await api('GET', '/inboxes/22222222-2222-4222-8222-222222222222');
    expect(r.status).toBe(404);
    const del = await api('DELETE', '/inboxes/22222222-2222-4222-8222-222222222222');
    expect(del.status).toBe(404);
    const list = (await api('GET', '/inboxes?limit=100')).body;
    expect(list.data.some((i: { id: string }) => i.id === '22222222-2222-4222-8222-222222222222')).toBe(false);
  });

  it('keeps the seeded inbox reachable with the printed key', async () => {
    const r = await client(server.url(), DEV_KEY, 'x-api-key')('GET', `/inboxes/${SEED_INBOX_ID}`);
    expect(r.status).toBe(200);
    expect(r.body.address).toBe('dev@agentsend.io');
  });

  it('produced no contract violation in any response above', () => {
    expect(server.engine.journal.list({ violations: true })).toEqual([]);
  });
});
