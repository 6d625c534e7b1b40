/** cm_thread_meta: a thread's triage state (tags as JSON, status, assignee), per organisation. */
import type { Db } from '../../../engine/store.js';
import type { ThreadMetaRow } from '../tables.js';

export function threadMeta(db: Db, orgId: string, threadId: string): ThreadMetaRow | undefined {
  return db
    .prepare<[string, string], ThreadMetaRow>('SELECT * FROM cm_thread_meta WHERE org_id = ? AND thread_id = ?')
    .get(orgId, threadId);
}

export function saveThreadMeta(db: Db, m: ThreadMetaRow): void {
  db.prepare(`INSERT INTO cm_thread_meta (org_id, thread_id, tags, status, assigned_to, updated_at)
      VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (org_id, thread_id) DO UPDATE SET tags = excluded.tags, status = excluded.status,
      assigned_to = excluded.assigned_to, updated_at = excluded.updated_at`).run(
    m.org_id,
    m.thread_id,
    m.tags,
    m.status,
    m.assigned_to,
    m.updated_at,
  );
}
