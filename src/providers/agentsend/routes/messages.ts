/**
 * Messages: send (202, delivered in the background), list per inbox (newest first, optional status),
 * get, hard delete.
 */
import { limitOffset } from '../../../engine/store.js';
import type { Handler } from '../../../engine/provider.js';
import { resolveSendAttachments } from '../store/attachments.js';
import { errors } from '../errors.js';
import { findOwnedMessage, insertMessage } from '../store/messages.js';
import { enqueueDelivery, sendsCountedToday, settlePending } from '../domain/sending.js';
import type { MessageRow, ThreadRow } from '../tables.js';
import { createThread, newMessageIdHeader, replyHeaders, touchThread } from '../domain/threading.js';
import { messageJson, page } from '../wire.js';
import { ownedInbox } from './inboxes.js';

interface SendBody {
  to: string[];
  cc?: string[];
  bcc?: string[];
  subject: string;
  bodyText?: string;
  bodyHtml?: string;
  threadId?: string;
  attachmentIds?: string[];
}

const sendMessage: Handler = (ctx, { params, body }) => {
  const db = ctx.store.db;
  const tenant = ctx.principal!.tenant;
  const b = body as SendBody;
  const nowIso = ctx.now.toISOString();
  // Checks, message, thread and delivery job in one transaction: a rejected send leaves nothing.
  const row = ctx.store.tx(() => {
    const inbox = ownedInbox(ctx, params.inboxId);
    if (inbox.status === 'suspended') throw errors.inboxSuspended();
    if (sendsCountedToday(inbox, ctx.now) >= inbox.daily_send_limit) throw errors.dailyLimit(inbox.daily_send_limit);
    let reply: ReturnType<typeof replyHeaders> = { inReplyTo: null, references: [] };
    if (b.threadId) {
      const thread = db.prepare('SELECT * FROM as_threads WHERE id = ? AND account_id = ?').get(b.threadId, tenant) as ThreadRow | undefined;
      if (!thread) throw errors.notFound('Thread', b.threadId);
      if (thread.inbox_id !== inbox.id) throw errors.threadInboxMismatch();
      reply = replyHeaders(db, thread.id);
    }
    // Deviation (§10.4): attachments are checked before a thread is created, so no empty thread is left.
    const attachments = resolveSendAttachments(db, tenant, b.attachmentIds ?? []);
    const threadId = b.threadId ?? createThread(db, ctx.ids, { inboxId: inbox.id, accountId: tenant, subject: b.subject, nowIso });
    const message = insertMessage(db, {
      id: ctx.ids.uuid(), inboxId: inbox.id, accountId: tenant, threadId, direction: 'outbound',
      fromAddress: inbox.display_name ? `${inbox.display_name} <${inbox.address}>` : inbox.address,
      to: b.to, cc: b.cc ?? [], bcc: b.bcc ?? [], subject: b.subject, bodyText: b.bodyText ?? null, bodyHtml: b.bodyHtml ?? null,
      attachments, status: 'queued', messageIdHeader: newMessageIdHeader(ctx.ids), inReplyTo: reply.inReplyTo,
      references: reply.references, rawHeaders: null, createdAt: nowIso,
    });
    touchThread(db, threadId, nowIso);
    enqueueDelivery(ctx, tenant, inbox.id, message.id);
    return message;
  });
  return { status: 202, body: messageJson(row) };
};

const listMessages: Handler = (ctx, { params, query }) => {
  const { limit, offset } = page(query);
  const db = ctx.store.db;
  // The inbox itself is not looked up (as the real server): unknown or foreign ids give an empty page.
  const filter = typeof query.status === 'string' ? ' AND status = ?' : '';
  const args: unknown[] = [params.inboxId, ctx.principal!.tenant, ...(filter ? [query.status] : [])];
  const rows = db.prepare(`SELECT * FROM as_messages WHERE inbox_id = ? AND account_id = ?${filter} ORDER BY created_at DESC, seq DESC ${limitOffset(limit, offset)}`).all(...args) as MessageRow[];
  const { total } = db.prepare(`SELECT COUNT(*) AS total FROM as_messages WHERE inbox_id = ? AND account_id = ?${filter}`).get(...args) as { total: number };
  return { status: 200, body: { data: rows.map(messageJson), total } };
};

const getMessage: Handler = (ctx, { params }) => {
  const row = findOwnedMessage(ctx.store.db, params.id, ctx.principal!.tenant);
  if (!row) throw errors.notFound('Message', params.id);
  return { status: 200, body: messageJson(row) };
};

const deleteMessage: Handler = (ctx, { params }) => {
  const tenant = ctx.principal!.tenant;
  const deleted = ctx.store.tx(() => {
    const db = ctx.store.db;
    const row = db.prepare('SELECT inbox_id, direction, status FROM as_messages WHERE id = ? AND account_id = ?').get(params.id, tenant) as Pick<MessageRow, 'inbox_id' | 'direction' | 'status'> | undefined;
    if (!row) return 0;
    // A message deleted before delivery began no longer counts against the daily limit. One already
    // `sending` is settled by its delivery job when the SMTP transaction ends (the mail goes out).
    if (row.direction === 'outbound' && row.status === 'queued') settlePending(db, row.inbox_id);
    return db.prepare('DELETE FROM as_messages WHERE id = ?').run(params.id).changes;
  });
  if (!deleted) throw errors.notFound('Message', params.id);
  return { status: 204 };
};

export const handlers: Record<string, Handler> = { sendMessage, listMessages, getMessage, deleteMessage };
