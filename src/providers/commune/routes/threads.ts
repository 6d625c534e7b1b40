/**
 * Threads: summaries by inbox or domain (cursor-paginated), a thread's messages, and its triage
 * state (tags as a set, status, assignee), kept per organisation and created lazily.
 */
import type { HandlerContext } from '../../../engine/provider.js';
import { clampedInt, str } from '../../shared/query.js';
import type { CommuneHandler, CommuneHandlers, CommunePrincipal } from '../auth.js';
import { errors } from '../errors.js';
import { threadMessages } from '../store/messages.js';
import { saveThreadMeta, threadMeta } from '../store/thread-meta.js';
import { decodeCursor, listThreadSummaries } from '../store/thread-list.js';
import type { ThreadMetaRow } from '../tables.js';
import { DEFAULT_THREAD_STATUS, messageJson, threadMetaJson } from '../wire.js';

const STATUSES = ['open', 'needs_reply', 'waiting', 'closed'];

type Ctx = HandlerContext<CommunePrincipal>;

const listThreads: CommuneHandler<'listThreads'> = (ctx, { query }) => {
  const inboxId = str(query.inbox_id);
  const domainId = str(query.domain_id);
  if (!inboxId && !domainId) throw errors.plain(400, 'Missing required query parameter: inbox_id or domain_id');
  const page = listThreadSummaries(
    ctx.store.db,
    {
      orgId: ctx.caller.tenant,
      ...(inboxId
        ? {
            inboxId,
          }
        : {}),
      ...(domainId ? { domainId } : {}),
    },
    {
      limit: clampedInt(query.limit, 20, 1, 100),
      desc: (query.order ?? 'desc') === 'desc',
      cursor: decodeCursor(query.cursor),
    },
  );
  return { status: 200, body: page };
};

const getThreadMessages: CommuneHandler<'getThreadMessages'> = (ctx, { params, query }) => {
  // A single message is its own thread: Commune falls back to message_id.
  const rows = threadMessages(ctx.store.db, ctx.caller.tenant, params.threadId, {
    desc: query.order === 'desc',
    limit: clampedInt(query.limit, 50, 1, 1000),
  });
  return { status: 200, body: { data: rows.map((r) => messageJson(r)) } };
};

function storedMeta(ctx: Ctx, threadId: string): ThreadMetaRow | undefined {
  return threadMeta(ctx.store.db, ctx.caller.tenant, threadId);
}

/** Applies `change` to the stored state (created with defaults when absent) and answers it. */
function upsertMeta(
  ctx: Ctx,
  threadId: string,
  change: (m: { tags: string[]; status: string; assigned_to: string | null }) => void,
) {
  const tenant = ctx.caller.tenant;
  const row = ctx.store.tx(() => {
    const current = storedMeta(ctx, threadId);
    const m = {
      tags: current ? (JSON.parse(current.tags) as string[]) : [],
      status: current?.status ?? DEFAULT_THREAD_STATUS,
      assigned_to: current?.assigned_to ?? null,
    };
    change(m);
    saveThreadMeta(ctx.store.db, {
      org_id: tenant,
      thread_id: threadId,
      tags: JSON.stringify(m.tags),
      status: m.status,
      assigned_to: m.assigned_to,
      updated_at: ctx.now.toISOString(),
    });
    return storedMeta(ctx, threadId)!;
  });
  return { status: 200, body: { data: threadMetaJson(row) } };
}

const getThreadMetadata: CommuneHandler<'getThreadMetadata'> = (ctx, { params }) => {
  const row = storedMeta(ctx, params.threadId);
  return {
    status: 200,
    body: {
      data: row
        ? threadMetaJson(row)
        : { thread_id: params.threadId, tags: [], status: DEFAULT_THREAD_STATUS, assigned_to: null },
    },
  };
};

const setThreadStatus: CommuneHandler<'setThreadStatus'> = (ctx, { params, body }) => {
  const status = body?.status;
  if (typeof status !== 'string' || !STATUSES.includes(status))
    throw errors.plain(400, `Invalid status. Must be one of: ${STATUSES.join(', ')}`);
  return upsertMeta(ctx, params.threadId, (m) => {
    m.status = status;
  });
};

function tagsOf(body: { tags?: unknown } | undefined): string[] {
  const tags = body?.tags;
  if (!Array.isArray(tags) || tags.length === 0 || !tags.every((t): t is string => typeof t === 'string'))
    throw errors.plain(400, 'tags must be a non-empty array of strings');
  return tags;
}

const addThreadTags: CommuneHandler<'addThreadTags'> = (ctx, { params, body }) => {
  const tags = tagsOf(body);
  return upsertMeta(ctx, params.threadId, (m) => {
    m.tags = [...new Set([...m.tags, ...tags])];
  });
};

const removeThreadTags: CommuneHandler<'removeThreadTags'> = (ctx, { params, body }) => {
  const tags = tagsOf(body);
  // Nothing stored: Commune answers the defaults without creating state (and without assigned_to).
  if (!storedMeta(ctx, params.threadId))
    return { status: 200, body: { data: { thread_id: params.threadId, tags: [], status: DEFAULT_THREAD_STATUS } } };
  const drop = new Set(tags);
  return upsertMeta(ctx, params.threadId, (m) => {
    m.tags = m.tags.filter((t) => !drop.has(t));
  });
};

const assignThread: CommuneHandler<'assignThread'> = (ctx, { params, body }) => {
  const b = body ?? {};
  const value = b.assigned_to;
  if (!('assigned_to' in b) || (value !== null && typeof value !== 'string'))
    throw errors.plain(400, 'assigned_to must be a string or null');
  return upsertMeta(ctx, params.threadId, (m) => {
    m.assigned_to = value;
  });
};

export const handlers = {
  listThreads,
  getThreadMessages,
  getThreadMetadata,
  setThreadStatus,
  addThreadTags,
  removeThreadTags,
  assignThread,
} satisfies Partial<CommuneHandlers>;
