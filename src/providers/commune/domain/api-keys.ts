/**
 * API keys (contracts/commune.md, "API keys"): `comm_` + 64 hex, stored as SHA-256. Self-service
 * creates them with permissions, lists, rotates and revokes them. Revoked keys read "inactive" and
 * stop authenticating at once (the real server's cache can keep them alive up to 60 s). Keys past
 * `expiresAt` read "expired".
 */
import type { HandlerContext } from '../../../engine/provider.js';
import type { Db } from '../../../engine/store.js';
import { sha256Hex, type IdSource } from '../../../engine/ids.js';
import { errors } from '../errors.js';
import {
  apiKeyById,
  countActiveKeys,
  expireDueKeys,
  insertApiKeyRow,
  listOrgKeys,
  replaceKeyMaterial,
  revokeApiKey,
} from '../store/api-keys.js';
import type { ApiKeyRow } from '../tables.js';

export const MAX_ACTIVE_KEYS = 10;

export function newApiKey(ids: IdSource): { key: string; hash: string; prefix: string } {
  const key = `comm_${ids.hex(32)}`;
  return { key, hash: sha256Hex(key), prefix: key.slice(0, 12) };
}

export interface KeyToInsert {
  orgId: string;
  name: string;
  permissions: string[];
  expiresAt: string | null;
  now: string;
  key?: string;
  id?: string;
}

/** Stores a new key (or the given one, for the seed); the full key is returned once. */
export function insertApiKey(db: Db, ids: IdSource, o: KeyToInsert): { id: string; key: string; prefix: string } {
  const made = o.key ? { key: o.key, hash: sha256Hex(o.key), prefix: o.key.slice(0, 12) } : newApiKey(ids);
  const id = o.id ?? ids.hex(16);
  insertApiKeyRow(db, {
    id,
    orgId: o.orgId,
    name: o.name,
    hash: made.hash,
    prefix: made.prefix,
    permissions: o.permissions,
    expiresAt: o.expiresAt,
    nowIso: o.now,
  });
  return { id, key: made.key, prefix: made.prefix };
}

const isPastExpiry = (row: ApiKeyRow, now: Date): boolean =>
  row.expires_at !== null && Date.parse(row.expires_at) <= now.getTime();

/**
 * The organisation's keys, newest first, those whose lifetime ran out marked expired first (auth does the same lazily
 * on use).
 */
export function listKeys(ctx: HandlerContext, orgId: string): ApiKeyRow[] {
  const db = ctx.store.db;
  ctx.store.tx(() => expireDueKeys(db, orgId, ctx.now.toISOString()));
  return listOrgKeys(db, orgId);
}

export interface NewKeyRequest {
  name: string;
  permissions: string[];
  expiresInSeconds?: number;
}

/** 429 once the organisation has 10 active keys (revoked and expired ones do not count). */
export function assertBelowKeyLimit(ctx: HandlerContext, orgId: string): void {
  const db = ctx.store.db;
  ctx.store.tx(() => {
    expireDueKeys(db, orgId, ctx.now.toISOString());
    if (countActiveKeys(db, orgId) >= MAX_ACTIVE_KEYS) {
      throw errors.coded(
        429,
        'api_key_limit_reached',
        `Maximum ${MAX_ACTIVE_KEYS} API keys per organization. Revoke an existing key first.`,
      );
    }
  });
}

export function createKey(ctx: HandlerContext, orgId: string, req: NewKeyRequest): { row: ApiKeyRow; key: string } {
  const db = ctx.store.db;
  return ctx.store.tx(() => {
    assertBelowKeyLimit(ctx, orgId);
    const expiresAt =
      req.expiresInSeconds !== undefined
        ? new Date(ctx.now.getTime() + req.expiresInSeconds * 1000).toISOString()
        : null;
    const made = insertApiKey(db, ctx.ids, {
      orgId,
      name: req.name,
      permissions: req.permissions,
      expiresAt,
      now: ctx.now.toISOString(),
    });
    return { row: apiKeyById(db, made.id)!, key: made.key };
  });
}

/** The organisation's key, or Commune's 404 for an unknown or foreign id. */
function ownKey(db: Db, orgId: string, keyId: string): ApiKeyRow {
  const row = apiKeyById(db, keyId);
  if (!row || row.org_id !== orgId) throw errors.plain(404, 'API key not found');
  return row;
}

export function revokeKey(ctx: HandlerContext, orgId: string, keyId: string): void {
  const db = ctx.store.db;
  ctx.store.tx(() => {
    const row = ownKey(db, orgId, keyId);
    if (row.status === 'inactive') throw errors.plain(404, 'API key not found or already revoked');
    revokeApiKey(db, row.id, ctx.now.toISOString());
  });
}

/** New key material for the same record (id, name, permissions, expiry kept); the old key dies now. */
export function rotateKey(ctx: HandlerContext, orgId: string, keyId: string): { row: ApiKeyRow; key: string } {
  const db = ctx.store.db;
  return ctx.store.tx(() => {
    const row = ownKey(db, orgId, keyId);
    if (row.status !== 'active' || isPastExpiry(row, ctx.now)) throw errors.plain(404, 'API key not found or inactive');
    const made = newApiKey(ctx.ids);
    replaceKeyMaterial(db, row.id, made.hash, made.prefix);
    return { row: apiKeyById(db, row.id)!, key: made.key };
  });
}
