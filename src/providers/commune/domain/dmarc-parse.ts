/**
 * DMARC aggregate reports (RFC 7489 appendix C): raw XML or gzip-compressed XML in, the fields
 * Commune stores out (contracts/commune.md, "DMARC reports"). Gzip is recognised by its magic bytes,
 * whatever the Content-Type says; anything else (zip included) is read as UTF-8 text, so a zip
 * archive fails to parse, as it does on Commune. Defaults follow Commune: adkim/aspf `r`, p `none`,
 * sp = p, pct 100; a missing text field is "".
 *
 * Where Commune matches tags with regular expressions, mailsim uses a real XML parser, so a
 * namespaced `<feedback xmlns=…>`, CDATA and entities work too.
 */
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { isIsoRepresentable } from '../../../engine/clock.js';

export interface DmarcRecord {
  source_ip: string;
  count: number;
  disposition: string;
  dkim_result: string;
  spf_result: string;
  header_from: string;
  dkim_domain: string;
  dkim_selector: string;
  spf_domain: string;
}

export interface ParsedDmarcReport {
  report_id: string;
  org_name: string;
  email: string;
  domain: string;
  date_begin: string;
  date_end: string;
  policy: { domain: string; adkim: string; aspf: string; p: string; sp: string; pct: number };
  records: DmarcRecord[];
}

/** Decompressed reports larger than this are refused (a gzip bomb would otherwise fill memory). */
const MAX_XML_BYTES = 64 * 1024 * 1024;

type Fxp = typeof import('fast-xml-parser');
let xmlLib: { parser: InstanceType<Fxp['XMLParser']>; validator: Fxp['XMLValidator'] } | undefined;

/**
 * The XML parser, loaded on the first report: loading and configuring it cost every start about
 * 25 ms of CPU, for an endpoint few runs call. The parse itself is synchronous, so is the load.
 */
function xmlTools(): NonNullable<typeof xmlLib> {
  if (xmlLib) return xmlLib;
  const { XMLParser, XMLValidator } = createRequire(import.meta.url)('fast-xml-parser') as Fxp;
  const parser = new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (_name, jpath) => jpath === 'feedback.record',
  });
  xmlLib = { parser, validator: XMLValidator };
  return xmlLib;
}

type Node = Record<string, unknown> | string | undefined;

/** Text of a child element; the first one when it repeats (as Commune's first-match regex does). */
function text(node: Node, ...path: string[]): string {
  let cur: unknown = node;
  for (const key of path) {
    if (Array.isArray(cur)) cur = cur[0];
    if (!cur || typeof cur !== 'object') return '';
    cur = (cur as Record<string, unknown>)[key];
  }
  if (Array.isArray(cur)) cur = cur[0];
  if (typeof cur === 'string' || typeof cur === 'number') return String(cur).trim();
  return '';
}

const int = (s: string, dflt: number): number => {
  const n = parseInt(s, 10);
  return Number.isNaN(n) ? dflt : n;
};

export function decodeReport(raw: Buffer): string {
  const gzip = raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b;
  return gzip ? gunzipSync(raw, { maxOutputLength: MAX_XML_BYTES }).toString('utf8') : raw.toString('utf8');
}

/** The report, or null when the bytes are not a DMARC aggregate report with a usable date range. */
export function parseDmarcReport(raw: Buffer): ParsedDmarcReport | null {
  let source: string;
  try {
    source = decodeReport(raw);
  } catch {
    return null; // corrupt or oversized gzip
  }
  if (!/<(?:[\w-]+:)?feedback[\s>]/.test(source)) return null;
  const { parser, validator } = xmlTools();
  if (validator.validate(source) !== true) return null;
  const doc = parser.parse(source) as { feedback?: Record<string, unknown> };
  const feedback = doc.feedback;
  if (!feedback || typeof feedback !== 'object') return null;
  const meta = feedback.report_metadata as Node;
  const begin = int(text(meta, 'date_range', 'begin'), NaN);
  const end = int(text(meta, 'date_range', 'end'), NaN);
  const validSeconds = (n: number): boolean => isIsoRepresentable(n * 1000);
  if (!validSeconds(begin) || !validSeconds(end)) return null;
  const published = feedback.policy_published as Node;
  const p = text(published, 'p') || 'none';
  const records = ((feedback.record as Node[] | undefined) ?? []).map(
    (rec): DmarcRecord => ({
      source_ip: text(rec, 'row', 'source_ip'),
      count: Math.max(0, int(text(rec, 'row', 'count'), 0)),
      disposition: text(rec, 'row', 'policy_evaluated', 'disposition'),
      dkim_result: text(rec, 'row', 'policy_evaluated', 'dkim'),
      spf_result: text(rec, 'row', 'policy_evaluated', 'spf'),
      header_from: text(rec, 'identifiers', 'header_from'),
      dkim_domain: text(rec, 'auth_results', 'dkim', 'domain'),
      dkim_selector: text(rec, 'auth_results', 'dkim', 'selector'),
      spf_domain: text(rec, 'auth_results', 'spf', 'domain'),
    }),
  );
  const domain = text(published, 'domain');
  return {
    report_id: text(meta, 'report_id'),
    org_name: text(meta, 'org_name'),
    email: text(meta, 'email'),
    domain,
    date_begin: new Date(begin * 1000).toISOString(),
    date_end: new Date(end * 1000).toISOString(),
    policy: {
      domain,
      adkim: text(published, 'adkim') || 'r',
      aspf: text(published, 'aspf') || 'r',
      p,
      sp: text(published, 'sp') || p,
      pct: Math.max(0, int(text(published, 'pct') || '100', 100)),
    },
    records,
  };
}
