/**
 * AgentSend's credentials: API keys (`ask_` + 40 nanoid characters, stored as SHA-256) and session
 * tokens (HS256 JWT, 7 days) as signup, verify-code and magic links issue them.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../../engine/store.js';
import { ALPHABETS, sha256Hex, type IdSource } from '../../../engine/ids.js';
import { insertApiKeyRow } from '../store/api-keys.js';
import { insertMetaValue, metaValue } from '../store/meta.js';

export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;

export function newApiKey(ids: IdSource): { key: string; hash: string; prefix: string } {
  const key = `ask_${ids.token(40, ALPHABETS.nanoid)}`;
  return { key, hash: sha256Hex(key), prefix: key.slice(0, 12) };
}

/** Stores a new key for the account (or the given one, for the seed); the full key is returned once. */
export function insertApiKey(
  db: Db,
  ids: IdSource,
  accountId: string,
  name: string | null,
  nowIso: string,
  key?: string,
): { id: string; key: string; prefix: string } {
  const made = key ? { key, hash: sha256Hex(key), prefix: key.slice(0, 12) } : newApiKey(ids);
  const id = ids.uuid();
  insertApiKeyRow(db, { id, accountId, hash: made.hash, prefix: made.prefix, name, nowIso });
  return { id, key: made.key, prefix: made.prefix };
}

const SECRET_KEY = 'jwt_secret';

function sessionSecret(db: Db, ids: IdSource): string {
  const existing = metaValue(db, SECRET_KEY);
  if (existing) return existing;
  const secret = ids.hex(32);
  insertMetaValue(db, SECRET_KEY, secret);
  return secret;
}

const b64url = (b: Buffer | string): string => Buffer.from(b).toString('base64url');

export function issueSessionToken(db: Db, ids: IdSource, accountId: string, email: string, now: Date): string {
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const iat = Math.floor(now.getTime() / 1000);
  const payload = b64url(JSON.stringify({ sub: accountId, email, iat, exp: iat + SESSION_TTL_MS / 1000 }));
  const sig = createHmac('sha256', sessionSecret(db, ids)).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${sig}`;
}

/** The account id a valid, unexpired session token names; null otherwise. */
export function verifySessionToken(db: Db, ids: IdSource, token: string, now: Date): string | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const expected = createHmac('sha256', sessionSecret(db, ids)).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2]!, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as { sub?: string; exp?: number };
    if (!claims.sub || !claims.exp || claims.exp * 1000 <= now.getTime()) return null;
    return claims.sub;
  } catch {
    return null;
  }
}
