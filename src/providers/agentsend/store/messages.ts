/**
 * Writing message rows, shared by send and inbound receipt so both store the same shape.
 */
import type { Db } from '../../../engine/store.js';
import { nextSeq, type MessageRow } from '../tables.js';

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
  db.prepare(`INSERT INTO as_messages (id, inbox_id, account_id, thread_id, direction, from_address, to_addresses, cc_addresses,
      bcc_addresses, subject, body_text, body_html, attachments, status, delivery, message_id_header, in_reply_to,
      references_headers, raw_headers, created_at, seq)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'email', ?, ?, ?, ?, ?, ?)`).run(
    m.id, m.inboxId, m.accountId, m.threadId, m.direction, m.fromAddress, JSON.stringify(m.to), JSON.stringify(m.cc),
    JSON.stringify(m.bcc), m.subject, m.bodyText, m.bodyHtml, JSON.stringify(m.attachments), m.status, m.messageIdHeader,
    m.inReplyTo, JSON.stringify(m.references), m.rawHeaders ? JSON.stringify(m.rawHeaders) : null, m.createdAt, nextSeq(db),
  );
  return db.prepare('SELECT * FROM as_messages WHERE id = ?').get(m.id) as MessageRow;
}

/** The caller's message, or undefined (another account's message reads as absent). */
export function findOwnedMessage(db: Db, id: string, tenant: string): MessageRow | undefined {
  return db.prepare('SELECT * FROM as_messages WHERE id = ? AND account_id = ?').get(id, tenant) as MessageRow | undefined;
}
