/**
 * Commune authentication (contracts/commune.md): `Authorization: Bearer comm_…` API keys, or
 * `Authorization: Agent {agentId}:{sig}` Ed25519 signatures (agents/agent-auth.ts); then
 * authorization: claimed agents, the inbox cap, plan gates and key scopes.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { AuthRequest, AuthorizeRequest, EngineServices, Principal } from '../../engine/provider.js';
import { sha256Hex, type IdSource } from '../../engine/ids.js';
import type { Db } from '../../engine/store.js';
import { errors } from './errors.js';
import { authenticateAgent } from './agents/agent-auth.js';
import { INBOX_CREATING_OPERATIONS, enforceInboxCap } from './mail/limits.js';
import { requireClaimedAgent } from './agents/ownership.js';
import { PAID_TIERS, PLAN_BEFORE_SCOPE, PLAN_FEATURES, expandPermissions, scopeRuleFor } from './scopes.js';
import type { ApiKeyRow, OrgRow } from './tables.js';

/** Who is calling: an org (tenant), through a key with permissions or as an agent (owner). */
export interface CommunePrincipal extends Principal {
  tier: string;
  via: 'api_key' | 'agent';
  permissions: Set<string>;
  keyId?: string;
  agentId?: string;
}

const LAST_USED_GRANULARITY_MS = 60_000;

export function newApiKey(ids: IdSource): { key: string; hash: string; prefix: string } {
  const key = `comm_${ids.hex(32)}`;
  return { key, hash: sha256Hex(key), prefix: key.slice(0, 12) };
}

export function insertApiKey(db: Db, ids: IdSource, o: { orgId: string; name: string; permissions: string[]; expiresAt: string | null; now: string; key?: string; id?: string }): { id: string; key: string; prefix: string } {
  const made = o.key ? { key: o.key, hash: sha256Hex(o.key), prefix: o.key.slice(0, 12) } : newApiKey(ids);
  const id = o.id ?? ids.hex(16);
  db.prepare('INSERT INTO cm_api_keys (id, org_id, name, key_hash, key_prefix, permissions, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, o.orgId, o.name, made.hash, made.prefix, JSON.stringify(o.permissions), o.expiresAt, o.now);
  return { id, key: made.key, prefix: made.prefix };
}

function byApiKey(services: EngineServices, key: string, now: Date): CommunePrincipal {
  const db = services.store.db;
  const row = db.prepare("SELECT k.*, o.tier FROM cm_api_keys k JOIN cm_orgs o ON o.id = k.org_id WHERE k.key_hash = ? AND k.status = 'active'").get(sha256Hex(key)) as (ApiKeyRow & { tier: string }) | undefined;
  if (!row) throw errors.invalidApiKey();
  if (row.expires_at && Date.parse(row.expires_at) <= now.getTime()) {
    db.prepare("UPDATE cm_api_keys SET status = 'expired' WHERE id = ?").run(row.id);
    throw errors.invalidApiKey();
  }
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) >= LAST_USED_GRANULARITY_MS) {
    db.prepare('UPDATE cm_api_keys SET last_used_at = ? WHERE id = ?').run(now.toISOString(), row.id);
  }
  return {
    tenant: row.org_id, credentialId: row.id, plan: row.tier, tier: row.tier, via: 'api_key',
    permissions: expandPermissions(JSON.parse(row.permissions) as string[]), keyId: row.id,
  };
}

/** Reads the credentials; null when there are none (the engine then answers 401 if required). */
export function identify(services: EngineServices, headers: IncomingHttpHeaders, now: Date): CommunePrincipal | null {
  const auth = headers.authorization;
  if (typeof auth !== 'string' || auth === '') return null;
  if (/^bearer /i.test(auth)) return byApiKey(services, auth.slice(7).trim(), now);
  if (/^agent /i.test(auth)) return authenticateAgent(services, headers, now);
  throw errors.invalidAuthorizationFormat();
}

/** Identifies the caller: an org through an API key, or an agent by signature; null without credentials. */
export function authenticate(services: EngineServices, req: AuthRequest): CommunePrincipal | null {
  return identify(services, req.headers, req.now);
}

/**
 * What the caller may do, in Commune's middleware order: an agent must be claimed, an inbox-creating
 * call must fit the plan's inbox cap, then the plan gate and the key's scope (search routes gate the
 * plan first; the extraction schema checks the scope first). A refusal comes before any body
 * validation, as on Commune.
 */
export function authorize(services: EngineServices, { principal, op }: AuthorizeRequest<CommunePrincipal>): void {
  requireClaimedAgent(services, principal, op.id);
  if (INBOX_CREATING_OPERATIONS.has(op.id)) enforceInboxCap(services.store.db, principal.tenant, principal.tier);
  const feature = PLAN_FEATURES[op.id];
  const planGate = (): void => {
    if (feature && !PAID_TIERS.has(principal.tier)) throw errors.featureRequiresPaidPlan(feature, principal.tier);
  };
  if (PLAN_BEFORE_SCOPE.has(op.id)) planGate();
  const rule = scopeRuleFor(op.id);
  if (rule.kind === 'scopes' && principal.via === 'api_key' && !rule.anyOf.some((scope) => principal.permissions.has(scope))) {
    throw errors.insufficientPermissions(rule.anyOf.length === 1 ? rule.anyOf : [rule.anyOf[0]!]);
  }
  if (!PLAN_BEFORE_SCOPE.has(op.id)) planGate();
}

export function orgOf(db: Db, orgId: string): OrgRow {
  return db.prepare('SELECT * FROM cm_orgs WHERE id = ?').get(orgId) as OrgRow;
}
