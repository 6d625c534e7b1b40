/** as_threads: one row per conversation of an inbox, with its message count and latest activity. */
import { limitOffset, type Db } from '../../../engine/store.js';
import type { ThreadRow } from '../tables.js';
import { inboxTotals } from './inboxes.js';
import { nextSeq, type Page } from './meta.js';

/** The account's thread, or undefined (another account's reads as absent). */
export function findOwnedThread(db: Db, id: string, tenant: string): ThreadRow | undefined {
  return db
    .prepare<[string, string], ThreadRow>('SELECT * FROM as_threads WHERE id = ? AND account_id = ?')
    .get(id, tenant);
}

export function insertThread(
  db: Db,
  t: {
    id: string;
    inboxId: string;
    accountId: string;
    subject: string;
    nowIso: string;
  },
): void {
  db.prepare(
    `INSERT INTO as_threads (id, inbox_id, account_id, subject, last_message_at, message_count, created_at, seq)
      VALUES (?, ?, ?, ?, ?, 0, ?, ?)`,
  ).run(t.id, t.inboxId, t.accountId, t.subject, t.nowIso, t.nowIso, nextSeq(db));
  db.prepare('UPDATE as_inboxes SET thread_count = thread_count + 1 WHERE id = ?').run(t.inboxId);
}

/** A message joined the thread: one more message, latest activity now. */
export function touchThread(db: Db, threadId: string, nowIso: string): void {
  db.prepare('UPDATE as_threads SET message_count = message_count + 1, last_message_at = ? WHERE id = ?').run(
    nowIso,
    threadId,
  );
}

/** The account's threads of one inbox, latest activity first; and how many there are. */
export function listInboxThreads(
  db: Db,
  inboxId: string,
  tenant: string,
  { limit, offset }: Page,
): {
  rows: ThreadRow[];
  total: number;
} {
  const rows = db
    .prepare<[string, string], ThreadRow>(
      `SELECT * FROM as_threads WHERE inbox_id = ? AND account_id = ?
        ORDER BY last_message_at DESC, seq DESC ${limitOffset(limit, offset)}`,
    )
    .all(inboxId, tenant);
  return { rows, total: inboxTotals(db, inboxId, tenant).threads };
}
