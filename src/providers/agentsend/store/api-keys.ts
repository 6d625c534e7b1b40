/** as_api_keys: keys are stored as SHA-256 hashes with a 12-character prefix for display. */
import type { Db } from '../../../engine/store.js';
import type { ApiKeyRow } from '../tables.js';

export interface NewApiKey {
  id: string;
  accountId: string;
  hash: string;
  prefix: string;
  name: string | null;
  nowIso: string;
}

export function insertApiKeyRow(db: Db, k: NewApiKey): void {
  db.prepare(
    'INSERT INTO as_api_keys (id, account_id, key_hash, key_prefix, name, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(k.id, k.accountId, k.hash, k.prefix, k.name, k.nowIso);
}

/** Gives a key its fixed id (the seed's keys keep the ids the fixture names). */
export function renameApiKey(db: Db, accountId: string, id: string, prefix: string, newId: string): void {
  db.prepare('UPDATE as_api_keys SET id = ? WHERE key_prefix = ? AND account_id = ? AND id = ?').run(
    newId,
    prefix,
    accountId,
    id,
  );
}

/** The key with this hash, with its account's plan. */
export function findKeyByHash(db: Db, hash: string): (ApiKeyRow & { plan: string }) | undefined {
  return db
    .prepare<[string], ApiKeyRow & { plan: string }>(
      'SELECT k.*, a.plan FROM as_api_keys k JOIN as_accounts a ON a.id = k.account_id WHERE k.key_hash = ?',
    )
    .get(hash);
}

export function touchApiKey(db: Db, id: string, nowIso: string): void {
  db.prepare('UPDATE as_api_keys SET last_used_at = ? WHERE id = ?').run(nowIso, id);
}

/** The account's unrevoked keys, oldest first. */
export function listActiveKeys(db: Db, accountId: string): ApiKeyRow[] {
  return db
    .prepare<[string], ApiKeyRow>(`SELECT * FROM as_api_keys WHERE account_id = ? AND revoked_at IS NULL
      ORDER BY created_at, rowid`)
    .all(accountId);
}

/** Revokes the account's key (again, if it already was); the number of keys changed. */
export function revokeApiKey(db: Db, accountId: string, id: string, nowIso: string): number {
  return db.prepare('UPDATE as_api_keys SET revoked_at = ? WHERE id = ? AND account_id = ?').run(nowIso, id, accountId)
    .changes;
}
