/**
 * DMARC aggregate reports (shared/providers/commune.md §3.9): submit (XML or gzip-compressed XML as
 * the raw body), list by domain name, and a pass/fail summary. Reports belong to the organisation
 * that posted them; the same (report_id, domain) posted again replaces the earlier copy.
 */
import type { Handler } from '../../../engine/provider.js';
import { errors } from '../errors.js';
import { parseDmarcReport, type DmarcRecord } from '../domain/dmarc-parse.js';
import { intParam, strParam, tenantOf } from '../domain/query.js';
import type { DmarcReportRow } from '../tables.js';
import { dmarcReportJson } from '../wire.js';

const DAY_MS = 24 * 3600_000;

const submitDmarcReport: Handler = (ctx, { query, bodyBytes }) => {
  const orgId = tenantOf(ctx);
  const report = parseDmarcReport(bodyBytes);
  if (!report) throw errors.plain(400, 'Failed to parse DMARC report');
  const now = ctx.now.toISOString();
  // Stored lower-cased: Commune lists by the lower-cased name, so a report for "Example.COM" would otherwise never be found.
  const domain = report.domain.toLowerCase();
  ctx.store.tx(() => {
    ctx.store.db.prepare(`INSERT INTO cm_dmarc_reports (id, org_id, report_id, domain, org_name, email, date_begin, date_end, policy, records, our_domain_id, received_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (org_id, report_id, domain) DO UPDATE SET org_name = excluded.org_name, email = excluded.email, date_begin = excluded.date_begin,
          date_end = excluded.date_end, policy = excluded.policy, records = excluded.records, our_domain_id = excluded.our_domain_id, received_at = excluded.received_at`)
      .run(ctx.ids.hex(12), orgId, report.report_id, domain, report.org_name, report.email, report.date_begin, report.date_end,
        JSON.stringify({ ...report.policy, domain }), JSON.stringify(report.records), strParam(query, 'domain_id') ?? null, now);
  });
  return {
    status: 200,
    body: {
      data: {
        report_id: report.report_id, domain, org_name: report.org_name, date_begin: report.date_begin, date_end: report.date_end,
        record_count: report.records.length, total_messages: report.records.reduce((sum, r) => sum + r.count, 0),
      },
    },
  };
};

const requireDomain = (query: Record<string, unknown>): string => {
  const domain = strParam(query, 'domain');
  if (!domain) throw errors.plain(400, 'domain query parameter is required');
  return domain.toLowerCase();
};

const listDmarcReports: Handler = (ctx, { query }) => {
  const domain = requireDomain(query);
  const limit = intParam(query.limit, 50, 200);
  const rows = ctx.store.db.prepare('SELECT * FROM cm_dmarc_reports WHERE org_id = ? AND domain = ? ORDER BY received_at DESC, seq DESC LIMIT ?')
    .all(tenantOf(ctx), domain, limit) as DmarcReportRow[];
  return { status: 200, body: { data: rows.map(dmarcReportJson) } };
};

const getDmarcSummary: Handler = (ctx, { query }) => {
  const domain = requireDomain(query);
  const days = intParam(query.days, 30, 365);
  const end = ctx.now;
  const begin = new Date(end.getTime() - days * DAY_MS);
  // Reports wholly inside the window, as Commune's query (date_begin >= start, date_end <= end).
  const rows = ctx.store.db.prepare('SELECT records FROM cm_dmarc_reports WHERE org_id = ? AND domain = ? AND date_begin >= ? AND date_end <= ?')
    .all(tenantOf(ctx), domain, begin.toISOString(), end.toISOString()) as Pick<DmarcReportRow, 'records'>[];
  if (rows.length === 0) return { status: 200, body: { data: null, message: 'No DMARC reports found for this period' } };
  let total = 0, pass = 0, dkimPass = 0, spfPass = 0, overrides = 0;
  const sources = new Map<string, { ip: string; count: number; pass: boolean }>();
  for (const record of rows.flatMap((r) => JSON.parse(r.records) as DmarcRecord[])) {
    const dkimOk = record.dkim_result === 'pass';
    const spfOk = record.spf_result === 'pass';
    const passed = dkimOk || spfOk;
    total += record.count;
    if (passed) pass += record.count;
    if (dkimOk) dkimPass += record.count;
    if (spfOk) spfPass += record.count;
    // Messages that failed and that the receiver acted on (quarantine/reject).
    if (record.disposition !== 'none' && !passed) overrides += record.count;
    const source = sources.get(record.source_ip) ?? { ip: record.source_ip, count: 0, pass: true };
    source.count += record.count;
    source.pass &&= passed;
    sources.set(record.source_ip, source);
  }
  return {
    status: 200,
    body: {
      data: {
        domain, period: { begin: begin.toISOString(), end: end.toISOString() },
        total_messages: total, pass_count: pass, fail_count: total - pass, pass_rate: total > 0 ? pass / total : 0,
        dkim_pass: dkimPass, spf_pass: spfPass,
        top_sources: [...sources.values()].sort((a, b) => b.count - a.count).slice(0, 10),
        policy_overrides: overrides,
      },
    },
  };
};

export const handlers: Record<string, Handler> = { submitDmarcReport, listDmarcReports, getDmarcSummary };
