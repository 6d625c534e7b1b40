/** A session's child threads (the primary thread is the session row itself). */
import type { Db } from '../../../engine/store.js';
import type { SessionThreadRow } from '../tables.js';
import { Where } from './where.js';

export function insertThread(db: Db, t: Omit<SessionThreadRow, 'rowid'>): void {
  db.prepare(
    `INSERT INTO ma_session_threads (id, session_id, tenant_id, parent_thread_id, agent_id, agent, agent_name,
      status, usage, active_ms, running_since_ms, created_at, created_ms, updated_at, archived_at)
      VALUES (@id, @session_id, @tenant_id, @parent_thread_id, @agent_id, @agent, @agent_name,
      @status, @usage, @active_ms, @running_since_ms, @created_at, @created_ms, @updated_at, @archived_at)`,
  ).run(t);
}

export function getThread(db: Db, sessionId: string, id: string): SessionThreadRow | undefined {
  return db
    .prepare<[string, string], SessionThreadRow>(
      'SELECT rowid, * FROM ma_session_threads WHERE session_id = ? AND id = ?',
    )
    .get(sessionId, id);
}

/** The newest thread of the session running `agentId` that is not archived: a delegation's follow-up goes there. */
export function openThreadFor(db: Db, sessionId: string, agentId: string): SessionThreadRow | undefined {
  return db
    .prepare<[string, string], SessionThreadRow>(
      `SELECT rowid, * FROM ma_session_threads WHERE session_id = ? AND agent_id = ? AND archived_at IS NULL
        ORDER BY rowid DESC LIMIT 1`,
    )
    .get(sessionId, agentId);
}

export type ThreadPatch = Partial<
  Pick<SessionThreadRow, 'status' | 'usage' | 'active_ms' | 'running_since_ms' | 'updated_at' | 'archived_at'>
>;

const PATCHABLE = new Set(['status', 'usage', 'active_ms', 'running_since_ms', 'updated_at', 'archived_at']);

export function updateThread(db: Db, id: string, patch: ThreadPatch): void {
  const keys = Object.keys(patch).filter((k) => PATCHABLE.has(k));
  if (!keys.length) return;
  db.prepare(`UPDATE ma_session_threads SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({
    ...patch,
    id,
  });
}

/** `limit + 1` child threads, oldest first, after `afterRowid`. */
export function listThreads(
  db: Db,
  sessionId: string,
  f: { statuses?: string[] | undefined; afterRowid: number; limit: number },
): SessionThreadRow[] {
  const where = new Where('session_id = ?', sessionId).add('rowid > ?', f.afterRowid);
  if (f.statuses?.length) where.add(`status IN (${f.statuses.map(() => '?').join(', ')})`, ...f.statuses);
  return db
    .prepare<unknown[], SessionThreadRow>(
      `SELECT rowid, * FROM ma_session_threads WHERE ${where} ORDER BY rowid LIMIT ?`,
    )
    .all(...where.args, f.limit + 1);
}

/** Every child thread of the session (the primary's usage is the session's less theirs). */
export function allThreads(db: Db, sessionId: string): SessionThreadRow[] {
  return db
    .prepare<[string], SessionThreadRow>('SELECT rowid, * FROM ma_session_threads WHERE session_id = ? ORDER BY rowid')
    .all(sessionId);
}
