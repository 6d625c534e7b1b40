/**
 * A credential's `auth`, split into what reads return and the secrets that are never returned
 * (contracts/managed-agents.md §Vaults): tokens, client secrets and secret values go to `secrets`.
 * Rotation merges an update's rotatable fields into both halves; the type never changes.
 */
import { errors } from '../errors.js';

type Json = Record<string, any>;

export interface SplitAuth {
  auth: Json;
  secrets: Json;
}

function injection(loc: Json | undefined, base: Json = { body: false, header: true }): Json {
  const out = { body: loc?.body ?? base.body, header: loc?.header ?? base.header };
  if (!out.body && !out.header)
    throw errors.invalidRequest('auth.injection_location: at least one of body and header must be enabled');
  return out;
}

export function splitAuth(a: Json): SplitAuth {
  switch (a.type) {
    case 'static_bearer':
      return { auth: { type: a.type, mcp_server_url: a.mcp_server_url }, secrets: { token: a.token } };
    case 'mcp_oauth': {
      const r = a.refresh as Json | null | undefined;
      return {
        auth: {
          type: a.type,
          mcp_server_url: a.mcp_server_url,
          expires_at: a.expires_at ?? null,
          refresh: r
            ? {
                client_id: r.client_id,
                token_endpoint: r.token_endpoint,
                token_endpoint_auth: { type: r.token_endpoint_auth.type },
                resource: r.resource ?? null,
                scope: r.scope ?? null,
              }
            : null,
        },
        secrets: {
          access_token: a.access_token,
          ...(r ? { refresh_token: r.refresh_token } : {}),
          ...(r?.token_endpoint_auth?.client_secret ? { client_secret: r.token_endpoint_auth.client_secret } : {}),
        },
      };
    }
    default:
      return {
        auth: {
          type: a.type,
          secret_name: a.secret_name,
          networking: a.networking,
          injection_location: injection(a.injection_location),
        },
        secrets: { secret_value: a.secret_value },
      };
  }
}

function mergeRefresh(current: SplitAuth, r: Json | null): void {
  if (r === null) {
    current.auth.refresh = null;
    delete current.secrets.refresh_token;
    delete current.secrets.client_secret;
    return;
  }
  const stored = current.auth.refresh as Json | null;
  if (!stored) throw errors.invalidRequest('auth.refresh: the credential has no refresh configuration to update');
  if (r.refresh_token != null) current.secrets.refresh_token = r.refresh_token;
  if ('scope' in r) stored.scope = r.scope ?? null;
  if (r.token_endpoint_auth) {
    if (stored.token_endpoint_auth.type === 'none')
      throw errors.invalidRequest('auth.refresh.token_endpoint_auth: the credential uses no client authentication');
    // The stored type stays, even if the update names the other secret-based one (the SDK's docs).
    if (r.token_endpoint_auth.client_secret != null)
      current.secrets.client_secret = r.token_endpoint_auth.client_secret;
  }
}

/** Applies an update's `auth` to the stored halves (copies; the inputs are not changed). */
export function mergeAuth(stored: SplitAuth, update: Json): SplitAuth {
  if (update.type !== stored.auth.type) {
    throw errors.invalidRequest(
      `auth.type cannot change from ${JSON.stringify(stored.auth.type)} to ${JSON.stringify(update.type)}`,
    );
  }
  const next: SplitAuth = JSON.parse(JSON.stringify(stored)) as SplitAuth;
  if (update.type === 'static_bearer') {
    if (update.token != null) next.secrets.token = update.token;
  } else if (update.type === 'mcp_oauth') {
    if (update.access_token != null) next.secrets.access_token = update.access_token;
    if ('expires_at' in update) next.auth.expires_at = update.expires_at ?? null;
    if ('refresh' in update) mergeRefresh(next, update.refresh as Json | null);
  } else {
    if (update.secret_value != null) next.secrets.secret_value = update.secret_value;
    if (update.networking != null) next.auth.networking = update.networking;
    if (update.injection_location)
      next.auth.injection_location = injection(update.injection_location, next.auth.injection_location as Json);
  }
  return next;
}
