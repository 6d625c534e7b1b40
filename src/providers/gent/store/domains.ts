/** SQL for sending domains. */
import type { Db } from '../../../engine/store.js';
import type { DomainRow } from '../tables.js';
import { nextSeq } from './meta.js';
import { pageOf } from './pages.js';

export function insertDomain(db: Db, d: Omit<DomainRow, 'seq'>): DomainRow {
  db.prepare(`INSERT INTO gt_domains (id, org_id, domain, domain_use, dmarc_policy, status, verification_token,
    dkim_key,
    created_at, verified_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    d.id,
    d.org_id,
    d.domain,
    d.domain_use,
    d.dmarc_policy,
    d.status,
    d.verification_token,
    d.dkim_key,
    d.created_at,
    d.verified_at,
    nextSeq(db),
  );
  return domainByName(db, d.org_id, d.domain)!;
}

export function domainByName(db: Db, orgId: string, name: string): DomainRow | undefined {
  return db
    .prepare<unknown[], DomainRow>('SELECT * FROM gt_domains WHERE org_id = ? AND domain = ?')
    .get(orgId, name.toLowerCase());
}

export function domainTaken(db: Db, name: string): boolean {
  return db.prepare('SELECT 1 FROM gt_domains WHERE domain = ?').get(name.toLowerCase()) !== undefined;
}

export function domainById(db: Db, id: string): DomainRow | undefined {
  return db.prepare<unknown[], DomainRow>('SELECT * FROM gt_domains WHERE id = ?').get(id);
}

export function listDomains(
  db: Db,
  orgId: string,
  limit: number,
  position: number,
): { rows: DomainRow[]; total: number } {
  return pageOf<DomainRow>(db, 'gt_domains', { where: 'org_id = ?', args: [orgId], order: 'seq', limit, position });
}

export function markVerified(db: Db, id: string, nowIso: string): void {
  db.prepare("UPDATE gt_domains SET status = 'verified', verified_at = COALESCE(verified_at, ?) WHERE id = ?").run(
    nowIso,
    id,
  );
}

export function inboxCountOnDomain(db: Db, domainId: string): number {
  return db.prepare<unknown[], { n: number }>('SELECT COUNT(*) AS n FROM gt_inboxes WHERE domain_id = ?').get(domainId)!
    .n;
}

export function deleteDomainRow(db: Db, id: string): void {
  db.prepare('DELETE FROM gt_domains WHERE id = ?').run(id);
}
