/**
 * What a domain's DNS check says, since mailsim has no SES to ask. By default every check succeeds
 * (as the real server's dry-run mode does). A test can make it fail or stay pending, globally with
 * the setting `agentsend.domainVerification` or per domain through the control route
 * `POST /_mailsim/agentsend/domains/:id/verification`.
 *
 * A check sets the domain's state to its outcome: succeed → verified, fail → failed,
 * pending → pending. The verification timestamps are set when the domain becomes verified, kept
 * while it stays verified and cleared when it stops being verified. Becoming verified emits
 * `domain.verified` with `{domainId, domain, verifiedAt}`.
 */
import type { Db } from '../../../engine/store.js';
import type { EngineServices } from '../../../engine/provider.js';
import { emitEvent } from './events.js';
import { domainById, markDomainUnverified, markDomainVerified } from '../store/domains.js';
import { deleteMetaValue, metaValue, setMetaValue } from '../store/meta.js';
import type { DomainRow } from '../tables.js';

export const OUTCOMES = ['succeed', 'fail', 'pending'] as const;
export type VerificationOutcome = (typeof OUTCOMES)[number];

export const isOutcome = (v: unknown): v is VerificationOutcome =>
  typeof v === 'string' && (OUTCOMES as readonly string[]).includes(v);

// Overrides live in as_meta so they survive restarts without a schema change.
const overrideKey = (domainId: string): string => `domain_verification:${domainId}`;

export function setOverride(db: Db, domainId: string, outcome: VerificationOutcome | null): void {
  if (outcome === null) deleteMetaValue(db, overrideKey(domainId));
  else setMetaValue(db, overrideKey(domainId), outcome);
}

/** The configured default: `config['agentsend.domainVerification']`, or `config.agentsend.domainVerification`. */
export function defaultOutcome(config: Readonly<Record<string, unknown>>): VerificationOutcome {
  const flat = config['agentsend.domainVerification'];
  const nested = (config.agentsend as Record<string, unknown> | undefined)?.domainVerification;
  if (isOutcome(flat)) return flat;
  if (isOutcome(nested)) return nested;
  return 'succeed';
}

export function outcomeFor(services: Pick<EngineServices, 'store' | 'config'>, domainId: string): VerificationOutcome {
  const override = metaValue(services.store.db, overrideKey(domainId));
  return isOutcome(override) ? override : defaultOutcome(services.config);
}

/** Runs one check on `domain` and stores the result; call inside a transaction. */
export function checkDomain(services: EngineServices, domain: DomainRow, now: Date): DomainRow {
  const db = services.store.db;
  const outcome = outcomeFor(services, domain.id);
  const at = now.toISOString();
  const wasVerified = domain.sending_status === 'verified' && domain.receiving_status === 'verified';
  if (outcome === 'succeed') {
    if (!wasVerified) {
      markDomainVerified(db, domain.id, at);
      emitEvent(services, domain.account_id, 'domain.verified', {
        domainId: domain.id,
        domain: domain.domain,
        verifiedAt: at,
      });
    }
  } else {
    const status = outcome === 'fail' ? 'failed' : 'pending';
    markDomainUnverified(db, domain.id, status, at);
  }
  return domainById(db, domain.id)!;
}
