/**
 * Gent's errors: named constructors and the one renderer for every error, engine-made ones
 * included, in the envelope chosen for Gent (contracts/gent.md §Errors):
 * `{"detail": "<message>", "code": "<snake_case>"}` plus `errors` on validation failures,
 * `required_scope` on a missing scope and `retry_after` on a 429.
 */
import { MailsimError, type ErrorKind } from '../../engine/errors.js';
import type { RenderedError } from '../../engine/provider.js';
import { pathTemplates } from './contract-document.js';

const make = (
  status: number,
  code: string,
  detail: string,
  kind: ErrorKind = 'provider',
  extras?: Record<string, unknown>,
  headers?: Record<string, string>,
): MailsimError =>
  new MailsimError(status, code, detail, kind, { ...(extras ? { extras } : {}), ...(headers ? { headers } : {}) });

export const errors = {
  /** 400 with `errors` naming each field. */
  invalid: (fields: Record<string, string[]>, detail = 'Invalid request.') =>
    new MailsimError(400, 'invalid_request', detail, 'validation', { details: fields }),
  field: (field: string, message: string) => errors.invalid({ [field]: [message] }),
  badRequest: (code: string, detail: string) => make(400, code, detail),
  unauthenticated: () =>
    make(401, 'not_authenticated', 'Authentication credentials were not provided or are not valid.', 'unauthorized'),
  invalidCredentials: () => make(401, 'invalid_credentials', 'Invalid email or password.', 'unauthorized'),
  invalidToken: () => make(401, 'invalid_token', 'The refresh token is invalid or has expired.', 'unauthorized'),
  missingScope: (scope: string) =>
    make(403, 'missing_scope', `This token lacks the scope this endpoint needs: ${scope}.`, 'forbidden', {
      required_scope: scope,
    }),
  sessionRequired: () =>
    make(
      403,
      'session_auth_required',
      'This endpoint needs user auth (a session token); agent tokens are not accepted.',
      'forbidden',
    ),
  planRequired: (plan: string) =>
    make(403, 'plan_required', `This feature needs the ${plan} plan or above.`, 'forbidden'),
  forbidden: (code: string, detail: string) => make(403, code, detail, 'forbidden'),
  notFound: (what: string) => make(404, 'not_found', `${what} not found.`, 'not_found'),
  conflict: (code: string, detail: string) => make(409, code, detail),
  fileTooLarge: (maxBytes: number) => make(413, 'file_too_large', `The file is over ${maxBytes / (1024 * 1024)} MB.`),
  rateLimited: (retryAfter: number) =>
    make(429, 'rate_limited', `Request was throttled. Expected available in ${retryAfter} seconds.`, 'rate_limited', {
      retry_after: retryAfter,
    }),
};

const body = (detail: string, code: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  detail,
  code,
  ...extra,
});

/** The answer to a path no operation has: a missing trailing slash is named; a wrong method is a 405. */
function unknownRoute(method: string, path: string, headers: Record<string, string>): RenderedError {
  const templates = pathTemplates();
  if (!path.endsWith('/')) {
    const slashed = `${path}/`;
    if (templates.some((t) => t.regex.test(slashed))) {
      return {
        status: 404,
        headers,
        body: body(`Not found. Gent paths end with a slash: use ${slashed}`, 'not_found'),
      };
    }
  }
  const allowed = [...new Set(templates.filter((t) => t.regex.test(path)).map((t) => t.method))];
  if (allowed.length) {
    return {
      status: 405,
      headers: { ...headers, allow: allowed.join(', ') },
      body: body(`Method "${method}" not allowed.`, 'method_not_allowed'),
    };
  }
  return { status: 404, headers, body: body(`Not found: ${method} ${path}`, 'not_found') };
}

/** Engine codes (e.g. BAD_GATEWAY from an injected fault) in Gent's snake_case. */
function gentCode(status: number, code: string): string {
  if (status === 502) return 'upstream_error';
  if (status === 429) return 'rate_limited';
  const lower = code.toLowerCase();
  return /^[a-z][a-z_]*$/.test(lower) ? lower : `http_${status}`;
}

export function renderError(e: MailsimError, ctx: { method: string; path: string }): RenderedError {
  const headers = { ...(e.options.headers ?? {}) };
  if (e.options.rawBody !== undefined) return { status: e.status, headers, body: e.options.rawBody };
  switch (e.kind) {
    case 'validation':
      return {
        status: 400,
        headers,
        body: body(e.code === 'invalid_request' ? e.message : 'Invalid request.', 'invalid_request', {
          errors: e.options.details ?? {},
        }),
      };
    case 'unauthorized': {
      // Engine-made 401s carry the engine's code; Gent's own constructors carry Gent's.
      const own = /^[a-z][a-z_]*$/.test(e.code);
      return {
        status: 401,
        headers,
        body: own ? body(e.message, e.code) : body(errors.unauthenticated().message, 'not_authenticated'),
      };
    }
    case 'route_not_found':
      return unknownRoute(ctx.method, ctx.path, headers);
    case 'rate_limited': {
      const retryAfter =
        typeof e.options.extras?.retry_after === 'number'
          ? e.options.extras.retry_after
          : Number(headers['retry-after'] ?? headers['Retry-After'] ?? 1);
      return {
        status: 429,
        headers,
        body: body(errors.rateLimited(retryAfter).message, 'rate_limited', { retry_after: retryAfter }),
      };
    }
    case 'idempotency_in_use':
      return {
        status: 409,
        headers,
        body: body(
          'A request with this Idempotency-Key is still in progress; retry once it completes.',
          'idempotency_key_in_progress',
        ),
      };
    case 'idempotency_mismatch':
      return {
        status: 409,
        headers,
        body: body('This Idempotency-Key was already used with a different request.', 'idempotency_key_reused'),
      };
    case 'payload_too_large':
      return { status: 413, headers, body: body('Request body is too large.', 'payload_too_large') };
    case 'unsupported_media_type':
      return {
        status: 415,
        headers,
        body: body('Unsupported media type; this endpoint takes multipart/form-data.', 'unsupported_media_type'),
      };
    case 'not_implemented':
      return { status: 501, headers, body: body(e.message, 'not_implemented') };
    case 'contract_violation':
      return { status: 500, headers, body: body(e.message, 'contract_violation') };
    case 'internal':
      return { status: 500, headers, body: body('Internal server error.', 'internal_error') };
    case 'injected': {
      const code = gentCode(e.status, e.code);
      if (e.status === 429) {
        const retryAfter = Number(headers['retry-after'] ?? headers['Retry-After'] ?? 1);
        return {
          status: 429,
          headers,
          body: body(e.message, code, { retry_after: Number.isFinite(retryAfter) ? retryAfter : 1 }),
        };
      }
      return { status: e.status, headers, body: body(e.message, code) };
    }
    default: {
      const extra: Record<string, unknown> = {};
      if (e.options.details) extra.errors = e.options.details;
      if (typeof e.options.extras?.required_scope === 'string') extra.required_scope = e.options.extras.required_scope;
      if (typeof e.options.extras?.retry_after === 'number') extra.retry_after = e.options.extras.retry_after;
      return { status: e.status, headers, body: body(e.message, e.code, extra) };
    }
  }
}
