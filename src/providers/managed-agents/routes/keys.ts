/** openma's API keys (the secret is in the create answer only) and the health routes. */
import type { Handler } from '../../../engine/provider.js';
import { insertApiKey } from '../auth.js';
import { newApiKeySecret, newId } from '../domain/ids.js';
import { errors } from '../errors.js';
import * as store from '../store/api-keys.js';
import { apiKeyJson } from '../wire.js';
import { dbOf, ok, tenantOf } from './respond.js';

export const handlers: Record<string, Handler> = {
  getHealth: () => ok({ status: 'ok' }),
  getHealthz: () => ok({ ok: true }),

  listApiKeys: (ctx) => ok({ data: store.listApiKeys(dbOf(ctx), tenantOf(ctx)).map(apiKeyJson) }),

  createApiKey: (ctx, { body }) => {
    const id = newId(ctx.ids, 'apiKey');
    const key = newApiKeySecret(ctx.ids);
    const name = (body?.name as string | undefined) ?? 'Untitled key';
    insertApiKey(dbOf(ctx), { id, tenantId: tenantOf(ctx), name, key, now: ctx.now.toISOString() });
    return ok({ id, name, key, prefix: key.slice(0, 8), created_at: ctx.now.toISOString() }, 201);
  },

  deleteApiKey: (ctx, { params }) => {
    const row = store.getApiKey(dbOf(ctx), tenantOf(ctx), params.api_key_id);
    if (!row) throw errors.notFound('api key', params.api_key_id);
    store.deleteApiKey(dbOf(ctx), row.id);
    return ok({ type: 'api_key_deleted', id: row.id });
  },
};
