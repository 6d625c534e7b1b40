/** Environments. */
import type { Db } from '../../../engine/store.js';
import type { EnvironmentRow } from '../tables.js';
import { Where, newestFirst, archiveRow } from './where.js';

export interface EnvironmentFields {
  name: string;
  description: string | null;
  config: unknown;
  metadata: Record<string, string>;
  scope: string | null;
}

export function insertEnvironment(db: Db, o: EnvironmentFields & { id: string; tenantId: string; now: string }): void {
  db.prepare(
    `INSERT INTO ma_environments (id, tenant_id, name, description, config, metadata, scope, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    o.id,
    o.tenantId,
    o.name,
    o.description,
    JSON.stringify(o.config),
    JSON.stringify(o.metadata),
    o.scope,
    o.now,
    o.now,
  );
}

export function getEnvironment(db: Db, tenantId: string, id: string): EnvironmentRow | undefined {
  return db
    .prepare<[string, string], EnvironmentRow>('SELECT rowid, * FROM ma_environments WHERE id = ? AND tenant_id = ?')
    .get(id, tenantId);
}

export function updateEnvironment(db: Db, id: string, f: EnvironmentFields, now: string): void {
  db.prepare(
    `UPDATE ma_environments SET name = ?, description = ?, config = ?, metadata = ?, scope = ?, updated_at = ?
      WHERE id = ?`,
  ).run(f.name, f.description, JSON.stringify(f.config), JSON.stringify(f.metadata), f.scope, now, id);
}

export function archiveEnvironment(db: Db, id: string, now: string): void {
  archiveRow(db, 'ma_environments', id, now);
}

export function deleteEnvironment(db: Db, id: string): void {
  db.prepare('DELETE FROM ma_environments WHERE id = ?').run(id);
}

export function listEnvironments(
  db: Db,
  tenantId: string,
  o: { includeArchived: boolean; limit: number; beforeRowid: number | null },
): EnvironmentRow[] {
  const where = new Where('tenant_id = ?', tenantId).optional('rowid < ?', o.beforeRowid);
  if (!o.includeArchived) where.add('archived_at IS NULL');
  return newestFirst<EnvironmentRow>(db, 'ma_environments', where, o.limit);
}
