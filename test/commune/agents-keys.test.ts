/**
 * Agent self-service: the organisation (get/patch) and API keys (create with permissions, list,
 * rotate, revoke, the 10-active-key limit), scopes of minted keys, and tenant isolation.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client } from '../helpers/server.js';
import {
  COMMUNE_KEY,
  SEED_KEY_ID,
  SEED_ORG_ID,
  addOrg,
  expectNoViolations,
  startCommune,
  type Call,
} from './agents-helpers.js';

let server: MailsimServer;
let api: Call;
let url: string;

beforeAll(async () => {
  ({ server, api, url } = await startCommune());
});
afterAll(async () => {
  expectNoViolations(server);
  await server.close();
});

describe('organisation', () => {
  test('GET /v1/agent/org returns the camelCase org without a data envelope', async () => {
    const res = await api('GET', '/v1/agent/org');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      org: {
        id: SEED_ORG_ID,
        name: 'Mailsim Dev',
        slug: 'mailsim-dev',
        tier: 'agent_pro',
        status: 'active',
        settings: {},
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    });
  });

  test('PATCH renames (trimmed) and moves updatedAt; the slug never changes', async () => {
    const org = addOrg(server, { id: 'aa'.repeat(16), tier: 'free' });
    const call = client(url, org);
    const before = (await call('GET', '/v1/agent/org')).body.org;
    server.engine.clock.advance(1000);
    const res = await call('PATCH', '/v1/agent/org', { name: '  New Name  ', slug: 'ignored' });
    expect(res.status).toBe(200);
    expect(res.body.org).toMatchObject({ name: 'New Name', slug: before.slug, createdAt: before.createdAt });
    expect(Date.parse(res.body.org.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
    expect((await call('GET', '/v1/agent/org')).body.org.name).toBe('New Name');
  });

  test('PATCH without a usable name is missing_fields', async () => {
    for (const body of [{}, { name: '   ' }, { name: 42 }]) {
      const res = await api('PATCH', '/v1/agent/org', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body).toEqual({ error: 'missing_fields', message: 'name is required' });
    }
  });
});

describe('API keys', () => {
  test('create defaults to read+write, shows the key once, and the key works', async () => {
    const res = await api('POST', '/v1/agent/api-keys', { name: '  default perms  ' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      apiKey: expect.stringMatching(/^comm_[0-9a-f]{64}$/),
      id: expect.stringMatching(/^[0-9a-f]{32}$/),
      name: 'default perms',
      keyPrefix: res.body.apiKey.slice(0, 12),
      permissions: ['read', 'write'],
      status: 'active',
      expiresAt: null,
      createdAt: expect.any(String),
      message: `Store immediately: export COMMUNE_API_KEY="${res.body.apiKey}"`,
    });
    const listed = (await api('GET', '/v1/agent/api-keys')).body.apiKeys.find((k: any) => k.id === res.body.id);
    expect(listed).toEqual({
      id: res.body.id,
      name: 'default perms',
      keyPrefix: res.body.keyPrefix,
      permissions: ['read', 'write'],
      status: 'active',
      expiresAt: null,
      lastUsedAt: null,
      createdAt: res.body.createdAt,
    });
    expect(JSON.stringify(listed)).not.toContain(res.body.apiKey);
    const used = client(url, res.body.apiKey);
    expect((await used('GET', '/v1/inboxes')).status).toBe(200);
    const after = (await api('GET', '/v1/agent/api-keys')).body.apiKeys.find((k: any) => k.id === res.body.id);
    expect(after.lastUsedAt).not.toBeNull();
  });

  test('permissions are kept as given, and scopes are enforced on the new key', async () => {
    const res = await api('POST', '/v1/agent/api-keys', {
      name: 'outbound-only',
      permissions: ['messages:write', 'inboxes:read', 'threads:read', 'custom:thing'],
    });
    expect(res.status).toBe(201);
    expect(res.body.permissions).toEqual(['messages:write', 'inboxes:read', 'threads:read', 'custom:thing']);
    const scoped = client(url, res.body.apiKey);
    expect((await scoped('GET', '/v1/inboxes')).status).toBe(200);
    const denied = await scoped('GET', '/v1/domains');
    expect(denied.status).toBe(403);
    expect(denied.body).toEqual({
      error: 'Insufficient permissions',
      required: ['domains:read'],
      hint: 'Your API key needs the following permission(s): domains:read',
    });
  });

  test('a read-only key may mint an admin key, as on Commune (no scope check on /v1/agent/*)', async () => {
    const ro = await api('POST', '/v1/agent/api-keys', { name: 'read-only', permissions: ['read'] });
    const readOnly = client(url, ro.body.apiKey);
    expect((await readOnly('POST', '/v1/inboxes', { local_part: 'ro-try' })).status).toBe(403);
    const minted = await readOnly('POST', '/v1/agent/api-keys', {
      name: 'escalated',
      permissions: ['read', 'write', 'admin'],
    });
    expect(minted.status).toBe(201);
    expect(minted.body.permissions).toEqual(['read', 'write', 'admin']);
    const escalated = client(url, minted.body.apiKey);
    expect(
      (await escalated('POST', '/v1/data/deletion-request', { scope: 'messages', before: '2000-01-01T00:00:00Z' }))
        .status,
    ).toBe(201);
    // And a read-only key may list, rotate and revoke too.
    expect((await readOnly('GET', '/v1/agent/api-keys')).status).toBe(200);
    expect((await readOnly('DELETE', `/v1/agent/api-keys/${minted.body.id}`)).status).toBe(200);
  });

  test('field checks: name, permissions, expiresIn', async () => {
    const cases: [unknown, string, string][] = [
      [{}, 'missing_fields', 'name is required'],
      [{ name: '  ' }, 'missing_fields', 'name is required'],
      [{ name: 'k', permissions: 'read' }, 'invalid_permissions', 'permissions must be an array'],
      [{ name: 'k', permissions: [1] }, 'invalid_permissions', 'permissions must be an array of strings'],
      [{ name: 'k', expiresIn: 0 }, 'invalid_expires_in', 'expiresIn must be a positive number of seconds'],
      [{ name: 'k', expiresIn: '60' }, 'invalid_expires_in', 'expiresIn must be a positive number of seconds'],
    ];
    for (const [body, code, message] of cases) {
      const res = await api('POST', '/v1/agent/api-keys', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body).toEqual({ error: code, message });
    }
  });

  test('expiresIn sets expiresAt on the engine clock; past it the key is refused and listed as expired', async () => {
    const res = await api('POST', '/v1/agent/api-keys', { name: 'short-lived', expiresIn: 60 });
    expect(res.status).toBe(201);
    expect(Date.parse(res.body.expiresAt) - Date.parse(res.body.createdAt)).toBe(60_000);
    const short = client(url, res.body.apiKey);
    expect((await short('GET', '/v1/inboxes')).status).toBe(200);
    server.engine.clock.advance(60_001);
    const late = await short('GET', '/v1/inboxes');
    expect(late.status).toBe(401);
    expect(late.body).toEqual({ error: 'Invalid or expired API key' });
    const listed = (await api('GET', '/v1/agent/api-keys')).body.apiKeys.find((k: any) => k.id === res.body.id);
    expect(listed.status).toBe('expired');
    const rotate = await api('POST', `/v1/agent/api-keys/${res.body.id}/rotate`);
    expect(rotate.status).toBe(404);
    expect(rotate.body).toEqual({ error: 'API key not found or inactive' });
  });

  test('list is newest first and includes revoked keys as inactive', async () => {
    const org = addOrg(server, { id: 'bb'.repeat(16), tier: 'agent_pro' });
    const call = client(url, org);
    const first = (await call('POST', '/v1/agent/api-keys', { name: 'first' })).body;
    server.engine.clock.advance(10);
    const second = (await call('POST', '/v1/agent/api-keys', { name: 'second' })).body;
    expect((await call('DELETE', `/v1/agent/api-keys/${first.id}`)).body).toEqual({ message: 'API key revoked' });
    const keys = (await call('GET', '/v1/agent/api-keys')).body.apiKeys;
    expect(keys.map((k: any) => [k.name, k.status])).toEqual([
      ['second', 'active'],
      ['first', 'inactive'],
      ['test key', 'active'],
    ]);
    expect(keys[0].id).toBe(second.id);
  });

  test('revoke: the key stops at once; unknown, foreign and already-revoked keys are 404', async () => {
    const made = (await api('POST', '/v1/agent/api-keys', { name: 'to revoke' })).body;
    const doomed = client(url, made.apiKey);
    expect((await doomed('GET', '/v1/inboxes')).status).toBe(200);
    expect((await api('DELETE', `/v1/agent/api-keys/${made.id}`)).status).toBe(200);
    expect((await doomed('GET', '/v1/inboxes')).status).toBe(401);
    const twice = await api('DELETE', `/v1/agent/api-keys/${made.id}`);
    expect(twice.status).toBe(404);
    expect(twice.body).toEqual({ error: 'API key not found or already revoked' });
    expect((await api('DELETE', '/v1/agent/api-keys/key_abc123')).body).toEqual({ error: 'API key not found' });
  });

  test('rotate keeps id, name, permissions and expiry; the old key dies, the new one works', async () => {
    const made = (
      await api('POST', '/v1/agent/api-keys', { name: 'rotating', permissions: ['inboxes:read'], expiresIn: 3600 })
    ).body;
    const res = await api('POST', `/v1/agent/api-keys/${made.id}/rotate`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      apiKey: expect.stringMatching(/^comm_[0-9a-f]{64}$/),
      id: made.id,
      name: 'rotating',
      keyPrefix: res.body.apiKey.slice(0, 12),
      expiresAt: made.expiresAt,
      message: expect.stringContaining(res.body.apiKey),
    });
    expect(res.body.apiKey).not.toBe(made.apiKey);
    expect((await client(url, made.apiKey)('GET', '/v1/inboxes')).status).toBe(401);
    const rotated = client(url, res.body.apiKey);
    expect((await rotated('GET', '/v1/inboxes')).status).toBe(200);
    expect((await rotated('GET', '/v1/domains')).status).toBe(403);
    expect((await api('DELETE', `/v1/agent/api-keys/${made.id}`)).status).toBe(200);
    expect((await api('POST', `/v1/agent/api-keys/${made.id}/rotate`)).body).toEqual({
      error: 'API key not found or inactive',
    });
    expect((await api('POST', '/v1/agent/api-keys/nope/rotate')).body).toEqual({ error: 'API key not found' });
  });

  test('more than 10 active keys is 429 api_key_limit_reached, checked before the other fields; revoking frees a slot', async () => {
    const org = addOrg(server, { id: 'cc'.repeat(16), tier: 'free' });
    const call = client(url, org);
    const ids: string[] = [];
    for (let i = 2; i <= 10; i++) ids.push((await call('POST', '/v1/agent/api-keys', { name: `k${i}` })).body.id);
    const full = await call('POST', '/v1/agent/api-keys', { name: 'k11', permissions: 'not-an-array' });
    expect(full.status).toBe(429);
    expect(full.body).toEqual({
      error: 'api_key_limit_reached',
      message: 'Maximum 10 API keys per organization. Revoke an existing key first.',
    });
    expect((await call('POST', '/v1/agent/api-keys', {})).body.error).toBe('missing_fields');
    await call('DELETE', `/v1/agent/api-keys/${ids[0]}`);
    expect((await call('POST', '/v1/agent/api-keys', { name: 'k11' })).status).toBe(201);
  });

  test('tenant isolation: another organisation cannot see, revoke or rotate these keys', async () => {
    const other = client(url, addOrg(server, { id: 'dd'.repeat(16), tier: 'agent_pro' }));
    const listed = (await other('GET', '/v1/agent/api-keys')).body.apiKeys;
    expect(listed.map((k: any) => k.id)).toEqual(['dd'.repeat(16)]);
    expect((await other('DELETE', `/v1/agent/api-keys/${SEED_KEY_ID}`)).body).toEqual({ error: 'API key not found' });
    expect((await other('POST', `/v1/agent/api-keys/${SEED_KEY_ID}/rotate`)).status).toBe(404);
    expect((await other('GET', '/v1/agent/org')).body.org.id).toBe('dd'.repeat(16));
    expect((await api('GET', '/v1/inboxes')).status).toBe(200);
    expect((await client(url, COMMUNE_KEY)('GET', '/v1/agent/org')).body.org.id).toBe(SEED_ORG_ID);
  });
});
