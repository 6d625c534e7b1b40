/**
 * Threading helpers shared by send and inbound receipt: subject normalisation, Message-ID
 * generation, reply headers, and the thread bookkeeping every new message does.
 */
import type { Db } from '../../../engine/store.js';
import type { IdSource } from '../../../engine/ids.js';
import { nextSeq, type MessageRow } from '../tables.js';

/** One reply/forward marker (Re:, Fwd:, AW:, SV: ...), optionally counted as in "Re[2]:". */
const REPLY_PREFIX = /^(?:re|fwd?|aw|sv|vs|ref|rif|r)\s*(?:\[\d+\])?\s*:\s*/i;

/** Strips every leading reply/forward marker, then collapses whitespace (notes §3.3). */
export function normaliseSubject(subject: string): string {
  let s = subject.trim();
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(REPLY_PREFIX, '');
  }
  return s.replace(/\s+/g, ' ').trim();
}

export const MESSAGE_ID_DOMAIN = 'agentsend.io';

/** `<24 nanoid characters@agentsend.io>`, the format the real server generates. */
export function newMessageIdHeader(ids: IdSource): string {
  return `<${ids.token(24)}@${MESSAGE_ID_DOMAIN}>`;
}

/** In-Reply-To and References for a reply in `threadId`: taken from the thread's latest message. */
export function replyHeaders(db: Db, threadId: string): { inReplyTo: string | null; references: string[] } {
  const last = db
    .prepare('SELECT message_id_header, references_headers FROM as_messages WHERE thread_id = ? ORDER BY created_at DESC, seq DESC LIMIT 1')
    .get(threadId) as Pick<MessageRow, 'message_id_header' | 'references_headers'> | undefined;
  if (!last?.message_id_header) return { inReplyTo: null, references: [] };
  return { inReplyTo: last.message_id_header, references: [...(JSON.parse(last.references_headers) as string[]), last.message_id_header] };
}

/** Creates an empty thread named after the normalised subject; call inside the caller's transaction. */
export function createThread(db: Db, ids: IdSource, o: { inboxId: string; accountId: string; subject: string; nowIso: string }): string {
  const id = ids.uuid();
  db.prepare('INSERT INTO as_threads (id, inbox_id, account_id, subject, last_message_at, message_count, created_at, seq) VALUES (?, ?, ?, ?, ?, 0, ?, ?)')
    .run(id, o.inboxId, o.accountId, normaliseSubject(o.subject), o.nowIso, o.nowIso, nextSeq(db));
  return id;
}

/** A message joined the thread: one more message, latest activity now. */
export function touchThread(db: Db, threadId: string, nowIso: string): void {
  db.prepare('UPDATE as_threads SET message_count = message_count + 1, last_message_at = ? WHERE id = ?').run(nowIso, threadId);
}

/**
 * The thread an inbound message belongs to: In-Reply-To first, then References newest first, each
 * matched against Message-IDs of the account's messages (the real server matches per account, not
 * per inbox). When one Message-ID is stored in several inboxes of the account (a message sent to
 * two of them), the copy in the receiving inbox wins.
 */
export function findThreadByHeaders(db: Db, o: { accountId: string; inboxId: string; inReplyTo: string | null; references: string[] }): string | null {
  const candidates: string[] = [];
  if (o.inReplyTo) candidates.push(o.inReplyTo);
  for (const ref of [...o.references].reverse()) if (!candidates.includes(ref)) candidates.push(ref);
  const lookup = db.prepare(`SELECT thread_id FROM as_messages WHERE account_id = ? AND message_id_header = ? AND thread_id IS NOT NULL
    AND thread_id IN (SELECT id FROM as_threads) ORDER BY (inbox_id = ?) DESC, created_at DESC, seq DESC LIMIT 1`);
  for (const header of candidates) {
    const hit = lookup.get(o.accountId, header, o.inboxId) as { thread_id: string } | undefined;
    if (hit) return hit.thread_id;
  }
  return null;
}
