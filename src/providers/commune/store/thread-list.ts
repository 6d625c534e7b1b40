/**
 * Thread summaries for GET /v1/threads (contracts/commune.md, "Thread summary semantics"): messages matching the
 * inbox/domain filter grouped by thread id, keyset-paginated on (last_message_at, thread_id).
 * From the newest message: subject, last_direction, inbox_id, domain_id; from the oldest: the
 * snippet (200 characters); message_count counts only matching messages.
 */
import type { Db } from '../../../engine/store.js';
import type { MessageRow } from '../tables.js';

interface ThreadGroup {
  thread_id: string;
  last_message_at: string;
  first_message_at: string;
  message_count: number;
  has_attachments: number;
}

export interface ThreadFilter {
  orgId: string;
  inboxId?: string;
  domainId?: string;
}
interface Cursor {
  last_message_at: string;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');
}

/** The cursor, or null when it cannot be read (Commune then serves the first page). */
export function decodeCursor(raw: unknown): Cursor | null {
  if (typeof raw !== 'string' || !raw) return null;
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Cursor>;
    return typeof c.last_message_at === 'string' && typeof c.id === 'string'
      ? { last_message_at: c.last_message_at, id: c.id }
      : null;
  } catch {
    return null;
  }
}

/** `mark` '+' keeps SQLite from choosing an index for the inbox and domain terms (see below). */
function filterSql(f: ThreadFilter, mark: '' | '+' = ''): { where: string; args: unknown[] } {
  const where = ['org_id = ?'];
  const args: unknown[] = [f.orgId];
  if (f.inboxId) {
    where.push(`${mark}inbox_id = ?`);
    args.push(f.inboxId);
  }
  if (f.domainId) {
    where.push(`${mark}domain_id = ?`);
    args.push(f.domainId);
  }
  return { where: where.join(' AND '), args };
}

type PageAsk = { limit: number; desc: boolean; cursor: Cursor | null };

/** `last_message_at, thread_id` after (or before, ascending) the cursor, and its three arguments. */
function keysetAfter(o: PageAsk): { sql: string; args: string[] } {
  if (!o.cursor) return { sql: '', args: [] };
  const cmp = o.desc ? '<' : '>';
  return {
    sql: `(last_message_at ${cmp} ? OR (last_message_at = ? AND thread_id ${cmp} ?))`,
    args: [o.cursor.last_message_at, o.cursor.last_message_at, o.cursor.id],
  };
}

/**
 * One inbox's threads from their per-inbox rows (migrations/0005_thread_inboxes.sql): a keyset
 * read on its index. The rows hold what grouping that inbox's messages gives.
 */
function inboxThreadGroups(db: Db, f: ThreadFilter, o: PageAsk): ThreadGroup[] {
  const where = ['org_id = ?', 'inbox_id = ?'];
  const args: unknown[] = [f.orgId, f.inboxId];
  if (f.domainId) {
    where.push('domain_id = ?');
    args.push(f.domainId);
  }
  const keyset = keysetAfter(o);
  if (keyset.sql) where.push(keyset.sql);
  const dir = o.desc ? 'DESC' : 'ASC';
  return db
    .prepare<unknown[], ThreadGroup>(`SELECT thread_id, last_message_at, first_message_at, message_count,
      attachment_count > 0 AS has_attachments
    FROM cm_thread_inboxes WHERE ${where.join(' AND ')}
    ORDER BY last_message_at ${dir}, thread_id ${dir} LIMIT ?`)
    .all(...args, ...keyset.args, o.limit + 1);
}

/** Threads across inboxes (an organisation's or a domain's): the matching messages grouped. */
function groupedThreads(db: Db, where: string, args: unknown[], o: PageAsk): ThreadGroup[] {
  const keyset = keysetAfter(o);
  const dir = o.desc ? 'DESC' : 'ASC';
  return db
    .prepare<unknown[], ThreadGroup>(`SELECT thread_id, MAX(created_at) AS last_message_at,
      MIN(created_at) AS first_message_at, COUNT(*) AS message_count,
      MAX(attachments != '[]') AS has_attachments
    FROM cm_messages WHERE ${where} GROUP BY thread_id ${keyset.sql ? `HAVING ${keyset.sql}` : ''}
    ORDER BY last_message_at ${dir}, thread_id ${dir} LIMIT ?`)
    .all(...args, ...keyset.args, o.limit + 1);
}

export function listThreadSummaries(db: Db, f: ThreadFilter, o: PageAsk) {
  const { where, args } = filterSql(f);
  const groups = f.inboxId ? inboxThreadGroups(db, f, o) : groupedThreads(db, where, args, o);
  const page = groups.slice(0, o.limit);
  // A thread's newest and oldest message through the thread index (org_id, thread_id, created_at).
  // Left to choose, SQLite took the inbox index for its date order and walked the whole inbox
  // looking for the thread: 26 s of CPU for one page at 1M stored messages.
  const inThreadFilter = filterSql(f, '+').where;
  const data = page.map((g) => {
    const inThread = `SELECT * FROM cm_messages WHERE ${inThreadFilter} AND thread_id = ? ORDER BY created_at`;
    const newest = db.prepare<unknown[], MessageRow>(`${inThread} DESC, seq DESC LIMIT 1`).get(...args, g.thread_id)!;
    const oldest = db.prepare<unknown[], MessageRow>(`${inThread} ASC, seq ASC LIMIT 1`).get(...args, g.thread_id)!;
    return {
      thread_id: g.thread_id,
      subject: newest.subject,
      last_message_at: g.last_message_at,
      first_message_at: g.first_message_at,
      message_count: g.message_count,
      snippet: oldest.content.slice(0, 200),
      last_direction: newest.direction,
      inbox_id: newest.inbox_id,
      domain_id: newest.domain_id,
      has_attachments: g.has_attachments === 1,
    };
  });
  const last = page[page.length - 1];
  const nextCursor =
    groups.length > o.limit && last
      ? encodeCursor({ last_message_at: last.last_message_at, id: last.thread_id })
      : null;
  return { data, next_cursor: nextCursor, has_more: nextCursor !== null };
}
