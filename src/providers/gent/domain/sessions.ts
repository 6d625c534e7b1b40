/**
 * Session tokens (user auth): HS256 JWTs for access (15 min) and refresh (30 days) on the engine
 * clock, both tied to a session row so logout ends them at once; and password hashing (scrypt).
 */
import { createHmac, scryptSync, timingSafeEqual } from 'node:crypto';
import type { IdSource } from '../../../engine/ids.js';
import type { Db } from '../../../engine/store.js';
import { ACCESS_TOKEN_TTL_MS, REFRESH_TOKEN_TTL_MS } from '../policies.js';
import { storedSecret } from '../store/meta.js';

export type TokenUse = 'access' | 'refresh';

export interface SessionClaims {
  sub: string;
  org: string;
  sid: string;
  typ: TokenUse;
  iat: number;
  exp: number;
}

const b64url = (b: Buffer | string): string => Buffer.from(b).toString('base64url');

const secret = (db: Db, ids: IdSource): string => storedSecret(db, ids, 'jwt_secret');

export function issueToken(
  db: Db,
  ids: IdSource,
  o: { userId: string; orgId: string; sessionId: string; use: TokenUse; nowMs: number },
): string {
  const iat = Math.floor(o.nowMs / 1000);
  const ttl = o.use === 'access' ? ACCESS_TOKEN_TTL_MS : REFRESH_TOKEN_TTL_MS;
  const claims: SessionClaims = {
    sub: o.userId,
    org: o.orgId,
    sid: o.sessionId,
    typ: o.use,
    iat,
    exp: iat + ttl / 1000,
  };
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = b64url(JSON.stringify(claims));
  const sig = createHmac('sha256', secret(db, ids)).update(`${head}.${payload}`).digest('base64url');
  return `${head}.${payload}.${sig}`;
}

/** The claims of a well-signed, unexpired token of the given use; null otherwise. */
export function verifyToken(db: Db, ids: IdSource, token: string, use: TokenUse, nowMs: number): SessionClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const expected = createHmac('sha256', secret(db, ids)).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2]!, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as Partial<SessionClaims>;
    if (
      claims.typ !== use ||
      typeof claims.sub !== 'string' ||
      typeof claims.sid !== 'string' ||
      typeof claims.org !== 'string'
    )
      return null;
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= nowMs) return null;
    return claims as SessionClaims;
  } catch {
    return null;
  }
}

/** A cheap scrypt (an emulator holds no real secrets, and tests log in often). */
export function hashPassword(password: string, salt: string): string {
  return scryptSync(password, salt, 32, { N: 1024, r: 8, p: 1 }).toString('hex');
}

export function passwordMatches(password: string, salt: string, hash: string): boolean {
  const given = Buffer.from(hashPassword(password, salt), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
