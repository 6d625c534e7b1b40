/**
 * The Anthropic error envelope (contracts/managed-agents.md §Errors), for every error this port
 * answers, engine-made ones included:
 *
 *   {"type":"error","error":{"type":T,"message":M,"details"?:{"error_code":C}},"request_id":"req_…"}
 *
 * plus a `request-id` header with the same id, and `x-should-retry: false` on every deterministic
 * 4xx so the SDK does not spend its retries on an answer that cannot change (its default policy
 * retries 409s). `details.error_code` is set where the SDK maps `"<status> <code>"` to a typed
 * error class (BetaEnvironmentNotFoundError, FileNotDownloadableError, …).
 */
import { randomBytes } from 'node:crypto';
import { MailsimError, type ErrorKind } from '../../engine/errors.js';
import type { RenderedError } from '../../engine/provider.js';

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

interface AnthropicExtras {
  anthropicType: AnthropicErrorType;
  errorCode?: string;
  /** Further fields of the error object (the memory path conflict's `conflicting_*`). */
  fields?: Record<string, unknown>;
}

function make(
  status: number,
  type: AnthropicErrorType,
  message: string,
  o: { errorCode?: string; fields?: Record<string, unknown>; kind?: ErrorKind } = {},
): MailsimError {
  const extras: AnthropicExtras = {
    anthropicType: type,
    ...(o.errorCode ? { errorCode: o.errorCode } : {}),
    ...(o.fields ? { fields: o.fields } : {}),
  };
  return new MailsimError(status, o.errorCode ?? type, message, o.kind ?? 'provider', {
    extras: extras as unknown as Record<string, unknown>,
  });
}

export const errors = {
  invalidRequest: (message: string, errorCode?: string) =>
    make(400, 'invalid_request_error', message, errorCode ? { errorCode } : {}),
  invalidMetadata: (message: string) => make(400, 'invalid_request_error', message, { errorCode: 'invalid_metadata' }),
  missingKey: () => make(401, 'authentication_error', 'x-api-key header is required', { kind: 'unauthorized' }),
  invalidKey: () => make(401, 'authentication_error', 'invalid x-api-key', { kind: 'unauthorized' }),
  permission: (message: string, errorCode?: string) =>
    make(403, 'permission_error', message, { kind: 'forbidden', ...(errorCode ? { errorCode } : {}) }),
  notFound: (what: string, id: string, errorCode?: string) =>
    make(404, 'not_found_error', `${what} ${JSON.stringify(id)} not found`, {
      kind: 'not_found',
      ...(errorCode ? { errorCode } : {}),
    }),
  fileExpired: (id: string) =>
    make(404, 'not_found_error', `file ${JSON.stringify(id)} has expired; its content is no longer available`, {
      kind: 'not_found',
      errorCode: 'file_expired',
    }),
  conflict: (message: string, errorCode?: string) =>
    make(409, 'conflict_error', message, errorCode ? { errorCode } : {}),
  memoryPrecondition: (message: string) => make(409, 'memory_precondition_failed_error', message),
  memoryPathConflict: (path: string, memoryId: string, conflictingPath: string) =>
    make(
      409,
      'memory_path_conflict_error',
      `path ${JSON.stringify(path)} conflicts with the memory at ${JSON.stringify(conflictingPath)}`,
      {
        fields: { conflicting_memory_id: memoryId, conflicting_path: conflictingPath },
      },
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

export function typeForStatus(status: number): AnthropicErrorType {
  return TYPE_BY_STATUS[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error');
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/**
 * A request id for an error answer. The engine does not hand its own id to `renderError`, so error
 * answers carry one made here (successful answers carry the engine's, which the journal shows).
 */
export function newRequestId(): string {
  const bytes = randomBytes(22);
  let s = '';
  for (const b of bytes) s += BASE58[b % BASE58.length];
  return `req_01${s}`;
}

/** Ajv's messages as pydantic-style ones, the wording Anthropic's validation errors use. */
function fieldMessage(field: string, message: string): string {
  if (message.startsWith('must have required property')) return `${field}: Field required`;
  if (message.startsWith('must NOT have additional property')) return `${field}: Extra inputs are not permitted`;
  return `${field}: ${message}`;
}

function validationMessage(e: MailsimError): string {
  const malformed = e.options.extras?.malformedJson;
  if (typeof malformed === 'string') return `There was an issue with the JSON body: ${malformed}`;
  const parts = Object.entries(e.options.details ?? {}).flatMap(([field, messages]) =>
    messages.map((m) => fieldMessage(field, m)),
  );
  return parts.length ? parts.join('; ') : 'Request validation failed';
}

/** Status, type and message of an error, by who made it. */
function classify(e: MailsimError): {
  status: number;
  type: AnthropicErrorType;
  message: string;
  extras: AnthropicExtras | null;
} {
  const extras = (e.options.extras?.anthropicType ? e.options.extras : null) as AnthropicExtras | null;
  if (extras) return { status: e.status, type: extras.anthropicType, message: e.message, extras };
  switch (e.kind) {
    case 'validation':
      return { status: 400, type: 'invalid_request_error', message: validationMessage(e), extras: null };
    case 'unauthorized':
      return { status: 401, type: 'authentication_error', message: 'x-api-key header is required', extras: null };
    case 'route_not_found':
      return { status: 404, type: 'not_found_error', message: 'Not Found', extras: null };
    case 'payload_too_large':
      return {
        status: 413,
        type: 'request_too_large',
        message: 'Request exceeds the maximum allowed number of bytes.',
        extras: null,
      };
    case 'unsupported_media_type':
      return { status: 415, type: 'invalid_request_error', message: e.message, extras: null };
    case 'internal':
      return { status: 500, type: 'api_error', message: 'Internal server error', extras: null };
    case 'not_implemented':
      return { status: 501, type: 'api_error', message: e.message, extras: null };
    default:
      return { status: e.status, type: typeForStatus(e.status), message: e.message, extras: null };
  }
}

export function renderError(e: MailsimError): RenderedError {
  const { status, type, message, extras } = classify(e);
  const requestId = newRequestId();
  const headers: Record<string, string> = { ...(e.options.headers ?? {}), 'request-id': requestId };
  // Injected faults keep the SDK's default retry policy, so a test can exercise its retries.
  const deterministic = status >= 400 && status < 500 && status !== 408 && status !== 429 && e.kind !== 'injected';
  if (deterministic) headers['x-should-retry'] = 'false';
  const error: Record<string, unknown> = {
    type,
    message,
    ...(extras?.errorCode ? { details: { error_code: extras.errorCode } } : {}),
    ...(extras?.fields ?? {}),
  };
  if (e.kind === 'contract_violation')
    error.details = { error_code: 'contract_violation', violations: e.options.extras?.violations };
  return { status, headers, body: { type: 'error', error, request_id: requestId } };
}
