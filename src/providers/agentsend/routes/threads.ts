/**
 * Threads: list per inbox (latest activity first), get, and a thread's messages (oldest first).
 */
import { limitOffset } from '../../../engine/store.js';
import type { Handler, HandlerContext } from '../../../engine/provider.js';
import { errors } from '../errors.js';
import type { MessageRow, ThreadRow } from '../tables.js';
import { messageJson, page, threadJson } from '../wire.js';

function ownedThread(ctx: HandlerContext, id: string): ThreadRow {
  const row = ctx.store.db.prepare('SELECT * FROM as_threads WHERE id = ? AND account_id = ?').get(id, ctx.principal!.tenant) as ThreadRow | undefined;
  if (!row) throw errors.notFound('Thread', id);
  return row;
}

const listThreads: Handler = (ctx, { params, query }) => {
  const { limit, offset } = page(query);
  const db = ctx.store.db;
  const tenant = ctx.principal!.tenant;
  // The inbox itself is not looked up (as the real server): unknown or foreign ids give an empty page.
  const rows = db.prepare(`SELECT * FROM as_threads WHERE inbox_id = ? AND account_id = ? ORDER BY last_message_at DESC, seq DESC ${limitOffset(limit, offset)}`).all(params.inboxId, tenant) as ThreadRow[];
  const { total } = db.prepare('SELECT COUNT(*) AS total FROM as_threads WHERE inbox_id = ? AND account_id = ?').get(params.inboxId, tenant) as { total: number };
  return { status: 200, body: { data: rows.map(threadJson), total } };
};

const getThread: Handler = (ctx, { params }) => ({ status: 200, body: threadJson(ownedThread(ctx, params.id)) });

const listThreadMessages: Handler = (ctx, { params, query }) => {
  const thread = ownedThread(ctx, params.id);
  const { limit, offset } = page(query);
  const db = ctx.store.db;
  const rows = db.prepare(`SELECT * FROM as_messages WHERE thread_id = ? AND account_id = ? ORDER BY created_at ASC, seq ASC ${limitOffset(limit, offset)}`).all(thread.id, thread.account_id) as MessageRow[];
  const { total } = db.prepare('SELECT COUNT(*) AS total FROM as_messages WHERE thread_id = ? AND account_id = ?').get(thread.id, thread.account_id) as { total: number };
  return { status: 200, body: { data: rows.map(messageJson), total } };
};

export const handlers: Record<string, Handler> = { listThreads, getThread, listThreadMessages };
