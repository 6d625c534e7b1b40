/**
 * Inboxes: creation (shared with agent-verify's auto-created inbox and the seed), and the
 * duplicate-local-part rule (mailsim answers 409 where Commune overwrites).
 */
import type { EngineServices } from '../../../engine/provider.js';
import type { Db } from '../../../engine/store.js';
import { errors } from '../errors.js';
import { pendingSignupOrg } from '../store/agents.js';
import { domainById, sharedDomain } from '../store/domains.js';
import { inboxIdByLocalPart, insertInbox } from '../store/inboxes.js';
import type { InboxWithDomainRow } from '../tables.js';

export const DUPLICATE_LOCAL_PART = 'An inbox with this local part already exists on this domain';

export interface InboxAgent {
  id?: string;
  name?: string;
  metadata?: Record<string, unknown>;
}
export interface InboxWebhook {
  endpoint?: string;
  events?: string[];
  secret?: string;
}

export interface NewInbox {
  orgId: string;
  domainId: string;
  localPart: string;
  displayName?: string | null;
  agent?: InboxAgent | null;
  webhook?: InboxWebhook | null;
  status?: string | null;
}

const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));

/**
 * Local parts of the shared domain no organisation may take: `agent` is the sender of sends made
 * without an inbox, so an inbox by that name would receive every organisation's self-copies and
 * replies (a safe deviation: Commune would hand it out).
 */
export const RESERVED_SHARED_LOCAL_PARTS: ReadonlySet<string> = new Set(['agent']);

export interface TakenCheck {
  /** The inbox being renamed, which does not conflict with itself. */
  exceptInboxId?: string;
  /** The organisation asking: its own pending agent sign-up does not block it. */
  orgId?: string;
  /** Engine time, to tell pending agent sign-ups from expired ones. */
  nowIso?: string;
}

/**
 * Whether a local part is unavailable on a domain: an existing inbox (case-insensitively), a
 * reserved name of the shared domain, or the slug of another organisation's agent sign-up still
 * waiting for verification (its inbox is promised to it; Commune would overwrite it at verify).
 */
export function localPartTaken(db: Db, domainId: string, localPart: string, o: TakenCheck = {}): boolean {
  const lc = localPart.toLowerCase();
  const existing = inboxIdByLocalPart(db, domainId, lc);
  if (existing !== undefined && existing !== o.exceptInboxId) return true;
  if (domainId !== sharedDomain(db)?.id) return false;
  if (RESERVED_SHARED_LOCAL_PARTS.has(lc)) return true;
  if (!o.nowIso) return false;
  const pending = pendingSignupOrg(db, lc, o.nowIso);
  return pending !== undefined && pending !== o.orgId;
}

/**
 * Inserts an inbox on a domain the caller already checked. Throws Commune's 404 when the domain
 * does not exist and mailsim's 409 when the local part is taken on it (case-insensitively).
 * Call inside a transaction when it is part of a larger change.
 */
export function createInboxRow(
  services: Pick<EngineServices, 'store' | 'ids' | 'clock'>,
  o: NewInbox,
): InboxWithDomainRow {
  const db = services.store.db;
  const domain = domainById(db, o.domainId);
  if (!domain) throw errors.plain(404, 'Domain not found');
  if (localPartTaken(db, domain.id, o.localPart, { orgId: o.orgId, nowIso: services.clock.now().toISOString() }))
    throw errors.plain(409, DUPLICATE_LOCAL_PART);
  const row = insertInbox(db, {
    id: services.ids.uuid(),
    orgId: o.orgId,
    domainId: domain.id,
    localPart: o.localPart,
    displayName: o.displayName ?? null,
    agent: json(o.agent),
    webhook: json(o.webhook),
    status: o.status ?? null,
    nowIso: services.clock.now().toISOString(),
  });
  return { ...row, domain_name: domain.name };
}

export function inboxAddress(row: InboxWithDomainRow): string {
  return `${row.local_part}@${row.domain_name}`;
}
