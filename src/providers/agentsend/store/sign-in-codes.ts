/** as_auth_codes: sign-in codes and magic-link tokens (domain/sign-in-codes.ts issues them). */
import type { Db } from '../../../engine/store.js';
import type { AuthCodeRow } from '../tables.js';

export function insertAuthCode(db: Db, row: Omit<AuthCodeRow, 'used_at'>): void {
  db.prepare(
    'INSERT INTO as_auth_codes (id, email, name, code, kind, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(row.id, row.email, row.name, row.code, row.kind, row.expires_at, row.created_at);
}

/** The newest code requested for `email`: a new request replaces the previous one. */
export function latestCode(db: Db, email: string): AuthCodeRow | undefined {
  return db
    .prepare<[string], AuthCodeRow>(
      "SELECT * FROM as_auth_codes WHERE email = ? AND kind = 'code' ORDER BY created_at DESC, rowid DESC LIMIT 1",
    )
    .get(email.toLowerCase());
}

export function findMagicLink(db: Db, token: string): AuthCodeRow | undefined {
  return db
    .prepare<[string], AuthCodeRow>("SELECT * FROM as_auth_codes WHERE code = ? AND kind = 'magic_link'")
    .get(token);
}

export function markUsed(db: Db, id: string, now: Date): void {
  db.prepare('UPDATE as_auth_codes SET used_at = ? WHERE id = ?').run(now.toISOString(), id);
}

/** Newest first; all emails when `email` is not given. */
export function listCodes(db: Db, email: string | null, limit: number): AuthCodeRow[] {
  if (email) {
    return db
      .prepare<[string, number], AuthCodeRow>(`SELECT * FROM as_auth_codes WHERE email = ?
        ORDER BY created_at DESC, rowid DESC LIMIT ?`)
      .all(email.toLowerCase(), limit);
  }
  return db
    .prepare<[number], AuthCodeRow>('SELECT * FROM as_auth_codes ORDER BY created_at DESC, rowid DESC LIMIT ?')
    .all(limit);
}
