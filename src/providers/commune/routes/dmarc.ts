/**
 * DMARC aggregate reports (contracts/commune.md, "DMARC reports"): submit (XML or gzip-compressed XML as
 * the raw body), list by domain name, and a pass/fail summary. Reports belong to the organisation
 * that posted them; the same (report_id, domain) posted again replaces the earlier copy.
 */
import { clampedInt, firstStr } from '../../shared/query.js';
import type { CommuneHandler, CommuneHandlers } from '../auth.js';
import { parseDmarcReport, type DmarcRecord } from '../domain/dmarc-parse.js';
import { errors } from '../errors.js';
import { dmarcRecordsWithin, listDmarcReports as reportsOf, saveDmarcReport } from '../store/dmarc.js';
import { dmarcReportJson } from '../wire.js';

const DAY_MS = 24 * 3600_000;

const submitDmarcReport: CommuneHandler<'submitDmarcReport'> = (ctx, { query, bodyBytes }) => {
  const orgId = ctx.caller.tenant;
  const report = parseDmarcReport(bodyBytes);
  if (!report) throw errors.plain(400, 'Failed to parse DMARC report');
  const now = ctx.now.toISOString();
  // Stored lower-cased: Commune lists by the lower-cased name, so a report for "Example.COM" would otherwise
  // never be found.
  const domain = report.domain.toLowerCase();
  ctx.store.tx(() =>
    saveDmarcReport(ctx.store.db, {
      id: ctx.ids.hex(12),
      org_id: orgId,
      report_id: report.report_id,
      domain,
      org_name: report.org_name,
      email: report.email,
      date_begin: report.date_begin,
      date_end: report.date_end,
      policy: JSON.stringify({ ...report.policy, domain }),
      records: JSON.stringify(report.records),
      our_domain_id: firstStr(query, 'domain_id') ?? null,
      received_at: now,
    }),
  );
  return {
    status: 200,
    body: {
      data: {
        report_id: report.report_id,
        domain,
        org_name: report.org_name,
        date_begin: report.date_begin,
        date_end: report.date_end,
        record_count: report.records.length,
        total_messages: report.records.reduce((sum, r) => sum + r.count, 0),
      },
    },
  };
};

const requireDomain = (query: Readonly<Record<string, unknown>>): string => {
  const domain = firstStr(query, 'domain');
  if (!domain) throw errors.plain(400, 'domain query parameter is required');
  return domain.toLowerCase();
};

const listDmarcReports: CommuneHandler<'listDmarcReports'> = (ctx, { query }) => {
  const domain = requireDomain(query);
  const limit = clampedInt(query.limit, 50, 1, 200);
  const rows = reportsOf(ctx.store.db, ctx.caller.tenant, domain, limit);
  return { status: 200, body: { data: rows.map(dmarcReportJson) } };
};

const getDmarcSummary: CommuneHandler<'getDmarcSummary'> = (ctx, { query }) => {
  const domain = requireDomain(query);
  const days = clampedInt(query.days, 30, 1, 365);
  const end = ctx.now;
  const begin = new Date(end.getTime() - days * DAY_MS);
  // Reports wholly inside the window, as Commune's query (date_begin >= start, date_end <= end).
  const rows = dmarcRecordsWithin(ctx.store.db, ctx.caller.tenant, domain, begin.toISOString(), end.toISOString());
  if (rows.length === 0)
    return { status: 200, body: { data: null, message: 'No DMARC reports found for this period' } };
  let total = 0,
    pass = 0,
    dkimPass = 0,
    spfPass = 0,
    overrides = 0;
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
        domain,
        period: { begin: begin.toISOString(), end: end.toISOString() },
        total_messages: total,
        pass_count: pass,
        fail_count: total - pass,
        pass_rate: total > 0 ? pass / total : 0,
        dkim_pass: dkimPass,
        spf_pass: spfPass,
        top_sources: [...sources.values()].sort((a, b) => b.count - a.count).slice(0, 10),
        policy_overrides: overrides,
      },
    },
  };
};

export const handlers = { submitDmarcReport, listDmarcReports, getDmarcSummary } satisfies Partial<CommuneHandlers>;
