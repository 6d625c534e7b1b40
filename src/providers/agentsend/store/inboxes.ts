/** as_inboxes: inbox rows, their send counters, and the look-ups by id, owner and address. */
import { limitOffset, type Db } from '../../../engine/store.js';
import type { InboxRow } from '../tables.js';
import { nextSeq, type Page } from './meta.js';

export function inboxById(db: Db, id: string): InboxRow | undefined {
  return db.prepare<[string], InboxRow>('SELECT * FROM as_inboxes WHERE id = ?').get(id);
}

/** The account's inbox unless deleted (a suspended one included). */
export function findOwnedInbox(db: Db, id: string, tenant: string): InboxRow | undefined {
  return db
    .prepare<[string, string], InboxRow>(
      "SELECT * FROM as_inboxes WHERE id = ? AND account_id = ? AND status != 'deleted'",
    )
    .get(id, tenant);
}

/** An active inbox of any account, by id or by its (lower-case) address. */
export function activeInbox(db: Db, where: { id?: string; address?: string }): InboxRow | undefined {
  return where.id
    ? db.prepare<[string], InboxRow>("SELECT * FROM as_inboxes WHERE id = ? AND status = 'active'").get(where.id)
    : db
        .prepare<[string | undefined], InboxRow>("SELECT * FROM as_inboxes WHERE address = ? AND status = 'active'")
        .get(where.address);
}

/** Whether any inbox, of any account and in any state, has this address. */
export function addressTaken(db: Db, address: string): boolean {
  return db.prepare('SELECT 1 FROM as_inboxes WHERE address = ?').get(address) !== undefined;
}

/** Whether an inbox, a soft-deleted one included, still names the domain. */
export function domainReferenced(db: Db, domainId: string): boolean {
  return db.prepare('SELECT 1 FROM as_inboxes WHERE domain_id = ? LIMIT 1').get(domainId) !== undefined;
}

export interface NewInbox {
  id: string;
  accountId: string;
  domainId: string | null;
  address: string;
  displayName: string | null;
  nowIso: string;
}

export function insertInbox(db: Db, i: NewInbox): InboxRow {
  db.prepare(`INSERT INTO as_inboxes (id, account_id, domain_id, address, display_name, created_at, updated_at, seq)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    i.id,
    i.accountId,
    i.domainId,
    i.address,
    i.displayName,
    i.nowIso,
    i.nowIso,
    nextSeq(db),
  );
  return inboxById(db, i.id)!;
}

/** The account's active inboxes, newest first; and how many there are. */
export function listActiveInboxes(
  db: Db,
  tenant: string,
  { limit, offset }: Page,
): {
  rows: InboxRow[];
  total: number;
} {
  const rows = db
    .prepare<[string], InboxRow>(
      `SELECT * FROM as_inboxes WHERE account_id = ? AND status = 'active'
        ORDER BY created_at DESC, seq DESC ${limitOffset(limit, offset)}`,
    )
    .all(tenant);
  const { total } = db
    .prepare<[string], { total: number }>(
      "SELECT COUNT(*) AS total FROM as_inboxes WHERE account_id = ? AND status = 'active'",
    )
    .get(tenant)!;
  return { rows, total };
}

export function softDeleteInbox(db: Db, id: string, nowIso: string): void {
  db.prepare("UPDATE as_inboxes SET status = 'deleted', deleted_at = ?, updated_at = ? WHERE id = ?").run(
    nowIso,
    nowIso,
    id,
  );
}

export function suspendInbox(db: Db, id: string, nowIso: string): void {
  db.prepare("UPDATE as_inboxes SET status = 'suspended', updated_at = ? WHERE id = ?").run(nowIso, id);
}

/** One more queued send that counts against the daily limit until it settles. */
export function addPendingSend(db: Db, id: string): void {
  db.prepare('UPDATE as_inboxes SET pending_sends = pending_sends + 1 WHERE id = ?').run(id);
}

export function settlePendingSend(db: Db, id: string): void {
  db.prepare('UPDATE as_inboxes SET pending_sends = MAX(0, pending_sends - 1) WHERE id = ?').run(id);
}

/** Counts a successful send; a counter left from an earlier UTC day starts over. */
export function countSentToday(db: Db, id: string, day: string, nowIso: string): void {
  db.prepare(`UPDATE as_inboxes SET sends_today = CASE WHEN sends_day = ? THEN sends_today + 1 ELSE 1 END,
    sends_day = ?, total_sent = total_sent + 1, updated_at = ? WHERE id = ?`).run(day, day, nowIso, id);
}

export function countBounce(db: Db, id: string, nowIso: string): void {
  db.prepare('UPDATE as_inboxes SET bounce_count = bounce_count + 1, updated_at = ? WHERE id = ?').run(nowIso, id);
}

export function countComplaint(db: Db, id: string, nowIso: string): void {
  db.prepare('UPDATE as_inboxes SET complaint_count = complaint_count + 1, updated_at = ? WHERE id = ?').run(
    nowIso,
    id,
  );
}

/**
 * How many messages and threads the account's inbox holds (migrations/0005_list_totals.sql keeps
 * the counters); an unknown or foreign inbox holds none, as its lists are empty.
 */
export function inboxTotals(db: Db, id: string, tenant: string): { messages: number; threads: number } {
  return (
    db
      .prepare<[string, string], { messages: number; threads: number }>(
        'SELECT message_count AS messages, thread_count AS threads FROM as_inboxes WHERE id = ? AND account_id = ?',
      )
      .get(id, tenant) ?? { messages: 0, threads: 0 }
  );
}
