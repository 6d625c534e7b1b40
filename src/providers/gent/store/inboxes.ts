/** SQL for inboxes; deleting one removes what lives in it. */
import type { Db } from '../../../engine/store.js';
import type { InboxRow } from '../tables.js';
import { nextSeq } from './meta.js';
import { pageOf } from './pages.js';

export function insertInbox(
  db: Db,
  i: Omit<InboxRow, 'seq' | 'webhook_url' | 'webhook_events' | 'webhook_secret' | 'default_timezone'>,
): InboxRow {
  db.prepare(`INSERT INTO gt_inboxes (id, org_id, domain_id, address, display_name, created_at, updated_at, seq)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    i.id,
    i.org_id,
    i.domain_id,
    i.address.toLowerCase(),
    i.display_name,
    i.created_at,
    i.updated_at,
    nextSeq(db),
  );
  return inboxById(db, i.id)!;
}

export function inboxById(db: Db, id: string): InboxRow | undefined {
  return db.prepare<unknown[], InboxRow>('SELECT * FROM gt_inboxes WHERE id = ?').get(id);
}

export function inboxByAddress(db: Db, address: string): InboxRow | undefined {
  return db.prepare<unknown[], InboxRow>('SELECT * FROM gt_inboxes WHERE address = ?').get(address.toLowerCase());
}

/** An inbox of the organisation, named by id or by address. */
export function findOrgInbox(db: Db, orgId: string, idOrAddress: string): InboxRow | undefined {
  const row = idOrAddress.includes('@') ? inboxByAddress(db, idOrAddress) : inboxById(db, idOrAddress);
  return row && row.org_id === orgId ? row : undefined;
}

export function listInboxes(
  db: Db,
  orgId: string,
  onlyId: string | null,
  limit: number,
  position: number,
): { rows: InboxRow[]; total: number } {
  const where = onlyId ? 'org_id = ? AND id = ?' : 'org_id = ?';
  const args = onlyId ? [orgId, onlyId] : [orgId];
  return pageOf<InboxRow>(db, 'gt_inboxes', { where, args, order: 'seq', limit, position });
}

export function countInboxes(db: Db, orgId: string): number {
  return db.prepare<unknown[], { n: number }>('SELECT COUNT(*) AS n FROM gt_inboxes WHERE org_id = ?').get(orgId)!.n;
}

export function updateInboxSettings(
  db: Db,
  id: string,
  s: Pick<
    InboxRow,
    'display_name' | 'default_timezone' | 'webhook_url' | 'webhook_events' | 'webhook_secret' | 'updated_at'
  >,
): void {
  db.prepare(`UPDATE gt_inboxes SET display_name = ?, default_timezone = ?, webhook_url = ?, webhook_events = ?,
    webhook_secret = ?,
    updated_at = ? WHERE id = ?`).run(
    s.display_name,
    s.default_timezone,
    s.webhook_url,
    s.webhook_events,
    s.webhook_secret,
    s.updated_at,
    id,
  );
}

/** Removes the inbox and everything stored in it (tokens are revoked by the caller, not deleted). */
export function deleteInboxCascade(db: Db, id: string): void {
  db.prepare('DELETE FROM gt_thread_notes WHERE thread_id IN (SELECT id FROM gt_threads WHERE inbox_id = ?)').run(id);
  db.prepare('DELETE FROM gt_messages WHERE inbox_id = ?').run(id);
  db.prepare('DELETE FROM gt_threads WHERE inbox_id = ?').run(id);
  db.prepare("UPDATE gt_approvals SET status = 'rejected' WHERE inbox_id = ? AND status = 'pending'").run(id);
  db.prepare('DELETE FROM gt_alerts WHERE inbox_id = ?').run(id);
  db.prepare('DELETE FROM gt_inboxes WHERE id = ?').run(id);
}
