/** Skills, their versions and the files each version holds. Built-in skills have no tenant. */
import type { Db } from '../../../engine/store.js';
import type { SkillRow, SkillVersionRow } from '../tables.js';
import { Where, newestFirst } from './where.js';

export interface SkillFile {
  path: string;
  data: Buffer;
}

/** A skill the tenant can see: its own, or a built-in one. */
export function findSkill(db: Db, tenantId: string, id: string): SkillRow | undefined {
  return db
    .prepare<[string, string], SkillRow>(
      'SELECT rowid, * FROM ma_skills WHERE id = ? AND (tenant_id = ? OR tenant_id IS NULL)',
    )
    .get(id, tenantId);
}

export function findCustomSkillByName(db: Db, tenantId: string, name: string): SkillRow | undefined {
  return db
    .prepare<[string, string], SkillRow>('SELECT rowid, * FROM ma_skills WHERE tenant_id = ? AND name = ?')
    .get(tenantId, name);
}

export function getSkillVersion(db: Db, skillId: string, versionId: string): SkillVersionRow | undefined {
  return db
    .prepare<[string, string], SkillVersionRow>('SELECT rowid, * FROM ma_skill_versions WHERE skill_id = ? AND id = ?')
    .get(skillId, versionId);
}

export function versionIdTaken(db: Db, skillId: string, versionId: string): boolean {
  return (
    db.prepare('SELECT 1 FROM ma_skill_versions WHERE skill_id = ? AND id = ?').get(skillId, versionId) !== undefined
  );
}

export function insertSkill(
  db: Db,
  s: {
    id: string;
    tenantId: string | null;
    name: string;
    displayName: string;
    source: string;
    latestVersionId: string;
    now: string;
  },
): void {
  db.prepare(
    `INSERT INTO ma_skills (id, tenant_id, name, display_name, source, latest_version_id, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(s.id, s.tenantId, s.name, s.displayName, s.source, s.latestVersionId, s.now, s.now);
}

export function insertSkillVersion(
  db: Db,
  v: {
    skillId: string;
    id: string;
    tenantId: string | null;
    name: string;
    description: string;
    files: SkillFile[];
    now: string;
  },
): void {
  db.prepare(
    'INSERT INTO ma_skill_versions (skill_id, id, tenant_id, name, description, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(v.skillId, v.id, v.tenantId, v.name, v.description, v.now);
  const file = db.prepare(
    'INSERT INTO ma_skill_files (skill_id, version_id, tenant_id, path, data) VALUES (?, ?, ?, ?, ?)',
  );
  for (const f of v.files) file.run(v.skillId, v.id, v.tenantId, f.path, f.data);
}

export function setLatestVersion(db: Db, skillId: string, versionId: string, now: string): void {
  db.prepare('UPDATE ma_skills SET latest_version_id = ?, updated_at = ? WHERE id = ?').run(versionId, now, skillId);
}

/** The tenant's skills and the built-in ones, newest first (built-ins were seeded first, so they come last). */
export function listSkills(
  db: Db,
  tenantId: string,
  o: { source?: string; limit: number; beforeRowid: number | null },
): SkillRow[] {
  const where = new Where('(tenant_id = ? OR tenant_id IS NULL)', tenantId)
    .optional('source = ?', o.source)
    .optional('rowid < ?', o.beforeRowid);
  return newestFirst<SkillRow>(db, 'ma_skills', where, o.limit);
}

export function listSkillVersions(
  db: Db,
  skillId: string,
  o: { limit: number; beforeRowid: number | null },
): SkillVersionRow[] {
  const where = new Where('skill_id = ?', skillId).optional('rowid < ?', o.beforeRowid);
  return newestFirst<SkillVersionRow>(db, 'ma_skill_versions', where, o.limit);
}

/** The newest version other than `exceptId`, if any. */
export function newestVersion(db: Db, skillId: string, exceptId: string): SkillVersionRow | undefined {
  return db
    .prepare<[string, string], SkillVersionRow>(
      'SELECT rowid, * FROM ma_skill_versions WHERE skill_id = ? AND id <> ? ORDER BY rowid DESC LIMIT 1',
    )
    .get(skillId, exceptId);
}

export function skillFiles(db: Db, skillId: string, versionId: string): SkillFile[] {
  return db
    .prepare<[string, string], SkillFile>(
      'SELECT path, data FROM ma_skill_files WHERE skill_id = ? AND version_id = ? ORDER BY path',
    )
    .all(skillId, versionId);
}

export function deleteSkill(db: Db, skillId: string): void {
  db.prepare('DELETE FROM ma_skills WHERE id = ?').run(skillId);
}

export function deleteSkillVersion(db: Db, skillId: string, versionId: string): void {
  db.prepare('DELETE FROM ma_skill_versions WHERE skill_id = ? AND id = ?').run(skillId, versionId);
}
