/**
 * cm_messages: stored emails of either direction, their delivery state and send state, and the
 * look-ups threading, sending, the ledger and the routes need.
 */
import type { Db } from '../../../engine/store.js';
import type { AttachmentRow, MessageRow } from '../tables.js';

export interface Participant {
  role: 'sender' | 'to' | 'cc' | 'bcc';
  identity: string;
}

export interface NewMessage {
  messageId: string;
  orgId: string;
  threadId: string;
  direction: 'inbound' | 'outbound';
  inboxId: string | null;
  domainId: string | null;
  /** Bare sender address (lower-cased here). */
  sender: string;
  subject: string;
  participants: Participant[];
  content: string;
  contentHtml: string | null;
  attachments: string[];
  /** Everything of `metadata` except delivery_status and delivery_data (own columns). */
  metadata: Record<string, unknown>;
  deliveryData?: Record<string, unknown> | null;
  rfcMessageId: string | null;
  communeId?: string | null;
  sendState?: string | null;
  sendSpec?: unknown;
  createdAt: string;
}

export function insertMessage(db: Db, m: NewMessage): MessageRow {
  const info = db
    .prepare(`INSERT INTO cm_messages (message_id, org_id, thread_id, direction, inbox_id, domain_id, sender, subject,
      participants, content, content_html, attachments, metadata, delivery_status, delivery_data, rfc_message_id,
      commune_id, send_state, send_spec, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sent', ?, ?, ?, ?, ?, ?)`)
    .run(
      m.messageId,
      m.orgId,
      m.threadId,
      m.direction,
      m.inboxId,
      m.domainId,
      m.sender.toLowerCase(),
      m.subject,
      JSON.stringify(m.participants),
      m.content,
      m.contentHtml,
      JSON.stringify(m.attachments),
      JSON.stringify(m.metadata),
      m.deliveryData ? JSON.stringify(m.deliveryData) : null,
      m.rfcMessageId,
      m.communeId ?? null,
      m.sendState ?? null,
      m.sendSpec === undefined ? null : JSON.stringify(m.sendSpec),
      m.createdAt,
    );
  return messageBySeq(db, Number(info.lastInsertRowid))!;
}

export function messageBySeq(db: Db, seq: number): MessageRow | undefined {
  return db.prepare<[number], MessageRow>('SELECT * FROM cm_messages WHERE seq = ?').get(seq);
}

/** The newest message of a thread in the organisation. */
export function latestInThread(db: Db, orgId: string, threadId: string): MessageRow | undefined {
  return db
    .prepare<[string, string], MessageRow>(`SELECT * FROM cm_messages WHERE org_id = ? AND thread_id = ?
      ORDER BY created_at DESC, seq DESC LIMIT 1`)
    .get(orgId, threadId);
}

/** Messages of a thread oldest first (for extraction context). */
export function threadHistory(db: Db, orgId: string, threadId: string, limit = 20): MessageRow[] {
  return db
    .prepare<[string, string, number], MessageRow>(`SELECT * FROM cm_messages WHERE org_id = ? AND thread_id = ?
      ORDER BY created_at DESC, seq DESC LIMIT ?`)
    .all(orgId, threadId, limit)
    .reverse();
}

/** The thread of the earliest stored message of the organisation whose Message-ID is one of `ids`, or null. */
export function threadOfMessageIds(db: Db, orgId: string, ids: readonly string[]): string | null {
  if (!ids.length) return null;
  const row = db
    .prepare<string[], { thread_id: string }>(`SELECT thread_id FROM cm_messages WHERE org_id = ?
      AND rfc_message_id IN (${ids.map(() => '?').join(', ')})
    ORDER BY created_at, seq LIMIT 1`)
    .get(orgId, ...ids);
  return row?.thread_id ?? null;
}

/** The thread of the organisation's first outbound message that carried this routing tag. */
export function threadOfRoutingToken(db: Db, orgId: string, token: string): string | null {
  return (
    db
      .prepare<[string, string], { thread_id: string }>(`SELECT thread_id FROM cm_messages WHERE org_id = ?
      AND direction = 'outbound'
    AND json_extract(metadata, '$.routing_token') = ? ORDER BY seq LIMIT 1`)
      .get(orgId, token)?.thread_id ?? null
  );
}

/** Whether the inbox already holds a message with this Message-ID. */
export function inboxHoldsMessageId(db: Db, orgId: string, inboxId: string, rfcId: string): boolean {
  return (
    db
      .prepare('SELECT 1 FROM cm_messages WHERE org_id = ? AND inbox_id = ? AND rfc_message_id = ? LIMIT 1')
      .get(orgId, inboxId, rfcId) !== undefined
  );
}

/** An outbound message of the organisation, by stored id or by the `msg_` id send returned. */
export function outboundMessage(db: Db, orgId: string, id: string): MessageRow | undefined {
  return db
    .prepare<[string, string, string], MessageRow>(`SELECT * FROM cm_messages WHERE org_id = ?
      AND direction = 'outbound' AND (message_id = ? OR commune_id = ?)
    ORDER BY seq LIMIT 1`)
    .get(orgId, id, id);
}

/** An outbound message of any organisation (the control plane carries no tenant), by either id. */
export function anyOutboundMessage(db: Db, id: string): MessageRow | undefined {
  return db
    .prepare<[string, string], MessageRow>(
      `SELECT * FROM cm_messages WHERE direction = 'outbound' AND (message_id = ? OR commune_id = ?) ORDER BY seq
      LIMIT 1`,
    )
    .get(id, id);
}

export function setDeliveryState(db: Db, seq: number, status: string, deliveryData: string): void {
  db.prepare('UPDATE cm_messages SET delivery_status = ?, delivery_data = ? WHERE seq = ?').run(
    status,
    deliveryData,
    seq,
  );
}

export function setSendState(db: Db, seq: number, state: string, error: string | null): void {
  db.prepare('UPDATE cm_messages SET send_state = ?, send_error = ? WHERE seq = ?').run(state, error, seq);
}

export function markSending(db: Db, seq: number): void {
  db.prepare("UPDATE cm_messages SET send_state = 'sending' WHERE seq = ?").run(seq);
}

export type AttachmentContent = Pick<AttachmentRow, 'filename' | 'mime_type' | 'content'>;

/** The bytes of one attachment, for composing outgoing mail. */
export function attachmentContent(db: Db, id: string): AttachmentContent | undefined {
  return db
    .prepare<[string], AttachmentContent>('SELECT filename, mime_type, content FROM cm_attachments WHERE id = ?')
    .get(id);
}

/** The organisation's outbound messages created after `sinceIso`. */
export function countOutboundSince(db: Db, orgId: string, sinceIso: string): number {
  return db
    .prepare<[string, string], { n: number }>(
      "SELECT COUNT(*) AS n FROM cm_messages WHERE org_id = ? AND direction = 'outbound' AND created_at > ?",
    )
    .get(orgId, sinceIso)!.n;
}

export interface MessageFilter {
  orgId: string;
  inboxId?: string | undefined;
  domainId?: string | undefined;
  sender?: string | undefined;
}

/**
 * The organisation's messages by one filter, in Commune's precedence (inbox, then domain, then
 * sender), optionally before/after a time (ISO strings of one format compare like times, which is
 * how Commune compares them), in `order` of creation.
 */
export function listMessages(
  db: Db,
  f: MessageFilter & {
    before?: string | undefined;
    after?: string | undefined;
    desc: boolean;
    limit: number;
  },
): MessageRow[] {
  const where = ['org_id = ?'];
  const args: (string | number)[] = [f.orgId];
  if (f.inboxId) {
    where.push('inbox_id = ?');
    args.push(f.inboxId);
  } else if (f.domainId) {
    where.push('domain_id = ?');
    args.push(f.domainId);
  } else if (f.sender !== undefined) {
    where.push('sender = ?');
    args.push(f.sender);
  }
  if (f.before) {
    where.push('created_at < ?');
    args.push(f.before);
  }
  if (f.after) {
    where.push('created_at > ?');
    args.push(f.after);
  }
  const dir = f.desc ? 'DESC' : 'ASC';
  return db
    .prepare<(string | number)[], MessageRow>(`SELECT * FROM cm_messages WHERE ${where.join(' AND ')}
      ORDER BY created_at ${dir}, seq ${dir} LIMIT ?`)
    .all(...args, f.limit);
}

/** A thread's messages; when none has that thread id, the message with that id (a single message is its own thread). */
export function threadMessages(
  db: Db,
  orgId: string,
  threadId: string,
  o: {
    desc: boolean;
    limit: number;
  },
): MessageRow[] {
  const dir = o.desc ? 'DESC' : 'ASC';
  const rows = db
    .prepare<[string, string, number], MessageRow>(`SELECT * FROM cm_messages WHERE org_id = ?
      AND thread_id = ? ORDER BY created_at ${dir}, seq ${dir} LIMIT ?`)
    .all(orgId, threadId, o.limit);
  if (rows.length) return rows;
  return db
    .prepare<[string, string, number], MessageRow>(`SELECT * FROM cm_messages WHERE org_id = ? AND message_id = ?
      ORDER BY created_at ${dir}, seq ${dir} LIMIT ?`)
    .all(orgId, threadId, o.limit);
}

/** Outbound messages of one inbox or domain created in [start, end], counted by delivery status. */
export function deliveryStatusCounts(
  db: Db,
  o: {
    orgId: string;
    column: 'inbox_id' | 'domain_id';
    value: string;
    startIso: string;
    endIso: string;
  },
): { status: string; n: number }[] {
  return db
    .prepare<[string, string, string, string], { status: string; n: number }>(`SELECT delivery_status AS status,
      COUNT(*) AS n FROM cm_messages
      WHERE org_id = ? AND ${o.column} = ? AND direction = 'outbound' AND created_at >= ? AND created_at <= ?
      GROUP BY delivery_status`)
    .all(o.orgId, o.value, o.startIso, o.endIso);
}
