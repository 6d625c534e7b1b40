/**
 * Inbound mail for AgentSend: which addresses are ours (active inboxes of any account) and how a
 * received message is stored, threaded and announced. Everything for one message commits in one
 * transaction: attachments, thread, message and the `message.received` webhook outbox rows.
 */
import type { InboundMail, MailboxResolver } from '../../../engine/mail/types.js';
import type { EngineServices } from '../../../engine/provider.js';
import { bareAddress } from '../../shared/address.js';
import { refOf, storeAttachment } from './attachments.js';
import { emitEvent } from './events.js';
import { createThread, findThreadByHeaders } from './threading.js';
import { activeInbox } from '../store/inboxes.js';
import { insertMessage } from '../store/messages.js';
import { touchThread } from '../store/threads.js';
import type { MessageRow } from '../tables.js';

export const NO_SUBJECT = '(no subject)';

/**
 * Stores one received message in the inbox. Returns the stored row, or null when the inbox stopped
 * being active between address resolution and delivery.
 */
export function receiveInbound(services: EngineServices, inboxId: string, mail: InboundMail): MessageRow | null {
  const db = services.store.db;
  return services.store.tx(() => {
    const inbox = activeInbox(db, { id: inboxId });
    if (!inbox) return null;
    const nowIso = services.clock.now().toISOString();
    // The real server stores parts under inbound/<inboxId>/ with no record; mailsim adds one so the
    // attachment id the contract requires works with GET /attachments/{id}.
    const attachments = mail.attachments.map((part) =>
      refOf(
        storeAttachment(db, services.ids, {
          accountId: inbox.account_id,
          keyPrefix: `inbound/${inbox.id}`,
          filename: part.filename || 'attachment',
          contentType: part.contentType || 'application/octet-stream',
          data: part.content,
          nowIso,
        }),
      ),
    );
    const subject = mail.subject || NO_SUBJECT;
    const threadId =
      findThreadByHeaders(db, {
        accountId: inbox.account_id,
        inboxId: inbox.id,
        inReplyTo: mail.inReplyTo,
        references: mail.references,
      }) ?? createThread(db, services.ids, { inboxId: inbox.id, accountId: inbox.account_id, subject, nowIso });
    const row = insertMessage(db, {
      id: services.ids.uuid(),
      inboxId: inbox.id,
      accountId: inbox.account_id,
      threadId,
      direction: 'inbound',
      fromAddress: mail.from?.address ?? '',
      to: mail.to.map((a) => a.address),
      cc: mail.cc.map((a) => a.address),
      bcc: [],
      subject,
      bodyText: mail.text,
      bodyHtml: mail.html,
      attachments,
      status: 'received',
      messageIdHeader: mail.messageId,
      inReplyTo: mail.inReplyTo,
      references: mail.references,
      rawHeaders: mail.headers,
      createdAt: nowIso,
    });
    touchThread(db, threadId, nowIso);
    emitEvent(services, inbox.account_id, 'message.received', {
      messageId: row.id,
      inboxId: inbox.id,
      threadId,
      from: row.from_address,
      to: JSON.parse(row.to_addresses),
      subject,
      direction: 'inbound',
      receivedAt: nowIso,
    });
    return row;
  });
}

/**
 * The resolver the mail plane asks for each recipient: an active inbox with that address (in any
 * account) claims it; anything else is not AgentSend's.
 */
export function buildMailboxResolver(services: EngineServices): MailboxResolver {
  return (address) => {
    // Inbox addresses are stored lower-case.
    const inbox = activeInbox(services.store.db, { address: bareAddress(address).toLowerCase() });
    if (!inbox) return null;
    return (mail) => {
      const row = receiveInbound(services, inbox.id, mail);
      return row ? { inboxId: row.inbox_id, messageId: row.id, threadId: row.thread_id } : null;
    };
  };
}
