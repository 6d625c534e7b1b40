/**
 * The calling account and its API keys: create (the full key is shown once), list (unrevoked
 * only, prefixes only), revoke (takes effect on the very next request, this key included).
 */
import type { AgentSendHandler, AgentSendHandlers } from '../auth.js';
import { insertApiKey } from '../domain/credentials.js';
import { errors } from '../errors.js';
import { findAccountById } from '../store/accounts.js';
import { listActiveKeys, revokeApiKey as revokeKey } from '../store/api-keys.js';
import { accountJson, apiKeyJson } from '../wire.js';

// The real server's wording.
const STORE_KEY_MESSAGE = "Store this key securely — it won't be shown again.";

const getAccount: AgentSendHandler<'getAccount'> = (ctx) => ({
  status: 200,
  body: accountJson(findAccountById(ctx.store.db, ctx.caller.tenant)!),
});

const createApiKey: AgentSendHandler<'createApiKey'> = (ctx, { body }) => {
  const name = body.name ?? null;
  const made = ctx.store.tx(() => insertApiKey(ctx.store.db, ctx.ids, ctx.caller.tenant, name, ctx.now.toISOString()));
  return { status: 201, body: { id: made.id, key: made.key, prefix: made.prefix, name, message: STORE_KEY_MESSAGE } };
};

const listApiKeys: AgentSendHandler<'listApiKeys'> = (ctx) => ({
  status: 200,
  body: { data: listActiveKeys(ctx.store.db, ctx.caller.tenant).map(apiKeyJson) },
});

const revokeApiKey: AgentSendHandler<'revokeApiKey'> = (ctx, { params }) => {
  // As on the real server, revoking an already revoked key of this account succeeds again.
  const changed = ctx.store.tx(() => revokeKey(ctx.store.db, ctx.caller.tenant, params.id, ctx.now.toISOString()));
  if (changed === 0) throw errors.apiKeyNotFound();
  return { status: 204 };
};

export const handlers = { getAccount, createApiKey, listApiKeys, revokeApiKey } satisfies Partial<AgentSendHandlers>;
