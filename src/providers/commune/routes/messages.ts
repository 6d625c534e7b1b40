/** Messages: send (202, delivered by a durable job through the mail plane) and list by filter. */
import { bareAddress } from '../../shared/address.js';
import { clampedInt, str } from '../../shared/query.js';
import type { CommuneHandler, CommuneHandlers } from '../auth.js';
import { acceptSend } from '../domain/send-request.js';
import { errors } from '../errors.js';
import { listMessages as messagesOf } from '../store/messages.js';
import { messageJson } from '../wire.js';

const sendMessage: CommuneHandler<'sendMessage'> = (ctx, { body }) => {
  const out = acceptSend(ctx, body);
  return { status: 202, body: { data: { id: out.id, thread_id: out.threadId, status: 'queued' } } };
};

const listMessages: CommuneHandler<'listMessages'> = (ctx, { query }) => {
  const inboxId = str(query.inbox_id);
  const domainId = str(query.domain_id);
  const sender = str(query.sender);
  if (!inboxId && !domainId && !sender)
    throw errors.plain(400, 'Provide at least one filter: sender, domain_id, or inbox_id');
  const rows = messagesOf(ctx.store.db, {
    orgId: ctx.caller.tenant,
    inboxId,
    domainId,
    sender: sender === undefined ? undefined : bareAddress(sender).toLowerCase(),
    before: str(query.before),
    after: str(query.after),
    desc: query.order !== 'asc',
    limit: clampedInt(query.limit, 50, 1, 1000),
  });
  return { status: 200, body: { data: rows.map((r) => messageJson(r)) } };
};

export const handlers = { sendMessage, listMessages } satisfies Partial<CommuneHandlers>;
