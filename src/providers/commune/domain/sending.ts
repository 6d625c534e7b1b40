/**
 * Outbound delivery for Commune: the durable `commune.send` job hands a stored message to the mail
 * plane as real MIME (services.mail.send). Like Commune's BullMQ worker, failures after the 202 are
 * never reported to the caller: they show in the message's delivery_status and /v1/delivery/*.
 *
 * send_state goes queued → sending → sent; a failed attempt is retried with exponential backoff
 * from 30 s (3 attempts in all), then `failed`. Suppressed `to` recipients are dropped first; when
 * none is left the message is recorded as suppressed and nothing is sent.
 */
import type { JobOutcome, JobRow } from '../../../engine/jobs.js';
import type { DeliveryResult, OutboundMail } from '../../../engine/mail/types.js';
import type { EngineServices } from '../../../engine/provider.js';
import { isSuppressed, recordDeliveryEvent } from './ledger.js';
import {
  attachmentContent,
  markSending,
  messageBySeq,
  setSendState,
  type AttachmentContent,
} from '../store/messages.js';
import type { MessageRow } from '../tables.js';

export const SEND_QUEUE = 'commune.send';
export const MAX_SEND_ATTEMPTS = 3;
export const FIRST_RETRY_DELAY_MS = 30_000;
const SEND_CONCURRENCY = 4;

/** What the job needs to compose the email, stored with the message at send time. */
export interface SendSpec {
  from: { address: string; name: string | null };
  to: string[];
  cc: string[];
  bcc: string[];
  /** Commune sends a copy to the sender (self-BCC). */
  selfBcc: string | null;
  replyTo: string | null;
  headers: Record<string, string>;
  text: string | null;
  html: string | null;
  inReplyTo: string | null;
  references: string[];
  attachmentIds: string[];
}

interface SendJob {
  seq: number;
}

/** Queues delivery of a stored message; call inside the transaction that inserted it. */
export function enqueueSend(services: Pick<EngineServices, 'jobs'>, orgId: string, seq: number): void {
  services.jobs.enqueue({ provider: 'commune', tenant: orgId, queue: SEND_QUEUE, payload: { seq } satisfies SendJob });
}

function attachmentsOf(services: EngineServices, ids: string[]): OutboundMail['attachments'] {
  const db = services.store.db;
  return ids
    .map((id) => attachmentContent(db, id))
    .filter((a): a is AttachmentContent => !!a)
    .map((a) => ({ filename: a.filename, contentType: a.mime_type, content: a.content }));
}

function outboundMail(services: EngineServices, m: MessageRow, spec: SendSpec, to: string[]): OutboundMail {
  return {
    provider: 'commune',
    tenant: m.org_id,
    from: spec.from,
    to,
    cc: spec.cc,
    bcc: spec.selfBcc ? [...spec.bcc, spec.selfBcc] : spec.bcc,
    subject: m.subject,
    text: spec.text,
    html: spec.html,
    messageId: m.rfc_message_id!,
    inReplyTo: spec.inReplyTo,
    references: spec.references,
    attachments: attachmentsOf(services, spec.attachmentIds),
    date: services.clock.now(),
    headers: { ...spec.headers, ...(spec.replyTo ? { 'Reply-To': spec.replyTo } : {}) },
  };
}

function settle(
  services: EngineServices,
  m: MessageRow,
  state: 'sent' | 'failed',
  event: { type: 'sent' | 'failed' | 'suppressed'; reason?: string },
): void {
  services.store.tx(() => {
    setSendState(services.store.db, m.seq, state, event.reason ?? null);
    recordDeliveryEvent(services, {
      orgId: m.org_id,
      messageId: m.message_id,
      type: event.type,
      ...(event.reason ? { reason: event.reason } : {}),
    });
  });
}

async function deliver(services: EngineServices, job: SendJob, row: JobRow): Promise<JobOutcome> {
  const db = services.store.db;
  const m = messageBySeq(db, job.seq);
  // Deleted meanwhile, or already settled (a job re-run after a crash): nothing left to do.
  if (m?.direction !== 'outbound' || (m.send_state !== 'queued' && m.send_state !== 'sending') || !m.send_spec)
    return { done: true };
  const spec = JSON.parse(m.send_spec) as SendSpec;
  const to = spec.to.filter((r) => !isSuppressed(services, m.org_id, r, m.inbox_id, m.domain_id));
  if (to.length === 0) {
    settle(services, m, 'failed', { type: 'suppressed', reason: 'All recipients are suppressed' });
    return { done: true };
  }
  services.store.tx(() => markSending(db, m.seq));
  let result: DeliveryResult;
  try {
    result = await services.mail.send(outboundMail(services, m, spec, to));
  } catch (e) {
    result = { ok: false, error: e instanceof Error ? e.message : String(e), permanent: false };
  }
  if (!db.open) return { done: true };
  if (result.ok) {
    settle(services, m, 'sent', { type: 'sent' });
    return { done: true };
  }
  const final = result.permanent || row.attempts >= MAX_SEND_ATTEMPTS;
  if (final) {
    settle(services, m, 'failed', { type: 'failed', reason: result.error });
    return { dead: true, error: result.error };
  }
  services.store.tx(() => setSendState(db, m.seq, 'queued', result.error));
  return { retryInMs: FIRST_RETRY_DELAY_MS * 2 ** (row.attempts - 1), error: result.error };
}

export function registerSendQueue(services: EngineServices): void {
  services.jobs.register(SEND_QUEUE, {
    concurrency: SEND_CONCURRENCY,
    handler: (payload: SendJob, row) => deliver(services, payload, row),
  });
}
