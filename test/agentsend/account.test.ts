import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, DEV_KEY, SEED_ACCOUNT_ID, startTestServer } from '../helpers/server.js';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const UNAUTHORIZED = { error: { code: 'UNAUTHORIZED', message: 'Invalid or missing API key', status: 401 } };

let server: MailsimServer;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  server = await startTestServer({ rateLimits: false });
  api = client(server.url());
});
afterAll(() => server.close());

describe('account', () => {
  it('returns exactly the calling account, with Bearer or x-api-key', async () => {
    const expected = {
      id: SEED_ACCOUNT_ID,
      name: 'Mailsim Dev',
      email: 'dev@mailsim.local',
      plan: 'free',
      dailySendLimit: 100,
      isVerified: true,
    };
    const r = await api('GET', '/account');
    expect(r.status).toBe(200);
    expect(r.body).toEqual(expected);
    expect((await client(server.url(), DEV_KEY, 'x-api-key')('GET', '/account')).body).toEqual(expected);
  });

  it('answers no, unknown or malformed credentials with the exact 401', async () => {
    for (const call of [
      client(server.url(), null),
      client(server.url(), 'ask_unknownunknownunknownunknownunknown12'),
      client(server.url(), 'not.a.jwt', 'x-api-key'),
    ]) {
      const r = await call('GET', '/account');
      expect(r.status).toBe(401);
      expect(r.body).toEqual(UNAUTHORIZED);
    }
  });
});

describe('API keys', () => {
  it('creates a named key shown once; it works at once and is listed by prefix only', async () => {
    const r = await api('POST', '/account/api-keys', { name: 'ci' });
    expect(r.status).toBe(201);
    expect(Object.keys(r.body).sort()).toEqual(['id', 'key', 'message', 'name', 'prefix']);
    expect(r.body.key).toMatch(/^ask_[A-Za-z0-9_-]{40}$/);
    expect(r.body.prefix).toBe(r.body.key.slice(0, 12));
    expect(r.body.name).toBe('ci');
    expect(r.body.message).toMatch(/Store this key securely/);

    const me = await client(server.url(), r.body.key)('GET', '/account');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(SEED_ACCOUNT_ID);

    const list = await api('GET', '/account/api-keys');
    expect(list.status).toBe(200);
    expect(Object.keys(list.body)).toEqual(['data']);
    const listed = list.body.data.find((k: { id: string }) => k.id === r.body.id);
    expect(listed).toEqual({
      id: r.body.id,
      keyPrefix: r.body.prefix,
      name: 'ci',
      lastUsedAt: expect.any(String),
      expiresAt: null,
      createdAt: expect.any(String),
    });
    expect(JSON.stringify(list.body)).not.toContain(r.body.key);
  });

  it('creates an unnamed key from {} and refuses a missing body, bad names and malformed JSON', async () => {
    const unnamed = await api('POST', '/account/api-keys', {});
    expect(unnamed.status).toBe(201);
    expect(unnamed.body.name).toBeNull();

    const noBody = await api('POST', '/account/api-keys');
    expect(noBody.status).toBe(400);
    expect(noBody.body.error.code).toBe('VALIDATION_ERROR');

    for (const name of ['', 'n'.repeat(256), 42]) {
      const r = await api('POST', '/account/api-keys', { name });
      expect(r.status).toBe(400);
      expect(r.body.error.details.name).toBeDefined();
    }
    const malformed = await api('POST', '/account/api-keys', '{"name":', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('VALIDATION_ERROR');
  });

  it('revokes a key: 204, gone from the list, and every later call with it is 401', async () => {
    const made = (await api('POST', '/account/api-keys', { name: 'short-lived' })).body;
    const withKey = client(server.url(), made.key);
    const viaHeader = client(server.url(), made.key, 'x-api-key');
    expect((await withKey('GET', '/account')).status).toBe(200);

    // The official SDK sends Content-Type: application/json with an empty body on DELETE.
    const del = await fetch(`${server.url()}/account/api-keys/${made.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${DEV_KEY}`, 'content-type': 'application/json' },
    });
    expect(del.status).toBe(204);
    expect(await del.text()).toBe('');

    for (const [call, method, path] of [
      [withKey, 'GET', '/account'],
      [viaHeader, 'GET', '/webhooks'],
      [withKey, 'POST', '/account/api-keys'],
    ] as const) {
      const r = await call(method, path, method === 'POST' ? {} : undefined);
      expect(r.status).toBe(401);
      expect(r.body).toEqual(UNAUTHORIZED);
    }
    const list = (await api('GET', '/account/api-keys')).body.data as { id: string }[];
    expect(list.map((k) => k.id)).not.toContain(made.id);
    const row = server.engine.store.db.prepare('SELECT revoked_at FROM as_api_keys WHERE id = ?').get(made.id) as {
      revoked_at: string | null;
    };
    expect(row.revoked_at).not.toBeNull();
  });

  it('lets a key revoke itself, effective on the next request', async () => {
    const made = (await api('POST', '/account/api-keys', { name: 'self' })).body;
    const self = client(server.url(), made.key);
    expect((await self('DELETE', `/account/api-keys/${made.id}`)).status).toBe(204);
    expect((await self('GET', '/account')).status).toBe(401);
  });

  it("answers an unknown or another account's key with the plain 404, and a malformed id with 400", async () => {
    const unknown = await api('DELETE', `/account/api-keys/${UNKNOWN_ID}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'API key not found' });

    const provisioned = await client(server.url(), null)('POST', '/auth/auto-provision', {
      deviceId: 'account-tenant-b-device',
    });
    const theirs = server.engine.store.db
      .prepare('SELECT id FROM as_api_keys WHERE account_id = ?')
      .get(provisioned.body.account.id) as { id: string };
    const cross = await api('DELETE', `/account/api-keys/${theirs.id}`);
    expect(cross.status).toBe(404);
    expect(cross.body).toEqual({ error: 'API key not found' });
    expect((await client(server.url(), provisioned.body.apiKey)('GET', '/account')).status).toBe(200);
    // Each account lists only its own keys.
    const theirList = (await client(server.url(), provisioned.body.apiKey)('GET', '/account/api-keys')).body.data as {
      id: string;
    }[];
    expect(theirList.map((k) => k.id)).toEqual([theirs.id]);

    const malformed = await api('DELETE', '/account/api-keys/123');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('VALIDATION_ERROR');
    expect(malformed.body.error.details.id).toBeDefined();
  });

  it('recorded no contract violations', () => {
    expect(server.engine.journal.list({ violations: true })).toEqual([]);
  });
});
