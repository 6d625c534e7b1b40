/**
 * Inbox rows: creation (shared with agent-verify's auto-created inbox), look-ups scoped to an
 * organisation, and the duplicate-local-part rule (mailsim answers 409 where Commune overwrites).
 */
import type { EngineServices } from '../../../engine/provider.js';
import type { Db } from '../../../engine/store.js';
import { errors } from '../errors.js';
import type { DomainRow, InboxRow, InboxWithDomainRow } from '../tables.js';

export const DUPLICATE_LOCAL_PART = 'An inbox with this local part already exists on this domain';

export interface InboxAgent { id?: string; name?: string; metadata?: Record<string, unknown> }
export interface InboxWebhook { endpoint?: string; events?: string[]; secret?: string }

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

/** The ownerless shared default domain (`commune.email` unless configured otherwise). */
export function sharedDomain(db: Db): DomainRow | undefined {
  return db.prepare('SELECT * FROM cm_domains WHERE org_id IS NULL ORDER BY created_at LIMIT 1').get() as DomainRow | undefined;
}

/** A domain the organisation may use: one of its own, or the shared one. */
export function usableDomain(db: Db, orgId: string, domainId: string): DomainRow | undefined {
  return db.prepare('SELECT * FROM cm_domains WHERE id = ? AND (org_id = ? OR org_id IS NULL)').get(domainId, orgId) as DomainRow | undefined;
}

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
  const row = db.prepare('SELECT id FROM cm_inboxes WHERE domain_id = ? AND local_part_lc = ?').get(domainId, lc) as { id: string } | undefined;
  if (row && row.id !== o.exceptInboxId) return true;
  if (domainId !== sharedDomain(db)?.id) return false;
  if (RESERVED_SHARED_LOCAL_PARTS.has(lc)) return true;
  if (!o.nowIso) return false;
  const pending = db.prepare('SELECT org_id FROM cm_agent_signups WHERE lower(org_slug) = ? AND verified_at IS NULL AND expires_at > ?').get(lc, o.nowIso) as { org_id: string } | undefined;
  return !!pending && pending.org_id !== o.orgId;
}

/**
 * Inserts an inbox on a domain the caller already checked. Throws Commune's 404 when the domain
 * does not exist and mailsim's 409 when the local part is taken on it (case-insensitively).
 * Call inside a transaction when it is part of a larger change.
 */
export function createInboxRow(services: Pick<EngineServices, 'store' | 'ids' | 'clock'>, o: NewInbox): InboxWithDomainRow {
  const db = services.store.db;
  const domain = db.prepare('SELECT * FROM cm_domains WHERE id = ?').get(o.domainId) as DomainRow | undefined;
  if (!domain) throw errors.plain(404, 'Domain not found');
  if (localPartTaken(db, domain.id, o.localPart, { orgId: o.orgId, nowIso: services.clock.now().toISOString() })) throw errors.plain(409, DUPLICATE_LOCAL_PART);
  const id = services.ids.uuid();
  const now = services.clock.now().toISOString();
  db.prepare(`INSERT INTO cm_inboxes (id, org_id, domain_id, local_part, local_part_lc, display_name, agent, webhook, status, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    id, o.orgId, domain.id, o.localPart, o.localPart.toLowerCase(), o.displayName ?? null, json(o.agent), json(o.webhook), o.status ?? null, now, now,
  );
  return { ...(db.prepare('SELECT * FROM cm_inboxes WHERE id = ?').get(id) as InboxRow), domain_name: domain.name };
}

const WITH_DOMAIN = 'SELECT i.*, d.name AS domain_name FROM cm_inboxes i JOIN cm_domains d ON d.id = i.domain_id';

/** An inbox of the organisation on the given domain. */
export function inboxOnDomain(db: Db, orgId: string, domainId: string, inboxId: string): InboxWithDomainRow | undefined {
  return db.prepare(`${WITH_DOMAIN} WHERE i.id = ? AND i.domain_id = ? AND i.org_id = ?`).get(inboxId, domainId, orgId) as InboxWithDomainRow | undefined;
}

/** An inbox of the organisation, wherever it lives. */
export function inboxOfOrg(db: Db, orgId: string, inboxId: string): InboxWithDomainRow | undefined {
  return db.prepare(`${WITH_DOMAIN} WHERE i.id = ? AND i.org_id = ?`).get(inboxId, orgId) as InboxWithDomainRow | undefined;
}

export function inboxById(db: Db, inboxId: string): InboxWithDomainRow | undefined {
  return db.prepare(`${WITH_DOMAIN} WHERE i.id = ?`).get(inboxId) as InboxWithDomainRow | undefined;
}

/** The inbox that owns `local@domain` (lower-cased, any organisation). */
export function inboxByAddress(db: Db, localPart: string, domainName: string): InboxWithDomainRow | undefined {
  return db.prepare(`${WITH_DOMAIN} WHERE i.local_part_lc = ? AND d.name_lc = ?`).get(localPart.toLowerCase(), domainName.toLowerCase()) as InboxWithDomainRow | undefined;
}

/** All inboxes of the organisation, oldest first; optionally only those on one domain. */
export function listOrgInboxes(db: Db, orgId: string, domainId?: string): InboxWithDomainRow[] {
  return domainId
    ? (db.prepare(`${WITH_DOMAIN} WHERE i.org_id = ? AND i.domain_id = ? ORDER BY i.created_at, i.rowid`).all(orgId, domainId) as InboxWithDomainRow[])
    : (db.prepare(`${WITH_DOMAIN} WHERE i.org_id = ? ORDER BY i.created_at, i.rowid`).all(orgId) as InboxWithDomainRow[]);
}

export function inboxAddress(row: InboxWithDomainRow): string {
  return `${row.local_part}@${row.domain_name}`;
}

export function countOrgInboxes(db: Db, orgId: string): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM cm_inboxes WHERE org_id = ?').get(orgId) as { n: number }).n;
}
