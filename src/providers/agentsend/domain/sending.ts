/**
 * Outbound delivery for AgentSend: the `agentsend.send` job that hands a queued message to the mail
 * plane, the daily-limit arithmetic, and the registration of inbound mailboxes and control routes.
 *
 * Status goes queued → sending → sent; a failed attempt goes back to queued and is retried with
 * exponential backoff from 30 s (3 attempts in all, as the real BullMQ queue), then failed.
 */
import type { JobOutcome, JobRow } from '../../../engine/jobs.js';
import type { DeliveryResult, MailAddress, OutboundMail } from '../../../engine/mail/types.js';
import type { EngineServices } from '../../../engine/provider.js';
import type { Db } from '../../../engine/store.js';
import { attachmentContents } from './attachments.js';
import { emitEvent } from './events.js';
import { buildMailboxResolver } from './inbound.js';
import { addPendingSend, countSentToday, settlePendingSend } from '../store/inboxes.js';
import {
  markAttemptFailed,
  markMessageSent,
  markSending,
  messageById,
  type MessageAttachmentRef,
} from '../store/messages.js';
import type { InboxRow, MessageRow } from '../tables.js';
import { effectiveSendsToday, utcDay } from '../wire.js';

export const SEND_QUEUE = 'agentsend.send';
export const MAX_SEND_ATTEMPTS = 3;
export const FIRST_RETRY_DELAY_MS = 30_000;
const SEND_CONCURRENCY = 16;

interface SendJob {
  messageId: string;
}

/** Queues delivery of a stored message; call inside the transaction that inserted it. */
export function enqueueDelivery(services: EngineServices, tenant: string, inboxId: string, messageId: string): void {
  addPendingSend(services.store.db, inboxId);
  services.jobs.enqueue({ provider: 'agentsend', tenant, queue: SEND_QUEUE, payload: { messageId } satisfies SendJob });
}

/** A queued or sending message stopped being pending (sent, failed for good, or deleted). */
export function settlePending(db: Db, inboxId: string): void {
  settlePendingSend(db, inboxId);
}

/**
 * Sends that count against the inbox's daily limit: today's successful sends plus those still on
 * their way. The real server only counts successes, so rapid sends could overshoot its limit while
 * delivery lags; counting pending ones keeps the 11th rapid send a 429, as observed (contracts/agentsend.md,
 * "Sends still on their way count against the per-inbox daily cap").
 */
export function sendsCountedToday(inbox: InboxRow, now: Date): number {
  return effectiveSendsToday(inbox, now) + inbox.pending_sends;
}

/** `Display Name <addr>` or a bare address, as stored in fromAddress. */
function parseFrom(from: string): MailAddress {
  const m = /^(.*?)\s*<([^<>]+)>$/.exec(from);
  return m ? { address: m[2]!, name: m[1] || null } : { address: from, name: null };
}

function outboundMail(services: EngineServices, m: MessageRow): OutboundMail {
  return {
    provider: 'agentsend',
    tenant: m.account_id,
    from: parseFrom(m.from_address),
    to: JSON.parse(m.to_addresses) as string[],
    cc: JSON.parse(m.cc_addresses) as string[],
    bcc: JSON.parse(m.bcc_addresses) as string[],
    subject: m.subject,
    text: m.body_text,
    html: m.body_html,
    messageId: m.message_id_header!,
    inReplyTo: m.in_reply_to,
    references: JSON.parse(m.references_headers) as string[],
    attachments: attachmentContents(services.store.db, JSON.parse(m.attachments) as MessageAttachmentRef[]),
    date: services.clock.now(),
  };
}

/** The id the receiving MTA gave the message ("250 ... queued as ABC"), else one of our own. */
function providerMessageId(services: EngineServices, response: string): string {
  const queued = /queued as\s+<?([^\s<>]+)>?/i.exec(response);
  return queued ? queued[1]! : `mailsim-${services.ids.token(24)}`;
}

function markSent(services: EngineServices, m: MessageRow, response: string): void {
  const db = services.store.db;
  const now = services.clock.now();
  const nowIso = now.toISOString();
  const day = utcDay(now);
  services.store.tx(() => {
    markMessageSent(db, m.id, nowIso, providerMessageId(services, response));
    // A counter left from an earlier UTC day starts over: sendsToday resets at midnight (docs).
    countSentToday(db, m.inbox_id, day, nowIso);
    settlePending(db, m.inbox_id);
    emitEvent(services, m.account_id, 'message.sent', {
      messageId: m.id,
      inboxId: m.inbox_id,
      threadId: m.thread_id,
      to: JSON.parse(m.to_addresses),
      cc: JSON.parse(m.cc_addresses),
      bcc: JSON.parse(m.bcc_addresses),
      subject: m.subject,
      sentAt: nowIso,
    });
  });
}

/** The attempt failed: back to queued for a retry, or failed for good; written when the job settles. */
function failedAttempt(
  services: EngineServices,
  m: MessageRow,
  attempt: number,
  error: string,
  permanent: boolean,
): JobOutcome {
  const final = permanent || attempt >= MAX_SEND_ATTEMPTS;
  const settle = (): void => {
    const kept = markAttemptFailed(services.store.db, m.id, final ? 'failed' : 'queued', error, attempt);
    // A message deleted while sending left its pending slot to this job (deleteMessage), and a
    // retry would find nothing to send: the slot is given back now.
    if (final || !kept) settlePending(services.store.db, m.inbox_id);
  };
  return final
    ? { dead: true, error, settle }
    : { retryInMs: FIRST_RETRY_DELAY_MS * 2 ** (attempt - 1), error, settle };
}

async function deliver(services: EngineServices, job: SendJob, row: JobRow): Promise<JobOutcome> {
  const message = messageById(services.store.db, job.messageId);
  // Deleted meanwhile, or already settled (a job re-run after a crash): nothing left to do.
  if (message?.direction !== 'outbound' || (message.status !== 'queued' && message.status !== 'sending'))
    return { done: true };
  let result: DeliveryResult;
  try {
    result = await services.mail.send(outboundMail(services, message));
  } catch (e) {
    result = { ok: false, error: e instanceof Error ? e.message : String(e), permanent: false };
  }
  if (result.ok) return { done: true, settle: () => markSent(services, message, result.response) };
  return failedAttempt(services, message, row.attempts, result.error, result.permanent);
}

export function startSending(services: EngineServices): void {
  services.jobs.register(SEND_QUEUE, {
    concurrency: SEND_CONCURRENCY,
    // The sending mark commits with the job's running mark.
    starting: (payload: SendJob) => markSending(services.store.db, payload.messageId),
    handler: (payload: SendJob, row) => deliver(services, payload, row),
  });
  services.mail.registerMailboxes('agentsend', buildMailboxResolver(services));
}
