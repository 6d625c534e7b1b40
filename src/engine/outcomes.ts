/**
 * The answers the engine itself produces, as typed values. The engine decides *that* a request
 * fails and why; each API renders the outcome in its own envelope, headers and wording (its
 * `renderOutcome`), so nothing here names a provider or carries a provider's text.
 */
import type { Violation } from './contract.js';
import type { LimitState, RateLimitPolicy } from './ratelimit.js';

export type EngineOutcome =
  /** No usable credentials on a route that needs them. */
  | { kind: 'unauthenticated' }
  /** No contract operation has this path. */
  | { kind: 'unknown_route'; method: string; path: string }
  /** The path exists, but not with this method. */
  | { kind: 'method_not_allowed'; method: string; path: string; allowed: string[] }
  | { kind: 'payload_too_large'; limitBytes: number }
  /** The operation takes only these media types (e.g. a multipart upload). */
  | { kind: 'unsupported_media_type'; expected: string[] }
  /** The body could not be parsed at all (`syntax` is the parser's own message). */
  | { kind: 'malformed_body'; format: 'json' | 'multipart' | 'other'; syntax: string }
  /** The request broke the contract: field → messages. */
  | { kind: 'invalid_request'; details: Record<string, string[]> }
  | { kind: 'rate_limited'; retryAfterSeconds: number; policy: RateLimitPolicy; state: LimitState }
  /** A request under the same Idempotency-Key is still running. */
  | { kind: 'idempotency_in_use'; header: string }
  /** The same Idempotency-Key came with a different request. */
  | { kind: 'idempotency_mismatch'; header: string }
  | { kind: 'not_implemented'; operationId: string }
  /** The emulator's own answer broke the contract (strict validation). */
  | { kind: 'contract_violation'; operationId: string; status: number; violations: Violation[] }
  /** Fault injection asked for this status. `code`/`message` when the rule named them. */
  | { kind: 'injected_fault'; status: number; code?: string; message?: string; retryAfterSeconds?: number }
  /** An unexpected error in the emulator. */
  | { kind: 'internal' };

export type OutcomeKind = EngineOutcome['kind'];

/** The status each outcome has unless the API renders it otherwise. */
export function defaultStatus(o: EngineOutcome): number {
  switch (o.kind) {
    case 'unauthenticated':
      return 401;
    case 'unknown_route':
      return 404;
    case 'method_not_allowed':
      return 405;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'malformed_body':
    case 'invalid_request':
      return 400;
    case 'rate_limited':
      return 429;
    case 'idempotency_in_use':
      return 409;
    case 'idempotency_mismatch':
      return 422;
    case 'not_implemented':
      return 501;
    case 'contract_violation':
    case 'internal':
      return 500;
    case 'injected_fault':
      return o.status;
  }
}

const STATUS_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  402: 'PAYMENT_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'REQUEST_TIMEOUT',
  409: 'CONFLICT',
  410: 'GONE',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE_ENTITY',
  429: 'RATE_LIMIT_EXCEEDED',
  500: 'INTERNAL_ERROR',
  501: 'NOT_IMPLEMENTED',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
  529: 'OVERLOADED',
};

/** A machine code for an HTTP status (`NOT_FOUND`), for journals and for APIs without codes of their own. */
export function statusCode(status: number): string {
  return STATUS_CODES[status] ?? `HTTP_${status}`;
}

/** The machine code the journal records for an outcome when the API's rendering names none. */
export function defaultCode(o: EngineOutcome): string {
  switch (o.kind) {
    case 'unauthenticated':
      return 'UNAUTHENTICATED';
    case 'unknown_route':
      return 'ROUTE_NOT_FOUND';
    case 'method_not_allowed':
      return 'METHOD_NOT_ALLOWED';
    case 'payload_too_large':
      return 'PAYLOAD_TOO_LARGE';
    case 'unsupported_media_type':
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 'malformed_body':
      return 'MALFORMED_BODY';
    case 'invalid_request':
      return 'VALIDATION_ERROR';
    case 'rate_limited':
      return 'RATE_LIMIT_EXCEEDED';
    case 'idempotency_in_use':
      return 'IDEMPOTENCY_KEY_IN_USE';
    case 'idempotency_mismatch':
      return 'IDEMPOTENCY_KEY_REUSED';
    case 'not_implemented':
      return 'NOT_IMPLEMENTED';
    case 'contract_violation':
      return 'CONTRACT_VIOLATION';
    case 'injected_fault':
      return o.code ?? statusCode(o.status);
    case 'internal':
      return 'INTERNAL_ERROR';
  }
}

/**
 * A plain-English sentence for an outcome, for APIs whose envelope wants a message and that have
 * no wording of their own for it.
 */
export function describeOutcome(o: EngineOutcome): string {
  switch (o.kind) {
    case 'unauthenticated':
      return 'Authentication required: missing or invalid credentials';
    case 'unknown_route':
      return `No route matches ${o.method} ${o.path}`;
    case 'method_not_allowed':
      return `${o.method} is not allowed on ${o.path} (allowed: ${o.allowed.join(', ')})`;
    case 'payload_too_large':
      return `Request body exceeds ${o.limitBytes} bytes`;
    case 'unsupported_media_type':
      return `Content-Type must be ${o.expected.join(' or ')}`;
    case 'malformed_body':
      return `Malformed ${o.format === 'other' ? '' : `${o.format} `}request body: ${o.syntax}`;
    case 'invalid_request':
      return `Request validation failed: ${flattenDetails(o.details)}`;
    case 'rate_limited':
      return `Rate limit exceeded; retry in ${o.retryAfterSeconds} seconds`;
    case 'idempotency_in_use':
      return 'A request with this idempotency key is still being processed; retry after it completes';
    case 'idempotency_mismatch':
      return 'This idempotency key was already used with a different request';
    case 'not_implemented':
      return `Operation ${o.operationId} is in the contract but not emulated yet`;
    case 'contract_violation': {
      const first = o.violations[0];
      const at = first?.pointer || '/';
      return `Response of ${o.operationId} (${o.status}) violates the contract at '${at}': ${first?.message ?? ''}`;
    }
    case 'injected_fault':
      return o.message ?? `Injected fault: HTTP ${o.status}`;
    case 'internal':
      return 'Internal server error';
  }
}

/** `field: message; other: message` — validation details as one line. */
export function flattenDetails(details: Record<string, string[]>): string {
  const parts = Object.entries(details).map(([field, messages]) => `${field}: ${messages.join(', ')}`);
  return parts.length ? parts.join('; ') : 'the request does not match the contract';
}

/** Thrown inside the pipeline to stop at an engine-made outcome; never leaves the engine. */
export class OutcomeSignal {
  constructor(readonly outcome: EngineOutcome) {}
}

export const fail = (outcome: EngineOutcome): OutcomeSignal => new OutcomeSignal(outcome);
