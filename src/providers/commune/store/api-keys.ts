/** cm_api_keys: keys stored as SHA-256 hashes, with their permissions (JSON) and lifecycle status. */
import type { Db } from '../../../engine/store.js';
import type { ApiKeyRow } from '../tables.js';

export interface NewApiKey {
  id: string;
  orgId: string;
  name: string;
  hash: string;
  prefix: string;
  permissions: string[];
  expiresAt: string | null;
  nowIso: string;
}

export function insertApiKeyRow(db: Db, k: NewApiKey): void {
  db.prepare(
    `INSERT INTO cm_api_keys (id, org_id, name, key_hash, key_prefix, permissions, expires_at, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(k.id, k.orgId, k.name, k.hash, k.prefix, JSON.stringify(k.permissions), k.expiresAt, k.nowIso);
}

export function apiKeyById(db: Db, id: string): ApiKeyRow | undefined {
  return db.prepare<[string], ApiKeyRow>('SELECT * FROM cm_api_keys WHERE id = ?').get(id);
}

/** The active key with this hash, with its organisation's tier. */
export function activeKeyByHash(db: Db, hash: string): (ApiKeyRow & { tier: string }) | undefined {
  return db
    .prepare<[string], ApiKeyRow & { tier: string }>(
      `SELECT k.*, o.tier FROM cm_api_keys k JOIN cm_orgs o ON o.id = k.org_id WHERE k.key_hash = ?
      AND k.status = 'active'`,
    )
    .get(hash);
}

export function markKeyExpired(db: Db, id: string): void {
  db.prepare("UPDATE cm_api_keys SET status = 'expired' WHERE id = ?").run(id);
}

export function touchApiKey(db: Db, id: string, nowIso: string): void {
  db.prepare('UPDATE cm_api_keys SET last_used_at = ? WHERE id = ?').run(nowIso, id);
}

/** Marks the organisation's keys whose lifetime ran out as expired. */
export function expireDueKeys(db: Db, orgId: string, nowIso: string): void {
  db.prepare(
    `UPDATE cm_api_keys SET status = 'expired'
      WHERE org_id = ? AND status = 'active' AND expires_at IS NOT NULL AND expires_at <= ?`,
  ).run(orgId, nowIso);
}

/** The organisation's keys, newest first. */
export function listOrgKeys(db: Db, orgId: string): ApiKeyRow[] {
  return db
    .prepare<[string], ApiKeyRow>(`SELECT * FROM cm_api_keys WHERE org_id = ?
      ORDER BY created_at DESC, rowid DESC`)
    .all(orgId);
}

export function countActiveKeys(db: Db, orgId: string): number {
  return db
    .prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM cm_api_keys WHERE org_id = ? AND status = 'active'")
    .get(orgId)!.n;
}

export function revokeApiKey(db: Db, id: string, nowIso: string): void {
  db.prepare("UPDATE cm_api_keys SET status = 'inactive', revoked_at = ? WHERE id = ?").run(nowIso, id);
}

/** New key material for the same record. */
export function replaceKeyMaterial(db: Db, id: string, hash: string, prefix: string): void {
  db.prepare('UPDATE cm_api_keys SET key_hash = ?, key_prefix = ? WHERE id = ?').run(hash, prefix, id);
}
