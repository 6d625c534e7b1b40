/**
 * Account creation shared by every way in: signup, verify-code, magic links and device
 * auto-provisioning. New accounts get the real server's defaults: plan "free" and an (unenforced)
 * account dailySendLimit of 100. Emails are stored lower-cased, so look-ups are case-insensitive.
 */
import type { Db } from '../../../engine/store.js';
import type { IdSource } from '../../../engine/ids.js';
import { SESSION_TTL_MS, issueSessionToken } from './credentials.js';
import { findAccountByEmail, findAccountById, insertAccount } from '../store/accounts.js';
import type { AccountRow } from '../tables.js';
import { sessionAccountJson } from '../wire.js';

export const NEW_ACCOUNT_PLAN = 'free';
export const NEW_ACCOUNT_DAILY_SEND_LIMIT = 100;

/** Inserts a new account; the caller has checked that the email is free. */
export function createAccount(db: Db, ids: IdSource, input: { email: string; name: string }, now: Date): AccountRow {
  const id = ids.uuid();
  insertAccount(db, {
    id,
    name: input.name,
    email: input.email.toLowerCase(),
    plan: NEW_ACCOUNT_PLAN,
    dailySendLimit: NEW_ACCOUNT_DAILY_SEND_LIMIT,
    isVerified: false,
    nowIso: now.toISOString(),
  });
  return findAccountById(db, id)!;
}

/** The sign-in flows (code, magic link) reuse an existing account and create one otherwise. */
export function findOrCreateAccount(
  db: Db,
  ids: IdSource,
  input: { email: string; name: string },
  now: Date,
): { account: AccountRow; created: boolean } {
  const existing = findAccountByEmail(db, input.email);
  if (existing) return { account: existing, created: false };
  return { account: createAccount(db, ids, input, now), created: true };
}

/** The body and cookie of a successful sign-in: the session token works as a Bearer credential. */
export function sessionResult(
  db: Db,
  ids: IdSource,
  account: AccountRow,
  now: Date,
): { body: { account: ReturnType<typeof sessionAccountJson>; token: string }; headers: Record<string, string> } {
  const token = issueSessionToken(db, ids, account.id, account.email, now);
  const cookie = `agentsend_token=${token}; Path=/; Max-Age=${SESSION_TTL_MS / 1000}; HttpOnly; SameSite=Lax`;
  return { body: { account: sessionAccountJson(account), token }, headers: { 'Set-Cookie': cookie } };
}
