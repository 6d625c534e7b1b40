/** SQL for files, their versions and spreadsheet rows. */
import type { Db } from '../../../engine/store.js';
import type { FileRow, FileVersionRow } from '../tables.js';
import { nextSeq } from './meta.js';
import { orgOrInbox, pageOf } from './pages.js';

export function insertFile(db: Db, f: Omit<FileRow, 'seq'>): FileRow {
  db.prepare(`INSERT INTO gt_files (id, org_id, inbox_id, name, file_type, scope, instructions, content, version,
    row_count, created_at,
    updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    f.id,
    f.org_id,
    f.inbox_id,
    f.name,
    f.file_type,
    f.scope,
    f.instructions,
    f.content,
    f.version,
    f.row_count,
    f.created_at,
    f.updated_at,
    nextSeq(db),
  );
  return getFile(db, f.org_id, f.id)!;
}

export function getFile(db: Db, orgId: string, id: string): FileRow | undefined {
  return db.prepare<unknown[], FileRow>('SELECT * FROM gt_files WHERE id = ? AND org_id = ?').get(id, orgId);
}

export function fileById(db: Db, id: string): FileRow | undefined {
  return db.prepare<unknown[], FileRow>('SELECT * FROM gt_files WHERE id = ?').get(id);
}

export function listFileRows(
  db: Db,
  orgId: string,
  inboxId: string | null,
  limit: number,
  position: number,
): { rows: FileRow[]; total: number } {
  return pageOf<FileRow>(db, 'gt_files', { ...orgOrInbox(orgId, inboxId), order: 'seq DESC', limit, position });
}

export function insertVersion(db: Db, v: FileVersionRow): void {
  db.prepare(
    `INSERT INTO gt_file_versions (file_id, org_id, version, change, rows_added, source_message_id, created_at) VALUES
      (?, ?, ?, ?, ?, ?, ?)`,
  ).run(v.file_id, v.org_id, v.version, v.change, v.rows_added, v.source_message_id, v.created_at);
}

export function listVersions(db: Db, fileId: string): FileVersionRow[] {
  return db
    .prepare<unknown[], FileVersionRow>('SELECT * FROM gt_file_versions WHERE file_id = ? ORDER BY version DESC')
    .all(fileId);
}

/** Appends rows as the file's next version; returns the new version and row count. */
export function appendRows(
  db: Db,
  f: FileRow,
  rows: Record<string, unknown>[],
  o: { sourceMessageId: string | null; nowIso: string },
): { version: number; rowCount: number } {
  const version = f.version + 1;
  const insert = db.prepare(
    'INSERT INTO gt_file_rows (file_id, org_id, row_index, data, version) VALUES (?, ?, ?, ?, ?)',
  );
  rows.forEach((row, i) => {
    insert.run(f.id, f.org_id, f.row_count + i, JSON.stringify(row), version);
  });
  const rowCount = f.row_count + rows.length;
  db.prepare('UPDATE gt_files SET version = ?, row_count = ?, updated_at = ? WHERE id = ?').run(
    version,
    rowCount,
    o.nowIso,
    f.id,
  );
  insertVersion(db, {
    file_id: f.id,
    org_id: f.org_id,
    version,
    change: 'rows_appended',
    rows_added: rows.length,
    source_message_id: o.sourceMessageId,
    created_at: o.nowIso,
  });
  return { version, rowCount };
}

export function fileRows(db: Db, fileId: string): Record<string, unknown>[] {
  return db
    .prepare<[string], { data: string }>('SELECT data FROM gt_file_rows WHERE file_id = ? ORDER BY row_index')
    .all(fileId)
    .map((r) => JSON.parse(r.data) as Record<string, unknown>);
}
