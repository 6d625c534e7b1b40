/**
 * /v1/agent/*: organisation and API-key self-service, and the ownership claim. No scope checks
 * (any valid key or agent signature; a read-only key may mint keys with any permissions, as on
 * Commune) and no `data` envelope (contracts/commune.md, "Envelope" and "API keys").
 */
import { isIsoRepresentable } from '../../../engine/clock.js';
import type { HandlerContext } from '../../../engine/provider.js';
import type { CommuneHandler, CommuneHandlers, CommunePrincipal } from '../auth.js';
import { assertBelowKeyLimit, createKey, listKeys, revokeKey, rotateKey } from '../domain/api-keys.js';
import { startClaim } from '../domain/claims.js';
import { errors } from '../errors.js';
import { activeAgent } from '../store/agents.js';
import { orgById, renameOrg } from '../store/orgs.js';
import type { OrgRow } from '../tables.js';
import { apiKeyJson, orgJson } from '../wire.js';

function orgRow(ctx: HandlerContext<CommunePrincipal>): OrgRow {
  const row = orgById(ctx.store.db, ctx.caller.tenant);
  if (!row) throw errors.plain(404, 'Organization not found');
  return row;
}

const getAgentOrg: CommuneHandler<'getAgentOrg'> = (ctx) => ({
  status: 200,
  body: { org: orgJson(orgRow(ctx)) },
  headers: { 'Cache-Control': 'private, max-age=30, stale-while-revalidate=60' },
});

const updateAgentOrg: CommuneHandler<'updateAgentOrg'> = (ctx, input) => {
  const name = input.body?.name;
  if (!name || typeof name !== 'string' || !name.trim()) throw errors.coded(400, 'missing_fields', 'name is required');
  const org = orgRow(ctx);
  ctx.store.tx(() => renameOrg(ctx.store.db, org.id, name.trim(), ctx.now.toISOString()));
  return { status: 200, body: { org: orgJson(orgRow(ctx)) } };
};

const listApiKeys: CommuneHandler<'listApiKeys'> = (ctx) => ({
  status: 200,
  body: { apiKeys: listKeys(ctx, ctx.caller.tenant).map(apiKeyJson) },
  headers: { 'Cache-Control': 'private, max-age=30, stale-while-revalidate=60' },
});

const stringList = (v: unknown): string[] | null =>
  Array.isArray(v) && v.every((x): x is string => typeof x === 'string') ? v : null;

/** A positive number of seconds whose expiry is still a representable date; null otherwise. */
const positiveSeconds = (v: unknown, now: Date): number | null =>
  typeof v === 'number' && v > 0 && isIsoRepresentable(now.getTime() + v * 1000) ? v : null;

const createApiKey: CommuneHandler<'createApiKey'> = (ctx, input) => {
  const orgId = ctx.caller.tenant;
  const { name, permissions, expiresIn } = input.body ?? {};
  if (!name || typeof name !== 'string' || !name.trim()) throw errors.coded(400, 'missing_fields', 'name is required');
  // Commune checks the key limit before the other fields.
  assertBelowKeyLimit(ctx, orgId);
  if (permissions !== undefined && !Array.isArray(permissions))
    throw errors.coded(400, 'invalid_permissions', 'permissions must be an array');
  // Commune stores any array as given; mailsim keeps to strings, so a key never lists a non-scope.
  const scopes = permissions === undefined ? ['read', 'write'] : stringList(permissions);
  if (!scopes) throw errors.coded(400, 'invalid_permissions', 'permissions must be an array of strings');
  const expiresInSeconds = expiresIn === undefined ? undefined : positiveSeconds(expiresIn, ctx.now);
  if (expiresInSeconds === null)
    throw errors.coded(400, 'invalid_expires_in', 'expiresIn must be a positive number of seconds');
  const { row, key } = createKey(ctx, orgId, {
    name: name.trim(),
    permissions: scopes,
    ...(expiresInSeconds !== undefined ? { expiresInSeconds } : {}),
  });
  const wire = apiKeyJson(row);
  return {
    status: 201,
    body: {
      apiKey: key,
      id: wire.id,
      name: wire.name,
      keyPrefix: wire.keyPrefix,
      permissions: wire.permissions,
      status: 'active',
      expiresAt: wire.expiresAt,
      createdAt: wire.createdAt,
      message: `Store immediately: export COMMUNE_API_KEY="${key}"`,
    },
  };
};

const revokeApiKey: CommuneHandler<'revokeApiKey'> = (ctx, input) => {
  revokeKey(ctx, ctx.caller.tenant, input.params.keyId);
  return { status: 200, body: { message: 'API key revoked' } };
};

const rotateApiKey: CommuneHandler<'rotateApiKey'> = (ctx, input) => {
  const { row, key } = rotateKey(ctx, ctx.caller.tenant, input.params.keyId);
  return {
    status: 200,
    body: {
      apiKey: key,
      id: row.id,
      name: row.name,
      keyPrefix: row.key_prefix,
      expiresAt: row.expires_at,
      message: `Old key invalidated. Store the new key immediately: export COMMUNE_API_KEY="${key}"`,
    },
  };
};

/** Loosely a mailbox: something@something.tld with no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const claimOwnership: CommuneHandler<'claimOwnership'> = async (ctx, input) => {
  const principal = ctx.caller;
  if (principal.via !== 'agent' || !principal.agentId) {
    throw errors.coded(
      400,
      'agent_signing_required',
      'This endpoint requires agent signature authentication (Authorization: Agent {agentId}:{signature}).',
    );
  }
  const ownerEmail = input.body?.ownerEmail;
  if (!ownerEmail) throw errors.coded(400, 'missing_fields', 'ownerEmail is required');
  if (typeof ownerEmail !== 'string' || !EMAIL.test(ownerEmail.trim()))
    throw errors.coded(400, 'invalid_email', 'ownerEmail must be a valid email address');
  const agent = activeAgent(ctx.store.db, principal.agentId);
  if (!agent) throw errors.coded(401, 'invalid_signature', 'Signature verification failed');
  const email = ownerEmail.trim();
  await startClaim(ctx, agent, email);
  return {
    status: 200,
    body: {
      status: 'pending',
      ownerEmail: email,
      message: `Claim link sent to ${email}. Your owner must open it within 24 hours to claim this agent.`,
      expiresIn: 86400,
    },
  };
};

export const handlers = {
  getAgentOrg,
  updateAgentOrg,
  listApiKeys,
  createApiKey,
  revokeApiKey,
  rotateApiKey,
  claimOwnership,
} satisfies Partial<CommuneHandlers>;
