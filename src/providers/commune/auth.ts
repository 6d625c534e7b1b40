/**
 * Commune authentication and authorization (contracts/commune.md, "Auth"). Authenticate:
 * `Authorization: Bearer comm_…` API keys, or `Authorization: Agent {agentId}:{sig}` Ed25519
 * signatures (domain/agent-signature.ts). Authorize, in Commune's middleware order: claimed agents,
 * the inbox cap, plan gates and key scopes.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { AuthRequest, AuthorizeRequest, EngineServices, Handler, Principal } from '../../engine/provider.js';
import type { HandlersOf, OperationInput } from '../../engine/typed.js';
import { sha256Hex } from '../../engine/ids.js';
import type { operations } from '../../generated/commune.js';
import type { operations as controlOperations } from '../../generated/commune.control.js';
import { errors } from './errors.js';
import { authenticateAgent } from './domain/agent-signature.js';
import { INBOX_CREATING_OPERATIONS, enforceInboxCap } from './domain/quotas.js';
import { activeAgent } from './store/agents.js';
import { activeKeyByHash, markKeyExpired, touchApiKey } from './store/api-keys.js';

/** Who is calling: an org (tenant), through a key with permissions or as an agent (owner). */
export interface CommunePrincipal extends Principal {
  tier: string;
  via: 'api_key' | 'agent';
  permissions: Set<string>;
  keyId?: string;
  agentId?: string;
}

/** The handler of one Commune operation, its input typed from contracts/commune.yaml. */
export type CommuneHandler<K extends keyof operations> = Handler<CommunePrincipal, OperationInput<operations[K]>>;
export type CommuneHandlers = HandlersOf<CommunePrincipal, operations>;

/** The handler of one Commune control operation (contracts/commune.control.yaml); there is no caller. */
export type CommuneControlHandler<K extends keyof controlOperations> = Handler<
  Principal,
  OperationInput<controlOperations[K]>
>;
/** Some of the control plane's operations: the engine answers the others (state, traffic, mail, webhooks). */
export type CommuneControlHandlers = Partial<HandlersOf<Principal, controlOperations>>;

const LAST_USED_GRANULARITY_MS = 60_000;

function byApiKey(services: EngineServices, key: string, now: Date): CommunePrincipal {
  const db = services.store.db;
  const row = activeKeyByHash(db, sha256Hex(key));
  if (!row) throw errors.invalidApiKey();
  if (row.expires_at && Date.parse(row.expires_at) <= now.getTime()) {
    markKeyExpired(db, row.id);
    throw errors.invalidApiKey();
  }
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) >= LAST_USED_GRANULARITY_MS) {
    touchApiKey(db, row.id, now.toISOString());
  }
  return {
    tenant: row.org_id,
    credentialId: row.id,
    plan: row.tier,
    tier: row.tier,
    via: 'api_key',
    permissions: expandPermissions(JSON.parse(row.permissions) as string[]),
    keyId: row.id,
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
  if (
    rule.kind === 'scopes' &&
    principal.via === 'api_key' &&
    !rule.anyOf.some((scope) => principal.permissions.has(scope))
  ) {
    throw errors.insufficientPermissions(rule.anyOf.length === 1 ? rule.anyOf : [rule.anyOf[0]!]);
  }
  if (!PLAN_BEFORE_SCOPE.has(op.id)) planGate();
}

/**
 * Until a human owner claims it, an agent may read but not create inboxes, send mail or mint API
 * keys (contracts/commune.md, "Unclaimed agents"). API keys pass: one can only exist once the org was
 * claimed or was made by a person.
 */
export const OWNERSHIP_GATED_OPERATIONS = new Set(['createInbox', 'createDomainInbox', 'sendMessage', 'createApiKey']);

export function requireClaimedAgent(
  services: Pick<EngineServices, 'store'>,
  principal: CommunePrincipal,
  operationId: string,
): void {
  if (principal.via !== 'agent' || !OWNERSHIP_GATED_OPERATIONS.has(operationId)) return;
  if (!principal.agentId) throw errors.plain(401, 'Missing agent identity');
  const agent = activeAgent(services.store.db, principal.agentId);
  if (!agent) throw errors.plain(401, 'Agent not found');
  if (agent.ownership_status === 'claimed') return;
  throw errors.coded(
    403,
    'ownership_required',
    'This agent must be claimed by an owner before performing this action. ' +
      "Call POST /v1/agent/claim-ownership with your owner's email.",
    {
      ownershipStatus: agent.ownership_status,
      claimEndpoint: 'POST /v1/agent/claim-ownership',
      docs: 'https://commune.email/agent-auth',
    },
  );
}

/**
 * Which permission each operation needs (contracts/commune.md, Operations: the Scope column), and the plan features
 * that gate some of them (the "plan" note under that table). Agent-signature callers count as the org
 * owner and skip scope checks.
 */
export type ScopeRule = { kind: 'scopes'; anyOf: string[] } | { kind: 'none' };

const s = (...anyOf: string[]): ScopeRule => ({ kind: 'scopes', anyOf });
const NONE: ScopeRule = { kind: 'none' };

export const OPERATION_SCOPES: Readonly<Record<string, ScopeRule>> = {
  listDomains: s('domains:read'),
  createDomain: s('domains:write'),
  getDomain: s('domains:read'),
  verifyDomain: s('domains:write'),
  getDomainRecords: s('domains:read'),
  createInbox: s('inboxes:write'),
  listInboxes: s('inboxes:read'),
  listDomainInboxes: s('inboxes:read'),
  createDomainInbox: s('inboxes:write'),
  getInbox: s('inboxes:read'),
  updateInbox: s('inboxes:write'),
  deleteInbox: s('inboxes:write'),
  setExtractionSchema: s('inboxes:write'),
  removeExtractionSchema: s('inboxes:write'),
  listThreads: s('threads:read'),
  getThreadMessages: s('threads:read'),
  getThreadMetadata: s('threads:read'),
  setThreadStatus: s('threads:write'),
  addThreadTags: s('threads:write'),
  removeThreadTags: s('threads:write'),
  assignThread: s('threads:write'),
  sendMessage: s('messages:write'),
  listMessages: s('messages:read'),
  searchThreads: s('threads:read'),
  searchLegacy: s('threads:read'),
  indexSearchDocument: NONE,
  indexSearchBatch: NONE,
  uploadAttachment: s('attachments:write'),
  getAttachment: s('attachments:read'),
  getAttachmentUrl: s('attachments:read'),
  getDeliveryMetrics: s('messages:read'),
  listDeliveryEvents: s('messages:read'),
  listSuppressions: s('messages:read'),
  listWebhookDeliveries: s('messages:read'),
  getWebhookDelivery: s('messages:read'),
  retryWebhookDelivery: s('messages:write'),
  getWebhookHealth: s('messages:read'),
  testWebhook: s('messages:write'),
  submitDmarcReport: s('domains:write'),
  listDmarcReports: s('domains:read'),
  getDmarcSummary: s('domains:read'),
  // Checked by routes/data.ts: its 403 is a plain string, not the Insufficient-permissions family.
  previewDataDeletion: NONE,
} satisfies Partial<Record<keyof operations, ScopeRule>>;

/** Operations behind a paid-plan feature; the gate answers before the scope check (search). */
export const PLAN_FEATURES: Readonly<Record<string, string>> = {
  searchThreads: 'semanticSearch',
  searchLegacy: 'semanticSearch',
  indexSearchDocument: 'semanticSearch',
  indexSearchBatch: 'semanticSearch',
  setExtractionSchema: 'structuredExtraction',
} satisfies Partial<Record<keyof operations, string>>;

/**
 * Operations whose plan gate answers before their scope check (the search routes; contracts/commune.md, Operations).
 */
export const PLAN_BEFORE_SCOPE: ReadonlySet<string> = new Set([
  'searchThreads',
  'searchLegacy',
  'indexSearchDocument',
  'indexSearchBatch',
]);

export const PAID_TIERS = new Set(['agent_pro', 'business', 'enterprise']);

const READ_WRITE_RESOURCES = ['domains', 'inboxes', 'threads', 'messages', 'attachments', 'phoneNumbers', 'sms'];

/** `read`/`write` expand to every resource's scope; other strings are kept literally. */
export function expandPermissions(permissions: string[]): Set<string> {
  const out = new Set<string>();
  for (const p of permissions) {
    if (p === 'read' || p === 'write') for (const r of READ_WRITE_RESOURCES) out.add(`${r}:${p}`);
    else out.add(p);
  }
  return out;
}

export function scopeRuleFor(operationId: string): ScopeRule {
  return OPERATION_SCOPES[operationId] ?? NONE;
}
