/**
 * Outbound delivery: the durable `gent.send` job hands a queued message to the mail plane as real
 * MIME. queued → sent (with `sent_at`, the `message.sent` event and activity entries) or, after 3
 * attempts 30 s apart and doubling on the engine clock, failed.
 */
import type { JobOutcome, JobRow } from '../../../engine/jobs.js';
import type { DeliveryResult, OutboundMail } from '../../../engine/mail/types.js';
import type { EngineServices } from '../../../engine/provider.js';
import { blobData, messageById, setMessageStatus } from '../store/messages.js';
import type { MessageRow } from '../tables.js';
import { recordMessageActivity } from './activity.js';
import { emitEvent } from './events.js';
import { parseList } from './json.js';
import { SEND_QUEUE, type StoredAddress } from './sending.js';

const MAX_ATTEMPTS = 3;
const FIRST_RETRY_MS = 30_000;

function outboundMail(services: EngineServices, m: MessageRow): OutboundMail {
  const emails = (json: string): string[] => parseList<StoredAddress>(json).map((a) => a.email);
  const replyTo = parseList<StoredAddress>(m.reply_to_json);
  const attachments = parseList<{ blob_id: string }>(m.attachments_json)
    .map((a) => blobData(services.store.db, a.blob_id))
    .filter((b): b is NonNullable<typeof b> => !!b)
    .map((b) => ({ filename: b.filename, contentType: b.content_type, content: b.data }));
  return {
    provider: 'gent',
    tenant: m.org_id,
    from: { address: m.from_email, name: m.from_name },
    to: emails(m.to_json),
    cc: emails(m.cc_json),
    bcc: emails(m.bcc_json),
    subject: m.subject,
    text: m.text_body,
    html: m.html_body,
    messageId: m.rfc_message_id!,
    inReplyTo: m.in_reply_to,
    references: parseList(m.references_json),
    attachments,
    date: services.clock.now(),
    ...(replyTo.length ? { headers: { 'Reply-To': replyTo.map((a) => a.email).join(', ') } } : {}),
  };
}

function markSent(services: EngineServices, m: MessageRow): void {
  const nowMs = services.clock.nowMs();
  services.store.tx(() => {
    // Deleted while the SMTP transaction ran (its inbox was deleted, or the emulator reset): the
    // mail went out, but there is nothing left to mark or announce.
    const sent = messageById(services.store.db, m.id);
    if (!sent) return;
    setMessageStatus(services.store.db, m.id, 'sent', nowMs, null);
    recordMessageActivity(services, { ...sent, status: 'sent', sent_at_ms: nowMs }, nowMs);
    emitEvent(services, {
      orgId: m.org_id,
      inboxId: m.inbox_id,
      type: 'message.sent',
      payload: {
        message_id: m.id,
        thread_id: m.thread_id,
        inbox_id: m.inbox_id,
        subject: m.subject,
        to: parseList<StoredAddress>(m.to_json).map((a) => a.email),
        sent_at: new Date(nowMs).toISOString(),
      },
    });
  });
}

async function deliver(services: EngineServices, messageId: string, job: JobRow): Promise<JobOutcome> {
  const db = services.store.db;
  const m = messageById(db, messageId);
  // Deleted with its inbox, or already settled by an earlier run of this job: nothing to do.
  if (m?.direction !== 'outbound' || m.status !== 'queued') return { done: true };
  let result: DeliveryResult;
  try {
    result = await services.mail.send(outboundMail(services, m));
  } catch (e) {
    result = { ok: false, error: e instanceof Error ? e.message : String(e), permanent: false };
  }
  // The message's last writes commit with the job's own (see JobOutcome.settle).
  if (result.ok) return { done: true, settle: () => markSent(services, m) };
  const final = result.permanent || job.attempts >= MAX_ATTEMPTS;
  const settle = (): void => setMessageStatus(db, m.id, final ? 'failed' : 'queued', null, result.error);
  return final
    ? { dead: true, error: result.error, settle }
    : { retryInMs: FIRST_RETRY_MS * 2 ** (job.attempts - 1), error: result.error, settle };
}

export function startDelivery(services: EngineServices): void {
  services.jobs.register(SEND_QUEUE, {
    concurrency: 8,
    handler: (payload: { messageId: string }, row) => deliver(services, payload.messageId, row),
  });
}
