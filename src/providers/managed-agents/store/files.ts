/** Uploaded files: metadata and bytes in one row. */
import type { Db } from '../../../engine/store.js';
import type { FileRow } from '../tables.js';
import { Where, newestFirst } from './where.js';

const COLUMNS = 'rowid, id, tenant_id, filename, mime_type, size_bytes, downloadable, scope_id, expires_at, created_at';

export function insertFile(
  db: Db,
  f: {
    id: string;
    tenantId: string;
    filename: string;
    mimeType: string;
    data: Buffer;
    downloadable: boolean;
    scopeId: string | null;
    expiresAt: string | null;
    now: string;
  },
): void {
  db.prepare(
    `INSERT INTO ma_files
      (id, tenant_id, filename, mime_type, size_bytes, data, downloadable, scope_id, expires_at, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    f.id,
    f.tenantId,
    f.filename,
    f.mimeType,
    f.data.length,
    f.data,
    f.downloadable ? 1 : 0,
    f.scopeId,
    f.expiresAt,
    f.now,
  );
}

export function getFile(db: Db, tenantId: string, id: string): FileRow | undefined {
  return db
    .prepare<[string, string], FileRow>(`SELECT ${COLUMNS} FROM ma_files WHERE id = ? AND tenant_id = ?`)
    .get(id, tenantId);
}

export function fileBytes(db: Db, id: string): Buffer {
  return db.prepare<[string], { data: Buffer }>('SELECT data FROM ma_files WHERE id = ?').get(id)!.data;
}

export function storedBytes(db: Db, tenantId: string): number {
  return db
    .prepare<[string], { n: number }>('SELECT COALESCE(SUM(size_bytes), 0) AS n FROM ma_files WHERE tenant_id = ?')
    .get(tenantId)!.n;
}

export function deleteFile(db: Db, id: string): void {
  db.prepare('DELETE FROM ma_files WHERE id = ?').run(id);
}

export function listFiles(
  db: Db,
  tenantId: string,
  o: { scopeId?: string; ids?: string[]; limit: number; beforeRowid: number | null },
): FileRow[] {
  const where = new Where('tenant_id = ?', tenantId)
    .optional('scope_id = ?', o.scopeId)
    .optional('rowid < ?', o.beforeRowid);
  if (o.ids) where.add(`id IN (${o.ids.map(() => '?').join(', ') || 'NULL'})`, ...o.ids);
  return newestFirst<FileRow>(db, 'ma_files', where, o.limit, COLUMNS);
}
