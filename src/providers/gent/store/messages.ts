/** SQL for threads, messages, uploaded blobs and thread notes. */
import type { Db } from '../../../engine/store.js';
import type { BlobRow, MessageRow, NoteRow, ThreadRow } from '../tables.js';
import { nextSeq } from './meta.js';
import { pageOf } from './pages.js';

export function insertThread(db: Db, t: Omit<ThreadRow, 'seq' | 'assigned_inbox_id'>): ThreadRow {
  db.prepare(
    `INSERT INTO gt_threads (id, org_id, inbox_id, subject, last_message_at, created_at, seq) VALUES (?, ?, ?, ?, ?, ?,
      ?)`,
  ).run(t.id, t.org_id, t.inbox_id, t.subject, t.last_message_at, t.created_at, nextSeq(db));
  return getThread(db, t.org_id, t.id)!;
}

export function getThread(db: Db, orgId: string, id: string): ThreadRow | undefined {
  return db.prepare<unknown[], ThreadRow>('SELECT * FROM gt_threads WHERE id = ? AND org_id = ?').get(id, orgId);
}

export function touchThread(db: Db, id: string, nowIso: string): void {
  db.prepare('UPDATE gt_threads SET last_message_at = ? WHERE id = ?').run(nowIso, id);
}

export function assignThreadTo(db: Db, id: string, inboxId: string): void {
  db.prepare('UPDATE gt_threads SET assigned_inbox_id = ? WHERE id = ?').run(inboxId, id);
}

/** Who took part in each message of a thread (for a reply's recipients). */
export type ThreadAddresses = Pick<MessageRow, 'id' | 'from_email' | 'to_json' | 'cc_json'>;

export function threadMessages(db: Db, threadId: string): ThreadAddresses[] {
  return db
    .prepare<[string], ThreadAddresses>(
      'SELECT id, from_email, to_json, cc_json FROM gt_messages WHERE thread_id = ? ORDER BY seq',
    )
    .all(threadId);
}

export function insertMessage(db: Db, m: Omit<MessageRow, 'seq'>): MessageRow {
  db.prepare(`INSERT INTO gt_messages (id, org_id, inbox_id, thread_id, direction, status, from_email, from_name,
    to_json, cc_json, bcc_json, reply_to_json, subject, text_body, html_body, labels_json, attachments_json, is_read,
    rfc_message_id, in_reply_to, references_json, error, created_at_ms, sent_at_ms, seq)
    VALUES (${Array(25).fill('?').join(', ')})`).run(
    m.id,
    m.org_id,
    m.inbox_id,
    m.thread_id,
    m.direction,
    m.status,
    m.from_email,
    m.from_name,
    m.to_json,
    m.cc_json,
    m.bcc_json,
    m.reply_to_json,
    m.subject,
    m.text_body,
    m.html_body,
    m.labels_json,
    m.attachments_json,
    m.is_read,
    m.rfc_message_id,
    m.in_reply_to,
    m.references_json,
    m.error,
    m.created_at_ms,
    m.sent_at_ms,
    nextSeq(db),
  );
  return messageById(db, m.id)!;
}

export function messageById(db: Db, id: string): MessageRow | undefined {
  return db.prepare<unknown[], MessageRow>('SELECT * FROM gt_messages WHERE id = ?').get(id);
}

export function getMessage(db: Db, orgId: string, id: string): MessageRow | undefined {
  const row = messageById(db, id);
  return row && row.org_id === orgId ? row : undefined;
}

export interface MessageFilter {
  orgId: string;
  inboxId: string | null;
  afterMs: number | null;
  beforeMs: number | null;
  direction: string | null;
}

export function listMessages(
  db: Db,
  f: MessageFilter,
  limit: number,
  position: number,
): { rows: MessageRow[]; total: number } {
  const where = ['org_id = ?'];
  const args: unknown[] = [f.orgId];
  if (f.inboxId) {
    where.push('inbox_id = ?');
    args.push(f.inboxId);
  }
  if (f.afterMs !== null) {
    where.push('created_at_ms >= ?');
    args.push(f.afterMs);
  }
  if (f.beforeMs !== null) {
    where.push('created_at_ms < ?');
    args.push(f.beforeMs);
  }
  if (f.direction) {
    where.push('direction = ?');
    args.push(f.direction);
  }
  const clause = where.join(' AND ');
  return pageOf<MessageRow>(db, 'gt_messages', {
    where: clause,
    args,
    order: 'created_at_ms DESC, seq DESC',
    limit,
    position,
  });
}

/** The thread of a stored message with this Message-ID in the organisation, the receiving inbox's copy first. */
export function threadOfRfcId(db: Db, orgId: string, inboxId: string, rfcId: string): string | null {
  const row = db
    .prepare<
      unknown[],
      { thread_id: string }
    >(`SELECT thread_id FROM gt_messages WHERE org_id = ? AND rfc_message_id = ? AND inbox_id = ?
    ORDER BY seq DESC LIMIT 1`)
    .get(orgId, rfcId, inboxId);
  return row?.thread_id ?? null;
}

export function lastMessageOfThread(db: Db, threadId: string): MessageRow | undefined {
  return db
    .prepare<unknown[], MessageRow>('SELECT * FROM gt_messages WHERE thread_id = ? ORDER BY seq DESC LIMIT 1')
    .get(threadId);
}

export function setMessageStatus(
  db: Db,
  id: string,
  status: string,
  sentAtMs: number | null,
  error: string | null,
): void {
  db.prepare('UPDATE gt_messages SET status = ?, sent_at_ms = COALESCE(?, sent_at_ms), error = ? WHERE id = ?').run(
    status,
    sentAtMs,
    error,
    id,
  );
}

export function setLabels(db: Db, id: string, labels: string[]): void {
  db.prepare('UPDATE gt_messages SET labels_json = ? WHERE id = ?').run(JSON.stringify(labels), id);
}

/** Messages sent (or received) in [fromMs, toMs). */
export function countMessages(
  db: Db,
  orgId: string,
  direction: 'inbound' | 'outbound',
  fromMs: number,
  toMs: number,
): number {
  const sql =
    direction === 'outbound'
      ? `SELECT COUNT(*) AS n FROM gt_messages WHERE org_id = ? AND direction = 'outbound' AND status = 'sent' AND
        sent_at_ms >= ? AND sent_at_ms < ?`
      : `SELECT COUNT(*) AS n FROM gt_messages WHERE org_id = ? AND direction = 'inbound' AND created_at_ms >= ? AND
        created_at_ms < ?`;
  return db.prepare<unknown[], { n: number }>(sql).get(orgId, fromMs, toMs)!.n;
}

export function insertBlob(db: Db, b: BlobRow): void {
  db.prepare(
    'INSERT INTO gt_blobs (id, org_id, filename, content_type, size, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(b.id, b.org_id, b.filename, b.content_type, b.size, b.data, b.created_at);
}

export function blobMeta(db: Db, orgId: string, id: string): Omit<BlobRow, 'data'> | undefined {
  return db
    .prepare<[string, string], Omit<BlobRow, 'data'>>(
      'SELECT id, org_id, filename, content_type, size, created_at FROM gt_blobs WHERE id = ? AND org_id = ?',
    )
    .get(id, orgId);
}

export function blobData(db: Db, id: string): Pick<BlobRow, 'filename' | 'content_type' | 'data'> | undefined {
  return db
    .prepare<[string], Pick<BlobRow, 'filename' | 'content_type' | 'data'>>(
      'SELECT filename, content_type, data FROM gt_blobs WHERE id = ?',
    )
    .get(id);
}

export function storageBytes(db: Db, orgId: string): number {
  const sum = (sql: string): number => db.prepare<[string], { n: number }>(sql).get(orgId)!.n;
  const blobs = sum('SELECT COALESCE(SUM(size), 0) AS n FROM gt_blobs WHERE org_id = ?');
  const rows = sum('SELECT COALESCE(SUM(LENGTH(data)), 0) AS n FROM gt_file_rows WHERE org_id = ?');
  const docs = sum('SELECT COALESCE(SUM(LENGTH(content)), 0) AS n FROM gt_files WHERE org_id = ?');
  return blobs + rows + docs;
}

export function insertNote(db: Db, n: Omit<NoteRow, 'seq'>): NoteRow {
  db.prepare(
    `INSERT INTO gt_thread_notes (id, org_id, thread_id, author_inbox_id, body, mentions, created_at_ms, seq) VALUES (?,
      ?, ?, ?, ?, ?, ?, ?)`,
  ).run(n.id, n.org_id, n.thread_id, n.author_inbox_id, n.body, n.mentions, n.created_at_ms, nextSeq(db));
  return db.prepare<unknown[], NoteRow>('SELECT * FROM gt_thread_notes WHERE id = ?').get(n.id)!;
}

/** Notes younger than `sinceMs` (older ones have expired). */
export function listNotes(db: Db, threadId: string, sinceMs: number): NoteRow[] {
  return db
    .prepare<unknown[], NoteRow>('SELECT * FROM gt_thread_notes WHERE thread_id = ? AND created_at_ms > ? ORDER BY seq')
    .all(threadId, sinceMs);
}

export function getNote(db: Db, threadId: string, id: string): NoteRow | undefined {
  return db
    .prepare<unknown[], NoteRow>('SELECT * FROM gt_thread_notes WHERE id = ? AND thread_id = ?')
    .get(id, threadId);
}

export function deleteNote(db: Db, id: string): void {
  db.prepare('DELETE FROM gt_thread_notes WHERE id = ?').run(id);
}
