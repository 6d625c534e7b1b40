/** A session's event log: append-only, ordered by `seq` (the stream's `id:` for resuming). */
import type { Db } from '../../../engine/store.js';
import type { SessionEventRow } from '../tables.js';
import { Where } from './where.js';

export function insertEvent(db: Db, e: Omit<SessionEventRow, 'seq'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO ma_session_events (id, session_id, tenant_id, type, body, processed_ms)
          VALUES (@id, @session_id, @tenant_id, @type, @body, @processed_ms)`,
      )
      .run(e).lastInsertRowid,
  );
}

export interface EventFilter {
  types?: string[] | undefined;
  processedMs: { gt?: number | undefined; gte?: number | undefined; lt?: number | undefined; lte?: number | undefined };
  order: 'asc' | 'desc';
  limit: number;
  afterSeq: number | null;
}

/** `limit + 1` events in the order asked. */
export function listEvents(db: Db, sessionId: string, f: EventFilter): SessionEventRow[] {
  const where = new Where('session_id = ?', sessionId)
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

/** Every event after `seq`, oldest first: a resumed stream's replay. */
export function eventsAfter(db: Db, sessionId: string, seq: number): SessionEventRow[] {
  return db
    .prepare<[string, number], SessionEventRow>(
      'SELECT * FROM ma_session_events WHERE session_id = ? AND seq > ? ORDER BY seq',
    )
    .all(sessionId, seq);
}

export function getEvent(db: Db, sessionId: string, id: string): SessionEventRow | undefined {
  return db
    .prepare<[string, string], SessionEventRow>('SELECT * FROM ma_session_events WHERE session_id = ? AND id = ?')
    .get(sessionId, id);
}
