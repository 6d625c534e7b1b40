/** cm_agent_claims: ownership claims, each with its 64-hex token. */
import type { Db } from '../../../engine/store.js';
import type { ClaimRow } from '../tables.js';

export function pendingClaim(db: Db, token: string): ClaimRow | undefined {
  return db
    .prepare<[string], ClaimRow>("SELECT * FROM cm_agent_claims WHERE token = ? AND status = 'pending'")
    .get(token);
}

/** When the agent's latest pending claim was made (the cooldown runs from it). */
export function latestPendingClaimAt(db: Db, agentId: string): string | undefined {
  return db
    .prepare<[string], Pick<ClaimRow, 'created_at'>>(
      `SELECT created_at FROM cm_agent_claims WHERE agent_id = ? AND status = 'pending'
        ORDER BY created_at DESC LIMIT 1`,
    )
    .get(agentId)?.created_at;
}

export function insertClaim(db: Db, c: Omit<ClaimRow, 'status' | 'accepted_at'>): void {
  db.prepare(`INSERT INTO cm_agent_claims (token, org_id, agent_id, owner_email, agent_name, agent_purpose, inbox_email,
    expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    c.token,
    c.org_id,
    c.agent_id,
    c.owner_email,
    c.agent_name,
    c.agent_purpose,
    c.inbox_email,
    c.expires_at,
    c.created_at,
  );
}

export function markClaimAccepted(db: Db, token: string, nowIso: string): void {
  db.prepare("UPDATE cm_agent_claims SET status = 'accepted', accepted_at = ? WHERE token = ?").run(nowIso, token);
}

/** Claims newest first, optionally for one owner email (any case) and one agent. */
export function listClaims(
  db: Db,
  f: {
    email?: string | undefined;
    agentId?: string | undefined;
    limit: number;
  },
): ClaimRow[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (f.email) {
    where.push('lower(owner_email) = lower(?)');
    args.push(f.email);
  }
  if (f.agentId) {
    where.push('agent_id = ?');
    args.push(f.agentId);
  }
  return db
    .prepare<(string | number)[], ClaimRow>(
      `SELECT * FROM cm_agent_claims ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY created_at DESC, rowid DESC LIMIT ?`,
    )
    .all(...args, f.limit);
}
