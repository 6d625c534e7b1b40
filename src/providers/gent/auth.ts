/**
 * Gent authentication and authorization (contracts/gent.md §Auth).
 *
 * `authenticate` turns `Authorization: Bearer <token>` into a principal: an agent token (`gent_…`,
 * looked up by SHA-256, bound to one inbox, with scopes) or a session access token (a JWT from
 * /auth/login/, whose session must not be logged out). `authorize` then applies the operation's
 * `x-gent-auth` and `x-gent-scopes` marks from the contract: a 403 naming what is missing.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { sha256Hex } from '../../engine/ids.js';
import type {
  AuthorizeRequest,
  AuthRequest,
  EngineServices,
  Handler,
  HandlerContext,
  Principal,
} from '../../engine/provider.js';
import type { HandlersOf, OperationInput } from '../../engine/typed.js';
import type { operations } from '../../generated/gent.js';
import type { operations as controlOperations } from '../../generated/gent.control.js';
import { verifyToken } from './domain/sessions.js';
import { parseList } from './domain/json.js';
import { errors } from './errors.js';
import { countApiRequest, getOrg, getSession, getUser } from './store/accounts.js';
import { findTokenByHash, touchToken } from './store/tokens.js';

export interface GentPrincipal extends Principal {
  kind: 'session' | 'agent';
  plan: string;
  /** The user behind a session (null for agent tokens). */
  userId: string | null;
  sessionId: string | null;
  /** The agent token's id, inbox, label, scopes and held scopes (null / empty for sessions). */
  tokenId: string | null;
  inboxId: string | null;
  tokenLabel: string | null;
  scopes: string[];
  requiresApproval: string[];
}

const LAST_USED_GRANULARITY_MS = 60_000;

export function bearerOf(headers: IncomingHttpHeaders): string | null {
  const auth = headers.authorization;
  if (typeof auth !== 'string' || auth.slice(0, 7).toLowerCase() !== 'bearer ') return null;
  const token = auth.slice(7).trim();
  return token || null;
}

/** `YYYY-MM` of a time: the billing period usage is counted in. */
export const periodOf = (ms: number): string => new Date(ms).toISOString().slice(0, 7);

function agentPrincipal(services: EngineServices, credential: string, now: Date): GentPrincipal | null {
  const db = services.store.db;
  const token = findTokenByHash(db, sha256Hex(credential));
  if (!token || token.revoked_at) return null;
  const org = getOrg(db, token.org_id);
  if (!org) return null;
  if (!token.last_used_at || now.getTime() - Date.parse(token.last_used_at) >= LAST_USED_GRANULARITY_MS) {
    touchToken(db, token.id, now.toISOString());
  }
  return {
    kind: 'agent',
    tenant: org.id,
    plan: org.plan,
    credentialId: `tok:${token.id}`,
    userId: null,
    sessionId: null,
    tokenId: token.id,
    inboxId: token.inbox_id,
    tokenLabel: token.label,
    scopes: parseList(token.scopes),
    requiresApproval: parseList(token.requires_approval),
  };
}

function sessionPrincipal(services: EngineServices, credential: string, now: Date): GentPrincipal | null {
  const db = services.store.db;
  const claims = verifyToken(db, services.ids, credential, 'access', now.getTime());
  if (!claims) return null;
  const session = getSession(db, claims.sid);
  if (!session || session.revoked_at) return null;
  const user = getUser(db, claims.sub);
  const org = user ? getOrg(db, user.org_id) : undefined;
  if (!user || !org) return null;
  return {
    kind: 'session',
    tenant: org.id,
    plan: org.plan,
    credentialId: `usr:${user.id}`,
    userId: user.id,
    sessionId: session.id,
    tokenId: null,
    inboxId: null,
    tokenLabel: null,
    scopes: [],
    requiresApproval: [],
  };
}

export function authenticate(services: EngineServices, req: AuthRequest): GentPrincipal | null {
  const credential = bearerOf(req.headers);
  if (!credential) return null;
  const principal = credential.startsWith('gent_')
    ? agentPrincipal(services, credential, req.now)
    : sessionPrincipal(services, credential, req.now);
  if (principal) countApiRequest(services.store.db, principal.tenant, periodOf(req.now.getTime()));
  return principal;
}

type AuthKind = 'public' | 'session' | 'either';

/** The operation's auth kind and scopes, from its `x-gent-auth` and `x-gent-scopes` marks; throws Gent's 403. */
export function authorize(_services: EngineServices, { principal, op }: AuthorizeRequest<GentPrincipal>): void {
  const auth = op.extensions['x-gent-auth'] as AuthKind | undefined;
  if (auth === 'public') return;
  if (auth === 'session' && principal.kind !== 'session') throw errors.sessionRequired();
  if (principal.kind === 'agent') {
    const scopes = (op.extensions['x-gent-scopes'] as string[] | undefined) ?? [];
    const missing = scopes.find((s) => !principal.scopes.includes(s));
    if (missing) throw errors.missingScope(missing);
  }
}

/** What a Gent handler sees: `ctx.caller` is the Gent principal on every secured operation. */
export type GentContext = HandlerContext<GentPrincipal>;

/** The handler of one Gent operation, its input typed from contracts/gent.yaml. */
export type GentHandler<K extends keyof operations> = Handler<GentPrincipal, OperationInput<operations[K]>>;
export type GentHandlers = HandlersOf<GentPrincipal, operations>;

/** The handler of one Gent control operation (contracts/gent.control.yaml); there is no caller. */
export type GentControlHandler<K extends keyof controlOperations> = Handler<
  Principal,
  OperationInput<controlOperations[K]>
>;
/** Gent's own control operations: the engine answers the rest of the control plane. */
export type GentControlHandlers = Partial<HandlersOf<Principal, controlOperations>>;
