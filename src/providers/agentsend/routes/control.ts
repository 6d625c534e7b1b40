/**
 * Control routes for things the real service would decide out of band:
 * - the sign-in codes and magic links it would have e-mailed (no real mail leaves for them, so
 *   this is how a user reads them), each with a ready-to-use verify request;
 * - the outcome of a domain's DNS check (see domain-verification.ts).
 */
import type { Handler } from '../../../engine/provider.js';
import { MailsimError } from '../../../engine/errors.js';
import { listCodes, isExpired, type AuthCodeRow } from '../store/sign-in-codes.js';
import { OUTCOMES, isOutcome, outcomeFor, setOverride } from '../domain/domain-verification.js';
import type { DomainRow } from '../tables.js';

const badRequest = (message: string): MailsimError => new MailsimError(400, 'BAD_REQUEST', message, 'validation');

function codeStatus(row: AuthCodeRow, now: Date, newestCodeId: Map<string, string>): 'active' | 'used' | 'expired' | 'superseded' {
  if (row.used_at) return 'used';
  if (isExpired(row, now)) return 'expired';
  // Only the newest code of an email is checked by /auth/verify-code.
  if (row.kind === 'code' && newestCodeId.get(row.email) !== row.id) return 'superseded';
  return 'active';
}

/** `GET /_mailsim/agentsend/auth/codes`. */
const listAgentSendSignInCodes: Handler = (services, { query }) => {
  const email = typeof query.email === 'string' && query.email ? query.email : null;
  const limit = query.limit as number;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badRequest('limit must be an integer from 1 to 100');
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
    verify: r.kind === 'code'
      ? { method: 'POST', url: `${base}/auth/verify-code`, body: { email: r.email, code: r.code } }
      : { method: 'GET', url: `${base}/auth/verify?token=${r.code}` },
  }));
  return { status: 200, body: { data } };
};

/** `POST /_mailsim/agentsend/domains/:id/verification`. */
const setAgentSendDomainVerification: Handler = (services, { params, body }) => {
  const outcome = (body ?? {}).outcome as unknown;
  // null clears the override, so the configured default applies again.
  if (outcome !== null && !isOutcome(outcome)) throw badRequest(`outcome must be one of ${OUTCOMES.join(', ')}, or null`);
  const db = services.store.db;
  const domain = db.prepare('SELECT * FROM as_domains WHERE id = ?').get(params.id) as DomainRow | undefined;
  if (!domain) throw new MailsimError(404, 'NOT_FOUND', `Domain '${params.id}' not found`, 'not_found');
  services.store.tx(() => setOverride(db, domain.id, outcome));
  return { status: 200, body: { domainId: domain.id, domain: domain.domain, outcome: outcomeFor(services, domain.id), override: outcome !== null } };
};

export const authControlHandlers: Record<string, Handler> = { listAgentSendSignInCodes, setAgentSendDomainVerification };
