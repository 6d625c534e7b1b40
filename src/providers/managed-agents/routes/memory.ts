/**
 * Memory: stores (optionally for an agent, page-B form; archiving is one-way), memories and
 * memory versions. Path rules, `content_sha256` preconditions (409
 * memory_precondition_failed_error), path overlaps (409 memory_path_conflict_error), one version
 * per change, listings by prefix and depth, redaction.
 */
import { sha256Hex } from '../../../engine/ids.js';
import type { Db } from '../../../engine/store.js';
import type { ManagedAgentsContext, ManagedAgentsHandler, ManagedAgentsHandlers } from '../auth.js';
import { newId } from '../domain/ids.js';
import { checkContent, checkPath, checkPrefix, listingItems, type ListItem } from '../domain/memory-paths.js';
import { createMetadata, patchMetadata } from '../domain/metadata.js';
import { pageRequest, positionNumber, positionString, toPage } from '../domain/paging.js';
import { queryBool, queryInt, queryString, queryTime } from '../domain/query.js';
import { errors } from '../errors.js';
import { getAgent } from '../store/agents.js';
import * as store from '../store/memory.js';
import type { MemoryRow, MemoryStoreRow } from '../tables.js';
import { memoryJson, memoryStoreJson, memoryVersionJson, ok } from '../wire.js';

function mustStore(db: Db, tenant: string, id: string): MemoryStoreRow {
  const row = store.getStore(db, tenant, id);
  if (!row) throw errors.notFound('memory store', id);
  return row;
}

const updateMemoryStore: ManagedAgentsHandler<'updateMemoryStore'> = (ctx, { params, body }) => {
  const db = ctx.store.db;
  const tenant = ctx.caller.tenant;
  return ctx.store.tx(() => {
    const row = mustStore(db, tenant, params.memory_store_id);
    if (row.archived_at) throw errors.archived('memory store', row.id);
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

const storeHandlers = {
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
} satisfies Partial<ManagedAgentsHandlers>;

/** With view=full a list page holds at most 20 items (the SDK's docs). */
const FULL_VIEW_LIMIT = 20;

const fullView = (view: unknown, fallback: boolean): boolean => (view === undefined ? fallback : view === 'full');

function state(path: string, content: string): store.MemoryState {
  return { path, content, sha256: sha256Hex(Buffer.from(content, 'utf8')), size: Buffer.byteLength(content, 'utf8') };
}

function mustMemory(db: Db, storeRow: MemoryStoreRow, id: string): MemoryRow {
  const row = store.getMemory(db, storeRow.id, id);
  if (!row) throw errors.notFound('memory', id);
  return row;
}

function writable(row: MemoryStoreRow): MemoryStoreRow {
  if (row.archived_at)
    throw errors.invalidRequest(
      `memory store ${JSON.stringify(row.id)} is archived; its memories cannot be created or updated`,
    );
  return row;
}

function checkFreePath(db: Db, storeId: string, path: string, memoryId: string): void {
  const other = store.overlapping(db, storeId, path, memoryId);
  if (other) throw errors.memoryPathConflict(path, other.id, other.path);
}

/** Records one version of a memory, written by the caller's API key. */
function recordVersion(
  ctx: ManagedAgentsContext,
  storeRow: MemoryStoreRow,
  memoryId: string,
  operation: string,
  s: store.MemoryState | null,
  path: string,
): string {
  const id = newId(ctx.ids, 'memoryVersion');
  store.insertVersion(ctx.store.db, {
    id,
    tenantId: storeRow.tenant_id,
    storeId: storeRow.id,
    memoryId,
    operation,
    state: s,
    path,
    createdBy: { type: 'api_actor', api_key_id: ctx.caller.keyId },
    now: ctx.now,
  });
  return id;
}

const updateMemory: ManagedAgentsHandler<'updateMemory'> = (ctx, { params, query, body }) => {
  const db = ctx.store.db;
  return ctx.store.tx(() => {
    const storeRow = writable(mustStore(db, ctx.caller.tenant, params.memory_store_id));
    const row = mustMemory(db, storeRow, params.memory_id);
    const path = body.path == null ? row.path : checkPath(String(body.path));
    const content = body.content === undefined ? row.content : checkContent(String(body.content ?? ''));
    const unchanged = path === row.path && content === row.content;
    const expected = body.precondition?.content_sha256 ?? undefined;
    // A precondition that does not hold still succeeds when the memory already is what was asked for.
    if (expected !== undefined && expected !== row.content_sha256 && !unchanged) {
      throw errors.memoryPrecondition(
        `precondition failed: memory ${JSON.stringify(row.id)} no longer has content_sha256 ${expected}`,
      );
    }
    if (unchanged) return ok(memoryJson(row, fullView(query.view, false)));
    if (path !== row.path) checkFreePath(db, storeRow.id, path, row.id);
    const s = state(path, content);
    const versionId = recordVersion(ctx, storeRow, row.id, 'modified', s, path);
    store.updateMemory(db, row.id, s, versionId, ctx.now.toISOString());
    return ok(memoryJson(mustMemory(db, storeRow, row.id), fullView(query.view, false)));
  });
};

const listMemories: ManagedAgentsHandler<'listMemories'> = (ctx, { params, query }) => {
  const db = ctx.store.db;
  const storeRow = mustStore(db, ctx.caller.tenant, params.memory_store_id);
  const full = fullView(query.view, false);
  const page = pageRequest(query);
  const limit = full ? Math.min(page.limit, FULL_VIEW_LIMIT) : page.limit;
  const prefix = checkPrefix(queryString(query.path_prefix));
  const depth = queryInt(query.depth, 'depth', { min: 0, max: 1_000, fallback: 0 });
  const after = positionString(page.after, 'p');
  const items = listingItems(store.memoriesUnder(db, storeRow.id, prefix), prefix, depth).filter(
    (i) => after === null || i.key > after,
  );
  const wire = (i: ListItem<MemoryRow>): unknown =>
    i.kind === 'memory' ? memoryJson(i.memory, full) : { type: 'memory_prefix', path: i.key };
  return ok(toPage(items, limit, (i) => ({ p: i.key }), wire));
};

const memoryHandlers = {
  createMemory: (ctx, { params, query, body }) => {
    const db = ctx.store.db;
    return ctx.store.tx(() => {
      const storeRow = writable(mustStore(db, ctx.caller.tenant, params.memory_store_id));
      const path = checkPath(String(body.path));
      const s = state(path, checkContent(String(body.content ?? '')));
      const id = newId(ctx.ids, 'memory');
      checkFreePath(db, storeRow.id, path, id);
      const versionId = recordVersion(ctx, storeRow, id, 'created', s, path);
      store.insertMemory(db, {
        ...s,
        id,
        tenantId: storeRow.tenant_id,
        storeId: storeRow.id,
        versionId,
        now: ctx.now.toISOString(),
      });
      return ok(memoryJson(mustMemory(db, storeRow, id), fullView(query.view, false)));
    });
  },

  retrieveMemory: (ctx, { params, query }) => {
    const db = ctx.store.db;
    const storeRow = mustStore(db, ctx.caller.tenant, params.memory_store_id);
    return ok(memoryJson(mustMemory(db, storeRow, params.memory_id), fullView(query.view, true)));
  },

  updateMemory,
  patchMemory: updateMemory,
  listMemories,
  listMemoryEntries: listMemories,

  deleteMemory: (ctx, { params, query }) => {
    const db = ctx.store.db;
    return ctx.store.tx(() => {
      const storeRow = mustStore(db, ctx.caller.tenant, params.memory_store_id);
      const row = mustMemory(db, storeRow, params.memory_id);
      const expected = queryString(query.expected_content_sha256);
      if (expected !== undefined && expected !== row.content_sha256) {
        throw errors.memoryPrecondition(
          `precondition failed: memory ${JSON.stringify(row.id)} does not have content_sha256 ${expected}`,
        );
      }
      recordVersion(ctx, storeRow, row.id, 'deleted', null, row.path);
      store.deleteMemory(db, row.id);
      return ok({ id: row.id, type: 'memory_deleted' });
    });
  },

  listMemoryVersions: (ctx, { params, query }) => {
    const db = ctx.store.db;
    const storeRow = mustStore(db, ctx.caller.tenant, params.memory_store_id);
    const full = fullView(query.view, false);
    const page = pageRequest(query);
    const limit = full ? Math.min(page.limit, FULL_VIEW_LIMIT) : page.limit;
    const filters = {
      memoryId: queryString(query.memory_id),
      operation: queryString(query.operation),
      apiKeyId: queryString(query.api_key_id),
      sessionId: queryString(query.session_id),
      serviceAccountId: queryString(query.service_account_id),
      gteMs: queryTime(query['created_at[gte]'], 'created_at[gte]'),
      lteMs: queryTime(query['created_at[lte]'], 'created_at[lte]'),
    };
    const rows = store.listVersions(db, storeRow.id, {
      ...filters,
      limit,
      beforeRowid: positionNumber(page.after, 'r'),
    });
    return ok(
      toPage(
        rows,
        limit,
        (r) => ({ r: r.rowid }),
        (r) => memoryVersionJson(r, full),
      ),
    );
  },

  retrieveMemoryVersion: (ctx, { params, query }) => {
    const db = ctx.store.db;
    const storeRow = mustStore(db, ctx.caller.tenant, params.memory_store_id);
    const row = store.getVersion(db, storeRow.id, params.memory_version_id);
    if (!row) throw errors.notFound('memory version', params.memory_version_id);
    return ok(memoryVersionJson(row, fullView(query.view, true)));
  },

  redactMemoryVersion: (ctx, { params }) => {
    const db = ctx.store.db;
    const storeRow = mustStore(db, ctx.caller.tenant, params.memory_store_id);
    const row = store.getVersion(db, storeRow.id, params.memory_version_id);
    if (!row) throw errors.notFound('memory version', params.memory_version_id);
    store.redactVersion(db, row.id, { type: 'api_actor', api_key_id: ctx.caller.keyId }, ctx.now.toISOString());
    return ok(memoryVersionJson(store.getVersion(db, storeRow.id, row.id)!, true));
  },
} satisfies Partial<ManagedAgentsHandlers>;

export const handlers = { ...storeHandlers, ...memoryHandlers };
