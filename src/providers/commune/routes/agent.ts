/**
 * /v1/agent/*: organisation and API-key self-service, and the ownership claim. No scope checks
 * (any valid key or agent signature; a read-only key may mint keys with any permissions, as on
 * Commune) and no `data` envelope (shared/providers/commune.md §3.10).
 */
import type { Handler, HandlerContext } from '../../../engine/provider.js';
import type { CommunePrincipal } from '../auth.js';
import { errors } from '../errors.js';
import type { OrgRow } from '../tables.js';
import { activeAgent } from '../store/agents.js';
import { assertBelowKeyLimit, createKey, listKeys, revokeKey, rotateKey, wireApiKey } from '../domain/api-keys.js';
import { startClaim } from '../domain/claims.js';
import { isIsoRepresentable } from '../../../engine/clock.js';

const principalOf = (ctx: HandlerContext): CommunePrincipal => ctx.principal as CommunePrincipal;

function orgRow(ctx: HandlerContext): OrgRow {
  const row = ctx.store.db.prepare('SELECT * FROM cm_orgs WHERE id = ?').get(principalOf(ctx).tenant) as OrgRow | undefined;
  if (!row) throw errors.plain(404, 'Organization not found');
  return row;
}

function wireOrg(row: OrgRow) {
  return {
    id: row.id, name: row.name, slug: row.slug ?? '', tier: row.tier, status: 'active', settings: {},
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

const getAgentOrg: Handler = (ctx) => ({
  status: 200,
  body: { org: wireOrg(orgRow(ctx)) },
  headers: { 'Cache-Control': 'private, max-age=30, stale-while-revalidate=60' },
});

const updateAgentOrg: Handler = (ctx, input) => {
  const name = (input.body ?? {}).name as unknown;
  if (!name || typeof name !== 'string' || !name.trim()) throw errors.coded(400, 'missing_fields', 'name is required');
  const org = orgRow(ctx);
  ctx.store.tx(() => ctx.store.db.prepare('UPDATE cm_orgs SET name = ?, updated_at = ? WHERE id = ?').run(name.trim(), ctx.now.toISOString(), org.id));
  return { status: 200, body: { org: wireOrg(orgRow(ctx)) } };
};

const listApiKeys: Handler = (ctx) => ({
  status: 200,
  body: { apiKeys: listKeys(ctx, principalOf(ctx).tenant).map(wireApiKey) },
  headers: { 'Cache-Control': 'private, max-age=30, stale-while-revalidate=60' },
});

const createApiKey: Handler = (ctx, input) => {
  const orgId = principalOf(ctx).tenant;
  const { name, permissions, expiresIn } = (input.body ?? {}) as Record<string, unknown>;
  if (!name || typeof name !== 'string' || !name.trim()) throw errors.coded(400, 'missing_fields', 'name is required');
  // Commune checks the key limit before the other fields.
  assertBelowKeyLimit(ctx, orgId);
  if (permissions !== undefined && !Array.isArray(permissions)) throw errors.coded(400, 'invalid_permissions', 'permissions must be an array');
  // Commune stores any array as given; mailsim keeps to strings, so a key never lists a non-scope.
  if (Array.isArray(permissions) && permissions.some((p) => typeof p !== 'string')) {
    throw errors.coded(400, 'invalid_permissions', 'permissions must be an array of strings');
  }
  if (expiresIn !== undefined && (typeof expiresIn !== 'number' || !(expiresIn > 0) || !isIsoRepresentable(ctx.now.getTime() + expiresIn * 1000))) {
    throw errors.coded(400, 'invalid_expires_in', 'expiresIn must be a positive number of seconds');
  }
  const { row, key } = createKey(ctx, orgId, {
    name: name.trim(),
    permissions: (permissions as string[] | undefined) ?? ['read', 'write'],
    ...(expiresIn !== undefined ? { expiresInSeconds: expiresIn as number } : {}),
  });
  const wire = wireApiKey(row);
  return {
    status: 201,
    body: {
      apiKey: key, id: wire.id, name: wire.name, keyPrefix: wire.keyPrefix, permissions: wire.permissions, status: 'active',
      expiresAt: wire.expiresAt, createdAt: wire.createdAt, message: `Store immediately: export COMMUNE_API_KEY="${key}"`,
    },
  };
};

const revokeApiKey: Handler = (ctx, input) => {
  revokeKey(ctx, principalOf(ctx).tenant, String(input.params.keyId));
  return { status: 200, body: { message: 'API key revoked' } };
};

const rotateApiKey: Handler = (ctx, input) => {
  const { row, key } = rotateKey(ctx, principalOf(ctx).tenant, String(input.params.keyId));
  return {
    status: 200,
    body: {
      apiKey: key, id: row.id, name: row.name, keyPrefix: row.key_prefix, expiresAt: row.expires_at,
      message: `Old key invalidated. Store the new key immediately: export COMMUNE_API_KEY="${key}"`,
    },
  };
};

/** Loosely a mailbox: something@something.tld with no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const claimOwnership: Handler = async (ctx, input) => {
  const principal = principalOf(ctx);
  if (principal.via !== 'agent' || !principal.agentId) {
    throw errors.coded(400, 'agent_signing_required', 'This endpoint requires agent signature authentication (Authorization: Agent {agentId}:{signature}).');
  }
  const ownerEmail = (input.body ?? {}).ownerEmail as unknown;
  if (!ownerEmail) throw errors.coded(400, 'missing_fields', 'ownerEmail is required');
  if (typeof ownerEmail !== 'string' || !EMAIL.test(ownerEmail.trim())) throw errors.coded(400, 'invalid_email', 'ownerEmail must be a valid email address');
  const agent = activeAgent(ctx.store.db, principal.agentId);
  if (!agent) throw errors.coded(401, 'invalid_signature', 'Signature verification failed');
  const email = ownerEmail.trim();
  await startClaim(ctx, agent, email);
  return {
    status: 200,
    body: {
      status: 'pending', ownerEmail: email,
      message: `Claim link sent to ${email}. Your owner must open it within 24 hours to claim this agent.`,
      expiresIn: 86400,
    },
  };
};

export const handlers: Record<string, Handler> = {
  getAgentOrg, updateAgentOrg, listApiKeys, createApiKey, revokeApiKey, rotateApiKey, claimOwnership,
};
