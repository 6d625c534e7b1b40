/**
 * Control-plane operations of Commune mail: how the next POST /v1/domains/:id/verify ends
 * (`POST /_mailsim/commune/domains/:id/verification {"outcome": "verified"|"pending"|"failed"}`),
 * and attachment downloads through signed URLs.
 */
import type { Handler } from '../../../engine/provider.js';
import { downloadCommuneAttachment } from './attachments-store.js';
import { VERIFY_OUTCOMES, type VerifyOutcome } from './domains-store.js';

const setCommuneDomainVerification: Handler = (services, { params, body }) => {
  const outcome = (body ?? {}).outcome as VerifyOutcome;
  if (!VERIFY_OUTCOMES.includes(outcome)) return { status: 400, body: { error: `outcome must be one of ${VERIFY_OUTCOMES.join(', ')}` } };
  const changed = services.store.tx(() => services.store.db.prepare('UPDATE cm_domains SET verify_outcome = ? WHERE id = ? AND org_id IS NOT NULL').run(outcome, params.id).changes);
  if (!changed) return { status: 404, body: { error: 'Domain not found' } };
  return { status: 200, body: { id: params.id, outcome } };
};

export const mailControlHandlers: Record<string, Handler> = { setCommuneDomainVerification, downloadCommuneAttachment };
