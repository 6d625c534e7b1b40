/** Memory stores: create (optionally for an agent, page-B form), read, update, archive, delete. */

import type { Db } from '../../../engine/store.js';
import { newId } from '../domain/ids.js';
import { createMetadata, patchMetadata } from '../domain/metadata.js';
import { pageRequest, positionNumber, toPage } from '../domain/paging.js';
import { queryBool, queryString, queryTime } from '../domain/query.js';
import { errors } from '../errors.js';
import { getAgent } from '../store/agents.js';
import * as store from '../store/memory.js';
import type { MemoryStoreRow } from '../tables.js';
import { memoryStoreJson } from '../wire.js';
import { ok, type MaHandler } from './respond.js';

export function mustStore(db: Db, tenant: string, id: string): MemoryStoreRow {
  const row = store.getStore(db, tenant, id);
  if (!row) throw errors.notFound('memory store', id);
  return row;
}

const updateMemoryStore: MaHandler = (ctx, { params, body }) => {
  const db = ctx.store.db;
  const tenant = ctx.caller.tenant;
  return ctx.store.tx(() => {
    const row = mustStore(db, tenant, params.memory_store_id);
    if (row.archived_at)
      throw errors.archived('memory store', row.id);
    store.updateStore(
      db,
      row.id,
      {
        name: body.name == null ? row.name : String(body.name),
        description: body.description === undefined ? row.description : String(body.description ?? ''),
        metadata: patchMetadata(JSON.parse(row.metadata), body.metadata),
      },
      ctx.now.toISOString(),
    );
    return ok(memoryStoreJson(mustStore(db, tenant, row.id)));
  });
};

export const handlers: Record<string, MaHandler> = {
  createMemoryStore: (ctx, { body }) => {
    const db = ctx.store.db;
    const tenant = ctx.caller.tenant;
    if (body.agent_id !== undefined && !getAgent(db, tenant, String(body.agent_id)))
      throw errors.notFound('agent', String(body.agent_id));
    const id = newId(ctx.ids, 'memoryStore');
    store.insertStore(db, {
      id,
      tenantId: tenant,
      name: String(body.name),
      description: String(body.description ?? ''),
      metadata: createMetadata(body.metadata),
      agentId: body.agent_id ?? null,
      now: ctx.now,
    });
    return ok(memoryStoreJson(mustStore(db, tenant, id)));
  },
  retrieveMemoryStore: (ctx, { params }) =>
    ok(memoryStoreJson(mustStore(ctx.store.db, ctx.caller.tenant, params.memory_store_id))),
  updateMemoryStore,
  patchMemoryStore: updateMemoryStore,
  listMemoryStores: (ctx, { query }) => {
    const page = pageRequest(query);
    const agentId = queryString(query.agent_id);
    const rows = store.listStores(ctx.store.db, ctx.caller.tenant, {
      includeArchived: queryBool(query.include_archived) ?? false,
      gteMs: queryTime(query['created_at[gte]'], 'created_at[gte]'),
      lteMs: queryTime(query['created_at[lte]'], 'created_at[lte]'),
      ...(agentId ? { agentId } : {}),
      limit: page.limit,
      beforeRowid: positionNumber(page.after, 'r'),
    });
    return ok(toPage(rows, page.limit, (r) => ({ r: r.rowid }), memoryStoreJson));
  },
  deleteMemoryStore: (ctx, { params }) => {
    const row = mustStore(ctx.store.db, ctx.caller.tenant, params.memory_store_id);
    store.deleteStore(ctx.store.db, row.id);
    return ok({ id: row.id, type: 'memory_store_deleted' });
  },
  archiveMemoryStore: (ctx, { params }) => {
    const row = mustStore(ctx.store.db, ctx.caller.tenant, params.memory_store_id);
    store.archiveStore(ctx.store.db, row.id, ctx.now.toISOString());
    return ok(memoryStoreJson(mustStore(ctx.store.db, ctx.caller.tenant, row.id)));
  },
};
