/**
 * Sign-in codes and magic-link tokens. No real mail leaves for them, so the control plane lists
 * them (routes/control.ts). Expiry is measured on the engine clock, so a test can advance time
 * past it.
 */
import type { Db } from '../../../engine/store.js';
import { ALPHABETS, type IdSource } from '../../../engine/ids.js';
import { insertAuthCode } from '../store/sign-in-codes.js';
import type { AuthCodeRow } from '../tables.js';

/** The real server's lifetimes: 10 minutes for a code, 15 (its default) for a magic link. */
export const CODE_TTL_MS = 10 * 60_000;
export const MAGIC_LINK_TTL_MS = 15 * 60_000;

function insert(db: Db, ids: IdSource, row: Omit<AuthCodeRow, 'id' | 'used_at'>): AuthCodeRow {
  const id = ids.uuid();
  insertAuthCode(db, { ...row, id });
  return { ...row, id, used_at: null };
}

/** A 6-digit code without a leading zero, as the real server draws it (100000-999999). */
export function issueCode(db: Db, ids: IdSource, email: string, name: string, now: Date): AuthCodeRow {
  const code = ids.token(1, '123456789') + ids.token(5, ALPHABETS.digits);
  return insert(db, ids, {
    email: email.toLowerCase(),
    name,
    code,
    kind: 'code',
    expires_at: new Date(now.getTime() + CODE_TTL_MS).toISOString(),
    created_at: now.toISOString(),
  });
}

/** 48 random bytes as hex, the real server's magic-link token. */
export function issueMagicLink(db: Db, ids: IdSource, email: string, now: Date): AuthCodeRow {
  return insert(db, ids, {
    email: email.toLowerCase(),
    name: null,
    code: ids.hex(48),
    kind: 'magic_link',
    expires_at: new Date(now.getTime() + MAGIC_LINK_TTL_MS).toISOString(),
    created_at: now.toISOString(),
  });
}

export const isExpired = (row: AuthCodeRow, now: Date): boolean => Date.parse(row.expires_at) <= now.getTime();
