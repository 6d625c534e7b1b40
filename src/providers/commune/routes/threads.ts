/**
 * Threads: summaries by inbox or domain (cursor-paginated), a thread's messages, and its triage
 * state (tags as a set, status, assignee), kept per organisation and created lazily.
 */
import type { Handler, HandlerContext } from '../../../engine/provider.js';
import type { CommunePrincipal } from '../auth.js';
import { errors } from '../errors.js';
import { clampInt, str } from '../domain/query.js';
import type { MessageRow, ThreadMetaRow } from '../tables.js';
import { decodeCursor, listThreadSummaries } from '../store/thread-list.js';
import { DEFAULT_THREAD_STATUS, messageJson, threadMetaJson } from '../wire.js';

const STATUSES = ['open', 'needs_reply', 'waiting', 'closed'];

const principalOf = (ctx: HandlerContext): CommunePrincipal => ctx.principal as CommunePrincipal;

const listThreads: Handler = (ctx, { query }) => {
  const inboxId = str(query.inbox_id);
  const domainId = str(query.domain_id);
  if (!inboxId && !domainId) throw errors.plain(400, 'Missing required query parameter: inbox_id or domain_id');
  const page = listThreadSummaries(ctx.store.db, { orgId: principalOf(ctx).tenant, ...(inboxId ? { inboxId } : {}), ...(domainId ? { domainId } : {}) }, {
    limit: clampInt(query.limit, 20, 1, 100), desc: (query.order ?? 'desc') === 'desc', cursor: decodeCursor(query.cursor),
  });
  return { status: 200, body: page };
};

const getThreadMessages: Handler = (ctx, { params, query }) => {
  const db = ctx.store.db;
  const tenant = principalOf(ctx).tenant;
  const dir = query.order === 'desc' ? 'DESC' : 'ASC';
  const limit = clampInt(query.limit, 50, 1, 1000);
  let rows = db.prepare(`SELECT * FROM cm_messages WHERE org_id = ? AND thread_id = ? ORDER BY created_at ${dir}, seq ${dir} LIMIT ?`).all(tenant, params.threadId, limit) as MessageRow[];
  // A single message is its own thread: Commune falls back to message_id.
  if (!rows.length) rows = db.prepare(`SELECT * FROM cm_messages WHERE org_id = ? AND message_id = ? ORDER BY created_at ${dir}, seq ${dir} LIMIT ?`).all(tenant, params.threadId, limit) as MessageRow[];
  return { status: 200, body: { data: rows.map((r) => messageJson(r)) } };
};

function storedMeta(ctx: HandlerContext, threadId: string): ThreadMetaRow | undefined {
  return ctx.store.db.prepare('SELECT * FROM cm_thread_meta WHERE org_id = ? AND thread_id = ?').get(principalOf(ctx).tenant, threadId) as ThreadMetaRow | undefined;
}

/** Applies `change` to the stored state (created with defaults when absent) and answers it. */
function upsertMeta(ctx: HandlerContext, threadId: string, change: (m: { tags: string[]; status: string; assigned_to: string | null }) => void) {
  const tenant = principalOf(ctx).tenant;
  const row = ctx.store.tx(() => {
    const current = storedMeta(ctx, threadId);
    const m = { tags: current ? (JSON.parse(current.tags) as string[]) : [], status: current?.status ?? DEFAULT_THREAD_STATUS, assigned_to: current?.assigned_to ?? null };
    change(m);
    ctx.store.db.prepare(`INSERT INTO cm_thread_meta (org_id, thread_id, tags, status, assigned_to, updated_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (org_id, thread_id) DO UPDATE SET tags = excluded.tags, status = excluded.status, assigned_to = excluded.assigned_to, updated_at = excluded.updated_at`)
      .run(tenant, threadId, JSON.stringify(m.tags), m.status, m.assigned_to, ctx.now.toISOString());
    return storedMeta(ctx, threadId)!;
  });
  return { status: 200, body: { data: threadMetaJson(row) } };
}

const getThreadMetadata: Handler = (ctx, { params }) => {
  const row = storedMeta(ctx, params.threadId);
  return { status: 200, body: { data: row ? threadMetaJson(row) : { thread_id: params.threadId, tags: [], status: DEFAULT_THREAD_STATUS, assigned_to: null } } };
};

const setThreadStatus: Handler = (ctx, { params, body }) => {
  const status = (body ?? {}).status;
  if (typeof status !== 'string' || !STATUSES.includes(status)) throw errors.plain(400, `Invalid status. Must be one of: ${STATUSES.join(', ')}`);
  return upsertMeta(ctx, params.threadId, (m) => { m.status = status; });
};

function tagsOf(body: unknown): string[] {
  const tags = (body as { tags?: unknown } | null | undefined)?.tags;
  if (!Array.isArray(tags) || tags.length === 0 || !tags.every((t) => typeof t === 'string')) throw errors.plain(400, 'tags must be a non-empty array of strings');
  return tags as string[];
}

const addThreadTags: Handler = (ctx, { params, body }) => {
  const tags = tagsOf(body);
  return upsertMeta(ctx, params.threadId, (m) => { m.tags = [...new Set([...m.tags, ...tags])]; });
};

const removeThreadTags: Handler = (ctx, { params, body }) => {
  const tags = tagsOf(body);
  // Nothing stored: Commune answers the defaults without creating state (and without assigned_to).
  if (!storedMeta(ctx, params.threadId)) return { status: 200, body: { data: { thread_id: params.threadId, tags: [], status: DEFAULT_THREAD_STATUS } } };
  const drop = new Set(tags);
  return upsertMeta(ctx, params.threadId, (m) => { m.tags = m.tags.filter((t) => !drop.has(t)); });
};

const assignThread: Handler = (ctx, { params, body }) => {
  const b = (body ?? {}) as Record<string, unknown>;
  const value = b.assigned_to;
  if (!('assigned_to' in b) || (value !== null && typeof value !== 'string')) throw errors.plain(400, 'assigned_to must be a string or null');
  return upsertMeta(ctx, params.threadId, (m) => { m.assigned_to = value as string | null; });
};

export const handlers: Record<string, Handler> = {
  listThreads, getThreadMessages, getThreadMetadata, setThreadStatus, addThreadTags, removeThreadTags, assignThread,
};
