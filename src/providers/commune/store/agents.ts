/** Agent identities, pending sign-ups and the replay nonces of signed requests. */
import type { Db } from '../../../engine/store.js';
import type { AgentRow, SignupRow } from '../tables.js';

/** A signed (agent, timestamp) pair is refused again for this long (Commune: 2 minutes). */
export const NONCE_TTL_MS = 2 * 60_000;
/** The ±window a signed request's timestamp must fall in (agent-auth.ts checks it). */
export const TIMESTAMP_TOLERANCE_MS = 60_000;
export const SIGNUP_TTL_MS = 15 * 60_000;

/** An active agent (revoked agents no longer authenticate). */
export function activeAgent(db: Db, agentId: string): AgentRow | undefined {
  return db.prepare("SELECT * FROM cm_agents WHERE id = ? AND status = 'active'").get(agentId) as AgentRow | undefined;
}

/** A sign-up that can still be verified: not verified yet and not past its 15 minutes. */
export function openSignup(db: Db, token: string, now: Date): SignupRow | undefined {
  const row = db.prepare('SELECT * FROM cm_agent_signups WHERE token = ? AND verified_at IS NULL').get(token) as SignupRow | undefined;
  return row && Date.parse(row.expires_at) > now.getTime() ? row : undefined;
}

/**
 * Records that (agent, timestamp) was used; false when it already was within the TTL (a replay).
 * Expired nonces of the agent are dropped first, so the table stays small.
 */
/**
 * Commune keeps a nonce 2 minutes from its use. mailsim also keeps it for as long as its timestamp
 * can still pass the ±60 s window, so a request signed up to 60 s ahead cannot be replayed at the
 * very end of that TTL.
 */
function nonceExpiry(timestampMs: number, nowMs: number): number {
  return Math.max(nowMs + NONCE_TTL_MS, timestampMs + TIMESTAMP_TOLERANCE_MS + 1);
}

export function claimNonce(db: Db, agent: AgentRow, timestampMs: number, nowMs: number): boolean {
  db.prepare('DELETE FROM cm_agent_nonces WHERE agent_id = ? AND expires_at_ms <= ?').run(agent.id, nowMs);
  const inserted = db.prepare('INSERT OR IGNORE INTO cm_agent_nonces (agent_id, timestamp_ms, org_id, expires_at_ms) VALUES (?, ?, ?, ?)')
    .run(agent.id, timestampMs, agent.org_id, nonceExpiry(timestampMs, nowMs));
  return inserted.changes === 1;
}

export function touchAgent(db: Db, agentId: string, now: Date): void {
  db.prepare('UPDATE cm_agents SET last_used_at = ? WHERE id = ?').run(now.toISOString(), agentId);
}

export function slugTaken(db: Db, slug: string): boolean {
  return db.prepare('SELECT 1 FROM cm_orgs WHERE slug = ?').get(slug) !== undefined;
}
