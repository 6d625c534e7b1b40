/**
 * Inbound mail for Commune (the "one mail world" side): the mail plane asks the resolver about each
 * recipient; `<local>[+tag]@<domain>` of any organisation's inbox is ours. One received copy is
 * stored with its thread (routing tag, References/In-Reply-To, else its own id), attachments and,
 * when the inbox has an enabled extraction schema, `metadata.extracted_data`; the webhook is queued
 * in the same transaction and the SSE frame published after it commits.
 */
import { ALPHABETS } from '../../../engine/ids.js';
import { log } from '../../../engine/log.js';
import type { InboundMail, Landing, MailboxResolver } from '../../../engine/mail/types.js';
import type { EngineServices } from '../../../engine/provider.js';
import { emitCommuneEvent } from './events.js';
import { inboundAttachmentId, storeAttachment } from './attachments.js';
import { eventBus } from './event-bus.js';
import { extract } from './extraction/index.js';
import type { ExtractionInput } from './extraction/types.js';
import { htmlToText, inboundVerdicts } from './inbound-checks.js';
import type { InboxWebhook } from './inboxes.js';
import { inboundThreadId, normaliseMessageId, splitAddress } from './threading.js';
import { inboxByAddress, inboxById } from '../store/inboxes.js';
import { inboxHoldsMessageId, insertMessage, threadHistory, type Participant } from '../store/messages.js';
import type { InboxWithDomainRow, MessageRow } from '../tables.js';
import { messageJson } from '../wire.js';

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v.join(', ') : v);

function lowerHeaders(h: InboundMail['headers']): Record<string, string> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), first(v) ?? '']));
}

/** The copy is the sender's own (self-BCC) or already stored for this inbox: keep one. */
function alreadyHeld(services: EngineServices, inbox: InboxWithDomainRow, rfcId: string | null): boolean {
  if (!rfcId) return false;
  return inboxHoldsMessageId(services.store.db, inbox.org_id, inbox.id, rfcId);
}

function extractionInput(
  services: EngineServices,
  inbox: InboxWithDomainRow,
  mail: InboundMail,
  text: string,
  threadId: string,
  nowIso: string,
): ExtractionInput | null {
  if (!inbox.extraction_schema) return null;
  const cfg = JSON.parse(inbox.extraction_schema) as {
    name: string;
    description?: string;
    schema: Record<string, unknown>;
    enabled: boolean;
  };
  if (!cfg.enabled) return null;
  const history = threadHistory(services.store.db, inbox.org_id, threadId);
  return {
    schema: cfg.schema,
    name: cfg.name,
    ...(cfg.description ? { description: cfg.description } : {}),
    email: {
      from: { address: mail.from?.address ?? '', name: mail.from?.name || null },
      to: mail.to.map((a) => a.address),
      subject: mail.subject ?? '',
      text,
      html: mail.html,
      headers: lowerHeaders(mail.headers),
      date: mail.date?.toISOString() ?? nowIso,
    },
    thread: history.map((m) => ({
      direction: m.direction,
      from: m.sender,
      subject: m.subject,
      text: m.content,
      createdAt: m.created_at,
    })),
  };
}

function webhookPayload(
  inbox: InboxWithDomainRow,
  row: MessageRow,
  mail: InboundMail,
  extracted: Record<string, unknown> | null,
  attachments: { attachment_id: string; filename: string; mime_type: string; size: number }[],
  verdicts: ReturnType<typeof inboundVerdicts>,
): Record<string, unknown> {
  const message = messageJson(row, { withOrg: false });
  return {
    domainId: inbox.domain_id,
    inboxId: inbox.id,
    inboxAddress: `${inbox.local_part}@${inbox.domain_name}`,
    event: { type: 'email.received', data: { email_id: row.message_id } },
    email: {
      id: row.message_id,
      message_id: row.rfc_message_id ?? row.message_id,
      from: row.sender,
      to: mail.to.map((a) => a.address),
      subject: row.subject,
      text: row.content,
      ...(mail.html ? { html: mail.html } : {}),
      headers: lowerHeaders(mail.headers),
      created_at: row.created_at,
    },
    message,
    ...(extracted ? { extractedData: extracted } : {}),
    attachments,
    security: {
      spam: { checked: true, score: verdicts.spam.score, action: verdicts.spam.action, flagged: verdicts.spam.flagged },
      prompt_injection: {
        checked: true,
        detected: verdicts.injection.detected,
        risk_level: verdicts.injection.risk,
        confidence: verdicts.injection.score,
        model_checked: false,
        model_provider: null,
        model_version: null,
        model_score: null,
        model_error: null,
        model_tier: null,
        model_allowed: null,
        fusion_score: null,
        fusion_version: null,
        reason_codes: verdicts.injection.detected ? ['phrase_match'] : [],
        disagreement: null,
      },
    },
  };
}

/**
 * Stores one received email in the inbox; returns the stored row, or null when nothing was stored.
 * Its ids are chosen before the (asynchronous) extraction, and `planned` is told them at once, so
 * the mail plane can record where the copy lands while the SMTP transaction is still open.
 */
export async function receiveInbound(
  services: EngineServices,
  inboxId: string,
  tag: string | null,
  mail: InboundMail,
  planned?: (landing: Landing) => void,
): Promise<MessageRow | null> {
  const db = services.store.db;
  const inbox = inboxById(db, inboxId);
  const rfcId = mail.messageId ? normaliseMessageId(mail.messageId) : null;
  if (!inbox || alreadyHeld(services, inbox, rfcId)) return null;
  const nowIso = services.clock.now().toISOString();
  const ownId = services.ids.token(32, ALPHABETS.lowerAlphanumeric);
  const text = mail.text ?? (mail.html ? htmlToText(mail.html) : '');
  const references = mail.references.map(normaliseMessageId);
  const inReplyTo = mail.inReplyTo ? normaliseMessageId(mail.inReplyTo) : null;
  const resolveThread = () =>
    inboundThreadId(db, { orgId: inbox.org_id, tag, references, inReplyTo, ownMessageId: ownId });
  const plannedThread = resolveThread();
  planned?.({ inboxId: inbox.id, messageId: ownId, threadId: plannedThread });
  const input = extractionInput(services, inbox, mail, text, plannedThread, nowIso);
  const extracted = input ? await extract(services, input) : null;
  if (!db.open) return null;

  const verdicts = inboundVerdicts(`${mail.subject ?? ''}\n${text}`);
  const row = services.store.tx(() => {
    const current = inboxById(db, inbox.id);
    if (!current || alreadyHeld(services, current, rfcId)) return null;
    const attachments = mail.attachments.map((part) => {
      const filename = part.filename || 'attachment';
      const a = storeAttachment(db, services.ids, {
        orgId: current.org_id,
        filename,
        mimeType: part.contentType || 'application/octet-stream',
        data: part.content,
        nowIso,
        messageId: ownId,
        id: inboundAttachmentId(db, ownId, filename),
      });
      return { attachment_id: a.id, filename: a.filename, mime_type: a.mime_type, size: a.size };
    });
    const from = mail.from?.address.toLowerCase() ?? '';
    const participants: Participant[] = [
      { role: 'sender', identity: from },
      ...mail.to.map((a) => ({ role: 'to' as const, identity: a.address })),
      ...mail.cc.map((a) => ({ role: 'cc' as const, identity: a.address })),
    ];
    const subject = mail.subject ?? '';
    const metadata: Record<string, unknown> = {
      created_at: nowIso,
      subject,
      in_reply_to: inReplyTo,
      references,
      domain_id: current.domain_id,
      inbox_id: current.id,
      inbox_address: `${current.local_part}@${current.domain_name}`,
      message_id: rfcId,
      spam_checked: true,
      spam_score: verdicts.spam.score,
      spam_action: verdicts.spam.action,
      prompt_injection_checked: true,
      prompt_injection_detected: verdicts.injection.detected,
      prompt_injection_risk: verdicts.injection.risk,
      prompt_injection_score: verdicts.injection.score,
      ...(extracted ? { extracted_data: extracted } : {}),
    };
    const stored = insertMessage(db, {
      messageId: ownId,
      orgId: current.org_id,
      threadId: resolveThread(),
      direction: 'inbound',
      inboxId: current.id,
      domainId: current.domain_id,
      sender: from,
      subject,
      participants,
      content: text,
      contentHtml: mail.html,
      attachments: attachments.map((a) => a.attachment_id),
      metadata,
      rfcMessageId: rfcId,
      createdAt: nowIso,
    });
    const webhook = current.webhook ? (JSON.parse(current.webhook) as InboxWebhook) : null;
    if (webhook?.endpoint) {
      emitCommuneEvent(
        services,
        current.org_id,
        { id: current.id, webhook: { ...webhook, endpoint: webhook.endpoint } },
        'email.received',
        webhookPayload(current, stored, mail, extracted, attachments, verdicts),
      );
    }
    return { stored, inbox: current };
  });
  if (!row) return null;
  const { stored, inbox: current } = row;
  eventBus(services.store).publish({
    type: 'email.received',
    orgId: current.org_id,
    data: {
      type: 'email.received',
      inbox_id: current.id,
      inbox_address: `${current.local_part}@${current.domain_name}`,
      thread_id: stored.thread_id,
      message_id: stored.message_id,
      subject: stored.subject.slice(0, 200),
      from: stored.sender.slice(0, 320),
      direction: 'inbound',
      created_at: stored.created_at,
    },
  });
  return stored;
}

/** Claims `<local>[+tag]@<domain>` for the inbox of any organisation that owns it. */
export function buildMailboxResolver(services: EngineServices): MailboxResolver {
  return (address) => {
    const parts = splitAddress(address);
    if (!parts) return null;
    const inbox = inboxByAddress(services.store.db, parts.local, parts.domain);
    if (!inbox) return null;
    return (mail) => {
      let landing: Landing | null = null;
      receiveInbound(services, inbox.id, parts.tag, mail, (l) => (landing = l)).catch((e: unknown) =>
        log.error('commune inbound mail could not be stored', { error: String(e) }),
      );
      return landing;
    };
  };
}
