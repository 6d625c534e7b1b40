/** The Commune seed (fixtures/commune/seed.json) as the tests use it, and the check each file ends with. */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { MailsimServer } from '../../src/server.js';

export const COMMUNE_KEY = 'comm_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
export const SEED_ORG_ID = 'c0ffee00c0ffee00c0ffee00c0ffee00';
export const SEED_KEY_ID = 'd3adbeefd3adbeefd3adbeefd3adbeef';
export const SHARED_DOMAIN_ID = '5f0c8a2e-1b3d-4e6f-9a7b-2c4d6e8f0a1b';
export const SEED_INBOX_ID = '8b2f1c3d-5e7a-4b9c-8d1e-3f5a7b9c1d2e';
export const SEED_INBOX_ADDRESS = 'dev@commune.email';

/** Every response the server sent was valid against the contract (strict mode turns violations into 500s). */
export function expectNoViolations(server: MailsimServer): void {
  expect(server.engine.journal.list({ violations: true })).toEqual([]);
}

/** A new organisation on `tier` with one API key (tenant isolation and tier tests); returns the key. */
export function addOrg(server: MailsimServer, o: { id: string; tier: string; permissions?: string[] }): string {
  const db = server.engine.store.db;
  const now = new Date(server.engine.clock.nowMs()).toISOString();
  db.prepare('INSERT INTO cm_orgs (id, name, slug, tier, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    o.id,
    `org ${o.id}`,
    `org-${o.id}`,
    o.tier,
    now,
    now,
  );
  const key = `comm_${o.id}${o.id}`;
  db.prepare(
    'INSERT INTO cm_api_keys (id, org_id, name, key_hash, key_prefix, permissions, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    o.id,
    o.id,
    'test key',
    createHash('sha256').update(key).digest('hex'),
    key.slice(0, 12),
    JSON.stringify(o.permissions ?? ['read', 'write']),
    now,
  );
  return key;
}
