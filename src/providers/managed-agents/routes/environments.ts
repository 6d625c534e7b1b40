/** Environments: configs (packages, networking), archive rules, and deletes refused while referenced. */
import type { Db } from '../../../engine/store.js';
import { buildEnvironmentConfig } from '../domain/environment-config.js';
import { newId } from '../domain/ids.js';
import { createMetadata, patchMetadata } from '../domain/metadata.js';
import { pageRequest, positionNumber, toPage } from '../domain/paging.js';
import { queryBool } from '../domain/query.js';
import { ENVIRONMENT_REFERENCES, firstReference } from '../domain/references.js';
import type { ManagedAgentsHandler, ManagedAgentsHandlers } from '../auth.js';
import { errors } from '../errors.js';
import * as store from '../store/environments.js';
import type { EnvironmentRow } from '../tables.js';
import { environmentJson, ok } from '../wire.js';

/** An unknown environment carries `environment_not_found`, which the SDK maps to BetaEnvironmentNotFoundError. */
function mustEnvironment(db: Db, tenant: string, id: string): EnvironmentRow {
  const row = store.getEnvironment(db, tenant, id);
  if (!row) throw errors.notFound('environment', id, 'environment_not_found');
  return row;
}

const text = (v: unknown): string | null => (v == null || v === '' ? null : String(v));

const updateEnvironment: ManagedAgentsHandler<'updateEnvironment'> = (ctx, { params, body }) => {
  const db = ctx.store.db;
  const tenant = ctx.caller.tenant;
  return ctx.store.tx(() => {
    const row = mustEnvironment(db, tenant, params.environment_id);
    if (row.archived_at) throw errors.archived('environment', row.id, 'environment_archived');
    const has = (k: string): boolean => Object.hasOwn(body, k);
    store.updateEnvironment(
      db,
      row.id,
      {
        name: body.name == null ? row.name : String(body.name),
        description: has('description') ? text(body.description) : row.description,
        config: buildEnvironmentConfig(body.config, JSON.parse(row.config)),
        metadata: patchMetadata(JSON.parse(row.metadata), body.metadata),
        scope: body.scope == null ? row.scope : String(body.scope),
      },
      ctx.now.toISOString(),
    );
    return ok(environmentJson(mustEnvironment(db, tenant, row.id)));
  });
};

export const handlers = {
  createEnvironment: (ctx, { body }) => {
    const db = ctx.store.db;
    const id = newId(ctx.ids, 'environment');
    store.insertEnvironment(db, {
      id,
      tenantId: ctx.caller.tenant,
      name: String(body.name),
      description: text(body.description),
      config: buildEnvironmentConfig(body.config),
      metadata: createMetadata(body.metadata),
      scope: body.scope ?? null,
      now: ctx.now.toISOString(),
    });
    return ok(environmentJson(mustEnvironment(db, ctx.caller.tenant, id)));
  },

  retrieveEnvironment: (ctx, { params }) =>
    ok(environmentJson(mustEnvironment(ctx.store.db, ctx.caller.tenant, params.environment_id))),

  updateEnvironment,
  patchEnvironment: updateEnvironment,

  listEnvironments: (ctx, { query }) => {
    const page = pageRequest(query);
    const rows = store.listEnvironments(ctx.store.db, ctx.caller.tenant, {
      includeArchived: queryBool(query.include_archived) ?? false,
      limit: page.limit,
      beforeRowid: positionNumber(page.after, 'r'),
    });
    return ok(toPage(rows, page.limit, (r) => ({ r: r.rowid }), environmentJson));
  },

  deleteEnvironment: (ctx, { params }) => {
    const db = ctx.store.db;
    const tenant = ctx.caller.tenant;
    return ctx.store.tx(() => {
      const row = mustEnvironment(db, tenant, params.environment_id);
      const reason = firstReference(ENVIRONMENT_REFERENCES, db, tenant, row.id);
      if (reason) throw errors.conflict(`environment ${JSON.stringify(row.id)} cannot be deleted: ${reason}`);
      store.deleteEnvironment(db, row.id);
      return ok({ id: row.id, type: 'environment_deleted' });
    });
  },

  archiveEnvironment: (ctx, { params }) => {
    const db = ctx.store.db;
    const row = mustEnvironment(db, ctx.caller.tenant, params.environment_id);
    store.archiveEnvironment(db, row.id, ctx.now.toISOString());
    return ok(environmentJson(mustEnvironment(db, ctx.caller.tenant, row.id)));
  },
} satisfies Partial<ManagedAgentsHandlers>;
