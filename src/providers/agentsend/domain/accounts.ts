/**
 * Account creation and look-up shared by every way in: signup, verify-code, magic links and
 * device auto-provisioning. New accounts get the real server's defaults: plan "free" and an
 * (unenforced) account dailySendLimit of 100. Emails are stored lowercased, as the real server
 * normalises them, so look-ups are case-insensitive.
 */
import type { Db } from '../../../engine/store.js';
import type { IdSource } from '../../../engine/ids.js';
import { SESSION_TTL_MS, issueSessionToken } from '../auth.js';
import type { AccountRow } from '../tables.js';

export const NEW_ACCOUNT_PLAN = 'free';
export const NEW_ACCOUNT_DAILY_SEND_LIMIT = 100;

export function findAccountByEmail(db: Db, email: string): AccountRow | undefined {
  return db.prepare('SELECT * FROM as_accounts WHERE email = ?').get(email.toLowerCase()) as AccountRow | undefined;
}

export function findAccountById(db: Db, id: string): AccountRow | undefined {
  return db.prepare('SELECT * FROM as_accounts WHERE id = ?').get(id) as AccountRow | undefined;
}

/** Inserts a new account; the caller has checked that the email is free. */
export function createAccount(db: Db, ids: IdSource, input: { email: string; name: string }, now: Date): AccountRow {
  const id = ids.uuid();
  const at = now.toISOString();
  db.prepare('INSERT INTO as_accounts (id, name, email, plan, daily_send_limit, is_verified, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)')
    .run(id, input.name, input.email.toLowerCase(), NEW_ACCOUNT_PLAN, NEW_ACCOUNT_DAILY_SEND_LIMIT, at, at);
  return findAccountById(db, id)!;
}

/** The sign-in flows (code, magic link) reuse an existing account and create one otherwise. */
export function findOrCreateAccount(db: Db, ids: IdSource, input: { email: string; name: string }, now: Date): { account: AccountRow; created: boolean } {
  const existing = findAccountByEmail(db, input.email);
  if (existing) return { account: existing, created: false };
  return { account: createAccount(db, ids, input, now), created: true };
}

/** `name` is a plain string in the contract; accounts made here always have one. */
export function sessionAccountJson(a: AccountRow) {
  return { id: a.id, name: a.name ?? '', email: a.email, plan: a.plan };
}

export function accountJson(a: AccountRow) {
  return { id: a.id, name: a.name ?? '', email: a.email, plan: a.plan, dailySendLimit: a.daily_send_limit, isVerified: a.is_verified === 1 };
}

/** The body and cookie of a successful sign-in: the session token works as a Bearer credential. */
export function sessionResult(db: Db, ids: IdSource, account: AccountRow, now: Date): { body: { account: ReturnType<typeof sessionAccountJson>; token: string }; headers: Record<string, string> } {
  const token = issueSessionToken(db, ids, account.id, account.email, now);
  const cookie = `agentsend_token=${token}; Path=/; Max-Age=${SESSION_TTL_MS / 1000}; HttpOnly; SameSite=Lax`;
  return { body: { account: sessionAccountJson(account), token }, headers: { 'Set-Cookie': cookie } };
}
