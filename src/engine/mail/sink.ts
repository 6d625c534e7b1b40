/**
 * The mail sink: every message out or in, raw and parsed, in SQLite (`mail_messages`, engine
 * migration 0002). Bounded: past `retention` rows the oldest are deleted. Emits `stored` (the id)
 * after each commit so waiters answer as soon as a message lands, without polling; `deleted` (the
 * id) and `cleared` (the scope) when messages are removed on request.
 */
import { EventEmitter } from 'node:events';
import type { Clock } from '../clock.js';
import type { Store } from '../store.js';
import type { Envelope } from './compose.js';
import type { ParsedMessage } from './parse.js';
import type { MailAddress } from './types.js';

export type Direction = 'in' | 'out';

export interface Delivery {
  address: string;
  provider: string;
  /** Where the provider stored its copy (absent when it kept none, or for rows older than this field). */
  inboxId?: string;
  messageId?: string;
  threadId?: string | null;
  error?: string;
}

export interface SinkInput {
  id: string;
  direction: Direction;
  provider: string | null;
  tenant: string | null;
  envelope: { from: string | null; to: string[] };
  parsed: ParsedMessage;
  raw: Buffer;
  /** Emulated inbox addresses involved (sender for `out`, claimed recipients). */
  mailboxes: string[];
  deliveries: Delivery[];
}

export interface MailFilter {
  /** Substring of the subject, the sender, a recipient or the text body (a search box). */
  q?: string;
  to?: string;
  from?: string;
  subject?: string;
  text?: string;
  inbox?: string;
  provider?: string;
  /** The account that sent it (outbound mail a provider sent). */
  tenant?: string;
  direction?: Direction;
  /** Engine milliseconds: only messages received at or after this time. */
  sinceMs?: number;
}

export interface InboxSummary {
  address: string;
  provider: string | null;
  received: number;
  sent: number;
  lastAt: string;
}

export interface MailRow {
  seq: number;
  id: string;
  direction: Direction;
  provider: string | null;
  tenant: string | null;
  message_id: string | null;
  envelope_from: string | null;
  envelope_to: string;
  from_json: string | null;
  to_json: string;
  cc_json: string;
  mailboxes: string;
  subject: string | null;
  text_body: string | null;
  html_body: string | null;
  headers: string;
  attachments: string;
  deliveries: string;
  parse_warnings: string;
  size: number;
  received_at_ms: number;
}

const SUMMARY_COLUMNS =
  'seq, id, direction, provider, tenant, message_id, envelope_from, envelope_to, from_json, to_json, cc_json, ' +
  'mailboxes, subject, text_body, html_body, headers, attachments, deliveries, parse_warnings, size, received_at_ms';

const spaced = (list: string[]): string =>
  list.length ? ` ${[...new Set(list.map((a) => a.toLowerCase()))].join(' ')} ` : '';

/** WHERE clause and parameters for a filter; exact address when the value has an @, else substring. */
function where(f: MailFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  // An address (has an @) matches whole list entries; anything else is a substring search.
  const inList = (column: string, value: string): void => {
    const v = value.toLowerCase().trim();
    parts.push(`instr(${column}, ?) > 0`);
    params.push(v.includes('@') ? ` ${v} ` : v);
  };
  if (f.q) {
    const v = f.q.toLowerCase().trim();
    parts.push(`(instr(lower(coalesce(subject, '')), ?) > 0 OR instr(lower(coalesce(from_json, '')), ?) > 0
      OR instr(recipients, ?) > 0 OR instr(lower(coalesce(text_body, '')), ?) > 0)`);
    params.push(v, v, v, v);
  }
  if (f.to) inList('recipients', f.to);
  if (f.inbox) inList('mailboxes', f.inbox);
  if (f.from) {
    const v = f.from.toLowerCase().trim();
    if (v.includes('@')) {
      parts.push('from_address = ?');
      params.push(v);
    } else {
      parts.push("instr(lower(coalesce(from_json, '')), ?) > 0");
      params.push(v);
    }
  }
  if (f.subject) {
    parts.push("instr(lower(coalesce(subject, '')), ?) > 0");
    params.push(f.subject.toLowerCase());
  }
  if (f.text) {
    parts.push("(instr(lower(coalesce(text_body, '')), ?) > 0 OR instr(lower(coalesce(html_body, '')), ?) > 0)");
    params.push(f.text.toLowerCase(), f.text.toLowerCase());
  }
  if (f.provider) {
    parts.push('provider = ?');
    params.push(f.provider);
  }
  if (f.tenant) {
    parts.push('tenant = ?');
    params.push(f.tenant);
  }
  if (f.direction) {
    parts.push('direction = ?');
    params.push(f.direction);
  }
  if (f.sinceMs !== undefined) {
    parts.push('received_at_ms >= ?');
    params.push(f.sinceMs);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export class MailSink extends EventEmitter {
  private count: number;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    public retention: number,
  ) {
    super();
    this.setMaxListeners(0);
    this.count = (this.store.db.prepare('SELECT COUNT(*) AS n FROM mail_messages').get() as { n: number }).n;
  }

  /** Inserts one message; call inside the caller's transaction (which makes it durable). */
  insert(m: SinkInput): void {
    const p = m.parsed;
    const from: MailAddress | null = p.from;
    const recipients = [...p.to, ...p.cc].map((a) => a.address).concat(m.envelope.to);
    this.store.db
      .prepare(`INSERT INTO mail_messages (id, direction, provider, tenant, message_id, envelope_from, envelope_to,
        from_address, from_json, to_json, cc_json, recipients, mailboxes, subject, text_body, html_body, headers,
        attachments, deliveries, parse_warnings, size, raw, received_at_ms)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(
        m.id,
        m.direction,
        m.provider,
        m.tenant,
        p.messageId,
        m.envelope.from,
        JSON.stringify(m.envelope.to),
        from?.address.toLowerCase() ?? null,
        from ? JSON.stringify(from) : null,
        JSON.stringify(p.to),
        JSON.stringify(p.cc),
        spaced(recipients),
        spaced(m.mailboxes),
        p.subject,
        p.text,
        p.html,
        JSON.stringify(p.headerList),
        JSON.stringify(p.attachments.map(({ content: _c, ...meta }) => meta)),
        JSON.stringify(m.deliveries),
        JSON.stringify(p.warnings),
        m.raw.length,
        m.raw,
        this.clock.nowMs(),
      );
    this.count++;
    if (this.count > this.retention) {
      const excess = this.count - this.retention;
      const removed = this.store.db
        .prepare('DELETE FROM mail_messages WHERE seq IN (SELECT seq FROM mail_messages ORDER BY seq LIMIT ?)')
        .run(excess).changes;
      this.count -= removed;
    }
  }

  /**
   * Earlier copies of a message by its Message-ID: who sent each to whom, and the inboxes each was
   * delivered to, so the same message arriving again is not stored or delivered twice.
   */
  copiesOf(
    messageId: string,
  ): { id: string; envelopeFrom: string | null; envelopeTo: string[]; delivered: string[] }[] {
    const rows = this.store.db
      .prepare<[string], { id: string; envelope_from: string | null; envelope_to: string; deliveries: string }>(
        'SELECT id, envelope_from, envelope_to, deliveries FROM mail_messages WHERE message_id = ?',
      )
      .all(messageId);
    return rows.map((r) => ({
      id: r.id,
      envelopeFrom: r.envelope_from,
      envelopeTo: JSON.parse(r.envelope_to) as string[],
      delivered: (JSON.parse(r.deliveries) as Delivery[]).filter((d) => !d.error).map((d) => d.address),
    }));
  }

  /** Tells waiters a message was committed. */
  announce(id: string): void {
    this.emit('stored', id);
  }

  list(filter: MailFilter, limit: number, offset: number): { rows: MailRow[]; total: number } {
    const w = where(filter);
    const rows = this.store.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM mail_messages ${w.sql} ORDER BY seq DESC LIMIT ? OFFSET ?`)
      .all(...w.params, limit, offset) as MailRow[];
    const total = (
      this.store.db.prepare(`SELECT COUNT(*) AS n FROM mail_messages ${w.sql}`).get(...w.params) as { n: number }
    ).n;
    return { rows, total };
  }

  /** The newest message matching the filter, optionally only among `ids`. */
  findOne(filter: MailFilter, id?: string): MailRow | undefined {
    const w = where(filter);
    const sql = id === undefined ? w.sql : w.sql ? `${w.sql} AND id = ?` : 'WHERE id = ?';
    const params = id === undefined ? w.params : [...w.params, id];
    return this.store.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM mail_messages ${sql} ORDER BY seq DESC LIMIT 1`)
      .get(...params) as MailRow | undefined;
  }

  /**
   * Every emulated inbox mail involves: the sender of outbound mail, or a recipient a provider
   * claimed (from the delivery list), with the provider that holds it; most recent first.
   */
  inboxes(): InboxSummary[] {
    type Row = Pick<MailRow, 'provider' | 'mailboxes' | 'deliveries' | 'received_at_ms'>;
    const rows = this.store.db
      .prepare(`SELECT provider, mailboxes, deliveries, received_at_ms
      FROM mail_messages WHERE mailboxes != '' ORDER BY seq`)
      .all() as Row[];
    const byAddress = new Map<string, Omit<InboxSummary, 'lastAt'> & { lastMs: number }>();
    for (const row of rows) {
      const deliveries = JSON.parse(row.deliveries) as Delivery[];
      const claimed = new Map(deliveries.map((d) => [d.address.toLowerCase(), d.provider]));
      for (const address of row.mailboxes.trim().split(' ')) {
        const entry = byAddress.get(address) ?? { address, provider: null, received: 0, sent: 0, lastMs: 0 };
        const receiver = claimed.get(address);
        if (receiver !== undefined) {
          entry.received++;
          entry.provider = receiver;
        } else {
          entry.sent++;
          entry.provider ??= row.provider;
        }
        entry.lastMs = row.received_at_ms;
        byAddress.set(address, entry);
      }
    }
    return [...byAddress.values()]
      .sort((a, b) => b.lastMs - a.lastMs)
      .map(({ lastMs, ...rest }) => ({ ...rest, lastAt: new Date(lastMs).toISOString() }));
  }

  get(id: string): MailRow | undefined {
    return this.store.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM mail_messages WHERE id = ?`).get(id) as
      | MailRow
      | undefined;
  }

  raw(id: string): Buffer | undefined {
    return (this.store.db.prepare('SELECT raw FROM mail_messages WHERE id = ?').get(id) as { raw: Buffer } | undefined)
      ?.raw;
  }

  delete(id: string): boolean {
    const n = this.store.db.prepare('DELETE FROM mail_messages WHERE id = ?').run(id).changes;
    this.count -= n;
    if (n > 0) this.emit('deleted', id);
    return n > 0;
  }

  /** Deletes everything, or the messages of one provider and/or tenant. */
  clear(scope: { provider?: string; tenant?: string } = {}): number {
    const parts: string[] = [];
    const params: string[] = [];
    if (scope.provider) {
      parts.push('provider = ?');
      params.push(scope.provider);
    }
    if (scope.tenant) {
      parts.push('tenant = ?');
      params.push(scope.tenant);
    }
    const n = this.store.db
      .prepare(`DELETE FROM mail_messages ${parts.length ? `WHERE ${parts.join(' AND ')}` : ''}`)
      .run(...params).changes;
    this.count -= n;
    this.emit('cleared', scope);
    return n;
  }
}

export type { Envelope };
