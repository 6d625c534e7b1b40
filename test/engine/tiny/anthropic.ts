/**
 * The tiny provider's third envelope, deliberately unlike the other two: Anthropic-style
 * `{"type":"error","error":{"type","message"},"request_id"}`, the same id in a `request-id`
 * header, ids shaped `req_` + 24 letters and digits. Each engine outcome maps to one of
 * Anthropic's error types; the journal records that type (or a fault rule's own code).
 */
import type { MailsimError } from '../../../src/engine/errors.js';
import type { IdSource } from '../../../src/engine/ids.js';
import { flattenDetails, type EngineOutcome } from '../../../src/engine/outcomes.js';
import type { RenderedError, RequestFacts } from '../../../src/engine/provider.js';

export type AnthropicErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'billing_error'
  | 'permission_error'
  | 'not_found_error'
  | 'request_too_large'
  | 'rate_limit_error'
  | 'timeout_error'
  | 'api_error'
  | 'overloaded_error';

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export const anthropicRequestId = (ids: IdSource): string => `req_${ids.token(24, ID_ALPHABET)}`;

/** The request id travels in this header on every answer, and in every error body. */
export const anthropicResponseHeaders = (req: RequestFacts): Record<string, string> => ({
  'request-id': req.requestId,
});

/** The error type an HTTP status stands for when nothing more specific is known. */
export function errorTypeFor(status: number): AnthropicErrorType {
  switch (status) {
    case 401:
      return 'authentication_error';
    case 402:
      return 'billing_error';
    case 403:
      return 'permission_error';
    case 404:
      return 'not_found_error';
    case 413:
      return 'request_too_large';
    case 429:
      return 'rate_limit_error';
    case 504:
      return 'timeout_error';
    case 529:
      return 'overloaded_error';
    default:
      return status >= 500 ? 'api_error' : 'invalid_request_error';
  }
}

const KNOWN_TYPES = new Set<string>([
  'invalid_request_error',
  'authentication_error',
  'billing_error',
  'permission_error',
  'not_found_error',
  'request_too_large',
  'rate_limit_error',
  'timeout_error',
  'api_error',
  'overloaded_error',
]);

function envelope(
  req: RequestFacts,
  status: number,
  type: AnthropicErrorType,
  message: string,
  code: string = type,
  headers: Record<string, string> = {},
): RenderedError {
  return { status, headers, body: { type: 'error', error: { type, message }, request_id: req.requestId }, code };
}

/** Engine-made outcomes, each with Anthropic's type for it and wording of this API's own. */
export function renderAnthropicOutcome(o: EngineOutcome, req: RequestFacts): RenderedError {
  switch (o.kind) {
    case 'unauthenticated':
      return envelope(req, 401, 'authentication_error', 'Missing or invalid API key');
    case 'unknown_route':
      return envelope(req, 404, 'not_found_error', `Not found: ${o.method} ${o.path}`);
    case 'method_not_allowed':
      return envelope(req, 405, 'invalid_request_error', `${o.method} is not allowed; use ${o.allowed.join(' or ')}`);
    case 'payload_too_large':
      return envelope(req, 413, 'request_too_large', `Request exceeds the maximum size of ${o.limitBytes} bytes`);
    case 'unsupported_media_type':
      return envelope(req, 415, 'invalid_request_error', `content-type must be ${o.expected.join(' or ')}`);
    case 'malformed_body': {
      const what = { json: 'valid JSON', multipart: 'valid multipart form data', other: 'readable' }[o.format];
      return envelope(req, 400, 'invalid_request_error', `The request body is not ${what}`);
    }
    case 'invalid_request':
      return envelope(req, 400, 'invalid_request_error', flattenDetails(o.details));
    case 'rate_limited':
      return envelope(req, 429, 'rate_limit_error', `Too many requests; retry in ${o.retryAfterSeconds} s`);
    case 'idempotency_in_use':
      return envelope(req, 409, 'invalid_request_error', `A request with this ${o.header} is already in progress`);
    case 'idempotency_mismatch':
      return envelope(req, 422, 'invalid_request_error', `This ${o.header} was used for a different request`);
    case 'not_implemented':
      return envelope(req, 501, 'api_error', `${o.operationId} is not available in this emulator`);
    case 'contract_violation':
      return envelope(req, 500, 'api_error', `The emulator's answer to ${o.operationId} broke its contract`);
    case 'injected_fault': {
      const named = o.code !== undefined && KNOWN_TYPES.has(o.code);
      const type = named ? (o.code as AnthropicErrorType) : errorTypeFor(o.status);
      return envelope(req, o.status, type, o.message ?? `Injected failure (HTTP ${o.status})`, o.code ?? type);
    }
    case 'internal':
      return envelope(req, 500, 'api_error', 'Internal server error');
  }
}

/** Errors the tiny handlers throw, in the same envelope; the journal keeps the handler's own code. */
export function renderAnthropicError(e: MailsimError, req: RequestFacts): RenderedError {
  return envelope(req, e.status, errorTypeFor(e.status), e.message, e.code, { ...(e.options.headers ?? {}) });
}
