/** cm_dmarc_reports: DMARC aggregate reports, one per (organisation, report id, domain). */
import type { Db } from '../../../engine/store.js';
import type { DmarcReportRow } from '../tables.js';

/** Stores the report; the same (report_id, domain) posted again replaces the earlier copy. */
export function saveDmarcReport(db: Db, r: Omit<DmarcReportRow, 'seq'>): void {
  db.prepare(`INSERT INTO cm_dmarc_reports (id, org_id, report_id, domain, org_name, email, date_begin, date_end,
      policy, records, our_domain_id, received_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (org_id, report_id, domain) DO UPDATE SET org_name = excluded.org_name, email = excluded.email,
        date_begin = excluded.date_begin, date_end = excluded.date_end, policy = excluded.policy,
        records = excluded.records, our_domain_id = excluded.our_domain_id, received_at = excluded.received_at`).run(
    r.id,
    r.org_id,
    r.report_id,
    r.domain,
    r.org_name,
    r.email,
    r.date_begin,
    r.date_end,
    r.policy,
    r.records,
    r.our_domain_id,
    r.received_at,
  );
}

/** The organisation's reports for a domain, newest first. */
export function listDmarcReports(db: Db, orgId: string, domain: string, limit: number): DmarcReportRow[] {
  return db
    .prepare<[string, string, number], DmarcReportRow>(`SELECT * FROM cm_dmarc_reports WHERE org_id = ?
      AND domain = ? ORDER BY received_at DESC, seq DESC LIMIT ?`)
    .all(orgId, domain, limit);
}

/** The records of the reports wholly inside [beginIso, endIso] (Commune's date_begin >= start, date_end <= end). */
export function dmarcRecordsWithin(
  db: Db,
  orgId: string,
  domain: string,
  beginIso: string,
  endIso: string,
): Pick<DmarcReportRow, 'records'>[] {
  return db
    .prepare<[string, string, string, string], Pick<DmarcReportRow, 'records'>>(
      'SELECT records FROM cm_dmarc_reports WHERE org_id = ? AND domain = ? AND date_begin >= ? AND date_end <= ?',
    )
    .all(orgId, domain, beginIso, endIso);
}
