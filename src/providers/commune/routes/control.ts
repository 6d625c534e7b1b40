/**
 * Control routes for what Commune decides out of band:
 * - `GET /_mailsim/commune/claims?email=&agent_id=`: the ownership-claim tokens it would only have
 *   emailed, each with its link and a ready-to-use accept request;
 * - `GET /_mailsim/commune/signups/:token`: the expected answer to a sign-up challenge (for tests
 *   that do not want to solve it);
 * - `PUT /_mailsim/commune/credits`: set an organisation's credit balance (mailsim sells none).
 */
import type { Handler } from '../../../engine/provider.js';
import { MailsimError } from '../../../engine/errors.js';
import { claimUrl } from '../domain/claims.js';
import type { ClaimRow, SignupRow } from '../tables.js';
import { downloadCommuneAttachment } from '../store/attachments.js';
import { VERIFY_OUTCOMES, type VerifyOutcome } from '../store/domains.js';

const badRequest = (message: string): MailsimError => new MailsimError(400, 'BAD_REQUEST', message, 'validation');
const notFound = (message: string): MailsimError => new MailsimError(404, 'NOT_FOUND', message, 'not_found');

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** `GET /_mailsim/commune/claims?email=&agent_id=&limit=`. */
const listCommuneOwnershipClaims: Handler = (services, { query }) => {
  const email = str(query.email);
  const agentId = str(query.agent_id);
  const limit = query.limit as number;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badRequest('limit must be an integer from 1 to 100');
  const where: string[] = [];
  const args: unknown[] = [];
  if (email) {
    where.push('lower(owner_email) = lower(?)');
    args.push(email);
  }
  if (agentId) {
    where.push('agent_id = ?');
    args.push(agentId);
  }
  const rows = services.store.db.prepare(
    `SELECT * FROM cm_agent_claims ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, rowid DESC LIMIT ?`,
  ).all(...args, limit) as ClaimRow[];
  const nowMs = services.clock.nowMs();
  const base = services.baseUrl();
  const data = rows.map((r) => ({
    token: r.token,
    agentId: r.agent_id,
    orgId: r.org_id,
    ownerEmail: r.owner_email,
    agentName: r.agent_name,
    agentEmail: r.inbox_email,
    status: r.status === 'pending' && Date.parse(r.expires_at) <= nowMs ? 'expired' : r.status,
    claimUrl: claimUrl(r.token),
    expiresAt: r.expires_at,
    acceptedAt: r.accepted_at,
    createdAt: r.created_at,
    accept: { method: 'POST', url: `${base}/v1/auth/claim/${r.token}/accept` },
  }));
  return { status: 200, body: { data } };
};

/** `GET /_mailsim/commune/signups/:token`. */
const getCommuneSignupChallenge: Handler = (services, { params }) => {
  const row = services.store.db.prepare('SELECT * FROM cm_agent_signups WHERE token = ?').get(params.token) as SignupRow | undefined;
  if (!row) throw notFound(`no sign-up ${params.token}`);
  return {
    status: 200,
    body: {
      orgId: row.org_id, orgSlug: row.org_slug, epochMarker: row.epoch_marker, expectedWordCount: row.expected_word_count,
      // Any lower-case verb of 2–30 letters is accepted; this one is as good as any.
      exampleResponse: `handles:${row.expected_word_count}:${row.epoch_marker}`,
      expiresAt: row.expires_at, verifiedAt: row.verified_at,
    },
  };
};

/** `PUT /_mailsim/commune/credits`. */
const setCommuneCredits: Handler = (services, { body }) => {
  const b = (body ?? {}) as Record<string, unknown>;
  const orgId = str(b.org_id);
  if (!orgId) throw badRequest('org_id is required');
  const numbers = ['balance', 'lifetime_credits', 'lifetime_used'].map((k) => b[k] ?? (k === 'balance' ? undefined : 0));
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0)) {
    throw badRequest('balance (required), lifetime_credits and lifetime_used must be numbers >= 0');
  }
  const db = services.store.db;
  if (!db.prepare('SELECT 1 FROM cm_orgs WHERE id = ?').get(orgId)) throw notFound(`no organisation ${orgId}`);
  const [balance, lifetimeCredits, lifetimeUsed] = numbers as number[];
  services.store.tx(() => db.prepare(`INSERT INTO cm_credit_balances (org_id, balance, lifetime_credits, lifetime_used) VALUES (?, ?, ?, ?)
    ON CONFLICT (org_id) DO UPDATE SET balance = excluded.balance, lifetime_credits = excluded.lifetime_credits, lifetime_used = excluded.lifetime_used`)
    .run(orgId, balance, lifetimeCredits, lifetimeUsed));
  return { status: 200, body: { org_id: orgId, balance, lifetime_credits: lifetimeCredits, lifetime_used: lifetimeUsed } };
};

export const agentControlHandlers: Record<string, Handler> = { listCommuneOwnershipClaims, getCommuneSignupChallenge, setCommuneCredits };

/**
 * Control-plane operations of Commune mail: how the next POST /v1/domains/:id/verify ends
 * (`POST /_mailsim/commune/domains/:id/verification {"outcome": "verified"|"pending"|"failed"}`),
 * and attachment downloads through signed URLs.
 */

const setCommuneDomainVerification: Handler = (services, { params, body }) => {
  const outcome = (body ?? {}).outcome as VerifyOutcome;
  if (!VERIFY_OUTCOMES.includes(outcome)) return { status: 400, body: { error: `outcome must be one of ${VERIFY_OUTCOMES.join(', ')}` } };
  const changed = services.store.tx(() => services.store.db.prepare('UPDATE cm_domains SET verify_outcome = ? WHERE id = ? AND org_id IS NOT NULL').run(outcome, params.id).changes);
  if (!changed) return { status: 404, body: { error: 'Domain not found' } };
  return { status: 200, body: { id: params.id, outcome } };
};

export const mailControlHandlers: Record<string, Handler> = { setCommuneDomainVerification, downloadCommuneAttachment };
