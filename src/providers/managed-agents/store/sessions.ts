/** Sessions, their resources and the runtime scripts set on the control plane. */
import type { Db } from '../../../engine/store.js';
import type { SessionResourceRow, SessionRow } from '../tables.js';
import { Where } from './where.js';

export type NewSession = Omit<SessionRow, 'rowid' | 'active_ms' | 'archived_at' | 'terminated_at'>;

export function insertSession(db: Db, s: NewSession): void {
  db.prepare(
    `INSERT INTO ma_sessions (id, tenant_id, agent_id, agent_version, agent, environment_id, title, metadata,
      vault_ids, budget, status, usage, runtime, created_at, created_ms, updated_at)
      VALUES (@id, @tenant_id, @agent_id, @agent_version, @agent, @environment_id, @title, @metadata,
      @vault_ids, @budget, @status, @usage, @runtime, @created_at, @created_ms, @updated_at)`,
  ).run(s);
}

export function getSession(db: Db, tenantId: string, id: string): SessionRow | undefined {
  return db
    .prepare<[string, string], SessionRow>('SELECT rowid, * FROM ma_sessions WHERE id = ? AND tenant_id = ?')
    .get(id, tenantId);
}

/** By id alone: the runtime's jobs and the control plane, which have no caller. */
export function getSessionById(db: Db, id: string): SessionRow | undefined {
  return db.prepare<[string], SessionRow>('SELECT rowid, * FROM ma_sessions WHERE id = ?').get(id);
}

/** The columns a handler or the runtime changes; `updated_at` moves with them. */
export type SessionPatch = Partial<
  Pick<
    SessionRow,
    | 'title'
    | 'metadata'
    | 'budget'
    | 'agent'
    | 'status'
    | 'usage'
    | 'active_ms'
    | 'runtime'
    | 'archived_at'
    | 'terminated_at'
    | 'updated_at'
  >
>;

const PATCHABLE = new Set([
  'title',
  'metadata',
  'budget',
  'agent',
  'status',
  'usage',
  'active_ms',
  'runtime',
  'archived_at',
  'terminated_at',
  'updated_at',
]);

export function updateSession(db: Db, id: string, patch: SessionPatch): void {
  const keys = Object.keys(patch).filter((k) => PATCHABLE.has(k));
  if (!keys.length) return;
  db.prepare(`UPDATE ma_sessions SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({
    ...patch,
    id,
  });
}

export function deleteSession(db: Db, id: string): void {
  db.prepare('DELETE FROM ma_sessions WHERE id = ?').run(id);
}

export interface SessionFilter {
  agentId?: string | undefined;
  agentVersion?: number | undefined;
  statuses?: string[] | undefined;
  memoryStoreId?: string | undefined;
  includeArchived: boolean;
  createdMs: { gt?: number | undefined; gte?: number | undefined; lt?: number | undefined; lte?: number | undefined };
  order: 'asc' | 'desc';
  limit: number;
  /** The rowid the page starts after (in the order asked). */
  afterRowid: number | null;
}

/** `limit + 1` rows in the order asked, so the caller can tell whether another page exists. */
export function listSessions(db: Db, tenantId: string, f: SessionFilter): SessionRow[] {
  const where = new Where('tenant_id = ?', tenantId)
    .optional('agent_id = ?', f.agentId)
    .optional('agent_version = ?', f.agentVersion)
    .optional(
      "id IN (SELECT session_id FROM ma_session_resources WHERE json_extract(body, '$.memory_store_id') = ?)",
      f.memoryStoreId,
    )
    .optional('created_ms > ?', f.createdMs.gt)
    .optional('created_ms >= ?', f.createdMs.gte)
    .optional('created_ms < ?', f.createdMs.lt)
    .optional('created_ms <= ?', f.createdMs.lte)
    .optional(f.order === 'asc' ? 'rowid > ?' : 'rowid < ?', f.afterRowid);
  if (!f.includeArchived) where.add('archived_at IS NULL');
  if (f.statuses?.length) where.add(`status IN (${f.statuses.map(() => '?').join(', ')})`, ...f.statuses);
  return db
    .prepare<unknown[], SessionRow>(
      `SELECT rowid, * FROM ma_sessions WHERE ${where} ORDER BY rowid ${f.order === 'asc' ? 'ASC' : 'DESC'} LIMIT ?`,
    )
    .all(...where.args, f.limit + 1);
}

/** Sessions of the environment that are not terminated (an environment delete is refused while any exist). */
export function liveSessionCount(db: Db, environmentId: string): number {
  return (
    db
      .prepare<[string], { n: number }>(
        "SELECT COUNT(*) AS n FROM ma_sessions WHERE environment_id = ? AND status != 'terminated'",
      )
      .get(environmentId)?.n ?? 0
  );
}

export function insertResource(db: Db, r: Omit<SessionResourceRow, 'rowid'>): void {
  db.prepare(
    `INSERT INTO ma_session_resources (id, session_id, tenant_id, body, created_at, updated_at)
      VALUES (@id, @session_id, @tenant_id, @body, @created_at, @updated_at)`,
  ).run(r);
}

export function listResources(db: Db, sessionId: string): SessionResourceRow[] {
  return db
    .prepare<[string], SessionResourceRow>(
      'SELECT rowid, * FROM ma_session_resources WHERE session_id = ? ORDER BY rowid',
    )
    .all(sessionId);
}

export function getResource(db: Db, sessionId: string, id: string): SessionResourceRow | undefined {
  return db
    .prepare<[string, string], SessionResourceRow>(
      'SELECT rowid, * FROM ma_session_resources WHERE session_id = ? AND id = ?',
    )
    .get(sessionId, id);
}

export function updateResource(db: Db, id: string, body: string, updatedAt: string): void {
  db.prepare('UPDATE ma_session_resources SET body = ?, updated_at = ? WHERE id = ?').run(body, updatedAt, id);
}

export function deleteResource(db: Db, id: string): void {
  db.prepare('DELETE FROM ma_session_resources WHERE id = ?').run(id);
}

export function getScript(db: Db, targetId: string): string | undefined {
  return db.prepare<[string], { script: string }>('SELECT script FROM ma_scripts WHERE target_id = ?').get(targetId)
    ?.script;
}

export function putScript(db: Db, targetId: string, tenantId: string, script: string, now: string): void {
  db.prepare(
    `INSERT INTO ma_scripts (target_id, tenant_id, script, updated_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (target_id) DO UPDATE SET script = excluded.script, updated_at = excluded.updated_at`,
  ).run(targetId, tenantId, script, now);
}

export function deleteScript(db: Db, targetId: string): boolean {
  return db.prepare('DELETE FROM ma_scripts WHERE target_id = ?').run(targetId).changes > 0;
}

export interface SessionSummaryRow extends SessionRow {
  events: number;
}

/** Every tenant's newest sessions with their event counts (the control plane's view). */
export function listAllSessions(db: Db, limit: number): SessionSummaryRow[] {
  return db
    .prepare<[number], SessionSummaryRow>(
      `SELECT s.rowid, s.*, (SELECT COUNT(*) FROM ma_session_events e WHERE e.session_id = s.id) AS events
        FROM ma_sessions s ORDER BY s.rowid DESC LIMIT ?`,
    )
    .all(limit);
}
