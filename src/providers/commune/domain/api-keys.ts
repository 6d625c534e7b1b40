/**
 * API-key self-service (shared/providers/commune.md §3.10): create with permissions, list, rotate,
 * revoke. Revoked keys read "inactive" and stop authenticating at once (the real server's cache
 * can keep them alive up to 60 s). Keys past `expiresAt` read "expired".
 */
import type { HandlerContext } from '../../../engine/provider.js';
import type { Db } from '../../../engine/store.js';
import { insertApiKey, newApiKey } from '../auth.js';
import { errors } from '../errors.js';
import type { ApiKeyRow } from '../tables.js';

export const MAX_ACTIVE_KEYS = 10;

const isPastExpiry = (row: ApiKeyRow, now: Date): boolean => row.expires_at !== null && Date.parse(row.expires_at) <= now.getTime();

/** Marks keys whose lifetime ran out as expired (auth does the same lazily on use). */
function expireDue(db: Db, orgId: string, now: Date): void {
  db.prepare("UPDATE cm_api_keys SET status = 'expired' WHERE org_id = ? AND status = 'active' AND expires_at IS NOT NULL AND expires_at <= ?")
    .run(orgId, now.toISOString());
}

export function wireApiKey(row: ApiKeyRow) {
  return {
    id: row.id, name: row.name, keyPrefix: row.key_prefix, permissions: JSON.parse(row.permissions) as string[],
    status: row.status, expiresAt: row.expires_at, lastUsedAt: row.last_used_at, createdAt: row.created_at,
  };
}

export function listKeys(ctx: HandlerContext, orgId: string): ApiKeyRow[] {
  const db = ctx.store.db;
  ctx.store.tx(() => expireDue(db, orgId, ctx.now));
  return db.prepare('SELECT * FROM cm_api_keys WHERE org_id = ? ORDER BY created_at DESC, rowid DESC').all(orgId) as ApiKeyRow[];
}

export interface NewKeyRequest { name: string; permissions: string[]; expiresInSeconds?: number }

/** 429 once the organisation has 10 active keys (revoked and expired ones do not count). */
export function assertBelowKeyLimit(ctx: HandlerContext, orgId: string): void {
  const db = ctx.store.db;
  ctx.store.tx(() => {
    expireDue(db, orgId, ctx.now);
    const { n } = db.prepare("SELECT COUNT(*) AS n FROM cm_api_keys WHERE org_id = ? AND status = 'active'").get(orgId) as { n: number };
    if (n >= MAX_ACTIVE_KEYS) {
      throw errors.coded(429, 'api_key_limit_reached', `Maximum ${MAX_ACTIVE_KEYS} API keys per organization. Revoke an existing key first.`);
    }
  });
}

export function createKey(ctx: HandlerContext, orgId: string, req: NewKeyRequest): { row: ApiKeyRow; key: string } {
  const db = ctx.store.db;
  return ctx.store.tx(() => {
    assertBelowKeyLimit(ctx, orgId);
    const expiresAt = req.expiresInSeconds !== undefined ? new Date(ctx.now.getTime() + req.expiresInSeconds * 1000).toISOString() : null;
    const made = insertApiKey(db, ctx.ids, { orgId, name: req.name, permissions: req.permissions, expiresAt, now: ctx.now.toISOString() });
    return { row: db.prepare('SELECT * FROM cm_api_keys WHERE id = ?').get(made.id) as ApiKeyRow, key: made.key };
  });
}

/** The organisation's key, or Commune's 404 for an unknown or foreign id. */
function ownKey(db: Db, orgId: string, keyId: string): ApiKeyRow {
  const row = db.prepare('SELECT * FROM cm_api_keys WHERE id = ?').get(keyId) as ApiKeyRow | undefined;
  if (!row || row.org_id !== orgId) throw errors.plain(404, 'API key not found');
  return row;
}

export function revokeKey(ctx: HandlerContext, orgId: string, keyId: string): void {
  const db = ctx.store.db;
  ctx.store.tx(() => {
    const row = ownKey(db, orgId, keyId);
    if (row.status === 'inactive') throw errors.plain(404, 'API key not found or already revoked');
    db.prepare("UPDATE cm_api_keys SET status = 'inactive', revoked_at = ? WHERE id = ?").run(ctx.now.toISOString(), row.id);
  });
}

/** New key material for the same record (id, name, permissions, expiry kept); the old key dies now. */
export function rotateKey(ctx: HandlerContext, orgId: string, keyId: string): { row: ApiKeyRow; key: string } {
  const db = ctx.store.db;
  return ctx.store.tx(() => {
    const row = ownKey(db, orgId, keyId);
    if (row.status !== 'active' || isPastExpiry(row, ctx.now)) throw errors.plain(404, 'API key not found or inactive');
    const made = newApiKey(ctx.ids);
    db.prepare('UPDATE cm_api_keys SET key_hash = ?, key_prefix = ? WHERE id = ?').run(made.hash, made.prefix, row.id);
    return { row: db.prepare('SELECT * FROM cm_api_keys WHERE id = ?').get(row.id) as ApiKeyRow, key: made.key };
  });
}
