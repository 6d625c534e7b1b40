/**
 * Control-plane routes for the mail sink, on every provider port:
 *   GET    /_mailsim/mail                      list (to, from, subject, text, inbox, provider, direction, since; limit, offset)
 *   GET    /_mailsim/mail/wait                 the first matching message, answered the moment it lands (408 on timeout)
 *   GET    /_mailsim/mail/:id                  parsed JSON with headers and the attachment list
 *   GET    /_mailsim/mail/:id/raw              the exact bytes, message/rfc822
 *   GET    /_mailsim/mail/:id/attachments/:n   one attachment's content (n from the attachment list)
 *   DELETE /_mailsim/mail, /_mailsim/mail/:id
 */
import type express from 'express';
import type { Request, Response } from 'express';
import type { Engine } from '../engine/engine.js';
import { parseDuration } from '../engine/clock.js';
import { parseMessage, headerRecord } from '../engine/mail/parse.js';
import { SmtpMailPlane } from '../engine/mail/plane.js';
import type { MailFilter, MailRow, MailSink } from '../engine/mail/sink.js';
import type { ControlExtension } from './index.js';
import { BadRequest, problem } from './problem.js';

const DEFAULT_WAIT_MS = 30_000;
const MAX_WAIT_MS = 600_000;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function int(v: unknown, name: string, fallback: number, max: number): number {
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new BadRequest(`${name} must be a non-negative integer`);
  return Math.min(n, max);
}

/** `since` is an ISO time or engine milliseconds since the epoch. */
function sinceMs(v: unknown): number | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  const ms = /^\d+$/.test(s) ? Number(s) : Date.parse(s);
  if (Number.isNaN(ms)) throw new BadRequest('since must be an ISO 8601 time or milliseconds since the epoch');
  return ms;
}

function filterFrom(q: Request['query']): MailFilter {
  const direction = str(q.direction);
  if (direction !== undefined && direction !== 'in' && direction !== 'out') throw new BadRequest('direction must be "in" or "out"');
  const f: MailFilter = {};
  for (const key of ['to', 'from', 'subject', 'text', 'inbox', 'provider'] as const) {
    const v = str(q[key]);
    if (v !== undefined) f[key] = v;
  }
  if (direction) f.direction = direction;
  const since = sinceMs(q.since);
  if (since !== undefined) f.sinceMs = since;
  return f;
}

const mailboxes = (row: MailRow): string[] => row.mailboxes.trim().split(' ').filter(Boolean);

function summary(row: MailRow) {
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
    ...summary(row),
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

/** Answers with the first message matching `filter` — already stored or arriving before the timeout. */
function wait(sink: MailSink, filter: MailFilter, timeoutMs: number, res: Response): void {
  const existing = sink.findOne(filter);
  if (existing) {
    res.json(detail(existing));
    return;
  }
  let timer: NodeJS.Timeout | null = null;
  const done = (): void => {
    sink.off('stored', onStored);
    if (timer) clearTimeout(timer);
    res.off('close', done);
  };
  const onStored = (id: string): void => {
    const row = sink.findOne(filter, id);
    if (!row) return;
    done();
    res.json(detail(row));
  };
  sink.on('stored', onStored);
  timer = setTimeout(() => {
    done();
    problem(res, 408, `no matching message within ${timeoutMs} ms`, 'TIMEOUT');
  }, timeoutMs);
  // A client that gives up stops the wait.
  res.on('close', done);
}

export const mailControl: ControlExtension = (app: express.Express, engine: Engine) => {
  const sink = (res: Response): MailSink | null => {
    if (engine.mail instanceof SmtpMailPlane) return engine.mail.sink;
    problem(res, 404, 'the mail plane is not running', 'NOT_FOUND');
    return null;
  };
  const guard = (fn: (req: Request, res: Response, s: MailSink) => void | Promise<void>) => async (req: Request, res: Response) => {
    const s = sink(res);
    if (!s) return;
    try {
      await fn(req, res, s);
    } catch (e) {
      if (e instanceof BadRequest || e instanceof RangeError) problem(res, 400, e.message, 'BAD_REQUEST');
      else throw e;
    }
  };

  app.get('/_mailsim/mail', guard((req, res, s) => {
    const limit = int(req.query.limit, 'limit', 50, 500);
    const offset = int(req.query.offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
    const { rows, total } = s.list(filterFrom(req.query), limit, offset);
    res.json({ data: rows.map(summary), total, limit, offset });
  }));

  app.get('/_mailsim/mail/wait', guard((req, res, s) => {
    const filter = filterFrom(req.query);
    const timeout = req.query.timeout === undefined ? DEFAULT_WAIT_MS : Math.min(parseDuration(String(req.query.timeout)), MAX_WAIT_MS);
    wait(s, filter, timeout, res);
  }));

  app.delete('/_mailsim/mail', guard((req, res, s) => {
    const provider = str(req.query.provider);
    s.clear(provider ? { provider } : {});
    res.status(204).end();
  }));

  app.get('/_mailsim/mail/:id', guard((req, res, s) => {
    const row = s.get(String(req.params.id));
    if (!row) return problem(res, 404, `no message ${req.params.id}`, 'NOT_FOUND');
    res.json(detail(row));
  }));

  app.get('/_mailsim/mail/:id/raw', guard((req, res, s) => {
    const raw = s.raw(String(req.params.id));
    if (!raw) return problem(res, 404, `no message ${req.params.id}`, 'NOT_FOUND');
    res.status(200).type('message/rfc822').set('content-disposition', `inline; filename="${req.params.id}.eml"`).send(raw);
  }));

  app.get('/_mailsim/mail/:id/attachments/:n', guard(async (req, res, s) => {
    const raw = s.raw(String(req.params.id));
    if (!raw) return problem(res, 404, `no message ${req.params.id}`, 'NOT_FOUND');
    const n = Number(req.params.n);
    const attachment = Number.isInteger(n) && n >= 0 ? (await parseMessage(raw)).attachments[n] : undefined;
    if (!attachment) return problem(res, 404, `message ${req.params.id} has no attachment ${req.params.n}`, 'NOT_FOUND');
    res.attachment(attachment.filename);
    res.status(200).type(attachment.contentType).send(attachment.content);
  }));

  app.delete('/_mailsim/mail/:id', guard((req, res, s) => {
    if (!s.delete(String(req.params.id))) return problem(res, 404, `no message ${req.params.id}`, 'NOT_FOUND');
    res.status(204).end();
  }));
};
