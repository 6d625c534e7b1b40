/**
 * as_messages: writing message rows (send and inbound receipt store the same shape), the look-ups
 * threading and delivery need, and the lists the routes page through.
 */
import { limitOffset, type Db } from '../../../engine/store.js';
import type { MessageRow } from '../tables.js';
import { inboxTotals } from './inboxes.js';
import { nextSeq } from './meta.js';

/** One item of a message's `attachments` list, as the API returns it. */
export interface MessageAttachmentRef {
  id: string;
  key: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface NewMessage {
  id: string;
  inboxId: string;
  accountId: string;
  threadId: string;
  direction: 'outbound' | 'inbound';
  fromAddress: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  bodyText: string | null;
  bodyHtml: string | null;
  attachments: MessageAttachmentRef[];
  status: 'queued' | 'received';
  messageIdHeader: string | null;
  inReplyTo: string | null;
  references: string[];
  rawHeaders: Record<string, string | string[]> | null;
  createdAt: string;
}

/** Inserts the message and returns the stored row; call inside the caller's transaction. */
export function insertMessage(db: Db, m: NewMessage): MessageRow {
  db.prepare(`INSERT INTO as_messages (id, inbox_id, account_id, thread_id, direction, from_address, to_addresses,
      cc_addresses, bcc_addresses, subject, body_text, body_html, attachments, status, delivery, message_id_header,
      in_reply_to, references_headers, raw_headers, created_at, seq)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'email', ?, ?, ?, ?, ?, ?)`).run(
    m.id,
    m.inboxId,
    m.accountId,
    m.threadId,
    m.direction,
    m.fromAddress,
    JSON.stringify(m.to),
    JSON.stringify(m.cc),
    JSON.stringify(m.bcc),
    m.subject,
    m.bodyText,
    m.bodyHtml,
    JSON.stringify(m.attachments),
    m.status,
    m.messageIdHeader,
    m.inReplyTo,
    JSON.stringify(m.references),
    m.rawHeaders ? JSON.stringify(m.rawHeaders) : null,
    m.createdAt,
    nextSeq(db),
  );
  db.prepare('UPDATE as_inboxes SET message_count = message_count + 1 WHERE id = ?').run(m.inboxId);
  return messageById(db, m.id)!;
}

export function messageById(db: Db, id: string): MessageRow | undefined {
  return db.prepare<[string], MessageRow>('SELECT * FROM as_messages WHERE id = ?').get(id);
}

/** The caller's message, or undefined (another account's message reads as absent). */
export function findOwnedMessage(db: Db, id: string, tenant: string): MessageRow | undefined {
  return db
    .prepare<[string, string], MessageRow>('SELECT * FROM as_messages WHERE id = ? AND account_id = ?')
    .get(id, tenant);
}

export type Recipients = Pick<MessageRow, 'to_addresses' | 'cc_addresses' | 'bcc_addresses'>;

export function messageRecipients(db: Db, id: string): Recipients | undefined {
  return db
    .prepare<[string], Recipients>(`SELECT to_addresses, cc_addresses, bcc_addresses FROM as_messages
      WHERE id = ?`)
    .get(id);
}

/** The account's messages of one inbox, newest first, optionally with one status; and how many there are. */
export function listInboxMessages(
  db: Db,
  o: {
    inboxId: string;
    tenant: string;
    status?: string;
    limit: number;
    offset: number;
  },
): { rows: MessageRow[]; total: number } {
  const filter = o.status === undefined ? '' : ' AND status = ?';
  const args = [o.inboxId, o.tenant, ...(o.status === undefined ? [] : [o.status])];
  const where = `WHERE inbox_id = ? AND account_id = ?${filter}`;
  const rows = db
    .prepare<string[], MessageRow>(`SELECT * FROM as_messages ${where}
      ORDER BY created_at DESC, seq DESC ${limitOffset(o.limit, o.offset)}`)
    .all(...args);
  // Unfiltered, the inbox's counter is the total (an unknown or foreign inbox has none: 0); a
  // status filter still counts, over the inbox's index.
  const total =
    o.status === undefined
      ? inboxTotals(db, o.inboxId, o.tenant).messages
      : db.prepare<string[], { total: number }>(`SELECT COUNT(*) AS total FROM as_messages ${where}`).get(...args)!
          .total;
  return { rows, total };
}

/**
 * A thread's messages, oldest first; and how many there are. `+account_id` keeps SQLite on the
 * thread index: left to choose, it counted through the account's index, every message of the
 * account (525 ms of CPU per view at a million messages).
 */
export function listThreadMessages(
  db: Db,
  o: { threadId: string; tenant: string; limit: number; offset: number },
): {
  rows: MessageRow[];
  total: number;
} {
  const rows = db
    .prepare<[string, string], MessageRow>(
      `SELECT * FROM as_messages WHERE thread_id = ? AND +account_id = ?
        ORDER BY created_at ASC, seq ASC ${limitOffset(o.limit, o.offset)}`,
    )
    .all(o.threadId, o.tenant);
  const { total } = db
    .prepare<[string, string], { total: number }>(`SELECT COUNT(*) AS total FROM as_messages
      WHERE thread_id = ? AND +account_id = ?`)
    .get(o.threadId, o.tenant)!;
  return { rows, total };
}

export type DeliveryState = Pick<MessageRow, 'inbox_id' | 'direction' | 'status'>;

export function ownedDeliveryState(db: Db, id: string, tenant: string): DeliveryState | undefined {
  return db
    .prepare<[string, string], DeliveryState>(`SELECT inbox_id, direction, status FROM as_messages WHERE id = ?
      AND account_id = ?`)
    .get(id, tenant);
}

export function deleteMessage(db: Db, id: string): number {
  const gone = db
    .prepare<[string], { inbox_id: string }>('DELETE FROM as_messages WHERE id = ? RETURNING inbox_id')
    .get(id);
  if (!gone) return 0;
  db.prepare('UPDATE as_inboxes SET message_count = message_count - 1 WHERE id = ?').run(gone.inbox_id);
  return 1;
}

export function setMessageStatus(db: Db, id: string, status: string): void {
  db.prepare('UPDATE as_messages SET status = ? WHERE id = ?').run(status, id);
}

/** Marks an outbound message sending unless it was deleted or already settled (a job re-run after a crash). */
export function markSending(db: Db, id: string): void {
  db.prepare(
    `UPDATE as_messages SET status = 'sending'
      WHERE id = ? AND direction = 'outbound' AND status IN ('queued', 'sending')`,
  ).run(id);
}

export function markMessageSent(db: Db, id: string, nowIso: string, sesMessageId: string): void {
  db.prepare(
    "UPDATE as_messages SET status = 'sent', sent_at = ?, ses_message_id = ?, error_message = NULL WHERE id = ?",
  ).run(nowIso, sesMessageId, id);
}

/** Records a failed attempt; false when the message no longer exists (deleted while sending). */
export function markAttemptFailed(
  db: Db,
  id: string,
  status: 'failed' | 'queued',
  error: string,
  attempt: number,
): boolean {
  return (
    db
      .prepare('UPDATE as_messages SET status = ?, error_message = ?, retry_count = ? WHERE id = ?')
      .run(status, error, attempt, id).changes > 0
  );
}

export type ThreadTail = Pick<MessageRow, 'message_id_header' | 'references_headers'>;

/** Message-ID and References of the thread's latest message (for a reply's headers). */
export function latestInThread(db: Db, threadId: string): ThreadTail | undefined {
  return db
    .prepare<[string], ThreadTail>(
      `SELECT message_id_header, references_headers FROM as_messages WHERE thread_id = ?
        ORDER BY created_at DESC, seq DESC LIMIT 1`,
    )
    .get(threadId);
}

/**
 * The thread of the account's message with this Message-ID; when one Message-ID is stored in
 * several inboxes of the account, the copy in `inboxId` wins, then the newest.
 */
export function threadOfMessageId(
  db: Db,
  accountId: string,
  messageIdHeader: string,
  inboxId: string,
): string | undefined {
  return db
    .prepare<[string, string, string], { thread_id: string }>(`SELECT thread_id FROM as_messages
      WHERE account_id = ? AND message_id_header = ?
    AND thread_id IS NOT NULL AND thread_id IN (SELECT id FROM as_threads)
    ORDER BY (inbox_id = ?) DESC, created_at DESC, seq DESC LIMIT 1`)
    .get(accountId, messageIdHeader, inboxId)?.thread_id;
}
