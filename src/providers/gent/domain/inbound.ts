/**
 * Inbound mail: which addresses are Gent's (every inbox, in any organisation) and how a received
 * message is stored: attachments as blobs, the thread found from its headers, activity entries, the
 * `message.received` event and the inbox's workflow rules, all in one transaction.
 */
import addressparser from 'nodemailer/lib/addressparser/index.js';
import { bareAddress } from '../../shared/address.js';
import type { InboundMail, MailboxResolver } from '../../../engine/mail/types.js';
import type { EngineServices } from '../../../engine/provider.js';
import { inboxByAddress, inboxById } from '../store/inboxes.js';
import { insertBlob, insertMessage, insertThread, touchThread } from '../store/messages.js';
import type { MessageRow } from '../tables.js';
import { recordMessageActivity } from './activity.js';
import { emitEvent } from './events.js';
import { newId } from './ids.js';
import { newRfcMessageId, threadForInbound, threadSubject } from './threading.js';
import { runInboundRules } from './workflows.js';

function replyToOf(mail: InboundMail): { email: string; name: string | null }[] {
  const header = mail.headers['reply-to'];
  const text = Array.isArray(header) ? header.join(', ') : header;
  if (!text) return [];
  return addressparser(text, { flatten: true })
    .filter((a) => a.address)
    .map((a) => ({ email: a.address.toLowerCase(), name: a.name || null }));
}

export function receiveInbound(services: EngineServices, inboxId: string, mail: InboundMail): MessageRow | null {
  const db = services.store.db;
  return services.store.tx(() => {
    const inbox = inboxById(db, inboxId);
    if (!inbox) return null;
    const nowMs = services.clock.nowMs();
    const nowIso = new Date(nowMs).toISOString();
    const attachments = mail.attachments.map((part) => {
      const id = newId('blb', nowMs, services.ids);
      const filename = part.filename || 'attachment';
      const contentType = part.contentType || 'application/octet-stream';
      insertBlob(db, {
        id,
        org_id: inbox.org_id,
        filename,
        content_type: contentType,
        size: part.content.length,
        data: part.content,
        created_at: nowIso,
      });
      return { blob_id: id, filename, content_type: contentType, size: part.content.length };
    });
    const subject = mail.subject ?? '';
    const threadId =
      threadForInbound(db, {
        orgId: inbox.org_id,
        inboxId: inbox.id,
        inReplyTo: mail.inReplyTo,
        references: mail.references,
      }) ??
      insertThread(db, {
        id: newId('thr', nowMs, services.ids),
        org_id: inbox.org_id,
        inbox_id: inbox.id,
        subject: threadSubject(subject),
        last_message_at: nowIso,
        created_at: nowIso,
      }).id;
    const addresses = (list: { address: string; name?: string | null }[]) =>
      JSON.stringify(list.map((a) => ({ email: a.address.toLowerCase(), name: a.name || null })));
    const row = insertMessage(db, {
      id: newId('msg', nowMs, services.ids),
      org_id: inbox.org_id,
      inbox_id: inbox.id,
      thread_id: threadId,
      direction: 'inbound',
      status: 'received',
      from_email: (mail.from?.address ?? '').toLowerCase(),
      from_name: mail.from?.name || null,
      to_json: addresses(mail.to),
      cc_json: addresses(mail.cc),
      bcc_json: '[]',
      reply_to_json: JSON.stringify(replyToOf(mail)),
      subject,
      text_body: mail.text,
      html_body: mail.html,
      labels_json: '[]',
      attachments_json: JSON.stringify(attachments),
      is_read: 0,
      rfc_message_id: mail.messageId ?? newRfcMessageId(services.ids),
      in_reply_to: mail.inReplyTo,
      references_json: JSON.stringify(mail.references),
      error: null,
      created_at_ms: nowMs,
      sent_at_ms: null,
    });
    touchThread(db, threadId, nowIso);
    recordMessageActivity(services, row, nowMs);
    const payload = {
      message_id: row.id,
      thread_id: threadId,
      inbox_id: inbox.id,
      from: row.from_email,
      to: mail.to.map((a) => a.address.toLowerCase()),
      subject,
      received_at: nowIso,
    };
    emitEvent(services, { orgId: inbox.org_id, inboxId: inbox.id, type: 'message.received', payload });
    runInboundRules(services, row, payload);
    return row;
  });
}

export function gentMailboxResolver(services: EngineServices): MailboxResolver {
  return (address) => {
    const inbox = inboxByAddress(services.store.db, bareAddress(address).toLowerCase());
    return inbox
      ? (mail) => {
          const row = receiveInbound(services, inbox.id, mail);
          return row ? { inboxId: row.inbox_id, messageId: row.id, threadId: row.thread_id } : null;
        }
      : null;
  };
}
