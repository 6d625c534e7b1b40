/**
 * Commune's errors. Commune has no single envelope; it answers in one of several families
 * (shared/providers/commune.md §4), so every constructor here fixes the exact body it sends:
 *   1. plain string            {"error":"Domain not found"}
 *   2. send validation         {"error":"Invalid request","details":[{path,message}]}
 *   3. code + message          {"error":"invalid_signature","message":"…"[, extras]}
 *   4. string + context        {"error":"Insufficient permissions","required":[…],"hint":"…"}
 *   5. provider passthrough    {"error":{…}}
 *   6. global handler          {"error":"<message>","code":"INTERNAL_ERROR"}
 */
import { MailsimError, type ErrorKind } from '../../engine/errors.js';
import type { RenderedError } from '../../engine/provider.js';

const make = (status: number, body: Record<string, unknown>, kind: ErrorKind = 'provider', headers?: Record<string, string>): MailsimError =>
  new MailsimError(status, typeof body.error === 'string' ? body.error : 'ERROR', typeof body.message === 'string' ? body.message : String(body.error), kind, { rawBody: body, ...(headers ? { headers } : {}) });

export const errors = {
  /** Family 1. */
  plain: (status: number, message: string) => make(status, { error: message }),
  /** Family 3. */
  coded: (status: number, code: string, message: string, extras: Record<string, unknown> = {}) => make(status, { error: code, message, ...extras }),
  /** Family 4. */
  context: (status: number, message: string, extras: Record<string, unknown>, headers?: Record<string, string>) => make(status, { error: message, ...extras }, 'provider', headers),
  /** Family 2: the zod-shaped send validation. */
  invalidRequest: (details: { path: string; message: string }[]) => make(400, { error: 'Invalid request', details }, 'validation'),
  /** Family 6. */
  global: (status: number, message: string) => make(status, { error: message, code: 'INTERNAL_ERROR' }),
  /** Family 5: the sending provider's error object passed through inside `error`. */
  provider: (status: number, error: Record<string, unknown>) => make(status, { error }),

  missingAuthorization: () => make(401, { error: 'Missing Authorization header' }, 'unauthorized'),
  invalidApiKey: () => make(401, { error: 'Invalid or expired API key' }, 'unauthorized'),
  invalidAuthorizationFormat: () => make(401, {
    error: 'invalid_authorization_format',
    message: 'Use: Authorization: Bearer {comm_api_key}  or  Authorization: Agent {agentId}:{signature}',
  }, 'unauthorized'),
  insufficientPermissions: (required: string[]) => make(403, {
    error: 'Insufficient permissions', required, hint: `Your API key needs the following permission(s): ${required.join(', ')}`,
  }, 'forbidden'),
  featureRequiresPaidPlan: (feature: string, currentTier: string) => make(403, {
    error: 'This feature requires a paid plan', feature, current_tier: currentTier, required_tier: 'agent_pro', upgrade_url: '/dashboard/billing',
  }, 'forbidden'),
};

/** Turns engine-made errors into Commune's bodies; provider-made ones carry their exact body. */
export function renderError(e: MailsimError, ctx: { method: string; path: string }): RenderedError {
  const headers = { ...(e.options.headers ?? {}) };
  if (e.options.rawBody !== undefined) return { status: e.status, headers, body: e.options.rawBody };
  switch (e.kind) {
    case 'validation': {
      const malformed = e.options.extras?.malformedJson;
      // Express's JSON parser fails before any route, into the global handler.
      if (typeof malformed === 'string') return { status: 400, headers, body: { error: malformed, code: 'INTERNAL_ERROR' } };
      const details = Object.entries(e.options.details ?? {}).flatMap(([path, messages]) => messages.map((message) => ({ path, message })));
      return { status: 400, headers, body: { error: 'Invalid request', details } };
    }
    case 'unauthorized':
      return { status: 401, headers, body: { error: 'Invalid or expired API key' } };
    case 'route_not_found':
      // Express's default 404 page (HTML), which is what the real server answers after auth.
      return { status: 404, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }, body: `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot ${ctx.method} ${ctx.path}</pre>\n</body>\n</html>\n` };
    case 'payload_too_large':
      return { status: 413, headers, body: { error: 'request entity too large', code: 'INTERNAL_ERROR' } };
    case 'internal':
      return { status: 500, headers, body: { error: 'Internal server error', code: 'INTERNAL_ERROR' } };
    case 'contract_violation':
      return { status: 500, headers, body: { error: e.message, code: 'CONTRACT_VIOLATION', ...(e.options.extras ?? {}) } };
    default:
      return { status: e.status, headers, body: { error: e.message, code: e.code } };
  }
}
