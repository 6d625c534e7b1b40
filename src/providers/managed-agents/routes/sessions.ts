/** Sessions: create (with openma's `agent_id` + `input` form), read, list, update, archive, delete. */
import type { Db } from '../../../engine/store.js';
import { newId } from '../domain/ids.js';
import { createMetadata, patchMetadata } from '../domain/metadata.js';
import { encodeToken, pageRequest, positionNumber } from '../domain/paging.js';
import { queryBool, queryInt, queryList, queryString, queryTime } from '../domain/query.js';
import { type RuntimeState, newRuntime } from '../domain/runtime-state.js';
import { type EventParam, applyUserEvents } from '../domain/session-input.js';
import { sessionBus } from '../domain/session-bus.js';
import { agentSnapshot, checkEnvironment, checkVaults, newResourceId, resourceBody } from '../domain/session-setup.js';
import { changeSession, emptyUsage } from '../domain/session-writer.js';
import { endRunningThread } from '../domain/threads.js';
import { buildAgentConfig, type AgentConfig } from '../domain/agent-config.js';
import type { ManagedAgentsContext, ManagedAgentsHandler, ManagedAgentsHandlers } from '../auth.js';
import { errors } from '../errors.js';
import { listEnvironments } from '../store/environments.js';
import * as store from '../store/sessions.js';
import type { SessionRow } from '../tables.js';
import { ok, sessionJson } from '../wire.js';
import { lookups } from './agents.js';

export function mustSession(db: Db, tenant: string, id: string): SessionRow {
  const row = store.getSession(db, tenant, id);
  if (!row) throw errors.notFound('session', id);
  return row;
}

export function sessionOut(ctx: ManagedAgentsContext, id: string) {
  const db = ctx.store.db;
  const row = mustSession(db, ctx.caller.tenant, id);
  return ok(sessionJson(row, store.listResources(db, row.id), ctx.clock.nowMs()));
}

/** openma's seed-page `input: [{role, content}]` as `user.message` events. */
function inputEvents(input: { content: unknown }[] | undefined): EventParam[] {
  return (input ?? []).map((m) => ({
    type: 'user.message',
    content: typeof m.content === 'string' ? [{ type: 'text', text: m.content }] : m.content,
  }));
}

/** openma's form may leave the environment out: the tenant's newest one is used. */
function environmentOf(db: Db, tenant: string, given: string | undefined, openmaForm: boolean): string {
  if (given) return given;
  const newest = openmaForm
    ? listEnvironments(db, tenant, { includeArchived: false, limit: 1, beforeRowid: null })
    : [];
  if (!newest[0]) throw errors.invalidRequest('environment_id: Field required');
  return newest[0].id;
}

const createSession: ManagedAgentsHandler<'createSession'> = (ctx, { body }) => {
  const db = ctx.store.db;
  const tenant = ctx.caller.tenant;
  const ref = body.agent ?? body.agent_id;
  if (ref === undefined) throw errors.invalidRequest('agent: Field required');
  const id = newId(ctx.ids, 'session');
  const now = ctx.now.toISOString();
  ctx.store.tx(() => {
    const agent = agentSnapshot(db, tenant, ref);
    const environmentId = environmentOf(db, tenant, body.environment_id, body.agent === undefined);
    checkEnvironment(db, tenant, environmentId);
    const vaultIds = body.vault_ids ?? [];
    checkVaults(db, tenant, vaultIds);
    store.insertSession(db, {
      id,
      tenant_id: tenant,
      agent_id: String(agent.id),
      agent_version: Number(agent.version),
      agent: JSON.stringify(agent),
      environment_id: environmentId,
      title: body.title ?? null,
      metadata: JSON.stringify(createMetadata(body.metadata)),
      vault_ids: JSON.stringify(vaultIds),
      budget: body.budget == null ? null : JSON.stringify(body.budget),
      status: 'idle',
      usage: JSON.stringify(emptyUsage()),
      runtime: JSON.stringify(newRuntime()),
      created_at: now,
      created_ms: ctx.now.getTime(),
      updated_at: now,
    });
    for (const r of body.resources ?? []) {
      const rid = newResourceId(ctx.ids);
      const resource = resourceBody(db, tenant, r, rid, now);
      store.insertResource(db, {
        id: rid,
        session_id: id,
        tenant_id: tenant,
        body: JSON.stringify(resource),
        created_at: now,
        updated_at: now,
      });
    }
    const events = [...((body.initial_events ?? []) as EventParam[]), ...inputEvents(body.input)];
    if (events.length)
      changeSession(
        ctx,
        () => mustSession(db, tenant, id),
        (w) => applyUserEvents(w, events),
      );
  });
  return sessionOut(ctx, id);
};

const listSessions: ManagedAgentsHandler<'listSessions'> = (ctx, { query }) => {
  const page = pageRequest(query);
  const order = query.order === 'asc' ? 'asc' : 'desc';
  const status = queryString(query.status);
  const rows = store.listSessions(ctx.store.db, ctx.caller.tenant, {
    agentId: queryString(query.agent_id),
    agentVersion:
      query.agent_version === undefined
        ? undefined
        : queryInt(query.agent_version, 'agent_version', { min: 1, max: Number.MAX_SAFE_INTEGER, fallback: 1 }),
    statuses: queryList(query, 'statuses') ?? (status ? [status] : undefined),
    memoryStoreId: queryString(query.memory_store_id),
    includeArchived: queryBool(query.include_archived) ?? false,
    createdMs: {
      gt: queryTime(query['created_at[gt]'], 'created_at[gt]'),
      gte: queryTime(query['created_at[gte]'], 'created_at[gte]'),
      lt: queryTime(query['created_at[lt]'], 'created_at[lt]'),
      lte: queryTime(query['created_at[lte]'], 'created_at[lte]'),
    },
    order,
    limit: page.limit,
    afterRowid: positionNumber(page.after, 'r'),
  });
  const more = rows.length > page.limit;
  const kept = more ? rows.slice(0, page.limit) : rows;
  const db = ctx.store.db;
  const nowMs = ctx.clock.nowMs();
  return ok({
    data: kept.map((r) => sessionJson(r, store.listResources(db, r.id), nowMs)),
    next_page: more ? encodeToken({ r: kept[kept.length - 1]!.rowid }) : null,
    // Going back is the client's own history of tokens: the SDK reads prev_page but never needs it.
    prev_page: null,
  });
};

const updateSession: ManagedAgentsHandler<'updateSession'> = (ctx, { params, body }) => {
  const db = ctx.store.db;
  const tenant = ctx.caller.tenant;
  if (body.vault_ids !== undefined) throw errors.invalidRequest('vault_ids: cannot be changed after creation');
  changeSession(
    ctx,
    () => mustSession(db, tenant, params.session_id),
    (w) => {
      const row = w.session;
      const changed: Record<string, unknown> = {};
      const patch: store.SessionPatch = {};
      if (body.title !== undefined) changed.title = patch.title = body.title;
      if (body.metadata !== undefined) {
        changed.metadata = patchMetadata(JSON.parse(row.metadata), body.metadata);
        patch.metadata = JSON.stringify(changed.metadata);
      }
      if (body.budget !== undefined) {
        changed.budget = body.budget;
        patch.budget = body.budget === null ? null : JSON.stringify(body.budget);
      }
      if (body.agent !== undefined) {
        if (w.status === 'running') throw errors.conflict('the agent cannot be changed while the session is running');
        const current = JSON.parse(row.agent) as AgentConfig & Record<string, unknown>;
        const agent = { ...current, ...buildAgentConfig(body.agent, current, lookups(db, tenant)) };
        patch.agent = JSON.stringify(agent);
        changed.agent = agent;
      }
      store.updateSession(db, row.id, patch);
      if (Object.keys(changed).length) w.emit('session.updated', changed);
    },
  );
  return sessionOut(ctx, params.session_id);
};

/** Archiving ends the session: whatever it was doing stops, and it takes no more events. */
const archiveSession: ManagedAgentsHandler<'archiveSession'> = (ctx, { params }) => {
  const db = ctx.store.db;
  changeSession(
    ctx,
    () => mustSession(db, ctx.caller.tenant, params.session_id),
    (w) => {
      if (w.session.archived_at) return;
      endRunningThread(w, 'terminated');
      stopRuntime(w.state);
      if (w.status !== 'terminated') w.setStatus('terminated', { type: 'session.status_terminated' });
      store.updateSession(db, w.session.id, { archived_at: w.now });
    },
  );
  return sessionOut(ctx, params.session_id);
};

function stopRuntime(state: RuntimeState): void {
  state.turn = null;
  state.queue = [];
  state.gen += 1;
}

export const handlers = {
  createSession,
  retrieveSession: (ctx, { params }) => sessionOut(ctx, params.session_id),
  listSessions,
  updateSession,
  archiveSession,
  deleteSession: (ctx, { params }) => {
    const row = mustSession(ctx.store.db, ctx.caller.tenant, params.session_id);
    store.deleteSession(ctx.store.db, row.id);
    const event = { type: 'session.deleted', id: newId(ctx.ids, 'sessionEvent'), processed_at: ctx.now.toISOString() };
    sessionBus(ctx.store).publish([{ kind: 'deleted', sessionId: row.id, event }]);
    return ok({ id: row.id, type: 'session_deleted' });
  },
} satisfies Partial<ManagedAgentsHandlers>;
