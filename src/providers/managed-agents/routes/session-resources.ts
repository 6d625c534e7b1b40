/** A session's resources: files added after creation, repository tokens rotated, resources removed. */
import { pageRequest, positionNumber, toPage } from '../domain/paging.js';
import { newResourceId, resourceBody } from '../domain/session-setup.js';
import type { ManagedAgentsContext, ManagedAgentsHandlers } from '../auth.js';
import { errors } from '../errors.js';
import * as store from '../store/sessions.js';
import type { SessionResourceRow } from '../tables.js';
import { ok, resourceJson } from '../wire.js';
import { mustSession } from './sessions.js';

function mustResource(ctx: ManagedAgentsContext, sessionId: string, id: string): SessionResourceRow {
  const session = mustSession(ctx.store.db, ctx.caller.tenant, sessionId);
  const row = store.getResource(ctx.store.db, session.id, id);
  if (!row) throw errors.notFound('session resource', id);
  return row;
}

export const handlers = {
  addSessionResource: (ctx, { params, body }) => {
    const db = ctx.store.db;
    const session = mustSession(db, ctx.caller.tenant, params.session_id);
    const id = newResourceId(ctx.ids);
    const now = ctx.now.toISOString();
    const resource = resourceBody(db, ctx.caller.tenant, body, id, now);
    store.insertResource(db, {
      id,
      session_id: session.id,
      tenant_id: session.tenant_id,
      body: JSON.stringify(resource),
      created_at: now,
      updated_at: now,
    });
    return ok(resource);
  },

  listSessionResources: (ctx, { params, query }) => {
    const session = mustSession(ctx.store.db, ctx.caller.tenant, params.session_id);
    const page = pageRequest(query);
    const after = positionNumber(page.after, 'r') ?? 0;
    const rows = store
      .listResources(ctx.store.db, session.id)
      .filter((r) => r.rowid > after)
      .slice(0, page.limit + 1);
    return ok(toPage(rows, page.limit, (r) => ({ r: r.rowid }), resourceJson));
  },

  retrieveSessionResource: (ctx, { params }) =>
    ok(resourceJson(mustResource(ctx, params.session_id, params.resource_id))),

  updateSessionResource: (ctx, { params }) => {
    const row = mustResource(ctx, params.session_id, params.resource_id);
    const body = resourceJson(row);
    if (body.type !== 'github_repository')
      throw errors.invalidRequest('authorization_token: only a github_repository resource has a token');
    // The token itself is never stored or read back; the rotation shows as a new updated_at.
    const next = { ...body, updated_at: ctx.now.toISOString() };
    store.updateResource(ctx.store.db, row.id, JSON.stringify(next), next.updated_at);
    return ok(next);
  },

  deleteSessionResource: (ctx, { params }) => {
    const row = mustResource(ctx, params.session_id, params.resource_id);
    store.deleteResource(ctx.store.db, row.id);
    return ok({ id: row.id, type: 'session_resource_deleted' });
  },
} satisfies Partial<ManagedAgentsHandlers>;
