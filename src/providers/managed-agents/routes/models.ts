/** Models (the SDK's `Page`-style list) and openma's model cards. */
import type { Db } from '../../../engine/store.js';
import { newId } from '../domain/ids.js';
import { pageRequest, positionNumber, toPage } from '../domain/paging.js';
import { queryInt, queryList, queryString } from '../domain/query.js';
import type { ManagedAgentsHandler, ManagedAgentsHandlers } from '../auth.js';
import { errors } from '../errors.js';
import * as store from '../store/models.js';
import type { ModelCardRow, ModelRow } from '../tables.js';
import { modelCardJson, modelJson, ok } from '../wire.js';

const LIFECYCLES = new Set(['active', 'deprecated', 'retired']);

/** `after_id` pages forward, `before_id` backward; `has_more` says whether that direction goes on. */
function modelPage(rows: ModelRow[], o: { limit: number; afterId?: string; beforeId?: string }) {
  const indexOf = (id: string, name: string): number => {
    const i = rows.findIndex((r) => r.id === id);
    if (i < 0) throw errors.invalidRequest(`${name}: no model ${JSON.stringify(id)} in this listing`);
    return i;
  };
  let slice: ModelRow[];
  let hasMore: boolean;
  if (o.beforeId !== undefined) {
    const end = indexOf(o.beforeId, 'before_id');
    const start = Math.max(0, end - o.limit);
    slice = rows.slice(start, end);
    hasMore = start > 0;
  } else {
    const start = o.afterId === undefined ? 0 : indexOf(o.afterId, 'after_id') + 1;
    slice = rows.slice(start, start + o.limit);
    hasMore = start + o.limit < rows.length;
  }
  return {
    data: slice.map(modelJson),
    first_id: slice[0]?.id ?? null,
    last_id: slice[slice.length - 1]?.id ?? null,
    has_more: hasMore,
  };
}

function mustCard(db: Db, tenant: string, id: string): ModelCardRow {
  const row = store.getModelCard(db, tenant, id);
  if (!row) throw errors.notFound('model card', id);
  return row;
}

function handleFree(db: Db, tenant: string, modelId: string, exceptId: string): void {
  const other = store.modelCardByHandle(db, tenant, modelId);
  if (other && other.id !== exceptId)
    throw errors.conflict(`model_id ${JSON.stringify(modelId)} is already used by model card ${other.id}`);
}

const updateModelCard: ManagedAgentsHandler<'updateModelCard'> = (ctx, { params, body }) => {
  const db = ctx.store.db;
  const tenant = ctx.caller.tenant;
  return ctx.store.tx(() => {
    const row = mustCard(db, tenant, params.model_card_id);
    const has = (k: string): boolean => Object.hasOwn(body, k);
    const modelId = body.model_id ?? row.model_id;
    handleFree(db, tenant, modelId, row.id);
    const isDefault = body.is_default ?? row.is_default === 1;
    store.updateModelCard(
      db,
      row.id,
      {
        modelId,
        model: has('model') ? (body.model ?? null) : row.model,
        provider: body.provider ?? row.provider,
        apiKey: body.api_key ?? row.api_key,
        baseUrl: has('base_url') ? (body.base_url ?? null) : row.base_url,
        customHeaders: has('custom_headers') ? (body.custom_headers ?? {}) : JSON.parse(row.custom_headers),
        isDefault,
      },
      ctx.now.toISOString(),
    );
    if (isDefault) store.clearDefault(db, tenant, row.id);
    return ok(modelCardJson(mustCard(db, tenant, row.id)));
  });
};

export const handlers = {
  listModels: (ctx, { query }) => {
    const lifecycles = queryList(query, 'lifecycle') ?? ['active', 'deprecated'];
    if (lifecycles.length > 3 || lifecycles.some((l) => !LIFECYCLES.has(l)))
      throw errors.invalidRequest('lifecycle: up to 3 of active, deprecated, retired');
    const limit = queryInt(query.limit, 'limit', { min: 1, max: 1000, fallback: 20 });
    const afterId = queryString(query.after_id);
    const beforeId = queryString(query.before_id);
    if (afterId !== undefined && beforeId !== undefined)
      throw errors.invalidRequest('after_id and before_id cannot be combined');
    return ok(
      modelPage(store.listModels(ctx.store.db, lifecycles), {
        limit,
        ...(afterId !== undefined ? { afterId } : {}),
        ...(beforeId !== undefined ? { beforeId } : {}),
      }),
    );
  },

  retrieveModel: (ctx, { params }) => {
    const row = store.getModel(ctx.store.db, params.model_id);
    if (!row) throw errors.notFound('model', params.model_id);
    return ok(modelJson(row));
  },

  createModelCard: (ctx, { body }) => {
    const db = ctx.store.db;
    const tenant = ctx.caller.tenant;
    const id = newId(ctx.ids, 'modelCard');
    ctx.store.tx(() => {
      handleFree(db, tenant, body.model_id, id);
      store.insertModelCard(db, {
        id,
        tenantId: tenant,
        modelId: body.model_id,
        model: body.model ?? null,
        provider: body.provider,
        apiKey: body.api_key,
        baseUrl: body.base_url ?? null,
        customHeaders: body.custom_headers ?? {},
        isDefault: body.is_default === true,
        now: ctx.now.toISOString(),
      });
      if (body.is_default === true) store.clearDefault(db, tenant, id);
    });
    return ok(modelCardJson(mustCard(db, tenant, id)), 201);
  },

  listModelCards: (ctx, { query }) => {
    const page = pageRequest(query);
    const provider = queryString(query.provider);
    const rows = store.listModelCards(ctx.store.db, ctx.caller.tenant, {
      ...(provider ? { provider } : {}),
      limit: page.limit,
      beforeRowid: positionNumber(page.after, 'r'),
    });
    return ok(toPage(rows, page.limit, (r) => ({ r: r.rowid }), modelCardJson));
  },

  retrieveModelCard: (ctx, { params }) =>
    ok(modelCardJson(mustCard(ctx.store.db, ctx.caller.tenant, params.model_card_id))),
  updateModelCard,
  patchModelCard: updateModelCard,

  deleteModelCard: (ctx, { params }) => {
    const row = mustCard(ctx.store.db, ctx.caller.tenant, params.model_card_id);
    store.deleteModelCard(ctx.store.db, row.id);
    return ok({ type: 'model_card_deleted', id: row.id });
  },
} satisfies Partial<ManagedAgentsHandlers>;
