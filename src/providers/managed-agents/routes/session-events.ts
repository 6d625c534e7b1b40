/**
 * A session's events: send, list (PageCursor with filters), and the live stream with its openma
 * alias. Listing and streaming serve a child thread's log too (routes/session-threads.ts).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { pageRequest, positionNumber } from '../domain/paging.js';
import { queryList, queryTime } from '../domain/query.js';
import { type EventParam, applyUserEvents } from '../domain/session-input.js';
import { DEFAULT_PING_MS, SSE_HEADERS, openSessionStream } from '../domain/session-stream.js';
import { settingsOf } from '../domain/settings.js';
import { changeSession } from '../domain/session-writer.js';
import { encodeToken } from '../domain/paging.js';
import type { ManagedAgentsContext, ManagedAgentsHandler, ManagedAgentsHandlers } from '../auth.js';
import { errors } from '../errors.js';
import { type LogView, listEvents } from '../store/session-events.js';
import type { SessionRow } from '../tables.js';
import { mustSession } from './sessions.js';

const EVENTS_DEFAULT_LIMIT = 100;
const EVENTS_MAX_LIMIT = 1000;

const sendSessionEvents: ManagedAgentsHandler<'sendSessionEvents'> = (ctx, { params, body }) => {
  const db = ctx.store.db;
  const data = changeSession(
    ctx,
    () => mustSession(db, ctx.caller.tenant, params.session_id),
    (w) => {
      if (w.session.archived_at) {
        throw errors.conflict(`session ${JSON.stringify(w.session.id)} is archived and takes no more events`);
      }
      return applyUserEvents(w, body.events as EventParam[]);
    },
  );
  return { status: 200, body: { data } };
};

/** A page of one log (the session-level one, or a child thread's). */
export function listLog(ctx: ManagedAgentsContext, session: SessionRow, view: LogView, query: Record<string, unknown>) {
  const page = pageRequest(query, { defaultLimit: EVENTS_DEFAULT_LIMIT, maxLimit: EVENTS_MAX_LIMIT });
  const rows = listEvents(ctx.store.db, session.id, view, {
    types: queryList(query, 'types'),
    processedMs: {
      gt: queryTime(query['created_at[gt]'], 'created_at[gt]'),
      gte: queryTime(query['created_at[gte]'], 'created_at[gte]'),
      lt: queryTime(query['created_at[lt]'], 'created_at[lt]'),
      lte: queryTime(query['created_at[lte]'], 'created_at[lte]'),
    },
    order: query.order === 'desc' ? 'desc' : 'asc',
    limit: page.limit,
    afterSeq: positionNumber(page.after, 's'),
  });
  const more = rows.length > page.limit;
  const kept = more ? rows.slice(0, page.limit) : rows;
  return {
    status: 200,
    body: {
      data: kept.map((r) => JSON.parse(r.body)),
      next_page: more ? encodeToken({ s: kept[kept.length - 1]!.seq }) : null,
    },
  };
}

const listSessionEvents: ManagedAgentsHandler<'listSessionEvents'> = (ctx, { params, query }) =>
  listLog(ctx, mustSession(ctx.store.db, ctx.caller.tenant, params.session_id), { thread: null }, query);

function resumeFrom(headers: IncomingHttpHeaders, replay: unknown): number | null {
  const last = headers['last-event-id'];
  if (typeof last === 'string' && /^\d+$/.test(last.trim())) return Number(last.trim());
  return replay === '1' || replay === 'true' ? 0 : null;
}

export interface StreamInput {
  query: Record<string, unknown>;
  headers: IncomingHttpHeaders;
}

/** The live stream of one log: the session-level one (`thread` null) or a child thread's. */
export function streamLog(ctx: ManagedAgentsContext, session: SessionRow, thread: string | null, input: StreamInput) {
  const deltas = new Set(queryList(input.query, 'event_deltas') ?? []);
  const afterSeq = resumeFrom(input.headers, input.query.replay);
  return {
    status: 200,
    headers: SSE_HEADERS,
    stream: (channel: Parameters<typeof openSessionStream>[1]) =>
      openSessionStream(ctx.store, channel, {
        sessionId: session.id,
        thread,
        deltas,
        afterSeq,
        pingMs: settingsOf(ctx).streamPingMs ?? DEFAULT_PING_MS,
      }),
  };
}

const streamSessionEvents = (ctx: ManagedAgentsContext, input: StreamInput & { params: { session_id: string } }) =>
  streamLog(ctx, mustSession(ctx.store.db, ctx.caller.tenant, input.params.session_id), null, input);

export const handlers = {
  sendSessionEvents,
  listSessionEvents,
  streamSessionEvents,
  streamSessionEventsAlias: streamSessionEvents,
} satisfies Partial<ManagedAgentsHandlers>;
