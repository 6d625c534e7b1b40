/**
 * `mailsim mail ls|show|raw|wait`: look into a running emulator's mail sink from a terminal, over
 * its control plane (GET /_mailsim/mail…, through the typed control client). Nothing here touches
 * the database directly.
 */
import { parseArgs } from 'node:util';
import { parseDuration } from '../engine/clock.js';
import { ControlError, createControlClient, type ControlClient, type MailFilter } from '../testing/control-client.js';
import { resolveTarget, type EmulatorTarget } from './target.js';

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

  Every form takes --url URL and --token T (the --control-token, or MAILSIM_CONTROL_TOKEN).
  Without --url the emulator is found the way "mailsim start" runs it: MAILSIM_HOST and
  MAILSIM_<PROVIDER>_PORT (AgentSend's first), else mailsim.config.json here, else
  http://localhost:3000.
  An ADDR with an @ matches whole addresses; anything else is a substring search.
`;

export interface Io {
  out(text: string | Uint8Array): void;
  err(text: string): void;
}

const stdio: Io = {
  out: (t) => {
    process.stdout.write(t);
  },
  err: (t) => {
    process.stderr.write(t);
  },
};

const FILTERS = ['to', 'from', 'subject', 'text', 'inbox', 'since'] as const;

interface Address {
  address: string;
  name: string | null;
}

const fmtAddress = (a: Address | null): string => (a ? (a.name ? `${a.name} <${a.address}>` : a.address) : '');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return `${rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n')}\n`;
}

function printList(io: Io, body: any): void {
  const data = body.data as any[];
  if (data.length === 0) {
    io.out('no messages\n');
    return;
  }
  const rows = [['ID', 'RECEIVED', 'DIR', 'FROM', 'TO', 'SUBJECT']];
  for (const m of data) {
    rows.push([
      m.id,
      m.receivedAt,
      m.direction,
      m.from?.address ?? '',
      (m.to as Address[]).map((a) => a.address).join(', '),
      m.subject ?? '',
    ]);
  }
  io.out(table(rows));
  io.out(`${data.length} of ${body.total}\n`);
}

function printMessage(io: Io, m: any): void {
  const how = `${m.direction === 'out' ? 'sent' : 'received'}${m.provider ? ` via ${m.provider}` : ''}`;
  const lines = [
    `ID:          ${m.id}`,
    `Received:    ${m.receivedAt} (${how})`,
    `Message-ID:  ${m.messageId ?? ''}`,
    `From:        ${fmtAddress(m.from)}`,
    `To:          ${(m.to as Address[]).map(fmtAddress).join(', ')}`,
  ];
  if (m.cc.length) lines.push(`Cc:          ${(m.cc as Address[]).map(fmtAddress).join(', ')}`);
  lines.push(`Envelope:    ${m.envelope.from || '<>'} → ${(m.envelope.to as string[]).join(', ')}`);
  lines.push(`Subject:     ${m.subject ?? ''}`);
  if (m.inboxes.length) lines.push(`Inboxes:     ${(m.inboxes as string[]).join(', ')}`);
  for (const a of m.attachments as any[])
    lines.push(`Attachment:  [${a.index}] ${a.filename} (${a.contentType}, ${a.size} bytes)`);
  for (const w of m.parseWarnings as string[]) lines.push(`Warning:     ${w}`);
  lines.push('', m.text ?? (m.html ? '(HTML only; see --json)' : '(no text body)'));
  io.out(lines.join('\n').replace(/\n*$/, '\n'));
}

/** The mail filter flags given, as the control plane's query. */
function filterOf(values: Record<string, unknown>): MailFilter {
  const filter: Record<string, string> = {};
  for (const key of FILTERS) {
    const v = values[key];
    if (typeof v === 'string' && v !== '') filter[key] = v;
  }
  return filter;
}

const count = (v: unknown): number | undefined => (typeof v === 'string' && v !== '' ? Number(v) : undefined);

/** The first message matching, waiting in slices: fetch gives up on a response after 300 s. */
async function waitInSlices(control: ControlClient, filter: MailFilter, timeout: string): Promise<unknown> {
  const deadline = performance.now() + parseDuration(timeout);
  for (;;) {
    const slice = Math.max(1, Math.min(WAIT_SLICE_MS, Math.round(deadline - performance.now())));
    try {
      return await control.mail.wait({ ...filter, timeout: `${slice}ms` });
    } catch (e) {
      if (!(e instanceof ControlError && e.status === 408) || performance.now() >= deadline - 1) throw e;
    }
  }
}

async function runCommand(
  sub: string,
  id: string | undefined,
  values: Record<string, unknown>,
  control: ControlClient,
  io: Io,
): Promise<number> {
  const print = (body: unknown, human: (b: any) => void): void => {
    if (values.json) io.out(`${JSON.stringify(body, null, 2)}\n`);
    else human(body);
  };
  switch (sub) {
    case 'ls': {
      const page = await control.mail.list({
        ...filterOf(values),
        limit: count(values.limit),
        offset: count(values.offset),
      });
      print(page, (b) => printList(io, b));
      return 0;
    }
    case 'show':
    case 'raw':
      if (!id) {
        io.err(`mail ${sub} needs a message id\n\n${MAIL_USAGE}`);
        return 2;
      }
      if (sub === 'raw') io.out(await control.mail.rawBytes(id));
      else print(await control.mail.get(id), (m) => printMessage(io, m));
      return 0;
    case 'wait':
      try {
        const timeout = typeof values.timeout === 'string' && values.timeout ? values.timeout : '30s';
        print(await waitInSlices(control, filterOf(values), timeout), (m) => printMessage(io, m));
        return 0;
      } catch (e) {
        if (!(e instanceof ControlError && e.status === 408)) throw e;
        io.err(`${e.message}\n`);
        return 1;
      }
    default:
      io.err(`unknown mail command "${sub}"\n\n${MAIL_USAGE}`);
      return 2;
  }
}

export async function run(args: string[], io: Io = stdio, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        token: { type: 'string' },
        to: { type: 'string' },
        from: { type: 'string' },
        subject: { type: 'string' },
        text: { type: 'string' },
        inbox: { type: 'string' },
        since: { type: 'string' },
        limit: { type: 'string' },
        offset: { type: 'string' },
        timeout: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${MAIL_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [sub, id] = positionals;
  if (values.help || !sub || sub === 'help') {
    if (values.help || sub === 'help') io.out(MAIL_USAGE);
    else io.err(MAIL_USAGE);
    return values.help || sub === 'help' ? 0 : 2;
  }
  let target: EmulatorTarget | null = null;
  try {
    target = resolveTarget(values, env);
    const control = createControlClient(target.url, target.token ? { token: target.token } : {});
    return await runCommand(sub, id, values, control, io);
  } catch (e) {
    io.err(`${unreachable(e, target) ?? (e as Error).message}\n`);
    return 1;
  }
}

/** fetch() reports every network failure as "fetch failed" with the reason in `cause`. */
export function unreachable(e: unknown, target: EmulatorTarget | null): string | null {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  if (!cause || !target) return null;
  const reason = cause.code ?? cause.message;
  return `no mailsim answering at ${target.url} (${reason}; from ${target.source}); start it, or pass --url`;
}
