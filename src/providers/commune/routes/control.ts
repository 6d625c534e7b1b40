/**
 * Commune's control-plane operations (contracts/commune.control.yaml), for what Commune decides
 * out of band:
 * - `GET /_mailsim/commune/claims?email=&agent_id=`: the ownership-claim tokens it would only have
 *   emailed, each with its link and a ready-to-use accept request;
 * - `GET /_mailsim/commune/signups/:token`: the expected answer to a sign-up challenge (for tests
 *   that do not want to solve it);
 * - `PUT /_mailsim/commune/credits`: set an organisation's credit balance (mailsim sells none);
 * - `POST /_mailsim/commune/domains/:id/verification {"outcome": "verified"|"pending"|"failed"}`:
 *   how the next POST /v1/domains/:id/verify ends;
 * - attachment downloads through the signed URLs `GET /v1/attachments/{id}/url` hands out;
 * - delivery, bounce and complaint of a sent message (domain/simulation.ts).
 */
import { downloadHandler } from '../../../engine/downloads.js';
import { MailsimError } from '../../../engine/errors.js';
import type { Handler, HandlerResult, Principal } from '../../../engine/provider.js';
import { str } from '../../shared/query.js';
import type { CommuneControlHandler, CommuneControlHandlers } from '../auth.js';
import { ATTACHMENT_DOWNLOADS } from '../domain/attachments.js';
import { claimUrl } from '../domain/claims.js';
import { VERIFY_OUTCOMES } from '../domain/domains.js';
import { applyOutcome, type Outcome, type OutcomeInput, type OutcomeResult } from '../domain/simulation.js';
import { setCreditBalance } from '../store/account.js';
import { signupByToken } from '../store/agents.js';
import { listClaims } from '../store/claims.js';
import { setVerifyOverride } from '../store/domains.js';
import { orgExists } from '../store/orgs.js';
import { suppressionJson } from '../wire.js';

const badRequest = (message: string): MailsimError => new MailsimError(400, 'BAD_REQUEST', message, 'validation');
const notFound = (message: string): MailsimError => new MailsimError(404, 'NOT_FOUND', message, 'not_found');

/** `GET /_mailsim/commune/claims?email=&agent_id=&limit=`. */
const listCommuneOwnershipClaims: CommuneControlHandler<'listCommuneOwnershipClaims'> = (services, { query }) => {
  const limit = query.limit;
  if (limit === undefined || !Number.isInteger(limit) || limit < 1 || limit > 100)
    throw badRequest('limit must be an integer from 1 to 100');
  const rows = listClaims(services.store.db, { email: str(query.email), agentId: str(query.agent_id), limit });
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
const getCommuneSignupChallenge: CommuneControlHandler<'getCommuneSignupChallenge'> = (services, { params }) => {
  const row = signupByToken(services.store.db, params.token);
  if (!row) throw notFound(`no sign-up ${params.token}`);
  return {
    status: 200,
    body: {
      orgId: row.org_id,
      orgSlug: row.org_slug,
      epochMarker: row.epoch_marker,
      expectedWordCount: row.expected_word_count,
      // Any lower-case verb of 2–30 letters is accepted; this one is as good as any.
      exampleResponse: `handles:${row.expected_word_count}:${row.epoch_marker}`,
      expiresAt: row.expires_at,
      verifiedAt: row.verified_at,
    },
  };
};

const nonNegative = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/** `PUT /_mailsim/commune/credits`. */
const setCommuneCredits: CommuneControlHandler<'setCommuneCredits'> = (services, { body }) => {
  const orgId = str(body.org_id);
  if (!orgId) throw badRequest('org_id is required');
  const { balance, lifetime_credits: lifetimeCredits = 0, lifetime_used: lifetimeUsed = 0 } = body;
  if (!nonNegative(balance) || !nonNegative(lifetimeCredits) || !nonNegative(lifetimeUsed)) {
    throw badRequest('balance (required), lifetime_credits and lifetime_used must be numbers >= 0');
  }
  const db = services.store.db;
  if (!orgExists(db, orgId)) throw notFound(`no organisation ${orgId}`);
  services.store.tx(() =>
    setCreditBalance(db, orgId, {
      balance,
      lifetime_credits: lifetimeCredits,
      lifetime_used: lifetimeUsed,
    }),
  );
  return {
    status: 200,
    body: { org_id: orgId, balance, lifetime_credits: lifetimeCredits, lifetime_used: lifetimeUsed },
  };
};

/** `POST /_mailsim/commune/domains/:id/verification`. */
const setCommuneDomainVerification: CommuneControlHandler<'setCommuneDomainVerification'> = (
  services,
  { params, body },
) => {
  const outcome = VERIFY_OUTCOMES.find((o) => o === body.outcome);
  if (!outcome) return { status: 400, body: { error: `outcome must be one of ${VERIFY_OUTCOMES.join(', ')}` } };
  const changed = services.store.tx(() => setVerifyOverride(services.store.db, params.id, outcome));
  if (!changed) return { status: 404, body: { error: 'Domain not found' } };
  return { status: 200, body: { id: params.id, outcome } };
};

function outcomeResult(out: OutcomeResult): HandlerResult {
  if (!out.ok) return { status: out.status, body: { error: out.message } };
  const m = out.message;
  return {
    status: 200,
    body: {
      event: out.event,
      message_id: m.message_id,
      commune_message_id: m.commune_id,
      delivery_status: m.delivery_status,
      suppressions: out.suppressions.map(suppressionJson),
    },
  };
}

/** `POST /_mailsim/commune/messages/:id/deliver|bounce|complain`. */
const byHand =
  (
    outcome: Outcome,
  ): Handler<
    Principal,
    {
      params: {
        id: string;
      };
      query: object;
      body: OutcomeInput | undefined;
    }
  > =>
  (services, { params, body }) =>
    outcomeResult(applyOutcome(services, params.id, outcome, body ?? {}));

export const controlHandlers = {
  listCommuneOwnershipClaims,
  getCommuneSignupChallenge,
  setCommuneCredits,
  setCommuneDomainVerification,
  downloadCommuneAttachment: downloadHandler(ATTACHMENT_DOWNLOADS),
  deliverCommuneMessage: byHand('deliver'),
  bounceCommuneMessage: byHand('bounce'),
  complainCommuneMessage: byHand('complain'),
} satisfies CommuneControlHandlers;
