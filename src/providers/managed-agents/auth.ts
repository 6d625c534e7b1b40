/**
 * Authentication (contracts/managed-agents.md §Auth): an API key in `x-api-key` (openma, older
 * SDKs) or `Authorization: Bearer` (SDK 1.12.0). Keys are stored as SHA-256 hashes and map to a
 * tenant. Authorization is strict-header mode (a setting): the version and beta headers checked
 * the way production checks them, once the caller is known.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type {
  AuthRequest,
  AuthorizeRequest,
  EngineServices,
  Handler,
  HandlerContext,
  Principal,
} from '../../engine/provider.js';
import { sha256Hex } from '../../engine/ids.js';
import type { HandlersOf, OperationInput } from '../../engine/typed.js';
import type { operations } from '../../generated/managed-agents.js';
import type { operations as controlOperations } from '../../generated/managed-agents.control.js';
import type { Db } from '../../engine/store.js';
import { errors } from './errors.js';
import { KNOWN_BETAS, KNOWN_VERSIONS, headerErrors, requiredBetas } from './policies.js';
import { settingsOf } from './domain/settings.js';
import { apiKeyByHash, firstTenantId, touchApiKey } from './store/api-keys.js';

export interface ManagedAgentsPrincipal extends Principal {
  /** The API key's id (`apikey_…`), recorded as the actor of memory writes. */
  keyId: string;
}

/** The handler of one operation: its inputs typed from the contract, its caller as `ctx.caller`. */
export type ManagedAgentsHandler<K extends keyof operations> = Handler<
  ManagedAgentsPrincipal,
  OperationInput<operations[K]>
>;
/** Every operation's handler, by operationId: one missing or misspelled is a compile error. */
export type ManagedAgentsHandlers = HandlersOf<ManagedAgentsPrincipal, operations>;
export type ManagedAgentsContext = HandlerContext<ManagedAgentsPrincipal>;

/** The handler of one control operation (contracts/managed-agents.control.yaml); there is no caller. */
export type ManagedAgentsControlHandler<K extends keyof controlOperations> = Handler<
  Principal,
  OperationInput<controlOperations[K]>
>;
/** Its own control operations: the engine answers the rest of the control plane. */
export type ManagedAgentsControlHandlers = Partial<HandlersOf<Principal, controlOperations>>;

const LAST_USED_GRANULARITY_MS = 60_000;

export function credentialOf(headers: IncomingHttpHeaders): string | null {
  const key = headers['x-api-key'];
  if (typeof key === 'string' && key.trim() !== '') return key.trim();
  const auth = headers.authorization;
  if (typeof auth === 'string' && /^bearer\s+\S/i.test(auth)) return auth.replace(/^bearer\s+/i, '').trim();
  return null;
}

function byKey(db: Db, key: string, now: Date): ManagedAgentsPrincipal | null {
  const row = apiKeyByHash(db, sha256Hex(key));
  if (!row) return null;
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) >= LAST_USED_GRANULARITY_MS) {
    touchApiKey(db, row.id, now.toISOString());
  }
  return { tenant: row.tenant_id, credentialId: row.id, keyId: row.id };
}

/** The caller; null without a key (the engine's 401), an `invalid x-api-key` 401 for an unknown one. */
export function authenticate(services: EngineServices, req: AuthRequest): ManagedAgentsPrincipal | null {
  // A public route (health) never reads the key, so it never marks one as used.
  if (req.op?.isPublic) return null;
  const key = credentialOf(req.headers);
  if (!key) return null;
  const db = services.store.db;
  const principal = byKey(db, key, req.now);
  if (principal) return principal;
  const tenant = settingsOf(services).acceptAnyKey ? firstTenantId(db) : null;
  if (!tenant) throw errors.invalidKey();
  return { tenant, credentialId: `any:${sha256Hex(key).slice(0, 16)}`, keyId: 'apikey_unregistered' };
}

/** Strict-header mode, checked on every secured operation once the caller is known. */
export function authorize(services: EngineServices, req: AuthorizeRequest<ManagedAgentsPrincipal>): void {
  if (settingsOf(services).strictHeaders) checkStrictHeaders(req.headers, req.op.path);
}

/**
 * `anthropic-version` must be present and known; every `anthropic-beta` value must be one the SDK
 * knows, and the route family's beta must be among them.
 */
export function checkStrictHeaders(headers: IncomingHttpHeaders, path: string): void {
  const version = headers['anthropic-version'];
  if (typeof version !== 'string' || version.trim() === '') throw headerErrors.versionRequired();
  if (!KNOWN_VERSIONS.includes(version.trim())) throw headerErrors.versionUnknown(version.trim());
  const raw = headers['anthropic-beta'];
  const betas = (Array.isArray(raw) ? raw.join(',') : (raw ?? ''))
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  const unknown = betas.filter((b) => !KNOWN_BETAS.has(b));
  if (unknown.length) throw headerErrors.betaUnknown(unknown);
  const needed = requiredBetas(path);
  if (needed && !needed.some((b) => betas.includes(b))) throw headerErrors.betaRequired(needed);
}
