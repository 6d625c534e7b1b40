/**
 * Messages: send (202, delivered in the background), list per inbox (newest first, optional status),
 * get, hard delete.
 */
import { page } from '../../shared/query.js';
import type { AgentSendHandler, AgentSendHandlers } from '../auth.js';
import { resolveSendAttachments } from '../domain/attachments.js';
import { enqueueDelivery, sendsCountedToday, settlePending } from '../domain/sending.js';
import { createThread, newMessageIdHeader, replyHeaders } from '../domain/threading.js';
import { errors } from '../errors.js';
import {
  deleteMessage as removeMessage,
  findOwnedMessage,
  insertMessage,
  listInboxMessages,
  ownedDeliveryState,
} from '../store/messages.js';
import { findOwnedThread, touchThread } from '../store/threads.js';
import { messageJson } from '../wire.js';
import { ownedInbox } from './inboxes.js';

const sendMessage: AgentSendHandler<'sendMessage'> = (ctx, { params, body: b }) => {
  const db = ctx.store.db;
  const tenant = ctx.caller.tenant;
  const nowIso = ctx.now.toISOString();
  // Checks, message, thread and delivery job in one transaction: a rejected send leaves nothing.
  const row = ctx.store.tx(() => {
    const inbox = ownedInbox(ctx, params.inboxId);
    if (inbox.status === 'suspended') throw errors.inboxSuspended();
    if (sendsCountedToday(inbox, ctx.now) >= inbox.daily_send_limit) throw errors.dailyLimit(inbox.daily_send_limit);
    let reply: ReturnType<typeof replyHeaders> = { inReplyTo: null, references: [] };
    if (b.threadId) {
      const thread = findOwnedThread(db, b.threadId, tenant);
      if (!thread) throw errors.notFound('Thread', b.threadId);
      if (thread.inbox_id !== inbox.id) throw errors.threadInboxMismatch();
      reply = replyHeaders(db, thread.id);
    }
    // Deviation (contracts/agentsend.md, "A send rejected for an unknown attachment id leaves nothing
    // behind"): attachments are checked before a thread is created, so no empty thread is left.
    const attachments = resolveSendAttachments(db, tenant, b.attachmentIds ?? []);
    const threadId =
      b.threadId ?? createThread(db, ctx.ids, { inboxId: inbox.id, accountId: tenant, subject: b.subject, nowIso });
    const message = insertMessage(db, {
      id: ctx.ids.uuid(),
      inboxId: inbox.id,
      accountId: tenant,
      threadId,
      direction: 'outbound',
      fromAddress: inbox.display_name ? `${inbox.display_name} <${inbox.address}>` : inbox.address,
      to: b.to,
      cc: b.cc ?? [],
      bcc: b.bcc ?? [],
      subject: b.subject,
      bodyText: b.bodyText ?? null,
      bodyHtml: b.bodyHtml ?? null,
      attachments,
      status: 'queued',
      messageIdHeader: newMessageIdHeader(ctx.ids),
      inReplyTo: reply.inReplyTo,
      references: reply.references,
      rawHeaders: null,
      createdAt: nowIso,
    });
    touchThread(db, threadId, nowIso);
    enqueueDelivery(ctx, tenant, inbox.id, message.id);
    return message;
  });
  return { status: 202, body: messageJson(row) };
};

const listMessages: AgentSendHandler<'listMessages'> = (ctx, { params, query }) => {
  // The inbox itself is not looked up (as the real server): unknown or foreign ids give an empty page.
  const { rows, total } = listInboxMessages(ctx.store.db, {
    inboxId: params.inboxId,
    tenant: ctx.caller.tenant,
    ...(query.status === undefined ? {} : { status: query.status }),
    ...page(query),
  });
  return { status: 200, body: { data: rows.map(messageJson), total } };
};

const getMessage: AgentSendHandler<'getMessage'> = (ctx, { params }) => {
  const row = findOwnedMessage(ctx.store.db, params.id, ctx.caller.tenant);
  if (!row) throw errors.notFound('Message', params.id);
  return { status: 200, body: messageJson(row) };
};

const deleteMessage: AgentSendHandler<'deleteMessage'> = (ctx, { params }) => {
  const tenant = ctx.caller.tenant;
  const deleted = ctx.store.tx(() => {
    const db = ctx.store.db;
    const row = ownedDeliveryState(db, params.id, tenant);
    if (!row) return 0;
    // A message deleted before delivery began no longer counts against the daily limit. One already
    // `sending` is settled by its delivery job when the SMTP transaction ends (the mail goes out).
    if (row.direction === 'outbound' && row.status === 'queued') settlePending(db, row.inbox_id);
    return removeMessage(db, params.id);
  });
  if (!deleted) throw errors.notFound('Message', params.id);
  return { status: 204 };
};

export const handlers = { sendMessage, listMessages, getMessage, deleteMessage } satisfies Partial<AgentSendHandlers>;
