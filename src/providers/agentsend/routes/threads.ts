/**
 * Threads: list per inbox (latest activity first), get, and a thread's messages (oldest first).
 */
import type { HandlerContext } from '../../../engine/provider.js';
import type { AgentSendHandler, AgentSendHandlers, AgentSendPrincipal } from '../auth.js';
import { page } from '../../shared/query.js';
import { errors } from '../errors.js';
import { listThreadMessages as threadMessages } from '../store/messages.js';
import { findOwnedThread, listInboxThreads } from '../store/threads.js';
import type { ThreadRow } from '../tables.js';
import { messageJson, threadJson } from '../wire.js';

function ownedThread(ctx: HandlerContext<AgentSendPrincipal>, id: string): ThreadRow {
  const row = findOwnedThread(ctx.store.db, id, ctx.caller.tenant);
  if (!row) throw errors.notFound('Thread', id);
  return row;
}

const listThreads: AgentSendHandler<'listThreads'> = (ctx, { params, query }) => {
  // The inbox itself is not looked up (as the real server): unknown or foreign ids give an empty page.
  const { rows, total } = listInboxThreads(ctx.store.db, params.inboxId, ctx.caller.tenant, page(query));
  return { status: 200, body: { data: rows.map(threadJson), total } };
};

const getThread: AgentSendHandler<'getThread'> = (ctx, { params }) => ({
  status: 200,
  body: threadJson(ownedThread(ctx, params.id)),
});

const listThreadMessages: AgentSendHandler<'listThreadMessages'> = (ctx, { params, query }) => {
  const thread = ownedThread(ctx, params.id);
  const { rows, total } = threadMessages(ctx.store.db, {
    threadId: thread.id,
    tenant: thread.account_id,
    ...page(query),
  });
  return { status: 200, body: { data: rows.map(messageJson), total } };
};

export const handlers = { listThreads, getThread, listThreadMessages } satisfies Partial<AgentSendHandlers>;
