/** openma's API keys: the secret is in the create answer only. */
import { newApiKeySecret, newId } from '../domain/ids.js';
import type { ManagedAgentsHandlers } from '../auth.js';
import { errors } from '../errors.js';
import * as store from '../store/api-keys.js';
import { apiKeyJson, ok } from '../wire.js';

export const handlers = {
  listApiKeys: (ctx) => ok({ data: store.listApiKeys(ctx.store.db, ctx.caller.tenant).map(apiKeyJson) }),

  createApiKey: (ctx, { body }) => {
    const id = newId(ctx.ids, 'apiKey');
    const key = newApiKeySecret(ctx.ids);
    const name = body?.name ?? 'Untitled key';
    store.insertApiKey(ctx.store.db, { id, tenantId: ctx.caller.tenant, name, key, now: ctx.now.toISOString() });
    return ok({ id, name, key, prefix: key.slice(0, 8), created_at: ctx.now.toISOString() }, 201);
  },

  deleteApiKey: (ctx, { params }) => {
    const row = store.getApiKey(ctx.store.db, ctx.caller.tenant, params.api_key_id);
    if (!row) throw errors.notFound('api key', params.api_key_id);
    store.deleteApiKey(ctx.store.db, row.id);
    return ok({ type: 'api_key_deleted', id: row.id });
  },
} satisfies Partial<ManagedAgentsHandlers>;
