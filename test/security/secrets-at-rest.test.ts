/**
 * Secrets at rest: whoever can read the database file (a backup, a CI artifact, another user of the
 * machine) must not find an API key or session token there. New keys are stored as hashes, one-time
 * secrets are not kept in the answers stored under Idempotency-Keys (a replay shows them redacted),
 * and the data directory and database files are private to the user running mailsim.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { REDACTED } from '../../src/engine/idempotency.js';
import { startMailsim } from '../../src/server.js';
import { MANAGED_AGENTS_DEV_KEY } from '../../src/testing/constants.js';
import { COMMUNE_KEY } from '../commune/seed.js';
import { client } from '../helpers/server.js';

const root = mkdtempSync(join(tmpdir(), 'mailsim-secrets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('secrets at rest', () => {
  it('keeps no new API key, session token or stored webhook secret in the database file', async () => {
    const dir = join(root, 'data'); // created by mailsim itself
    const file = join(dir, 'mailsim.db');
    const server = await startMailsim({
      db: file,
      ports: { agentsend: 0, commune: 0, 'managed-agents': 0 },
      smtp: false,
      logLevel: 'error',
      rateLimits: false,
    });
    const shown: string[] = [];
    let webhookSecret = '';
    try {
      const as = client(server.url('agentsend'));
      const keyed = { 'idempotency-key': 'secret-key-1' };
      const created = await as('POST', '/account/api-keys', { name: 'ci' }, keyed);
      expect(created.status).toBe(201);
      shown.push(created.body.key);
      const replay = await as('POST', '/account/api-keys', { name: 'ci' }, keyed);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body).toMatchObject({ id: created.body.id, key: REDACTED });

      const anon = client(server.url('agentsend'), null);
      const signupKey = { 'idempotency-key': 'signup-1' };
      const signup = await anon('POST', '/auth/signup', { email: 'ada@example.com', name: 'Ada' }, signupKey);
      expect(signup.status).toBe(201);
      shown.push(signup.body.token);
      const signupReplay = await anon('POST', '/auth/signup', { email: 'ada@example.com', name: 'Ada' }, signupKey);
      expect(signupReplay.body.token).toBe(REDACTED);
      expect(signupReplay.headers.get('set-cookie')).toBeNull();

      const hook = await as('POST', '/webhooks', { url: 'http://127.0.0.1:9/hook' }, { 'idempotency-key': 'hook-1' });
      expect(hook.status).toBe(201);
      webhookSecret = hook.body.secret;

      const commune = await client(server.url('commune'), COMMUNE_KEY)('POST', '/v1/agent/api-keys', { name: 'ci' });
      expect(commune.status).toBe(201);
      shown.push(commune.body.apiKey);
      const ma = await client(server.url('managed-agents'), MANAGED_AGENTS_DEV_KEY)('POST', '/v1/api_keys', {
        name: 'ci',
      });
      expect(ma.status).toBe(201);
      shown.push(ma.body.key);
    } finally {
      await server.close();
    }

    // Every byte mailsim left on disk: the database, and any WAL or shared-memory file beside it.
    const bytes = readdirSync(dir)
      .map((name) => readFileSync(join(dir, name)).toString('latin1'))
      .join('\n');
    for (const secret of shown) {
      expect(secret.length).toBeGreaterThan(20);
      expect(bytes.includes(secret), `${secret.slice(0, 8)}… found in the database files`).toBe(false);
    }
    // The signing secret must stay with its webhook (deliveries are signed with it), nowhere else.
    const db = new Database(file, { readonly: true });
    const stored = db.prepare('SELECT body FROM idempotency_keys').all() as { body: string }[];
    db.close();
    expect(stored.length).toBeGreaterThanOrEqual(3);
    expect(stored.filter((r) => r.body.includes(webhookSecret))).toEqual([]);

    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const name of readdirSync(dir)) expect(statSync(join(dir, name)).mode & 0o077, name).toBe(0);
  });
});
