/** SQL for contacts and tasks. */
import type { Db } from '../../../engine/store.js';
import type { ContactRow, TaskRow } from '../tables.js';
import { nextSeq } from './meta.js';
import { pageOf } from './pages.js';

export function insertContact(db: Db, c: Omit<ContactRow, 'seq'>): ContactRow {
  db.prepare(`INSERT INTO gt_contacts (id, org_id, inbox_id, full_name, emails, phones, notes, anniversaries,
    created_at, seq)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    c.id,
    c.org_id,
    c.inbox_id,
    c.full_name,
    c.emails,
    c.phones,
    c.notes,
    c.anniversaries,
    c.created_at,
    nextSeq(db),
  );
  return getContact(db, c.org_id, c.id)!;
}

export function getContact(db: Db, orgId: string, id: string): ContactRow | undefined {
  return db.prepare<unknown[], ContactRow>('SELECT * FROM gt_contacts WHERE id = ? AND org_id = ?').get(id, orgId);
}

/** Contacts of the organisation (optionally one inbox's plus the tenant-wide ones), by name. */
export function listContacts(
  db: Db,
  o: { orgId: string; inboxId: string | null; q: string | null; limit: number; position: number },
): { rows: ContactRow[]; total: number } {
  const where = ['org_id = ?'];
  const args: unknown[] = [o.orgId];
  if (o.inboxId) {
    where.push('(inbox_id = ? OR inbox_id IS NULL)');
    args.push(o.inboxId);
  }
  if (o.q) {
    where.push("(LOWER(full_name) LIKE ? ESCAPE '\\' OR LOWER(emails) LIKE ? ESCAPE '\\')");
    const like = `%${o.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    args.push(like, like);
  }
  const clause = where.join(' AND ');
  return pageOf<ContactRow>(db, 'gt_contacts', {
    where: clause,
    args,
    order: 'LOWER(full_name), seq',
    limit: o.limit,
    position: o.position,
  });
}

/** The contact of the organisation that has this address, if any (for activity entries). */
export function contactIdByAddress(db: Db, orgId: string, address: string): string | null {
  const rows = db
    .prepare<[string, string], Pick<ContactRow, 'id' | 'emails'>>(
      'SELECT id, emails FROM gt_contacts WHERE org_id = ? AND LOWER(emails) LIKE ? ORDER BY seq',
    )
    .all(orgId, `%${address.toLowerCase()}%`);
  for (const r of rows) {
    const emails = JSON.parse(r.emails) as { address: string }[];
    if (emails.some((e) => e.address.toLowerCase() === address.toLowerCase())) return r.id;
  }
  return null;
}

export function insertTask(db: Db, t: Omit<TaskRow, 'seq' | 'completed_at_ms' | 'status'>): TaskRow {
  db.prepare(`INSERT INTO gt_tasks (id, org_id, inbox_id, title, notes, due_at_ms, status, source_type, source_id,
    created_at_ms, seq)
    VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)`).run(
    t.id,
    t.org_id,
    t.inbox_id,
    t.title,
    t.notes,
    t.due_at_ms,
    t.source_type,
    t.source_id,
    t.created_at_ms,
    nextSeq(db),
  );
  return getTask(db, t.org_id, t.id)!;
}

export function getTask(db: Db, orgId: string, id: string): TaskRow | undefined {
  return db.prepare<unknown[], TaskRow>('SELECT * FROM gt_tasks WHERE id = ? AND org_id = ?').get(id, orgId);
}

export function updateTaskRow(
  db: Db,
  t: Pick<TaskRow, 'id' | 'title' | 'notes' | 'due_at_ms' | 'status' | 'completed_at_ms'>,
): void {
  db.prepare(
    'UPDATE gt_tasks SET title = ?, notes = ?, due_at_ms = ?, status = ?, completed_at_ms = ? WHERE id = ?',
  ).run(t.title, t.notes, t.due_at_ms, t.status, t.completed_at_ms, t.id);
}

/** Closes the open tasks an object created (an approval once it is decided). */
export function completeTasksFor(db: Db, sourceType: string, sourceId: string, nowMs: number): void {
  db.prepare(
    `UPDATE gt_tasks SET status = 'done', completed_at_ms = ? WHERE source_type = ? AND source_id = ? AND status =
      'open'`,
  ).run(nowMs, sourceType, sourceId);
}

export function listTasks(
  db: Db,
  o: { orgId: string; inboxId: string | null; status: string | null; agenda: boolean; limit: number; position: number },
): { rows: TaskRow[]; total: number } {
  const where = ['org_id = ?'];
  const args: unknown[] = [o.orgId];
  if (o.inboxId) {
    where.push('inbox_id = ?');
    args.push(o.inboxId);
  }
  const status = o.agenda ? 'open' : o.status;
  if (status) {
    where.push('status = ?');
    args.push(status);
  }
  const clause = where.join(' AND ');
  // The agenda lists pending items (no due date) first, then dated ones soonest first.
  const order = o.agenda ? '(due_at_ms IS NOT NULL), due_at_ms, seq' : 'seq DESC';
  return pageOf<TaskRow>(db, 'gt_tasks', { where: clause, args, order, limit: o.limit, position: o.position });
}
