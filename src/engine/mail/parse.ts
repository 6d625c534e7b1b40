/**
 * Raw RFC 5322 bytes → the fields the sink stores and providers consume, via mailparser.
 *
 * Mail from outside is often broken (no boundary, unknown charsets, raw 8-bit headers, cut-off
 * bodies). Parsing never throws: whatever mailparser could not make sense of is reported in
 * `warnings`, and the caller keeps the raw bytes untouched either way.
 */
import type { AddressObject, ParsedMail } from 'mailparser';

/** mailparser (and its HTML and charset libraries) is loaded when the first message is parsed. */
let simpleParser: typeof import('mailparser').simpleParser | null = null;
import type { InboundMail, MailAddress, MessageEssentials } from './types.js';

export interface ParsedAttachment {
  filename: string;
  contentType: string;
  size: number;
  contentId: string | null;
  disposition: string | null;
  content: Buffer;
}

export interface ParsedMessage extends MessageEssentials {
  /** Header lines in wire order, unfolded: [name, value]. */
  headerList: [string, string][];
  attachments: ParsedAttachment[];
  warnings: string[];
}

const addresses = (field: AddressObject | AddressObject[] | undefined): MailAddress[] => {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  const out: MailAddress[] = [];
  const walk = (values: AddressObject['value']): void => {
    for (const v of values) {
      if (v.group) walk(v.group);
      else if (v.address) out.push({ address: v.address, name: v.name || null });
    }
  };
  for (const f of list) walk(f.value);
  return out;
};

const headerPairs = (parsed: ParsedMail): [string, string][] =>
  parsed.headerLines.map(({ line }) => {
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    const value =
      colon < 0
        ? ''
        : line
            .slice(colon + 1)
            .replace(/\r?\n[ \t]+/g, ' ')
            .trim();
    return [name.trim(), value] as [string, string];
  });

/** The body after the header block, for when no MIME part could be found at all. */
function bodyAfterHeaders(raw: Buffer): string {
  let at = raw.indexOf('\r\n\r\n');
  let skip = 4;
  if (at < 0) {
    at = raw.indexOf('\n\n');
    skip = 2;
  }
  return at < 0 ? '' : raw.subarray(at + skip).toString('utf8');
}

export async function parseMessage(raw: Buffer): Promise<ParsedMessage> {
  const warnings: string[] = [];
  let parsed: ParsedMail;
  try {
    // Through `default` (module.exports): node's own import names simpleParser too, but the CLI
    // bundle (scripts/build-cli.mjs) hands this CommonJS package over as a default export only.
    simpleParser ??= (await import('mailparser')).default.simpleParser;
    parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  } catch (e) {
    return {
      messageId: null,
      inReplyTo: null,
      references: [],
      from: null,
      to: [],
      cc: [],
      subject: null,
      text: bodyAfterHeaders(raw) || null,
      html: null,
      date: null,
      headerList: [],
      attachments: [],
      warnings: [`message could not be parsed: ${(e as Error).message}`],
    };
  }
  const references =
    parsed.references === undefined
      ? []
      : Array.isArray(parsed.references)
        ? parsed.references
        : parsed.references.split(/\s+/).filter(Boolean);
  const attachments = parsed.attachments.map((a) => ({
    filename: a.filename ?? 'attachment',
    contentType: a.contentType,
    size: a.size ?? a.content.length,
    contentId: a.contentId ?? null,
    disposition: a.contentDisposition ?? null,
    content: a.content,
  }));
  let text = parsed.text ?? null;
  const html = typeof parsed.html === 'string' ? parsed.html : null;
  if (text === null && html === null && attachments.length === 0) {
    const body = bodyAfterHeaders(raw);
    if (body.trim()) {
      text = body;
      warnings.push('no readable MIME part found; the body is kept as plain text');
    }
  }
  const date = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : null;
  return {
    messageId: parsed.messageId ?? null,
    inReplyTo: parsed.inReplyTo ?? null,
    references,
    from: addresses(parsed.from)[0] ?? null,
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    subject: parsed.subject ?? null,
    text,
    html,
    date,
    headerList: headerPairs(parsed),
    attachments,
    warnings,
  };
}

/** Header name (lower case) → value, or values when the header repeats. */
export function headerRecord(list: [string, string][]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [rawName, value] of list) {
    const name = rawName.toLowerCase();
    const prev = out[name];
    if (prev === undefined) out[name] = value;
    else out[name] = Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** The copy of a parsed message handed to the provider that owns `recipient`. */
export function toInboundMail(parsed: ParsedMessage, sinkId: string, recipient: string): InboundMail {
  return {
    sinkId,
    messageId: parsed.messageId,
    inReplyTo: parsed.inReplyTo,
    references: parsed.references,
    from: parsed.from,
    to: parsed.to,
    cc: parsed.cc,
    subject: parsed.subject,
    text: parsed.text,
    html: parsed.html,
    date: parsed.date,
    headers: headerRecord(parsed.headerList),
    attachments: parsed.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
      content: a.content,
    })),
    recipient,
  };
}
