/**
 * AgentSend authentication: `Authorization: Bearer <key>` first, then `x-api-key`. A credential
 * starting with `ask_` is an API key (looked up by SHA-256); anything else is a session token
 * (domain/credentials.ts). AgentSend has no authorization stage: any valid credential may call
 * any operation of its account.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { EngineServices, Handler, Principal } from '../../engine/provider.js';
import type { HandlersOf, OperationInput } from '../../engine/typed.js';
import { sha256Hex } from '../../engine/ids.js';
import type { operations } from '../../generated/agentsend.js';
import type { operations as controlOperations } from '../../generated/agentsend.control.js';
import { verifySessionToken } from './domain/credentials.js';
import { findAccountById } from './store/accounts.js';
import { findKeyByHash, touchApiKey } from './store/api-keys.js';

/** Who calls AgentSend: an account (the tenant), through one API key or session. */
export type AgentSendPrincipal = Principal;

/** The handler of one AgentSend operation, its input typed from contracts/agentsend.yaml. */
export type AgentSendHandler<K extends keyof operations> = Handler<AgentSendPrincipal, OperationInput<operations[K]>>;
export type AgentSendHandlers = HandlersOf<AgentSendPrincipal, operations>;

/** The handler of one AgentSend control operation (contracts/agentsend.control.yaml); there is no caller. */
export type AgentSendControlHandler<K extends keyof controlOperations> = Handler<
  Principal,
  OperationInput<controlOperations[K]>
>;
/** Some of the control plane's operations: the engine answers the others (state, traffic, mail, webhooks). */
export type AgentSendControlHandlers = Partial<HandlersOf<Principal, controlOperations>>;

const LAST_USED_GRANULARITY_MS = 60_000;

/**
 * SHA-256 of a presented key, remembered for the few keys a client keeps sending: hashing on every
 * request was a measurable share of a GET. Bounded, and holds hashes only (never a verdict), so a
 * revoked key is still refused at once by the lookup.
 */
const hashes = new Map<string, string>();
function keyHash(credential: string): string {
  let h = hashes.get(credential);
  if (h === undefined) {
    if (hashes.size >= 1000) hashes.clear();
    h = sha256Hex(credential);
    hashes.set(credential, h);
  }
  return h;
}

export function credentialFrom(headers: IncomingHttpHeaders): string | null {
  const auth = headers.authorization;
  if (typeof auth === 'string' && auth.toLowerCase().startsWith('bearer ')) {
    const token = auth.slice(7).trim();
    if (token) return token;
  }
  const key = headers['x-api-key'];
  return typeof key === 'string' && key ? key : null;
}

export function authenticate(
  services: EngineServices,
  headers: IncomingHttpHeaders,
  now: Date,
): AgentSendPrincipal | null {
  const credential = credentialFrom(headers);
  if (!credential) return null;
  const db = services.store.db;
  if (credential.startsWith('ask_')) {
    const key = findKeyByHash(db, keyHash(credential));
    if (!key || key.revoked_at) return null;
    if (key.expires_at && Date.parse(key.expires_at) <= now.getTime()) return null;
    // Record use, but at most once a minute per key so reads stay read-only on the hot path.
    if (!key.last_used_at || now.getTime() - Date.parse(key.last_used_at) >= LAST_USED_GRANULARITY_MS) {
      touchApiKey(db, key.id, now.toISOString());
    }
    return { tenant: key.account_id, credentialId: key.id, plan: key.plan };
  }
  const accountId = verifySessionToken(db, services.ids, credential, now);
  if (!accountId) return null;
  const account = findAccountById(db, accountId);
  return account ? { tenant: account.id, credentialId: `session:${account.id}`, plan: account.plan } : null;
}
