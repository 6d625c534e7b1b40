/**
 * Control-plane routes for the mail sink, on every provider port:
 *   GET    /_mailsim/mail                      list (q, to, from, subject, text, inbox, provider, tenant, direction,
 *                                              since; limit, offset)
 *   GET    /_mailsim/mail/inboxes              the emulated inboxes mail involves, with counts
 *   GET    /_mailsim/mail/wait                 the first matching message, answered the moment it lands
 *                                              (408 on timeout)
 *   GET    /_mailsim/mail/:id                  parsed JSON with headers and the attachment list
 *   GET    /_mailsim/mail/:id/raw              the exact bytes, message/rfc822
 *   GET    /_mailsim/mail/:id/attachments/:n   one attachment's content (n from the attachment list)
 *   DELETE /_mailsim/mail, /_mailsim/mail/:id
 */
import type { Engine } from '../engine/engine.js';
import { parseDuration } from '../engine/clock.js';
import { parseMessage, headerRecord } from '../engine/mail/parse.js';
import type { MailFilter, MailRow, MailSink } from '../engine/mail/sink.js';
import type { Handler, HandlerResult } from '../engine/provider.js';
import { downloadResult } from '../engine/downloads.js';
import { controlErrors } from './errors.js';

const DEFAULT_WAIT_MS = 30_000;
const MAX_WAIT_MS = 600_000;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** `since` is an ISO time or engine milliseconds since the epoch. */
function sinceMs(v: unknown): number | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  const ms = /^\d+$/.test(s) ? Number(s) : Date.parse(s);
  if (Number.isNaN(ms))
    throw controlErrors.badRequest('since must be an ISO 8601 time or milliseconds since the epoch');
  return ms;
}

function filterFrom(q: Record<string, unknown>): MailFilter {
  const direction = str(q.direction);
  if (direction !== undefined && direction !== 'in' && direction !== 'out')
    throw controlErrors.badRequest('direction must be "in" or "out"');
  const f: MailFilter = {};
  for (const key of ['q', 'to', 'from', 'subject', 'text', 'inbox', 'provider', 'tenant'] as const) {
    const v = str(q[key]);
    if (v !== undefined) f[key] = v;
  }
  if (direction) f.direction = direction;
  const since = sinceMs(q.since);
  if (since !== undefined) f.sinceMs = since;
  return f;
}

const mailboxes = (row: MailRow): string[] => row.mailboxes.trim().split(' ').filter(Boolean);

export function mailSummary(row: MailRow) {
  const attachments = JSON.parse(row.attachments) as unknown[];
  return {
    id: row.id,
    direction: row.direction,
    provider: row.provider,
    tenant: row.tenant,
    messageId: row.message_id,
    from: row.from_json ? JSON.parse(row.from_json) : null,
    to: JSON.parse(row.to_json),
    cc: JSON.parse(row.cc_json),
    envelope: { from: row.envelope_from, to: JSON.parse(row.envelope_to) },
    subject: row.subject,
    snippet: (row.text_body ?? '').replace(/\s+/g, ' ').trim().slice(0, 160),
    inboxes: mailboxes(row),
    attachmentCount: attachments.length,
    size: row.size,
    receivedAt: new Date(row.received_at_ms).toISOString(),
  };
}

function detail(row: MailRow) {
  const base = `/_mailsim/mail/${row.id}`;
  const headerList = JSON.parse(row.headers) as [string, string][];
  const attachments = JSON.parse(row.attachments) as Record<string, unknown>[];
  return {
    ...mailSummary(row),
    text: row.text_body,
    html: row.html_body,
    headers: headerRecord(headerList),
    headerLines: headerList.map(([name, value]) => ({ name, value })),
    attachments: attachments.map((a, index) => ({ index, ...a, url: `${base}/attachments/${index}` })),
    deliveries: JSON.parse(row.deliveries),
    parseWarnings: JSON.parse(row.parse_warnings),
    rawUrl: `${base}/raw`,
  };
}

/**
 * The first message matching `filter` — already stored or arriving before the timeout (408). A
 * client that gives up stops the wait.
 */
function wait(
  sink: MailSink,
  filter: MailFilter,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<HandlerResult> {
  const existing = sink.findOne(filter);
  if (existing) return Promise.resolve({ status: 200, body: detail(existing) });
  return new Promise((resolve, reject) => {
    const done = (): void => {
      sink.off('stored', onStored);
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const onStored = (id: string): void => {
      const row = sink.findOne(filter, id);
      if (!row) return;
      done();
      resolve({ status: 200, body: detail(row) });
    };
    const onAbort = (): void => {
      done();
      resolve({ status: 408, body: { error: { code: 'TIMEOUT', message: 'the client went away' } } });
    };
    sink.on('stored', onStored);
    const timer = setTimeout(() => {
      done();
      reject(controlErrors.timeout(`no matching message within ${timeoutMs} ms`));
    }, timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function mailHandlers(engine: Engine): Record<string, Handler> {
  const sink = engine.plane.sink;
  const gone = (id: string) => controlErrors.notFound(`no message ${id}`);
  return {
    listMail: (_ctx, { query }) => {
      const limit = Math.min(query.limit as number, 500);
      const offset = query.offset as number;
      const { rows, total } = sink.list(filterFrom(query), limit, offset);
      return { status: 200, body: { data: rows.map(mailSummary), total, limit, offset } };
    },
    listMailInboxes: () => ({ status: 200, body: { data: sink.inboxes() } }),
    waitForMail: (ctx, { query }) => {
      const filter = filterFrom(query);
      let timeout = DEFAULT_WAIT_MS;
      if (query.timeout !== undefined) {
        try {
          timeout = Math.min(parseDuration(String(query.timeout)), MAX_WAIT_MS);
        } catch (e) {
          throw controlErrors.badRequest(`timeout: ${(e as Error).message}`);
        }
      }
      return wait(sink, filter, timeout, ctx.signal);
    },
    clearMail: (_ctx, { query }) => {
      const provider = str(query.provider);
      sink.clear(provider ? { provider } : {});
      return { status: 204 };
    },
    getMail: (_ctx, { params }) => {
      const row = sink.get(params.id);
      if (!row) throw gone(params.id);
      return { status: 200, body: detail(row) };
    },
    getMailRaw: (_ctx, { params }) => {
      const raw = sink.raw(params.id);
      if (!raw) throw gone(params.id);
      return {
        status: 200,
        headers: { 'content-disposition': `inline; filename="${params.id}.eml"` },
        download: { data: raw, contentType: 'message/rfc822' },
      };
    },
    getMailAttachment: async (_ctx, { params }) => {
      const raw = sink.raw(params.id);
      if (!raw) throw gone(params.id);
      const attachment = (await parseMessage(raw)).attachments[params.n as number];
      if (!attachment) throw controlErrors.notFound(`message ${params.id} has no attachment ${params.n}`);
      return downloadResult(attachment.content, attachment.contentType, attachment.filename);
    },
    deleteMail: (_ctx, { params }) => {
      if (!sink.delete(params.id)) throw gone(params.id);
      return { status: 204 };
    },
  };
}
