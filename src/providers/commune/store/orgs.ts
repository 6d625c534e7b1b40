/** cm_orgs: the organisations (tenants), their slug and plan tier. */
import type { Db } from '../../../engine/store.js';
import type { OrgRow } from '../tables.js';

export function orgById(db: Db, id: string): OrgRow | undefined {
  return db.prepare<[string], OrgRow>('SELECT * FROM cm_orgs WHERE id = ?').get(id);
}

/** The organisation's tier; the caller knows the organisation exists. */
export function orgTier(db: Db, id: string): string {
  return db.prepare<[string], Pick<OrgRow, 'tier'>>('SELECT tier FROM cm_orgs WHERE id = ?').get(id)!.tier;
}

export function orgExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM cm_orgs WHERE id = ?').get(id) !== undefined;
}

export function slugTaken(db: Db, slug: string): boolean {
  return db.prepare('SELECT 1 FROM cm_orgs WHERE slug = ?').get(slug) !== undefined;
}

export function insertOrg(db: Db, o: { id: string; name: string; slug: string; tier: string; nowIso: string }): void {
  db.prepare('INSERT INTO cm_orgs (id, name, slug, tier, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    o.id,
    o.name,
    o.slug,
    o.tier,
    o.nowIso,
    o.nowIso,
  );
}

export function renameOrg(db: Db, id: string, name: string, nowIso: string): void {
  db.prepare('UPDATE cm_orgs SET name = ?, updated_at = ? WHERE id = ?').run(name, nowIso, id);
}
