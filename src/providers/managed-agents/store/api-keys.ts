/** API keys of a tenant (hashes only; the secret is shown once, at creation). */
import type { Db } from '../../../engine/store.js';
import type { ApiKeyRow } from '../tables.js';

export function listApiKeys(db: Db, tenantId: string): ApiKeyRow[] {
  return db.prepare('SELECT * FROM ma_api_keys WHERE tenant_id = ? ORDER BY rowid').all(tenantId) as ApiKeyRow[];
}

export function getApiKey(db: Db, tenantId: string, id: string): ApiKeyRow | undefined {
  return db.prepare('SELECT * FROM ma_api_keys WHERE id = ? AND tenant_id = ?').get(id, tenantId) as
    | ApiKeyRow
    | undefined;
}

export function deleteApiKey(db: Db, id: string): void {
  db.prepare('DELETE FROM ma_api_keys WHERE id = ?').run(id);
}
