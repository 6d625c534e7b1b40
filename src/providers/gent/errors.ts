/**
 * Gent's errors: named constructors and the renderers of every error, engine-made ones included, in
 * the envelope chosen for Gent (contracts/gent.md §Errors): `{"detail": "<message>", "code":
 * "<snake_case>"}` plus `errors` on validation failures, `required_scope` on a missing scope and
 * `retry_after` on a 429. The `code` is also what the journal records.
 */
import { MailsimError, type ErrorKind } from '../../engine/errors.js';
import { describeOutcome, statusCode, type EngineOutcome } from '../../engine/outcomes.js';
import type { RenderedError, RequestFacts } from '../../engine/provider.js';
import { slashedPath } from './domain/contract.js';

/** A Gent error with the envelope's extra top-level fields (`required_scope`, `retry_after`). */
export class GentError extends MailsimError {
  constructor(
    status: number,
    code: string,
    detail: string,
    kind: ErrorKind,
    readonly extra: Record<string, unknown>,
  ) {
    super(status, code, detail, kind);
  }
}

const make = (status: number, code: string, detail: string, kind: ErrorKind = 'provider'): MailsimError =>
  new MailsimError(status, code, detail, kind);

const NOT_AUTHENTICATED = 'Authentication credentials were not provided or are not valid.';

/** Gent's wording of a 429 (the engine's limiter and an injected 429 say the same). */
const throttled = (seconds: number): string => `Request was throttled. Expected available in ${seconds} seconds.`;

export const errors = {
  /** 400 with `errors` naming each field. */
  invalid: (fields: Record<string, string[]>, detail = 'Invalid request.') =>
    new MailsimError(400, 'invalid_request', detail, 'validation', { details: fields }),
  field: (field: string, message: string) => errors.invalid({ [field]: [message] }),
  badRequest: (code: string, detail: string) => make(400, code, detail),
  invalidCredentials: () => make(401, 'invalid_credentials', 'Invalid email or password.', 'unauthorized'),
  invalidToken: () => make(401, 'invalid_token', 'The refresh token is invalid or has expired.', 'unauthorized'),
  missingScope: (scope: string) =>
    new GentError(403, 'missing_scope', `This token lacks the scope this endpoint needs: ${scope}.`, 'forbidden', {
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
  conflict: (code: string, detail: string) => make(409, code, detail, 'conflict'),
  fileTooLarge: (maxBytes: number) => make(413, 'file_too_large', `The file is over ${maxBytes / (1024 * 1024)} MB.`),
};

function envelope(
  status: number,
  code: string,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): RenderedError {
  return { status, headers, body: { detail, code, ...extra }, code };
}

const invalid = (fields: Record<string, string[]>): RenderedError =>
  envelope(400, 'invalid_request', 'Invalid request.', { errors: fields });

/** The code of an injected fault in Gent's snake_case (`upstream_error` for a 502). */
function faultCode(status: number, code: string | undefined): string {
  if (status === 502) return 'upstream_error';
  if (status === 429) return 'rate_limited';
  const lower = (code ?? statusCode(status)).toLowerCase();
  return /^[a-z][a-z0-9_]*$/.test(lower) ? lower : statusCode(status).toLowerCase();
}

/** Engine-made outcomes in Gent's envelope. */
export function renderOutcome(o: EngineOutcome, req: RequestFacts): RenderedError {
  switch (o.kind) {
    case 'unauthenticated':
      return envelope(401, 'not_authenticated', NOT_AUTHENTICATED);
    case 'unknown_route': {
      // Gent's paths end with a slash; a request without it is told the path it meant.
      const slashed = slashedPath(o.path);
      if (slashed) return envelope(404, 'not_found', `Not found. Gent paths end with a slash: use ${slashed}`);
      return envelope(404, 'not_found', `Not found: ${o.method} ${o.path}`);
    }
    case 'method_not_allowed':
      return envelope(
        405,
        'method_not_allowed',
        `Method "${req.method}" not allowed.`,
        {},
        { allow: o.allowed.join(', ') },
      );
    case 'payload_too_large':
      return envelope(413, 'payload_too_large', 'Request body is too large.');
    case 'unsupported_media_type':
      return envelope(
        415,
        'unsupported_media_type',
        `Unsupported media type; this endpoint takes ${o.expected.join(' or ')}.`,
      );
    case 'malformed_body':
      return invalid({ body: [o.format === 'multipart' ? 'malformed multipart body' : 'malformed JSON'] });
    case 'invalid_request':
      return invalid(o.details);
    case 'rate_limited':
      return envelope(429, 'rate_limited', throttled(o.retryAfterSeconds), { retry_after: o.retryAfterSeconds });
    case 'idempotency_in_use':
      return envelope(
        409,
        'idempotency_key_in_progress',
        'A request with this Idempotency-Key is still in progress; retry once it completes.',
      );
    case 'idempotency_mismatch':
      return envelope(409, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request.');
    case 'not_implemented':
      return envelope(501, 'not_implemented', describeOutcome(o));
    case 'contract_violation':
      return envelope(500, 'contract_violation', describeOutcome(o));
    case 'injected_fault': {
      const code = faultCode(o.status, o.code);
      if (o.status === 429) {
        const retryAfter = o.retryAfterSeconds ?? 1;
        return envelope(429, code, o.message ?? throttled(retryAfter), { retry_after: retryAfter });
      }
      return envelope(o.status, code, describeOutcome(o));
    }
    case 'internal':
      return envelope(500, 'internal_error', 'Internal server error.');
  }
}

/** Errors Gent's own handlers, authenticate and authorize throw. */
export function renderError(e: MailsimError): RenderedError {
  const headers = { ...(e.options.headers ?? {}) };
  if (e.options.exactBody !== undefined) return { status: e.status, headers, body: e.options.exactBody, code: e.code };
  const extra: Record<string, unknown> = e instanceof GentError ? { ...e.extra } : {};
  if (e.kind === 'validation') extra.errors = e.options.details ?? {};
  return envelope(e.status, e.code, e.message, extra, headers);
}
