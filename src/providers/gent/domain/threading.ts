/**
 * Threading: reply subjects, Message-IDs and the headers that chain a reply to its original, and
 * the thread an inbound message joins (In-Reply-To, then References newest first, matched against
 * the Message-IDs stored in the receiving inbox).
 */
import type { IdSource } from '../../../engine/ids.js';
import type { Db } from '../../../engine/store.js';
import { threadOfRfcId } from '../store/messages.js';
import type { MessageRow } from '../tables.js';
import { parseList } from './json.js';

const REPLY_PREFIX = /^\s*re\s*(\[\d+\])?\s*:/i;

export function replySubject(original: string): string {
  return REPLY_PREFIX.test(original) ? original : `Re: ${original}`;
}

/** Subject without reply and forward markers, for a thread's name. */
export function threadSubject(subject: string): string {
  let s = subject.trim();
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/^(?:re|fwd?|aw|sv)\s*(?:\[\d+\])?\s*:\s*/i, '');
  }
  return s || '(no subject)';
}

/** `<ulid@mail.gent.mx>`, lower case, unique per message. */
export function newRfcMessageId(ids: IdSource): string {
  return `<${ids.token(26, '0123456789abcdefghjkmnpqrstvwxyz')}@mail.gent.mx>`;
}

/** In-Reply-To and References for a reply to `original`. */
export function replyHeaders(original: MessageRow | undefined): { inReplyTo: string | null; references: string[] } {
  if (!original?.rfc_message_id) return { inReplyTo: null, references: [] };
  return {
    inReplyTo: original.rfc_message_id,
    references: [...parseList(original.references_json), original.rfc_message_id],
  };
}

export function threadForInbound(
  db: Db,
  o: { orgId: string; inboxId: string; inReplyTo: string | null; references: string[] },
): string | null {
  const candidates: string[] = [];
  if (o.inReplyTo) candidates.push(o.inReplyTo);
  for (const ref of [...o.references].reverse()) if (!candidates.includes(ref)) candidates.push(ref);
  for (const rfcId of candidates) {
    const thread = threadOfRfcId(db, o.orgId, o.inboxId, rfcId);
    if (thread) return thread;
  }
  return null;
}
