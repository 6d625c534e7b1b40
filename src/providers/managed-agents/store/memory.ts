/** Memory stores, memories (one row per live memory) and memory versions (kept after deletes). */
import type { Db } from '../../../engine/store.js';
import type { MemoryRow, MemoryStoreRow, MemoryVersionRow } from '../tables.js';
import { Where, newestFirst, archiveRow } from './where.js';

/** Length in characters (code points), as SQLite's substr and length count them. */
const chars = (s: string): number => [...s].length;

export function insertStore(
  db: Db,
  o: {
    id: string;
    tenantId: string;
    name: string;
    description: string;
    metadata: Record<string, string>;
    agentId: string | null;
    now: Date;
  },
): void {
  const iso = o.now.toISOString();
  db.prepare(
    `INSERT INTO ma_memory_stores
      (id, tenant_id, name, description, metadata, agent_id, created_at, created_ms, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(o.id, o.tenantId, o.name, o.description, JSON.stringify(o.metadata), o.agentId, iso, o.now.getTime(), iso);
}

export function getStore(db: Db, tenantId: string, id: string): MemoryStoreRow | undefined {
  return db
    .prepare<[string, string], MemoryStoreRow>('SELECT rowid, * FROM ma_memory_stores WHERE id = ? AND tenant_id = ?')
    .get(id, tenantId);
}

export function updateStore(
  db: Db,
  id: string,
  f: { name: string; description: string; metadata: Record<string, string> },
  now: string,
): void {
  db.prepare('UPDATE ma_memory_stores SET name = ?, description = ?, metadata = ?, updated_at = ? WHERE id = ?').run(
    f.name,
    f.description,
    JSON.stringify(f.metadata),
    now,
    id,
  );
}

export function archiveStore(db: Db, id: string, now: string): void {
  archiveRow(db, 'ma_memory_stores', id, now);
}

export function deleteStore(db: Db, id: string): void {
  db.prepare('DELETE FROM ma_memory_stores WHERE id = ?').run(id);
}

export function listStores(
  db: Db,
  tenantId: string,
  o: {
    includeArchived: boolean;
    gteMs?: number;
    lteMs?: number;
    agentId?: string;
    limit: number;
    beforeRowid: number | null;
  },
): MemoryStoreRow[] {
  const where = new Where('tenant_id = ?', tenantId)
    .optional('created_ms >= ?', o.gteMs)
    .optional('created_ms <= ?', o.lteMs)
    .optional('agent_id = ?', o.agentId)
    .optional('rowid < ?', o.beforeRowid);
  if (!o.includeArchived) where.add('archived_at IS NULL');
  return newestFirst<MemoryStoreRow>(db, 'ma_memory_stores', where, o.limit);
}

export function getMemory(db: Db, storeId: string, id: string): MemoryRow | undefined {
  return db
    .prepare<[string, string], MemoryRow>('SELECT * FROM ma_memories WHERE id = ? AND store_id = ?')
    .get(id, storeId);
}

/** A memory other than `exceptId` whose path equals `path` or is its ancestor or descendant. */
export function overlapping(
  db: Db,
  storeId: string,
  path: string,
  exceptId: string,
): { id: string; path: string } | undefined {
  return db
    .prepare<[string, string, string, number, string, string], { id: string; path: string }>(
      `SELECT id, path FROM ma_memories WHERE store_id = ? AND id <> ?
        AND (path = ? OR substr(path, 1, ?) = ? OR substr(?, 1, length(path) + 1) = path || '/') ORDER BY path LIMIT 1`,
    )
    .get(storeId, exceptId, path, chars(path) + 1, `${path}/`, path);
}

export function memoriesUnder(db: Db, storeId: string, prefix: string): MemoryRow[] {
  return db
    .prepare<[string, number, string], MemoryRow>(
      'SELECT * FROM ma_memories WHERE store_id = ? AND substr(path, 1, ?) = ? ORDER BY path',
    )
    .all(storeId, chars(prefix), prefix);
}

export interface MemoryState {
  path: string;
  content: string;
  sha256: string;
  size: number;
}

export function insertMemory(
  db: Db,
  o: MemoryState & { id: string; tenantId: string; storeId: string; versionId: string; now: string },
): void {
  db.prepare(`INSERT INTO ma_memories
    (id, tenant_id, store_id, path, content, content_sha256, content_size_bytes, version_id, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    o.id,
    o.tenantId,
    o.storeId,
    o.path,
    o.content,
    o.sha256,
    o.size,
    o.versionId,
    o.now,
    o.now,
  );
}

export function updateMemory(db: Db, id: string, s: MemoryState, versionId: string, now: string): void {
  db.prepare(
    `UPDATE ma_memories
      SET path = ?, content = ?, content_sha256 = ?, content_size_bytes = ?, version_id = ?, updated_at = ?
      WHERE id = ?`,
  ).run(s.path, s.content, s.sha256, s.size, versionId, now, id);
}

export function deleteMemory(db: Db, id: string): void {
  db.prepare('DELETE FROM ma_memories WHERE id = ?').run(id);
}

export function insertVersion(
  db: Db,
  v: {
    id: string;
    tenantId: string;
    storeId: string;
    memoryId: string;
    operation: string;
    state: MemoryState | null;
    path: string;
    createdBy: unknown;
    now: Date;
  },
): void {
  db.prepare(`INSERT INTO ma_memory_versions (id, tenant_id, store_id, memory_id, operation, path, content,
    content_sha256, content_size_bytes, created_by, created_at, created_ms)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    v.id,
    v.tenantId,
    v.storeId,
    v.memoryId,
    v.operation,
    v.path,
    v.state?.content ?? null,
    v.state?.sha256 ?? null,
    v.state?.size ?? null,
    JSON.stringify(v.createdBy),
    v.now.toISOString(),
    v.now.getTime(),
  );
}

export function getVersion(db: Db, storeId: string, id: string): MemoryVersionRow | undefined {
  return db
    .prepare<[string, string], MemoryVersionRow>(
      'SELECT rowid, * FROM ma_memory_versions WHERE id = ? AND store_id = ?',
    )
    .get(id, storeId);
}

export function redactVersion(db: Db, id: string, by: unknown, now: string): void {
  db.prepare(`UPDATE ma_memory_versions
    SET path = NULL, content = NULL, content_sha256 = NULL, content_size_bytes = NULL,
    redacted_at = ?, redacted_by = ? WHERE id = ? AND redacted_at IS NULL`).run(now, JSON.stringify(by), id);
}

export interface VersionFilters {
  memoryId?: string;
  operation?: string;
  apiKeyId?: string;
  sessionId?: string;
  serviceAccountId?: string;
  gteMs?: number;
  lteMs?: number;
}

export function listVersions(
  db: Db,
  storeId: string,
  f: VersionFilters & { limit: number; beforeRowid: number | null },
): MemoryVersionRow[] {
  const where = new Where('store_id = ?', storeId)
    .optional('memory_id = ?', f.memoryId)
    .optional('operation = ?', f.operation)
    .optional("json_extract(created_by, '$.api_key_id') = ?", f.apiKeyId)
    .optional("json_extract(created_by, '$.session_id') = ?", f.sessionId)
    .optional("json_extract(created_by, '$.service_account_id') = ?", f.serviceAccountId)
    .optional('created_ms >= ?', f.gteMs)
    .optional('created_ms <= ?', f.lteMs)
    .optional('rowid < ?', f.beforeRowid);
  return newestFirst<MemoryVersionRow>(db, 'ma_memory_versions', where, f.limit);
}
