/**
 * `mailsim mail ls|show|raw|wait`: look into a running emulator's mail sink from a terminal, over
 * its control plane (GET /_mailsim/mail…). Nothing here touches the database directly.
 */
import { parseArgs } from 'node:util';
import { parseDuration } from '../engine/clock.js';

/** Longest single wait request, under fetch's 300 s response timeout. */
const WAIT_SLICE_MS = 240_000;

export const MAIL_USAGE = `Usage:
  mailsim mail ls   [--to ADDR] [--from ADDR] [--subject TEXT] [--text TEXT] [--inbox ADDR]
                    [--since ISO] [--limit N] [--offset N] [--json]
  mailsim mail show ID [--json]
  mailsim mail raw  ID                      the exact .eml bytes, to stdout
  mailsim mail wait [--to ADDR] [--subject TEXT] [--from ADDR] [--text TEXT] [--inbox ADDR]
                    [--since ISO] [--timeout 30s] [--json]
                    prints the first matching message (already there, or the next to arrive);
                    exit code 1 when none arrives in time

  Every form takes --url (default http://localhost:3000), the emulator's HTTP address.
  An ADDR with an @ matches whole addresses; anything else is a substring search.
`;

export interface Io {
  out(text: string | Uint8Array): void;
  err(text: string): void;
}

const stdio: Io = {
  out: (t) => { process.stdout.write(t); },
  err: (t) => { process.stderr.write(t); },
};

const FILTERS = ['to', 'from', 'subject', 'text', 'inbox', 'since'] as const;

interface Address {
  address: string;
  name: string | null;
}

const fmtAddress = (a: Address | null): string => (a ? (a.name ? `${a.name} <${a.address}>` : a.address) : '');

function query(values: Record<string, unknown>, extra: string[]): string {
  const q = new URLSearchParams();
  for (const key of [...FILTERS, ...extra]) {
    const v = values[key];
    if (typeof v === 'string' && v !== '') q.set(key, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function getJson(url: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url);
  const text = await res.text();
  let body: unknown = text;
  try { body = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, body };
}

const errorText = (r: { status: number; body: any }): string => `HTTP ${r.status}: ${r.body?.error?.message ?? JSON.stringify(r.body)}`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n') + '\n';
}

function printList(io: Io, body: any): void {
  const data = body.data as any[];
  if (data.length === 0) {
    io.out('no messages\n');
    return;
  }
  const rows = [['ID', 'RECEIVED', 'DIR', 'FROM', 'TO', 'SUBJECT']];
  for (const m of data) {
    rows.push([m.id, m.receivedAt, m.direction, m.from?.address ?? '', (m.to as Address[]).map((a) => a.address).join(', '), m.subject ?? '']);
  }
  io.out(table(rows));
  io.out(`${data.length} of ${body.total}\n`);
}

function printMessage(io: Io, m: any): void {
  const lines = [
    `ID:          ${m.id}`,
    `Received:    ${m.receivedAt} (${m.direction === 'out' ? 'sent' : 'received'}${m.provider ? ` via ${m.provider}` : ''})`,
    `Message-ID:  ${m.messageId ?? ''}`,
    `From:        ${fmtAddress(m.from)}`,
    `To:          ${(m.to as Address[]).map(fmtAddress).join(', ')}`,
  ];
  if (m.cc.length) lines.push(`Cc:          ${(m.cc as Address[]).map(fmtAddress).join(', ')}`);
  lines.push(`Envelope:    ${m.envelope.from || '<>'} → ${(m.envelope.to as string[]).join(', ')}`);
  lines.push(`Subject:     ${m.subject ?? ''}`);
  if (m.inboxes.length) lines.push(`Inboxes:     ${(m.inboxes as string[]).join(', ')}`);
  for (const a of m.attachments as any[]) lines.push(`Attachment:  [${a.index}] ${a.filename} (${a.contentType}, ${a.size} bytes)`);
  for (const w of m.parseWarnings as string[]) lines.push(`Warning:     ${w}`);
  lines.push('', m.text ?? (m.html ? '(HTML only; see --json)' : '(no text body)'));
  io.out(lines.join('\n').replace(/\n*$/, '\n'));
}

export async function run(args: string[], io: Io = stdio): Promise<number> {
  const [sub, ...rest] = args;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        url: { type: 'string', default: 'http://localhost:3000' },
        to: { type: 'string' }, from: { type: 'string' }, subject: { type: 'string' }, text: { type: 'string' },
        inbox: { type: 'string' }, since: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' },
        timeout: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${MAIL_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || !sub || sub === 'help') {
    io.out(MAIL_USAGE);
    return values.help || sub === 'help' ? 0 : 2;
  }
  const base = `${values.url.replace(/\/+$/, '')}/_mailsim/mail`;
  const id = positionals[0];
  try {
    switch (sub) {
      case 'ls': {
        const r = await getJson(`${base}${query(values, ['limit', 'offset'])}`);
        if (r.status !== 200) throw new Error(errorText(r));
        if (values.json) io.out(JSON.stringify(r.body, null, 2) + '\n');
        else printList(io, r.body);
        return 0;
      }
      case 'show':
      case 'raw': {
        if (!id) {
          io.err(`mail ${sub} needs a message id\n\n${MAIL_USAGE}`);
          return 2;
        }
        if (sub === 'raw') {
          const res = await fetch(`${base}/${encodeURIComponent(id)}/raw`);
          if (res.status !== 200) throw new Error(errorText({ status: res.status, body: await res.json().catch(() => null) }));
          io.out(new Uint8Array(await res.arrayBuffer()));
          return 0;
        }
        const r = await getJson(`${base}/${encodeURIComponent(id)}`);
        if (r.status !== 200) throw new Error(errorText(r));
        if (values.json) io.out(JSON.stringify(r.body, null, 2) + '\n');
        else printMessage(io, r.body);
        return 0;
      }
      case 'wait': {
        // fetch gives up on a response after 300 s, so a longer wait is asked for in slices.
        const totalMs = parseDuration(typeof values.timeout === 'string' && values.timeout ? values.timeout : '30s');
        const deadline = performance.now() + totalMs;
        let r: { status: number; body: any };
        do {
          const slice = Math.max(1, Math.min(WAIT_SLICE_MS, Math.round(deadline - performance.now())));
          r = await getJson(`${base}/wait${query({ ...values, timeout: `${slice}ms` }, ['timeout'])}`);
        } while (r.status === 408 && performance.now() < deadline - 1);
        if (r.status === 408) {
          io.err(`${r.body?.error?.message ?? 'timed out'}\n`);
          return 1;
        }
        if (r.status !== 200) throw new Error(errorText(r));
        if (values.json) io.out(JSON.stringify(r.body, null, 2) + '\n');
        else printMessage(io, r.body);
        return 0;
      }
      default:
        io.err(`unknown mail command "${sub}"\n\n${MAIL_USAGE}`);
        return 2;
    }
  } catch (e) {
    // fetch() reports every network failure as "fetch failed" with the reason in `cause`.
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    io.err(cause ? `no mailsim answering at ${values.url} (${cause.code ?? cause.message}); start it, or pass --url\n` : `${(e as Error).message}\n`);
    return 1;
  }
}
