/**
 * The calling account and its API keys: create (the full key is shown once), list (unrevoked
 * only, prefixes only), revoke (takes effect on the very next request, this key included).
 */
import type { Handler } from '../../../engine/provider.js';
import { insertApiKey } from '../auth.js';
import { accountJson, findAccountById } from '../domain/accounts.js';
import { errors } from '../errors.js';
import type { ApiKeyRow } from '../tables.js';

// The real server's wording.
const STORE_KEY_MESSAGE = "Store this key securely — it won't be shown again.";

const getAccount: Handler = (ctx) => ({ status: 200, body: accountJson(findAccountById(ctx.store.db, ctx.principal!.tenant)!) });

const createApiKey: Handler = (ctx, { body }) => {
  const name = (body as { name?: string }).name ?? null;
  const made = ctx.store.tx(() => insertApiKey(ctx.store.db, ctx.ids, ctx.principal!.tenant, name, ctx.now.toISOString()));
  return { status: 201, body: { id: made.id, key: made.key, prefix: made.prefix, name, message: STORE_KEY_MESSAGE } };
};

const listApiKeys: Handler = (ctx) => {
  const rows = ctx.store.db.prepare('SELECT * FROM as_api_keys WHERE account_id = ? AND revoked_at IS NULL ORDER BY created_at, rowid').all(ctx.principal!.tenant) as ApiKeyRow[];
  return {
    status: 200,
    body: { data: rows.map((k) => ({ id: k.id, keyPrefix: k.key_prefix, name: k.name, lastUsedAt: k.last_used_at, expiresAt: k.expires_at, createdAt: k.created_at })) },
  };
};

const revokeApiKey: Handler = (ctx, { params }) => {
  // As on the real server, revoking an already revoked key of this account succeeds again.
  const changed = ctx.store.tx(() => ctx.store.db.prepare('UPDATE as_api_keys SET revoked_at = ? WHERE id = ? AND account_id = ?').run(ctx.now.toISOString(), params.id, ctx.principal!.tenant).changes);
  if (changed === 0) throw errors.apiKeyNotFound();
  return { status: 204 };
};

export const handlers: Record<string, Handler> = { getAccount, createApiKey, listApiKeys, revokeApiKey };
