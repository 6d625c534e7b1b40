/** Agent identities (cm_agents), pending sign-ups (cm_agent_signups) and the replay nonces of signed requests. */
import type { Db } from '../../../engine/store.js';
import type { AgentRow, SignupRow } from '../tables.js';

/** A signed (agent, timestamp) pair is refused again for this long (Commune: 2 minutes). */
export const NONCE_TTL_MS = 2 * 60_000;
/** The ±window a signed request's timestamp must fall in (domain/agent-signature.ts checks it). */
export const TIMESTAMP_TOLERANCE_MS = 60_000;
export const SIGNUP_TTL_MS = 15 * 60_000;

/** An active agent (revoked agents no longer authenticate). */
export function activeAgent(db: Db, agentId: string): AgentRow | undefined {
  return db.prepare<[string], AgentRow>("SELECT * FROM cm_agents WHERE id = ? AND status = 'active'").get(agentId);
}

export function signupByToken(db: Db, token: string): SignupRow | undefined {
  return db.prepare<[string], SignupRow>('SELECT * FROM cm_agent_signups WHERE token = ?').get(token);
}

/** A sign-up that can still be verified: not verified yet and not past its 15 minutes. */
export function openSignup(db: Db, token: string, now: Date): SignupRow | undefined {
  const row = db
    .prepare<[string], SignupRow>('SELECT * FROM cm_agent_signups WHERE token = ? AND verified_at IS NULL')
    .get(token);
  return row && Date.parse(row.expires_at) > now.getTime() ? row : undefined;
}

/** The organisation whose unverified, unexpired sign-up holds this slug (lower-cased), if any. */
export function pendingSignupOrg(db: Db, slugLc: string, nowIso: string): string | undefined {
  return db
    .prepare<[string, string], { org_id: string }>(
      'SELECT org_id FROM cm_agent_signups WHERE lower(org_slug) = ? AND verified_at IS NULL AND expires_at > ?',
    )
    .get(slugLc, nowIso)?.org_id;
}

export function insertSignup(db: Db, s: Omit<SignupRow, 'verified_at'>): void {
  db.prepare(`INSERT INTO cm_agent_signups (token, org_id, agent_name, agent_purpose, org_slug, public_key, profile,
    epoch_marker, expected_word_count, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    s.token,
    s.org_id,
    s.agent_name,
    s.agent_purpose,
    s.org_slug,
    s.public_key,
    s.profile,
    s.epoch_marker,
    s.expected_word_count,
    s.expires_at,
    s.created_at,
  );
}

export function markSignupVerified(db: Db, token: string, nowIso: string): void {
  db.prepare('UPDATE cm_agent_signups SET verified_at = ? WHERE token = ?').run(nowIso, token);
}

export type NewAgent = Omit<AgentRow, 'status' | 'ownership_status' | 'owner_email' | 'claimed_at' | 'last_used_at'>;

export function insertAgent(db: Db, a: NewAgent): void {
  db.prepare(`INSERT INTO cm_agents (id, org_id, agent_name, agent_purpose, public_key, inbox_email, profile,
    created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    a.id,
    a.org_id,
    a.agent_name,
    a.agent_purpose,
    a.public_key,
    a.inbox_email,
    a.profile,
    a.created_at,
  );
}

/** The agent named an owner: its claim is pending. */
export function markAgentPending(db: Db, agentId: string, ownerEmail: string): void {
  db.prepare("UPDATE cm_agents SET owner_email = ?, ownership_status = 'pending' WHERE id = ?").run(
    ownerEmail,
    agentId,
  );
}

/** The owner accepted: the (still active) agent is claimed. */
export function markAgentClaimed(db: Db, agentId: string, ownerEmail: string, nowIso: string): void {
  db.prepare(
    `UPDATE cm_agents SET owner_email = ?, ownership_status = 'claimed', claimed_at = ?
      WHERE id = ? AND status = 'active'`,
  ).run(ownerEmail, nowIso, agentId);
}

/**
 * Commune keeps a nonce 2 minutes from its use. mailsim also keeps it for as long as its timestamp
 * can still pass the ±60 s window, so a request signed up to 60 s ahead cannot be replayed at the
 * very end of that TTL.
 */
function nonceExpiry(timestampMs: number, nowMs: number): number {
  return Math.max(nowMs + NONCE_TTL_MS, timestampMs + TIMESTAMP_TOLERANCE_MS + 1);
}

/**
 * Records that (agent, timestamp) was used; false when it already was within the TTL (a replay).
 * Expired nonces of the agent are dropped first, so the table stays small.
 */
export function claimNonce(db: Db, agent: AgentRow, timestampMs: number, nowMs: number): boolean {
  db.prepare('DELETE FROM cm_agent_nonces WHERE agent_id = ? AND expires_at_ms <= ?').run(agent.id, nowMs);
  const inserted = db
    .prepare(
      'INSERT OR IGNORE INTO cm_agent_nonces (agent_id, timestamp_ms, org_id, expires_at_ms) VALUES (?, ?, ?, ?)',
    )
    .run(agent.id, timestampMs, agent.org_id, nonceExpiry(timestampMs, nowMs));
  return inserted.changes === 1;
}

export function touchAgent(db: Db, agentId: string, now: Date): void {
  db.prepare('UPDATE cm_agents SET last_used_at = ? WHERE id = ?').run(now.toISOString(), agentId);
}
