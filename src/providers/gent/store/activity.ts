/** SQL for the per-contact activity timeline. */
import type { Db } from '../../../engine/store.js';
import type { ActivityRow } from '../tables.js';
import { nextSeq } from './meta.js';

/** Records an entry unless one with the same inbox, address, type and resource exists (Gent dedupes on that). */
export function recordActivityRow(db: Db, a: Omit<ActivityRow, 'seq'>): void {
  db.prepare(`INSERT OR IGNORE INTO gt_activity (id, org_id, inbox_id, contact_address, type, resource_id,
    participants, summary,
    occurred_at_ms, metadata, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    a.id,
    a.org_id,
    a.inbox_id,
    a.contact_address.toLowerCase(),
    a.type,
    a.resource_id,
    a.participants,
    a.summary,
    a.occurred_at_ms,
    a.metadata,
    nextSeq(db),
  );
}

/** A page of the entries of a contact's addresses, newest first, after the cursor (an entry's seq). */
export function listActivityRows(
  db: Db,
  o: {
    orgId: string;
    inboxId: string | null;
    addresses: string[];
    sinceMs: number | null;
    beforeSeq: number | null;
    limit: number;
  },
): ActivityRow[] {
  if (o.addresses.length === 0) return [];
  const where = ['org_id = ?', `contact_address IN (${o.addresses.map(() => '?').join(', ')})`];
  const args: unknown[] = [o.orgId, ...o.addresses.map((a) => a.toLowerCase())];
  if (o.inboxId) {
    where.push('inbox_id = ?');
    args.push(o.inboxId);
  }
  if (o.sinceMs !== null) {
    where.push('occurred_at_ms >= ?');
    args.push(o.sinceMs);
  }
  if (o.beforeSeq !== null) {
    where.push('seq < ?');
    args.push(o.beforeSeq);
  }
  return db
    .prepare<unknown[], ActivityRow>(
      `SELECT * FROM gt_activity WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT ${Math.floor(o.limit) + 1}`,
    )
    .all(...args);
}
