/** SQL for organisations, users, sessions, the waitlist and request counts. */
import type { Db } from '../../../engine/store.js';
import type { OrgRow, SessionRow, UserRow } from '../tables.js';

export function getOrg(db: Db, id: string): OrgRow | undefined {
  return db.prepare<unknown[], OrgRow>('SELECT * FROM gt_orgs WHERE id = ?').get(id);
}

export function insertOrg(db: Db, o: OrgRow): void {
  db.prepare('INSERT INTO gt_orgs (id, name, plan, created_at) VALUES (?, ?, ?, ?)').run(
    o.id,
    o.name,
    o.plan,
    o.created_at,
  );
}

export function findUserByEmail(db: Db, email: string): UserRow | undefined {
  return db.prepare<unknown[], UserRow>('SELECT * FROM gt_users WHERE email = ?').get(email.toLowerCase());
}

export function getUser(db: Db, id: string): UserRow | undefined {
  return db.prepare<unknown[], UserRow>('SELECT * FROM gt_users WHERE id = ?').get(id);
}

export function insertUser(db: Db, u: UserRow): void {
  db.prepare(
    `INSERT INTO gt_users (id, org_id, email, name, password_salt, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?,
      ?)`,
  ).run(u.id, u.org_id, u.email.toLowerCase(), u.name, u.password_salt, u.password_hash, u.created_at);
}

export function insertSession(db: Db, s: Omit<SessionRow, 'revoked_at'>): void {
  db.prepare('INSERT INTO gt_sessions (id, org_id, user_id, created_at) VALUES (?, ?, ?, ?)').run(
    s.id,
    s.org_id,
    s.user_id,
    s.created_at,
  );
}

export function getSession(db: Db, id: string): SessionRow | undefined {
  return db.prepare<unknown[], SessionRow>('SELECT * FROM gt_sessions WHERE id = ?').get(id);
}

export function revokeSession(db: Db, id: string, nowIso: string): void {
  db.prepare('UPDATE gt_sessions SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?').run(nowIso, id);
}

/** Adds the address once; answers whether it was new (never shown to the caller). */
export function addToWaitlist(db: Db, email: string, nowIso: string): boolean {
  return (
    db.prepare('INSERT OR IGNORE INTO gt_waitlist (email, created_at) VALUES (?, ?)').run(email.toLowerCase(), nowIso)
      .changes > 0
  );
}

export function countApiRequest(db: Db, orgId: string, period: string): void {
  db.prepare(`INSERT INTO gt_usage (org_id, period, api_requests) VALUES (?, ?, 1)
    ON CONFLICT (org_id, period) DO UPDATE SET api_requests = api_requests + 1`).run(orgId, period);
}

export function apiRequests(db: Db, orgId: string, period: string): number {
  const row = db
    .prepare<unknown[], { api_requests: number }>('SELECT api_requests FROM gt_usage WHERE org_id = ? AND period = ?')
    .get(orgId, period);
  return row?.api_requests ?? 0;
}
