/**
 * Commune's errors. Commune has no single envelope; it answers in one of several families
 * (contracts/commune.md, Errors), so every constructor here fixes the exact body it sends:
 *   1. plain string            {"error":"Domain not found"}
 *   2. send validation         {"error":"Invalid request","details":[{path,message}]}
 *   3. code + message          {"error":"invalid_signature","message":"…"[, extras]}
 *   4. string + context        {"error":"Insufficient permissions","required":[…],"hint":"…"}
 *   5. provider passthrough    {"error":{…}}
 *   6. global handler          {"error":"<message>","code":"INTERNAL_ERROR"}
 */
import { MailsimError, type ErrorKind } from '../../engine/errors.js';
import { describeOutcome, statusCode, type EngineOutcome } from '../../engine/outcomes.js';
import type { RenderedError, RequestFacts } from '../../engine/provider.js';

/**
 * The machine code the journal records: Commune's own code where it sends one
 * (`invalid_signature`), else the status's (`NOT_FOUND` for "Domain not found").
 */
function machineCode(status: number, body: Record<string, unknown>): string {
  const error = body.error;
  if (typeof error === 'string' && /^[A-Za-z][A-Za-z0-9_]*$/.test(error)) return error;
  if (typeof body.code === 'string' && /^[A-Za-z][A-Za-z0-9_]*$/.test(body.code) && body.code !== 'INTERNAL_ERROR')
    return body.code;
  return statusCode(status);
}

const make = (
  status: number,
  body: Record<string, unknown>,
  kind: ErrorKind = 'provider',
  headers?: Record<string, string>,
): MailsimError =>
  new MailsimError(
    status,
    machineCode(status, body),
    typeof body.message === 'string' ? body.message : String(body.error),
    kind,
    { exactBody: body, ...(headers ? { headers } : {}) },
  );

export const errors = {
  /** Family 1. */
  plain: (status: number, message: string) => make(status, { error: message }),
  /** Family 3. */
  coded: (status: number, code: string, message: string, extras: Record<string, unknown> = {}) =>
    make(status, { error: code, message, ...extras }),
  /** Family 4. */
  context: (status: number, message: string, extras: Record<string, unknown>, headers?: Record<string, string>) =>
    make(status, { error: message, ...extras }, 'provider', headers),
  /** Family 2: the zod-shaped send validation. */
  invalidRequest: (details: { path: string; message: string }[]) =>
    make(400, { error: 'Invalid request', details }, 'validation'),
  /** Family 6. */
  global: (status: number, message: string) => make(status, { error: message, code: 'INTERNAL_ERROR' }),
  /** Family 5: the sending provider's error object passed through inside `error`. */
  provider: (status: number, error: Record<string, unknown>) => make(status, { error }),

  missingAuthorization: () => make(401, { error: 'Missing Authorization header' }, 'unauthorized'),
  invalidApiKey: () => make(401, { error: 'Invalid or expired API key' }, 'unauthorized'),
  invalidAuthorizationFormat: () =>
    make(
      401,
      {
        error: 'invalid_authorization_format',
        message: 'Use: Authorization: Bearer {comm_api_key}  or  Authorization: Agent {agentId}:{signature}',
      },
      'unauthorized',
    ),
  insufficientPermissions: (required: string[]) =>
    make(
      403,
      {
        error: 'Insufficient permissions',
        required,
        hint: `Your API key needs the following permission(s): ${required.join(', ')}`,
      },
      'forbidden',
    ),
  featureRequiresPaidPlan: (feature: string, currentTier: string) =>
    make(
      403,
      {
        error: 'This feature requires a paid plan',
        feature,
        current_tier: currentTier,
        required_tier: 'agent_pro',
        upgrade_url: '/dashboard/billing',
      },
      'forbidden',
    ),
};

const answer = (status: number, body: unknown, headers: Record<string, string> = {}, code?: string): RenderedError => ({
  status,
  headers,
  body,
  code:
    code ??
    (body && typeof body === 'object' ? machineCode(status, body as Record<string, unknown>) : statusCode(status)),
});

const invalidRequest = (details: Record<string, string[]>): RenderedError =>
  answer(
    400,
    {
      error: 'Invalid request',
      details: Object.entries(details).flatMap(([path, messages]) => messages.map((message) => ({ path, message }))),
    },
    {},
    'VALIDATION_ERROR',
  );

/** Engine-made outcomes, as Commune's Express app answers them. */
export function renderOutcome(o: EngineOutcome, req: RequestFacts): RenderedError {
  switch (o.kind) {
    case 'unauthenticated':
      return answer(
        401,
        { error: req.headers.authorization ? 'Invalid or expired API key' : 'Missing Authorization header' },
        {},
        'UNAUTHENTICATED',
      );
    case 'unknown_route':
    case 'method_not_allowed':
      // Express's default 404 page (HTML), which is what the real server answers after auth.
      return answer(
        404,
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n' +
          `<pre>Cannot ${req.method} ${req.path}</pre>\n</body>\n</html>\n`,
        { 'content-type': 'text/html; charset=utf-8' },
        'ROUTE_NOT_FOUND',
      );
    case 'malformed_body':
      // Express's JSON parser fails before any route, into the global handler; so does a multipart
      // parser's error, and a GlobalError is what every operation declares for a 400.
      return answer(
        400,
        { error: o.format === 'json' ? o.syntax : `Malformed multipart body: ${o.syntax}`, code: 'INTERNAL_ERROR' },
        {},
        'MALFORMED_BODY',
      );
    case 'unsupported_media_type':
      if (o.expected.some((t) => t.startsWith('multipart/'))) {
        return answer(
          415,
          { error: 'Expected a multipart/form-data upload', code: 'UNSUPPORTED_MEDIA_TYPE' },
          {},
          'UNSUPPORTED_MEDIA_TYPE',
        );
      }
      return invalidRequest({});
    case 'invalid_request':
      return invalidRequest(o.details);
    case 'payload_too_large':
      return answer(413, { error: 'request entity too large', code: 'INTERNAL_ERROR' }, {}, 'PAYLOAD_TOO_LARGE');
    case 'internal':
      return answer(500, { error: 'Internal server error', code: 'INTERNAL_ERROR' }, {}, 'INTERNAL_ERROR');
    case 'contract_violation':
      return answer(
        500,
        { error: describeOutcome(o), code: 'CONTRACT_VIOLATION', operationId: o.operationId, violations: o.violations },
        {},
        'CONTRACT_VIOLATION',
      );
    case 'rate_limited':
      return answer(429, { error: describeOutcome(o), code: 'RATE_LIMIT_EXCEEDED' }, {}, 'RATE_LIMIT_EXCEEDED');
    case 'idempotency_in_use':
      return answer(409, { error: describeOutcome(o), code: 'IDEMPOTENCY_KEY_IN_USE' }, {}, 'IDEMPOTENCY_KEY_IN_USE');
    case 'idempotency_mismatch':
      return answer(422, { error: describeOutcome(o), code: 'IDEMPOTENCY_KEY_REUSED' }, {}, 'IDEMPOTENCY_KEY_REUSED');
    case 'not_implemented':
      return answer(501, { error: describeOutcome(o), code: 'NOT_IMPLEMENTED' }, {}, 'NOT_IMPLEMENTED');
    case 'injected_fault': {
      const code = o.code ?? statusCode(o.status);
      return answer(o.status, { error: describeOutcome(o), code }, {}, code);
    }
  }
}

/** Errors Commune's handlers throw carry their exact body. */
export function renderError(e: MailsimError): RenderedError {
  const headers = { ...(e.options.headers ?? {}) };
  if (e.options.exactBody !== undefined) return { status: e.status, headers, body: e.options.exactBody, code: e.code };
  return answer(e.status, { error: e.message, code: e.code }, headers, e.code);
}
