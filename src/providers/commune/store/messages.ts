/** Stored emails (either direction): insertion and the look-ups threading and the routes need. */
import type { Db } from '../../../engine/store.js';
import type { MessageRow } from '../tables.js';

export interface Participant { role: 'sender' | 'to' | 'cc' | 'bcc'; identity: string }

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
  const info = db.prepare(`INSERT INTO cm_messages (message_id, org_id, thread_id, direction, inbox_id, domain_id, sender, subject, participants,
      content, content_html, attachments, metadata, delivery_status, delivery_data, rfc_message_id, commune_id, send_state, send_spec, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sent', ?, ?, ?, ?, ?, ?)`).run(
    m.messageId, m.orgId, m.threadId, m.direction, m.inboxId, m.domainId, m.sender.toLowerCase(), m.subject, JSON.stringify(m.participants),
    m.content, m.contentHtml, JSON.stringify(m.attachments), JSON.stringify(m.metadata), m.deliveryData ? JSON.stringify(m.deliveryData) : null,
    m.rfcMessageId, m.communeId ?? null, m.sendState ?? null, m.sendSpec === undefined ? null : JSON.stringify(m.sendSpec), m.createdAt,
  );
  return db.prepare('SELECT * FROM cm_messages WHERE seq = ?').get(info.lastInsertRowid) as MessageRow;
}

/** The newest message of a thread in the organisation. */
export function latestInThread(db: Db, orgId: string, threadId: string): MessageRow | undefined {
  return db.prepare('SELECT * FROM cm_messages WHERE org_id = ? AND thread_id = ? ORDER BY created_at DESC, seq DESC LIMIT 1').get(orgId, threadId) as MessageRow | undefined;
}

/** Messages of a thread oldest first (for extraction context). */
export function threadHistory(db: Db, orgId: string, threadId: string, limit = 20): MessageRow[] {
  return (db.prepare('SELECT * FROM cm_messages WHERE org_id = ? AND thread_id = ? ORDER BY created_at DESC, seq DESC LIMIT ?').all(orgId, threadId, limit) as MessageRow[]).reverse();
}

/** `<id@host>` whatever brackets and case the header had. */
export function normaliseMessageId(id: string): string {
  const bare = id.trim().replace(/^<|>$/g, '').trim();
  return `<${bare}>`;
}

/**
 * The thread of the earliest stored message (of the organisation) whose Message-ID is one of
 * `ids` (References and In-Reply-To of an inbound email), or null.
 */
export function threadOfMessageIds(db: Db, orgId: string, ids: string[]): string | null {
  const wanted = [...new Set(ids.filter(Boolean).map(normaliseMessageId))];
  if (!wanted.length) return null;
  const row = db.prepare(`SELECT thread_id FROM cm_messages WHERE org_id = ? AND rfc_message_id IN (${wanted.map(() => '?').join(', ')})
    ORDER BY created_at, seq LIMIT 1`).get(orgId, ...wanted) as { thread_id: string } | undefined;
  return row?.thread_id ?? null;
}
