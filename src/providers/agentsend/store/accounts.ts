/** as_accounts. Emails are stored lower-cased, as the real server normalises them. */
import type { Db } from '../../../engine/store.js';
import type { AccountRow } from '../tables.js';

export function findAccountByEmail(db: Db, email: string): AccountRow | undefined {
  return db.prepare<[string], AccountRow>('SELECT * FROM as_accounts WHERE email = ?').get(email.toLowerCase());
}

export function findAccountById(db: Db, id: string): AccountRow | undefined {
  return db.prepare<[string], AccountRow>('SELECT * FROM as_accounts WHERE id = ?').get(id);
}

export interface NewAccount {
  id: string;
  name: string;
  email: string;
  plan: string;
  dailySendLimit: number;
  isVerified: boolean;
  nowIso: string;
}

export function insertAccount(db: Db, a: NewAccount): void {
  db.prepare(`INSERT INTO as_accounts (id, name, email, plan, daily_send_limit, is_verified, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    a.id,
    a.name,
    a.email,
    a.plan,
    a.dailySendLimit,
    a.isVerified ? 1 : 0,
    a.nowIso,
    a.nowIso,
  );
}
