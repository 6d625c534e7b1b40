/**
 * A session's threads (contracts/managed-agents.md §Threads): list, retrieve, archive, and each
 * thread's event log and live stream. The primary thread is the session itself: its log and stream
 * are the session-level ones. Another tenant's session, or a thread of another session, is a 404.
 */
import { encodeToken, pageRequest, positionNumber } from '../domain/paging.js';
import { queryList } from '../domain/query.js';
import { primaryThreadId } from '../domain/threads.js';
import type { ManagedAgentsContext, ManagedAgentsHandler, ManagedAgentsHandlers } from '../auth.js';
import { errors } from '../errors.js';
import { allThreads, getThread, listThreads, updateThread } from '../store/session-threads.js';
import type { SessionRow, SessionThreadRow } from '../tables.js';
import { childThreadJson, primaryThreadJson } from '../domain/thread-wire.js';
import { ok } from '../wire.js';
import { type StreamInput, listLog, streamLog } from './session-events.js';
import { mustSession } from './sessions.js';

interface Found {
  session: SessionRow;
  /** The child thread; null for the primary. */
  row: SessionThreadRow | null;
}

function mustThread(ctx: ManagedAgentsContext, params: { session_id: string; thread_id: string }): Found {
  const session = mustSession(ctx.store.db, ctx.caller.tenant, params.session_id);
  if (params.thread_id === primaryThreadId(session.id)) return { session, row: null };
  const row = getThread(ctx.store.db, session.id, params.thread_id);
  if (!row) throw errors.notFound('session thread', params.thread_id);
  return { session, row };
}

function threadJson(ctx: ManagedAgentsContext, { session, row }: Found) {
  const nowMs = ctx.clock.nowMs();
  return row ? childThreadJson(row, nowMs) : primaryThreadJson(session, allThreads(ctx.store.db, session.id), nowMs);
}

const listSessionThreads: ManagedAgentsHandler<'listSessionThreads'> = (ctx, { params, query }) => {
  const db = ctx.store.db;
  const session = mustSession(db, ctx.caller.tenant, params.session_id);
  const page = pageRequest(query);
  const statuses = queryList(query, 'statuses');
  const after = positionNumber(page.after, 'r');
  const items: { rowid: number; json: unknown }[] = [];
  // The primary comes first (position 0), then the children in the order they were created.
  if (after === null && (!statuses?.length || statuses.includes(session.status))) {
    items.push({ rowid: 0, json: threadJson(ctx, { session, row: null }) });
  }
  const nowMs = ctx.clock.nowMs();
  for (const row of listThreads(db, session.id, { statuses, afterRowid: after ?? 0, limit: page.limit })) {
    items.push({ rowid: row.rowid, json: childThreadJson(row, nowMs) });
  }
  const more = items.length > page.limit;
  const kept = more ? items.slice(0, page.limit) : items;
  return ok({ data: kept.map((i) => i.json), next_page: more ? encodeToken({ r: kept.at(-1)!.rowid }) : null });
};

/** Archiving a child thread that is not running; again, it stays as it was. */
const archiveSessionThread: ManagedAgentsHandler<'archiveSessionThread'> = (ctx, { params }) => {
  const found = mustThread(ctx, params);
  const row = found.row;
  if (!row) throw errors.invalidRequest('the primary thread cannot be archived: archive the session instead');
  if (!row.archived_at) {
    if (row.status === 'running') {
      throw errors.conflict(`session thread ${JSON.stringify(row.id)} is running: interrupt it first`);
    }
    const now = ctx.now.toISOString();
    updateThread(ctx.store.db, row.id, { archived_at: now, updated_at: now });
  }
  return ok(threadJson(ctx, mustThread(ctx, params)));
};

const streamSessionThreadEvents = (
  ctx: ManagedAgentsContext,
  input: StreamInput & { params: { session_id: string; thread_id: string } },
) => {
  const { session, row } = mustThread(ctx, input.params);
  return streamLog(ctx, session, row?.id ?? null, input);
};

export const handlers = {
  listSessionThreads,
  retrieveSessionThread: (ctx, { params }) => ok(threadJson(ctx, mustThread(ctx, params))),
  archiveSessionThread,
  listSessionThreadEvents: (ctx, { params, query }) => {
    const { session, row } = mustThread(ctx, params);
    return listLog(ctx, session, { thread: row?.id ?? null }, query);
  },
  streamSessionThreadEvents,
} satisfies Partial<ManagedAgentsHandlers>;
