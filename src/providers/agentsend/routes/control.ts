/**
 * AgentSend's control-plane operations (contracts/agentsend.control.yaml), for what the real
 * service decides out of band:
 * - the sign-in codes and magic links it would have e-mailed (no real mail leaves for them, so
 *   this is how a user reads them), each with a ready-to-use verify request;
 * - the outcome of a domain's DNS check (domain/domain-verification.ts);
 * - attachment downloads through the signed URLs `GET /attachments/{id}` hands out;
 * - delivery, bounce and complaint of a sent message (domain/simulation.ts).
 */
import { downloadHandler } from '../../../engine/downloads.js';
import { MailsimError } from '../../../engine/errors.js';
import type { EngineServices, Handler, HandlerResult, Principal } from '../../../engine/provider.js';
import type { AgentSendControlHandler, AgentSendControlHandlers } from '../auth.js';
import { ATTACHMENT_DOWNLOADS } from '../domain/attachments.js';
import { OUTCOMES, isOutcome, outcomeFor, setOverride } from '../domain/domain-verification.js';
import { isExpired } from '../domain/sign-in-codes.js';
import { applyOutcome, type Outcome, type OutcomeInput, type OutcomeResult } from '../domain/simulation.js';
import { domainById } from '../store/domains.js';
import { listCodes } from '../store/sign-in-codes.js';
import type { AuthCodeRow } from '../tables.js';
import { inboxJson, messageJson } from '../wire.js';

const badRequest = (message: string): MailsimError => new MailsimError(400, 'BAD_REQUEST', message, 'validation');

function codeStatus(
  row: AuthCodeRow,
  now: Date,
  newestCodeId: Map<string, string>,
): 'active' | 'used' | 'expired' | 'superseded' {
  if (row.used_at) return 'used';
  if (isExpired(row, now)) return 'expired';
  // Only the newest code of an email is checked by /auth/verify-code.
  if (row.kind === 'code' && newestCodeId.get(row.email) !== row.id) return 'superseded';
  return 'active';
}

/** `GET /_mailsim/agentsend/auth/codes`. */
const listAgentSendSignInCodes: AgentSendControlHandler<'listAgentSendSignInCodes'> = (services, { query }) => {
  const email = query.email || null;
  const limit = query.limit;
  if (limit === undefined || !Number.isInteger(limit) || limit < 1 || limit > 100)
    throw badRequest('limit must be an integer from 1 to 100');
  const rows = listCodes(services.store.db, email, limit);
  const now = services.clock.now();
  const newestCodeId = new Map<string, string>();
  for (const r of rows) if (r.kind === 'code' && !newestCodeId.has(r.email)) newestCodeId.set(r.email, r.id);
  const base = services.baseUrl();
  const data = rows.map((r) => ({
    kind: r.kind,
    email: r.email,
    ...(r.kind === 'code' ? { code: r.code } : { token: r.code }),
    status: codeStatus(r, now, newestCodeId),
    expiresAt: r.expires_at,
    usedAt: r.used_at,
    createdAt: r.created_at,
    verify:
      r.kind === 'code'
        ? { method: 'POST', url: `${base}/auth/verify-code`, body: { email: r.email, code: r.code } }
        : { method: 'GET', url: `${base}/auth/verify?token=${r.code}` },
  }));
  return { status: 200, body: { data } };
};

/** `POST /_mailsim/agentsend/domains/:id/verification`. */
const setAgentSendDomainVerification: AgentSendControlHandler<'setAgentSendDomainVerification'> = (
  services,
  { params, body },
) => {
  const outcome = body.outcome;
  // null clears the override, so the configured default applies again.
  if (outcome !== null && !isOutcome(outcome))
    throw badRequest(`outcome must be one of ${OUTCOMES.join(', ')}, or null`);
  const db = services.store.db;
  const domain = domainById(db, params.id);
  if (!domain) throw new MailsimError(404, 'NOT_FOUND', `Domain '${params.id}' not found`, 'not_found');
  services.store.tx(() => setOverride(db, domain.id, outcome));
  return {
    status: 200,
    body: {
      domainId: domain.id,
      domain: domain.domain,
      outcome: outcomeFor(services, domain.id),
      override: outcome !== null,
    },
  };
};

function outcomeResult(out: OutcomeResult, services: EngineServices): HandlerResult {
  if (!out.ok) return { status: out.status, body: { error: { code: out.code, message: out.message } } };
  return {
    status: 200,
    body: {
      event: out.event,
      webhooksQueued: out.webhooksQueued,
      message: messageJson(out.message),
      inbox: out.inbox ? inboxJson(out.inbox, services.clock.now()) : null,
    },
  };
}

/** `POST /_mailsim/messages/:id/deliver|bounce|complain`: each body is a part of OutcomeInput. */
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
    outcomeResult(applyOutcome(services, params.id, outcome, body ?? {}), services);

export const controlHandlers = {
  listAgentSendSignInCodes,
  setAgentSendDomainVerification,
  downloadAgentSendAttachment: downloadHandler(ATTACHMENT_DOWNLOADS),
  deliverAgentSendMessage: byHand('deliver'),
  bounceAgentSendMessage: byHand('bounce'),
  complainAgentSendMessage: byHand('complain'),
} satisfies AgentSendControlHandlers;
