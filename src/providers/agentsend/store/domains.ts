/** as_domains: custom domains, their DNS tokens and verification state. */
import { limitOffset, type Db } from '../../../engine/store.js';
import type { DomainRow } from '../tables.js';
import { nextSeq, type Page } from './meta.js';

export function domainById(db: Db, id: string): DomainRow | undefined {
  return db.prepare<[string], DomainRow>('SELECT * FROM as_domains WHERE id = ?').get(id);
}

/** The account's domain, or undefined (another account's reads as absent). */
export function findOwnedDomain(db: Db, id: string, tenant: string): DomainRow | undefined {
  return db
    .prepare<[string, string], DomainRow>('SELECT * FROM as_domains WHERE id = ? AND account_id = ?')
    .get(id, tenant);
}

export function domainRegistered(db: Db, tenant: string, domain: string): boolean {
  return db.prepare('SELECT 1 FROM as_domains WHERE account_id = ? AND domain = ?').get(tenant, domain) !== undefined;
}

export interface NewDomain {
  id: string;
  accountId: string;
  domain: string;
  verificationToken: string;
  dkimTokens: string[];
  nowIso: string;
}

export function insertDomain(db: Db, d: NewDomain): DomainRow {
  db.prepare(`INSERT INTO as_domains (id, account_id, domain, verification_token, dkim_tokens, created_at, updated_at,
    seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    d.id,
    d.accountId,
    d.domain,
    d.verificationToken,
    JSON.stringify(d.dkimTokens),
    d.nowIso,
    d.nowIso,
    nextSeq(db),
  );
  return domainById(db, d.id)!;
}

/** The account's domains in creation order; and how many there are. */
export function listDomains(db: Db, tenant: string, { limit, offset }: Page): { rows: DomainRow[]; total: number } {
  const rows = db
    .prepare<[string], DomainRow>(`SELECT * FROM as_domains WHERE account_id = ?
      ORDER BY seq ${limitOffset(limit, offset)}`)
    .all(tenant);
  const { total } = db
    .prepare<[string], { total: number }>(`SELECT COUNT(*) AS total FROM as_domains
      WHERE account_id = ?`)
    .get(tenant)!;
  return { rows, total };
}

export function deleteDomain(db: Db, id: string): void {
  db.prepare('DELETE FROM as_domains WHERE id = ?').run(id);
}

/** Sending and receiving verified, with the three verification times set to `at`. */
export function markDomainVerified(db: Db, id: string, at: string): void {
  db.prepare(`UPDATE as_domains SET sending_status = 'verified', receiving_status = 'verified', verified_at = ?,
    sending_verified_at = ?, receiving_verified_at = ?, updated_at = ? WHERE id = ?`).run(at, at, at, at, id);
}

/** Sending and receiving in `status` (failed or pending), the verification times cleared. */
export function markDomainUnverified(db: Db, id: string, status: string, at: string): void {
  db.prepare(`UPDATE as_domains SET sending_status = ?, receiving_status = ?, verified_at = NULL,
    sending_verified_at = NULL, receiving_verified_at = NULL, updated_at = ? WHERE id = ?`).run(status, status, at, id);
}
