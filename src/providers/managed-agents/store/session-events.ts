/**
 * A session's event log: append-only, ordered by `seq` (the stream's `id:` for resuming). Each
 * event belongs to the primary thread or to one child thread; the session-level log is the
 * primary's view (its own events and what threads cross-post), a child thread's log its own.
 */
import type { Db } from '../../../engine/store.js';
import type { SessionEventRow } from '../tables.js';
import { Where } from './where.js';

/** Which log to read: a child thread's own (its id), or the session-level one (null). */
export type LogView = { thread: string | null };

export function insertEvent(db: Db, e: Omit<SessionEventRow, 'seq'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO ma_session_events (id, session_id, tenant_id, type, body, processed_ms, thread_id, on_primary)
          VALUES (@id, @session_id, @tenant_id, @type, @body, @processed_ms, @thread_id, @on_primary)`,
      )
      .run(e).lastInsertRowid,
  );
}

function inView(where: Where, view: LogView): Where {
  return view.thread === null ? where.add('on_primary = 1') : where.add('thread_id = ?', view.thread);
}

export interface EventFilter {
  types?: string[] | undefined;
  processedMs: { gt?: number | undefined; gte?: number | undefined; lt?: number | undefined; lte?: number | undefined };
  order: 'asc' | 'desc';
  limit: number;
  afterSeq: number | null;
}

/** `limit + 1` events of the view in the order asked. */
export function listEvents(db: Db, sessionId: string, view: LogView, f: EventFilter): SessionEventRow[] {
  const where = inView(new Where('session_id = ?', sessionId), view)
    .optional('processed_ms > ?', f.processedMs.gt)
    .optional('processed_ms >= ?', f.processedMs.gte)
    .optional('processed_ms < ?', f.processedMs.lt)
    .optional('processed_ms <= ?', f.processedMs.lte)
    .optional(f.order === 'asc' ? 'seq > ?' : 'seq < ?', f.afterSeq);
  if (f.types?.length) where.add(`type IN (${f.types.map(() => '?').join(', ')})`, ...f.types);
  return db
    .prepare<unknown[], SessionEventRow>(
      `SELECT * FROM ma_session_events WHERE ${where} ORDER BY seq ${f.order === 'asc' ? 'ASC' : 'DESC'} LIMIT ?`,
    )
    .all(...where.args, f.limit + 1);
}

/** Every event of the view after `seq`, oldest first: a resumed stream's replay. */
export function eventsAfter(db: Db, sessionId: string, seq: number, view: LogView = { thread: null }) {
  const where = inView(new Where('session_id = ?', sessionId), view).add('seq > ?', seq);
  return db
    .prepare<unknown[], SessionEventRow>(`SELECT * FROM ma_session_events WHERE ${where} ORDER BY seq`)
    .all(...where.args);
}

export function getEvent(db: Db, sessionId: string, id: string): SessionEventRow | undefined {
  return db
    .prepare<[string, string], SessionEventRow>('SELECT * FROM ma_session_events WHERE session_id = ? AND id = ?')
    .get(sessionId, id);
}
