/**
 * Sending (contracts/gent.md §Messages): a send request is checked against the current state
 * (`prepareSend`), then stored as a queued outbound message whose delivery is a durable job
 * (`storeSend`). A held send stores the request instead and runs these same two steps when approved,
 * so an approved send is exactly the one the agent asked for.
 */
import type { EngineServices } from '../../../engine/provider.js';
import type { Db } from '../../../engine/store.js';
import { errors } from '../errors.js';
import { blobMeta, getMessage, insertMessage, insertThread, touchThread } from '../store/messages.js';
import type { InboxRow, MessageRow } from '../tables.js';
import { newId } from './ids.js';
import { parseList } from './json.js';
import { newRfcMessageId, replyHeaders, replySubject, threadSubject } from './threading.js';

export const SEND_QUEUE = 'gent.send';

interface AddressInput {
  email: string;
  name?: string;
}

/** The body of `POST /v1/messages/` (already valid against the contract). */
export interface SendRequest {
  inbox_id?: string;
  reply_to_message_id?: string;
  subject?: string;
  to?: AddressInput[];
  cc?: AddressInput[];
  bcc?: AddressInput[];
  reply_to?: AddressInput[];
  text_body?: string;
  html_body?: string;
  attachments?: { blob_id: string }[];
}

export interface StoredAddress {
  email: string;
  name: string | null;
}

export interface PreparedSend {
  to: StoredAddress[];
  cc: StoredAddress[];
  bcc: StoredAddress[];
  replyTo: StoredAddress[];
  subject: string;
  text: string | null;
  html: string | null;
  attachments: { blob_id: string; filename: string; content_type: string; size: number }[];
  original: MessageRow | undefined;
}

const stored = (list: AddressInput[] | undefined): StoredAddress[] =>
  (list ?? []).map((a) => ({ email: a.email.toLowerCase(), name: a.name ?? null }));

/** Who a reply goes to by default: the original's Reply-To or sender, or (outbound) its recipients. */
function replyRecipients(original: MessageRow): StoredAddress[] {
  if (original.direction === 'outbound') return parseList<StoredAddress>(original.to_json);
  const replyTo = parseList<StoredAddress>(original.reply_to_json);
  return replyTo.length ? replyTo : [{ email: original.from_email, name: original.from_name }];
}

/** Checks the request as the inbox would send it now; throws Gent's 400/404 naming what is wrong. */
export function prepareSend(db: Db, orgId: string, inbox: InboxRow, req: SendRequest): PreparedSend {
  let original: MessageRow | undefined;
  if (req.reply_to_message_id) {
    original = getMessage(db, orgId, req.reply_to_message_id);
    if (!original || original.inbox_id !== inbox.id) throw errors.notFound('Message');
  }
  const problems: Record<string, string[]> = {};
  const to = req.to?.length ? stored(req.to) : original ? replyRecipients(original) : [];
  if (to.length === 0) problems.to = ['This field is required unless reply_to_message_id is set.'];
  if (req.text_body === undefined && req.html_body === undefined)
    problems.text_body = ['Provide text_body or html_body.'];
  const attachments: PreparedSend['attachments'] = [];
  for (const a of req.attachments ?? []) {
    const blob = blobMeta(db, orgId, a.blob_id);
    if (!blob) (problems.attachments ??= []).push(`Unknown blob_id: ${a.blob_id}.`);
    else
      attachments.push({ blob_id: blob.id, filename: blob.filename, content_type: blob.content_type, size: blob.size });
  }
  if (Object.keys(problems).length) throw errors.invalid(problems);
  return {
    to,
    cc: stored(req.cc),
    bcc: stored(req.bcc),
    replyTo: stored(req.reply_to),
    subject: req.subject ?? (original ? replySubject(original.subject) : ''),
    text: req.text_body ?? null,
    html: req.html_body ?? null,
    attachments,
    original,
  };
}

/** Stores the outbound message in its thread and queues its delivery; call inside a transaction. */
export function storeSend(
  services: EngineServices,
  inbox: InboxRow,
  send: PreparedSend,
): { message_id: string; thread_id: string } {
  const db = services.store.db;
  const nowMs = services.clock.nowMs();
  const nowIso = new Date(nowMs).toISOString();
  const threadId =
    send.original?.thread_id ??
    insertThread(db, {
      id: newId('thr', nowMs, services.ids),
      org_id: inbox.org_id,
      inbox_id: inbox.id,
      subject: threadSubject(send.subject),
      last_message_at: nowIso,
      created_at: nowIso,
    }).id;
  const headers = replyHeaders(send.original);
  const message = insertMessage(db, {
    id: newId('msg', nowMs, services.ids),
    org_id: inbox.org_id,
    inbox_id: inbox.id,
    thread_id: threadId,
    direction: 'outbound',
    status: 'queued',
    from_email: inbox.address,
    from_name: inbox.display_name,
    to_json: JSON.stringify(send.to),
    cc_json: JSON.stringify(send.cc),
    bcc_json: JSON.stringify(send.bcc),
    reply_to_json: JSON.stringify(send.replyTo),
    subject: send.subject,
    text_body: send.text,
    html_body: send.html,
    labels_json: '[]',
    attachments_json: JSON.stringify(send.attachments),
    is_read: 1,
    rfc_message_id: newRfcMessageId(services.ids),
    in_reply_to: headers.inReplyTo,
    references_json: JSON.stringify(headers.references),
    error: null,
    created_at_ms: nowMs,
    sent_at_ms: null,
  });
  touchThread(db, threadId, nowIso);
  services.jobs.enqueue({
    provider: 'gent',
    tenant: inbox.org_id,
    queue: SEND_QUEUE,
    payload: { messageId: message.id },
  });
  return { message_id: message.id, thread_id: threadId };
}

/** A held action's one-line description, as the approvals list shows it. */
export function sendSummary(send: PreparedSend): string {
  const subject = send.subject || '(no subject)';
  return `Send "${subject}" to ${send.to.map((a) => a.email).join(', ')}`;
}
