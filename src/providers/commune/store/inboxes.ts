/** cm_inboxes: inbox rows, read with their domain's name joined in. */
import type { Db } from '../../../engine/store.js';
import type { InboxRow, InboxWithDomainRow } from '../tables.js';

export interface NewInboxRow {
  id: string;
  orgId: string;
  domainId: string;
  localPart: string;
  displayName: string | null;
  agent: string | null;
  webhook: string | null;
  status: string | null;
  nowIso: string;
}

export function insertInbox(db: Db, i: NewInboxRow): InboxRow {
  db.prepare(`INSERT INTO cm_inboxes (id, org_id, domain_id, local_part, local_part_lc, display_name, agent, webhook,
    status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    i.id,
    i.orgId,
    i.domainId,
    i.localPart,
    i.localPart.toLowerCase(),
    i.displayName,
    i.agent,
    i.webhook,
    i.status,
    i.nowIso,
    i.nowIso,
  );
  return db.prepare<[string], InboxRow>('SELECT * FROM cm_inboxes WHERE id = ?').get(i.id)!;
}

/** The id of the inbox with this (lower-cased) local part on the domain. */
export function inboxIdByLocalPart(db: Db, domainId: string, localPartLc: string): string | undefined {
  return db
    .prepare<[string, string], { id: string }>(`SELECT id FROM cm_inboxes WHERE domain_id = ?
      AND local_part_lc = ?`)
    .get(domainId, localPartLc)?.id;
}

const WITH_DOMAIN = 'SELECT i.*, d.name AS domain_name FROM cm_inboxes i JOIN cm_domains d ON d.id = i.domain_id';

/** An inbox of the organisation on the given domain. */
export function inboxOnDomain(
  db: Db,
  orgId: string,
  domainId: string,
  inboxId: string,
): InboxWithDomainRow | undefined {
  return db
    .prepare<[string, string, string], InboxWithDomainRow>(
      `${WITH_DOMAIN} WHERE i.id = ? AND i.domain_id = ? AND i.org_id = ?`,
    )
    .get(inboxId, domainId, orgId);
}

/** An inbox of the organisation, wherever it lives. */
export function inboxOfOrg(db: Db, orgId: string, inboxId: string): InboxWithDomainRow | undefined {
  return db
    .prepare<[string, string], InboxWithDomainRow>(`${WITH_DOMAIN} WHERE i.id = ? AND i.org_id = ?`)
    .get(inboxId, orgId);
}

export function inboxById(db: Db, inboxId: string): InboxWithDomainRow | undefined {
  return db.prepare<[string], InboxWithDomainRow>(`${WITH_DOMAIN} WHERE i.id = ?`).get(inboxId);
}

/** The inbox that owns `local@domain` (lower-cased, any organisation). */
export function inboxByAddress(db: Db, localPart: string, domainName: string): InboxWithDomainRow | undefined {
  return db
    .prepare<[string, string], InboxWithDomainRow>(`${WITH_DOMAIN} WHERE i.local_part_lc = ? AND d.name_lc = ?`)
    .get(localPart.toLowerCase(), domainName.toLowerCase());
}

/** All inboxes of the organisation, oldest first; optionally only those on one domain. */
export function listOrgInboxes(db: Db, orgId: string, domainId?: string): InboxWithDomainRow[] {
  return domainId
    ? db
        .prepare<[string, string], InboxWithDomainRow>(
          `${WITH_DOMAIN} WHERE i.org_id = ? AND i.domain_id = ? ORDER BY i.created_at, i.rowid`,
        )
        .all(orgId, domainId)
    : db
        .prepare<[string], InboxWithDomainRow>(`${WITH_DOMAIN} WHERE i.org_id = ? ORDER BY i.created_at, i.rowid`)
        .all(orgId);
}

export function countOrgInboxes(db: Db, orgId: string): number {
  return db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM cm_inboxes WHERE org_id = ?').get(orgId)!.n;
}

type ChangeableColumn =
  | 'local_part'
  | 'local_part_lc'
  | 'display_name'
  | 'agent'
  | 'webhook'
  | 'status'
  | 'extraction_schema';

/** The columns a partial update may change. */
export type InboxChanges = Partial<Pick<InboxRow, ChangeableColumn>> & Pick<InboxRow, 'updated_at'>;

/** Writes the given columns (and only those). */
export function updateInbox(db: Db, id: string, changes: InboxChanges): void {
  const columns = Object.keys(changes) as (keyof InboxChanges)[];
  db.prepare(`UPDATE cm_inboxes SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
    ...columns.map((c) => changes[c]),
    id,
  );
}

export function deleteInbox(db: Db, id: string): void {
  db.prepare('DELETE FROM cm_inboxes WHERE id = ?').run(id);
}

/** The seed's inboxes keep the ids the fixture names. */
export function renameInbox(db: Db, id: string, newId: string): void {
  db.prepare('UPDATE cm_inboxes SET id = ? WHERE id = ?').run(newId, id);
}
