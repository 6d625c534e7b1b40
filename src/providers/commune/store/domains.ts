/** cm_domains: the shared default domain (owned by no organisation) and the organisations' custom domains. */
import type { Db } from '../../../engine/store.js';
import type { DomainRow } from '../tables.js';

export function domainById(db: Db, id: string): DomainRow | undefined {
  return db.prepare<[string], DomainRow>('SELECT * FROM cm_domains WHERE id = ?').get(id);
}

/** The domain of this (lower-cased) name, of any organisation or the shared one. */
export function domainByName(db: Db, nameLc: string): DomainRow | undefined {
  return db.prepare<[string], DomainRow>('SELECT * FROM cm_domains WHERE name_lc = ?').get(nameLc);
}

/** The ownerless shared default domain (`commune.email` unless configured otherwise). */
export function sharedDomain(db: Db): DomainRow | undefined {
  return db.prepare<[], DomainRow>('SELECT * FROM cm_domains WHERE org_id IS NULL ORDER BY created_at LIMIT 1').get();
}

/** A domain the organisation may use: one of its own, or the shared one. */
export function usableDomain(db: Db, orgId: string, domainId: string): DomainRow | undefined {
  return db
    .prepare<[string, string], DomainRow>(`SELECT * FROM cm_domains WHERE id = ? AND (org_id = ?
      OR org_id IS NULL)`)
    .get(domainId, orgId);
}

export function orgDomain(db: Db, orgId: string, domainId: string): DomainRow | undefined {
  return db
    .prepare<[string, string], DomainRow>('SELECT * FROM cm_domains WHERE id = ? AND org_id = ?')
    .get(domainId, orgId);
}

/** The organisation's custom domains, oldest first. */
export function listOrgDomains(db: Db, orgId: string): DomainRow[] {
  return db
    .prepare<[string], DomainRow>('SELECT * FROM cm_domains WHERE org_id = ? ORDER BY created_at, rowid')
    .all(orgId);
}

/** The organisation's oldest custom domain. */
export function firstOrgDomain(db: Db, orgId: string): DomainRow | undefined {
  return db
    .prepare<[string], DomainRow>('SELECT * FROM cm_domains WHERE org_id = ? ORDER BY created_at, rowid LIMIT 1')
    .get(orgId);
}

export function countOrgDomains(db: Db, orgId: string): number {
  return db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM cm_domains WHERE org_id = ?').get(orgId)!.n;
}

/** Whether any domain, of any organisation, has this (lower-cased) name. */
export function domainNameTaken(db: Db, nameLc: string): boolean {
  return db.prepare('SELECT 1 FROM cm_domains WHERE name_lc = ?').get(nameLc) !== undefined;
}

export interface NewDomain {
  id: string;
  orgId: string | null;
  name: string;
  status: string;
  region: string | null;
  records: string | null;
  nowIso: string;
}

export function insertDomain(db: Db, d: NewDomain): DomainRow {
  db.prepare(`INSERT INTO cm_domains (id, org_id, name, name_lc, status, region, records, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    d.id,
    d.orgId,
    d.name,
    d.name.toLowerCase(),
    d.status,
    d.region,
    d.records,
    d.nowIso,
  );
  return domainById(db, d.id)!;
}

export function setDomainState(db: Db, id: string, status: string, records: string | null): void {
  db.prepare('UPDATE cm_domains SET status = ?, records = ? WHERE id = ?').run(status, records, id);
}

/** How the next verify of this custom domain ends (the control plane's override); the number of domains changed. */
export function setVerifyOverride(db: Db, id: string, outcome: string): number {
  return db.prepare('UPDATE cm_domains SET verify_outcome = ? WHERE id = ? AND org_id IS NOT NULL').run(outcome, id)
    .changes;
}
