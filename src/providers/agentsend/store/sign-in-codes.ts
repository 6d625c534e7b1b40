/**
 * Sign-in codes and magic-link tokens (table as_auth_codes). No real mail leaves for them, so the
 * control plane lists them (auth-control.ts). Expiry is measured on the engine clock, so a test
 * can advance time past it.
 */
import type { Db } from '../../../engine/store.js';
import { ALPHABETS, type IdSource } from '../../../engine/ids.js';

/** The real server's lifetimes: 10 minutes for a code, 15 (its default) for a magic link. */
export const CODE_TTL_MS = 10 * 60_000;
export const MAGIC_LINK_TTL_MS = 15 * 60_000;

export type AuthCodeKind = 'code' | 'magic_link';

export interface AuthCodeRow {
  id: string;
  email: string;
  name: string | null;
  code: string;
  kind: AuthCodeKind;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

function insert(db: Db, ids: IdSource, row: Omit<AuthCodeRow, 'id' | 'used_at'>): AuthCodeRow {
  const id = ids.uuid();
  db.prepare('INSERT INTO as_auth_codes (id, email, name, code, kind, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, row.email, row.name, row.code, row.kind, row.expires_at, row.created_at);
  return { ...row, id, used_at: null };
}

/** A 6-digit code without a leading zero, as the real server draws it (100000-999999). */
export function issueCode(db: Db, ids: IdSource, email: string, name: string, now: Date): AuthCodeRow {
  const code = ids.token(1, '123456789') + ids.token(5, ALPHABETS.digits);
  return insert(db, ids, { email: email.toLowerCase(), name, code, kind: 'code', expires_at: new Date(now.getTime() + CODE_TTL_MS).toISOString(), created_at: now.toISOString() });
}

/** 48 random bytes as hex, the real server's magic-link token. */
export function issueMagicLink(db: Db, ids: IdSource, email: string, now: Date): AuthCodeRow {
  return insert(db, ids, { email: email.toLowerCase(), name: null, code: ids.hex(48), kind: 'magic_link', expires_at: new Date(now.getTime() + MAGIC_LINK_TTL_MS).toISOString(), created_at: now.toISOString() });
}

/** The newest code requested for `email`: a new request replaces the previous one. */
export function latestCode(db: Db, email: string): AuthCodeRow | undefined {
  return db.prepare("SELECT * FROM as_auth_codes WHERE email = ? AND kind = 'code' ORDER BY created_at DESC, rowid DESC LIMIT 1").get(email.toLowerCase()) as AuthCodeRow | undefined;
}

export function findMagicLink(db: Db, token: string): AuthCodeRow | undefined {
  return db.prepare("SELECT * FROM as_auth_codes WHERE code = ? AND kind = 'magic_link'").get(token) as AuthCodeRow | undefined;
}

export function markUsed(db: Db, id: string, now: Date): void {
  db.prepare('UPDATE as_auth_codes SET used_at = ? WHERE id = ?').run(now.toISOString(), id);
}

export const isExpired = (row: AuthCodeRow, now: Date): boolean => Date.parse(row.expires_at) <= now.getTime();

/** Newest first; all emails when `email` is not given. */
export function listCodes(db: Db, email: string | null, limit: number): AuthCodeRow[] {
  if (email) return db.prepare('SELECT * FROM as_auth_codes WHERE email = ? ORDER BY created_at DESC, rowid DESC LIMIT ?').all(email.toLowerCase(), limit) as AuthCodeRow[];
  return db.prepare('SELECT * FROM as_auth_codes ORDER BY created_at DESC, rowid DESC LIMIT ?').all(limit) as AuthCodeRow[];
}
