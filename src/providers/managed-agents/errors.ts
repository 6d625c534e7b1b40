/**
 * The Anthropic error envelope (contracts/managed-agents.md §Errors), for every error this port
 * answers, engine-made ones included:
 *
 *   {"type":"error","error":{"type":T,"message":M,"details"?:{"error_code":C}},"request_id":"req_…"}
 *
 * The request id is the engine's id for the request (made by `requestId` below), the same one the
 * `request-id` header and the journal carry. `x-should-retry: false` goes on every deterministic
 * 4xx so the SDK does not spend its retries on an answer that cannot change (its default policy
 * retries 409s). `details.error_code` is set where the SDK maps `"<status> <code>"` to a typed
 * error class (BetaEnvironmentNotFoundError, FileNotDownloadableError, …).
 */
import { MailsimError, type ErrorKind } from '../../engine/errors.js';
import type { IdSource } from '../../engine/ids.js';
import { defaultStatus, describeOutcome, type EngineOutcome } from '../../engine/outcomes.js';
import type { RenderedError, RequestFacts } from '../../engine/provider.js';

export type AnthropicErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'conflict_error'
  | 'request_too_large'
  | 'rate_limit_error'
  | 'api_error'
  | 'overloaded_error'
  | 'timeout_error'
  | 'memory_precondition_failed_error'
  | 'memory_path_conflict_error';

interface AnthropicErrorOptions {
  /** `details.error_code`, for the SDK's code-specific error classes. */
  errorCode?: string | undefined;
  /** Further fields of the error object (the memory path conflict's `conflicting_*`). */
  fields?: Record<string, unknown>;
  kind?: ErrorKind;
}

/** An error this provider's handlers (or its authenticate/authorize) throw, with Anthropic's type. */
export class AnthropicError extends MailsimError {
  readonly errorCode: string | undefined;
  readonly fields: Record<string, unknown> | undefined;

  constructor(
    status: number,
    readonly type: AnthropicErrorType,
    message: string,
    o: AnthropicErrorOptions = {},
  ) {
    // The journal records the most specific machine code: the error_code, else the type.
    super(status, o.errorCode ?? type, message, o.kind ?? 'provider');
    this.errorCode = o.errorCode;
    this.fields = o.fields;
  }
}

const quoted = (s: string): string => JSON.stringify(s);

export const errors = {
  invalidRequest: (message: string, errorCode?: string) =>
    new AnthropicError(400, 'invalid_request_error', message, { errorCode }),
  invalidMetadata: (message: string) =>
    new AnthropicError(400, 'invalid_request_error', message, { errorCode: 'invalid_metadata' }),
  invalidKey: () => new AnthropicError(401, 'authentication_error', 'invalid x-api-key', { kind: 'unauthorized' }),
  permission: (message: string, errorCode?: string) =>
    new AnthropicError(403, 'permission_error', message, { errorCode, kind: 'forbidden' }),
  notFound: (what: string, id: string, errorCode?: string) =>
    new AnthropicError(404, 'not_found_error', `${what} ${quoted(id)} not found`, { errorCode, kind: 'not_found' }),
  fileExpired: (id: string) =>
    new AnthropicError(404, 'not_found_error', `file ${quoted(id)} has expired; its content is no longer available`, {
      errorCode: 'file_expired',
      kind: 'not_found',
    }),
  /** An update to an archived resource (archiving is one-way). */
  archived: (what: string, id: string, errorCode?: string) =>
    new AnthropicError(400, 'invalid_request_error', `${what} ${quoted(id)} is archived and cannot be updated`, {
      errorCode,
    }),
  conflict: (message: string, errorCode?: string) =>
    new AnthropicError(409, 'conflict_error', message, { errorCode, kind: 'conflict' }),
  memoryPrecondition: (message: string) =>
    new AnthropicError(409, 'memory_precondition_failed_error', message, { kind: 'conflict' }),
  memoryPathConflict: (path: string, memoryId: string, conflictingPath: string) =>
    new AnthropicError(
      409,
      'memory_path_conflict_error',
      `path ${quoted(path)} conflicts with the memory at ${quoted(conflictingPath)}`,
      { fields: { conflicting_memory_id: memoryId, conflicting_path: conflictingPath }, kind: 'conflict' },
    ),
};

const TYPE_BY_STATUS: Record<number, AnthropicErrorType> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  408: 'timeout_error',
  409: 'conflict_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  504: 'timeout_error',
  529: 'overloaded_error',
};

const KNOWN_TYPES: ReadonlySet<string> = new Set(Object.values(TYPE_BY_STATUS));

export function typeForStatus(status: number): AnthropicErrorType {
  return TYPE_BY_STATUS[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error');
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Request ids in Anthropic's form (`req_01` + 22 base58), from the engine's id source. */
export const requestId = (ids: IdSource): string => `req_01${ids.token(22, BASE58)}`;

/** Every answer, engine-made ones included, names its request in `request-id`. */
export const responseHeaders = (req: RequestFacts): Record<string, string> => ({ 'request-id': req.requestId });

/** Ajv's messages as pydantic-style ones, the wording Anthropic's validation errors use. */
function fieldMessage(field: string, message: string): string {
  if (message.startsWith('must have required property')) return `${field}: Field required`;
  if (message.startsWith('must NOT have additional property')) return `${field}: Extra inputs are not permitted`;
  return `${field}: ${message}`;
}

function validationMessage(details: Record<string, string[]>): string {
  const parts = Object.entries(details).flatMap(([field, messages]) => messages.map((m) => fieldMessage(field, m)));
  return parts.length ? parts.join('; ') : 'Request validation failed';
}

interface Envelope {
  status: number;
  type: AnthropicErrorType;
  message: string;
  /** The journal's machine code; the type when absent. */
  code?: string;
  errorCode?: string;
  /** Further keys of `details` (next to `error_code`). */
  details?: Record<string, unknown>;
  /** Extra keys on the error object. */
  fields?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Whether the SDK may retry (false adds `x-should-retry: false` to a 4xx). */
  retryable?: boolean;
}

function envelope(req: RequestFacts, e: Envelope): RenderedError {
  const headers: Record<string, string> = { ...e.headers };
  const deterministic = e.status >= 400 && e.status < 500 && e.status !== 408 && e.status !== 429;
  if (deterministic && e.retryable !== true) headers['x-should-retry'] = 'false';
  const details = e.errorCode ? { error_code: e.errorCode, ...e.details } : e.details;
  const error = { type: e.type, message: e.message, ...(details ? { details } : {}), ...e.fields };
  const body = { type: 'error', error, request_id: req.requestId };
  return { status: e.status, headers, body, code: e.code ?? e.type };
}

const simple = (req: RequestFacts, status: number, message: string, code?: string): RenderedError =>
  envelope(req, { status, type: typeForStatus(status), message, ...(code ? { code } : {}) });

/** Engine-made outcomes, as Anthropic's API (and openma's Hono app) answers them. */
export function renderOutcome(o: EngineOutcome, req: RequestFacts): RenderedError {
  switch (o.kind) {
    case 'unauthenticated':
      return simple(req, 401, 'x-api-key header is required');
    case 'unknown_route':
    case 'method_not_allowed':
      // Hono has no 405: a path without this method is a 404 like an unknown path (contracts/managed-agents.md §Auth).
      return simple(req, 404, 'Not Found');
    case 'payload_too_large':
      return simple(req, 413, 'Request exceeds the maximum allowed number of bytes.');
    case 'unsupported_media_type':
      // A 400 like any other unreadable body (contracts/managed-agents.md §Errors): no 415 is declared.
      return simple(req, 400, describeOutcome(o));
    case 'malformed_body':
      if (o.format === 'json') return simple(req, 400, `There was an issue with the JSON body: ${o.syntax}`);
      return simple(req, 400, `malformed ${o.format} body: ${o.syntax}`);
    case 'invalid_request':
      return simple(req, 400, validationMessage(o.details));
    case 'rate_limited':
      return simple(req, 429, 'Number of requests has exceeded your rate limit. Please try again later.');
    case 'idempotency_in_use':
    case 'idempotency_mismatch':
      // No idempotency policy here (contracts/managed-agents.md §Idempotency); rendered for completeness.
      return simple(req, defaultStatus(o), describeOutcome(o));
    case 'not_implemented':
      return envelope(req, { status: 501, type: 'api_error', message: describeOutcome(o) });
    case 'contract_violation':
      return envelope(req, {
        status: 500,
        type: 'api_error',
        message: describeOutcome(o),
        code: 'contract_violation',
        errorCode: 'contract_violation',
        details: { violations: o.violations },
      });
    case 'injected_fault': {
      // A rule may name an Anthropic type, or an error_code for the SDK's typed classes. Injected
      // faults keep the SDK's default retry policy, so a test can exercise its retries.
      const named = o.code !== undefined && KNOWN_TYPES.has(o.code);
      const type = named ? (o.code as AnthropicErrorType) : typeForStatus(o.status);
      const errorCode = o.code !== undefined && !named ? o.code : undefined;
      return envelope(req, {
        status: o.status,
        type,
        message: o.message ?? describeOutcome(o),
        code: o.code ?? type,
        retryable: true,
        ...(errorCode ? { errorCode } : {}),
      });
    }
    case 'internal':
      return simple(req, 500, 'Internal server error');
  }
}

/** Errors this provider's own code threw. */
export function renderError(e: MailsimError, req: RequestFacts): RenderedError {
  const headers = e.options.headers ?? {};
  if (e instanceof AnthropicError) {
    return envelope(req, {
      status: e.status,
      type: e.type,
      message: e.message,
      code: e.code,
      headers,
      ...(e.errorCode ? { errorCode: e.errorCode } : {}),
      ...(e.fields ? { fields: e.fields } : {}),
    });
  }
  return envelope(req, { status: e.status, type: typeForStatus(e.status), message: e.message, code: e.code, headers });
}
