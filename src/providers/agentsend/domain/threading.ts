/**
 * Threading helpers shared by send and inbound receipt: subject normalisation, Message-ID
 * generation, reply headers, and the thread bookkeeping every new message does.
 */
import type { Db } from '../../../engine/store.js';
import type { IdSource } from '../../../engine/ids.js';
import { latestInThread, threadOfMessageId } from '../store/messages.js';
import { insertThread } from '../store/threads.js';

/** One reply/forward marker (Re:, Fwd:, AW:, SV: ...), optionally counted as in "Re[2]:". */
const REPLY_PREFIX = /^(?:re|fwd?|aw|sv|vs|ref|rif|r)\s*(?:\[\d+\])?\s*:\s*/i;

/**
 * Strips every leading reply/forward marker, then collapses whitespace (contracts/agentsend.md, "Thread subjects are
 * normalised").
 */
export function normaliseSubject(subject: string): string {
  let s = subject.trim();
  for (let prev = ''; prev !== s; ) {
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
  const last = latestInThread(db, threadId);
  if (!last?.message_id_header) return { inReplyTo: null, references: [] };
  return {
    inReplyTo: last.message_id_header,
    references: [...(JSON.parse(last.references_headers) as string[]), last.message_id_header],
  };
}

/** Creates an empty thread named after the normalised subject; call inside the caller's transaction. */
export function createThread(
  db: Db,
  ids: IdSource,
  o: { inboxId: string; accountId: string; subject: string; nowIso: string },
): string {
  const id = ids.uuid();
  const subject = normaliseSubject(o.subject);
  insertThread(db, { id, inboxId: o.inboxId, accountId: o.accountId, subject, nowIso: o.nowIso });
  return id;
}

/**
 * The thread an inbound message belongs to: In-Reply-To first, then References newest first, each
 * matched against Message-IDs of the account's messages (the real server matches per account, not
 * per inbox). When one Message-ID is stored in several inboxes of the account (a message sent to
 * two of them), the copy in the receiving inbox wins.
 */
export function findThreadByHeaders(
  db: Db,
  o: { accountId: string; inboxId: string; inReplyTo: string | null; references: string[] },
): string | null {
  const candidates: string[] = [];
  if (o.inReplyTo) candidates.push(o.inReplyTo);
  for (const ref of [...o.references].reverse()) if (!candidates.includes(ref)) candidates.push(ref);
  for (const header of candidates) {
    const hit = threadOfMessageId(db, o.accountId, header, o.inboxId);
    if (hit) return hit;
  }
  return null;
}
