/** API keys of a tenant (hashes only; the secret is shown once, at creation), and the tenants themselves. */
import { sha256Hex } from '../../../engine/ids.js';
import type { Db } from '../../../engine/store.js';
import type { ApiKeyRow } from '../tables.js';

export function insertTenant(db: Db, o: { id: string; name: string; now: string }): void {
  db.prepare('INSERT INTO ma_tenants (id, name, created_at) VALUES (?, ?, ?)').run(o.id, o.name, o.now);
}

/** The seed's first tenant, if any. */
export function firstTenantId(db: Db): string | null {
  const row = db.prepare<[], { id: string }>('SELECT id FROM ma_tenants ORDER BY rowid LIMIT 1').get();
  return row?.id ?? null;
}

/** Stores a key: its hash and display prefix only. */
export function insertApiKey(
  db: Db,
  o: { id: string; tenantId: string; name: string; key: string; now: string },
): void {
  db.prepare(
    'INSERT INTO ma_api_keys (id, tenant_id, name, key_hash, prefix, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(o.id, o.tenantId, o.name, sha256Hex(o.key), o.key.slice(0, 8), o.now);
}

export function apiKeyByHash(db: Db, keyHash: string): ApiKeyRow | undefined {
  return db.prepare<[string], ApiKeyRow>('SELECT * FROM ma_api_keys WHERE key_hash = ?').get(keyHash);
}

export function touchApiKey(db: Db, id: string, now: string): void {
  db.prepare('UPDATE ma_api_keys SET last_used_at = ? WHERE id = ?').run(now, id);
}

export function listApiKeys(db: Db, tenantId: string): ApiKeyRow[] {
  return db.prepare<[string], ApiKeyRow>('SELECT * FROM ma_api_keys WHERE tenant_id = ? ORDER BY rowid').all(tenantId);
}

export function getApiKey(db: Db, tenantId: string, id: string): ApiKeyRow | undefined {
  return db
    .prepare<[string, string], ApiKeyRow>('SELECT * FROM ma_api_keys WHERE id = ? AND tenant_id = ?')
    .get(id, tenantId);
}

export function deleteApiKey(db: Db, id: string): void {
  db.prepare('DELETE FROM ma_api_keys WHERE id = ?').run(id);
}
