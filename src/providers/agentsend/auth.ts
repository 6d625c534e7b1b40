/**
 * AgentSend authentication: `Authorization: Bearer <key>` first, then `x-api-key`. A credential
 * starting with `ask_` is an API key (looked up by SHA-256); anything else is a session token
 * (HS256 JWT, 7 days), as issued by signup, verify-code and magic links.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Db } from '../../engine/store.js';
import type { EngineServices, Principal } from '../../engine/provider.js';
import { ALPHABETS, sha256Hex, type IdSource } from '../../engine/ids.js';
import type { AccountRow, ApiKeyRow } from './tables.js';

export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;
const LAST_USED_GRANULARITY_MS = 60_000;

/**
 * SHA-256 of a presented key, remembered for the few keys a client keeps sending: hashing on every
 * request was a measurable share of a GET. Bounded, and holds hashes only (never a verdict), so a
 * revoked key is still refused at once by the lookup.
 */
const hashes = new Map<string, string>();
function keyHash(credential: string): string {
  let h = hashes.get(credential);
  if (h === undefined) {
    if (hashes.size >= 1000) hashes.clear();
    h = sha256Hex(credential);
    hashes.set(credential, h);
  }
  return h;
}

export function credentialFrom(headers: IncomingHttpHeaders): string | null {
  const auth = headers.authorization;
  if (typeof auth === 'string' && auth.toLowerCase().startsWith('bearer ')) {
    const token = auth.slice(7).trim();
    if (token) return token;
  }
  const key = headers['x-api-key'];
  return typeof key === 'string' && key ? key : null;
}

export function newApiKey(ids: IdSource): { key: string; hash: string; prefix: string } {
  const key = `ask_${ids.token(40, ALPHABETS.nanoid)}`;
  return { key, hash: sha256Hex(key), prefix: key.slice(0, 12) };
}

export function insertApiKey(db: Db, ids: IdSource, accountId: string, name: string | null, nowIso: string, key?: string): { id: string; key: string; prefix: string } {
  const made = key ? { key, hash: sha256Hex(key), prefix: key.slice(0, 12) } : newApiKey(ids);
  const id = ids.uuid();
  db.prepare('INSERT INTO as_api_keys (id, account_id, key_hash, key_prefix, name, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, accountId, made.hash, made.prefix, name, nowIso);
  return { id, key: made.key, prefix: made.prefix };
}

function sessionSecret(db: Db, ids: IdSource): string {
  const row = db.prepare("SELECT value FROM as_meta WHERE key = 'jwt_secret'").get() as { value: string } | undefined;
  if (row) return row.value;
  const secret = ids.hex(32);
  db.prepare("INSERT INTO as_meta (key, value) VALUES ('jwt_secret', ?)").run(secret);
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

function verifySessionToken(db: Db, ids: IdSource, token: string, now: Date): string | null {
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

export function authenticate(services: EngineServices, headers: IncomingHttpHeaders, now: Date): Principal | null {
  const credential = credentialFrom(headers);
  if (!credential) return null;
  const db = services.store.db;
  if (credential.startsWith('ask_')) {
    const key = db.prepare('SELECT k.*, a.plan FROM as_api_keys k JOIN as_accounts a ON a.id = k.account_id WHERE k.key_hash = ?').get(keyHash(credential)) as (ApiKeyRow & { plan: string }) | undefined;
    if (!key || key.revoked_at) return null;
    if (key.expires_at && Date.parse(key.expires_at) <= now.getTime()) return null;
    // Record use, but at most once a minute per key so reads stay read-only on the hot path.
    if (!key.last_used_at || now.getTime() - Date.parse(key.last_used_at) >= LAST_USED_GRANULARITY_MS) {
      db.prepare('UPDATE as_api_keys SET last_used_at = ? WHERE id = ?').run(now.toISOString(), key.id);
    }
    return { tenant: key.account_id, credentialId: key.id, plan: key.plan };
  }
  const accountId = verifySessionToken(db, services.ids, credential, now);
  if (!accountId) return null;
  const account = db.prepare('SELECT * FROM as_accounts WHERE id = ?').get(accountId) as AccountRow | undefined;
  return account ? { tenant: account.id, credentialId: `session:${account.id}`, plan: account.plan } : null;
}
