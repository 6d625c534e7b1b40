/**
 * AgentSend's errors: named constructors with the provider's codes and wording, and the one
 * function that renders any MailsimError in AgentSend's envelope
 * `{"error":{"code","message","status"[,"details"]}}`.
 */
import { MailsimError } from '../../engine/errors.js';
import { describeOutcome, statusCode, type EngineOutcome } from '../../engine/outcomes.js';
import type { RenderedError, RequestFacts } from '../../engine/provider.js';

export type ResourceKind = 'Inbox' | 'Message' | 'Thread' | 'Webhook' | 'Domain' | 'Attachment';

export const MESSAGES = {
  unauthorized: 'Invalid or missing API key',
  validation: 'Request validation failed',
  inboxSuspended: 'Inbox is suspended and cannot send messages',
  threadMismatch: 'Thread does not belong to this inbox',
  attachmentsTooLarge: 'Total attachment size exceeds 25 MB limit',
  attachmentTooLarge: 'File exceeds maximum size of 10MB',
  noFile: 'No file uploaded',
  apiKeyNotFound: 'API key not found',
} as const;

const err = (status: number, code: string, message: string, options = {}): MailsimError =>
  new MailsimError(status, code, message, 'provider', options);

export const errors = {
  notFound: (kind: ResourceKind, id: string) =>
    new MailsimError(404, 'NOT_FOUND', `${kind} '${id}' not found`, 'not_found'),
  attachmentsNotFound: (ids: string[]) =>
    new MailsimError(404, 'NOT_FOUND', `Attachment '${ids.join(', ')}' not found`, 'not_found'),
  validation: (details: Record<string, string[]>) =>
    new MailsimError(400, 'VALIDATION_ERROR', MESSAGES.validation, 'validation', { details }),
  invalidInboxAddress: (address: string) => err(400, 'INVALID_INBOX_ADDRESS', `Invalid inbox address: ${address}`),
  invalidInboxDomain: (expected: string) =>
    err(400, 'INVALID_INBOX_DOMAIN', `Inbox address domain must be ${expected}`),
  invalidInboxLocalPart: () =>
    err(
      400,
      'INVALID_INBOX_LOCAL_PART',
      'Inbox local part may contain only lowercase letters, digits, dots, underscores and hyphens, ' +
        'and must start and end with a letter or digit',
    ),
  domainNotVerified: (domain: string) => err(400, 'DOMAIN_NOT_VERIFIED', `Domain '${domain}' is not verified`),
  inboxAddressTaken: (address: string) =>
    err(409, 'INBOX_ADDRESS_TAKEN', `Inbox address '${address}' is already taken`),
  inboxSuspended: () => err(403, 'INBOX_SUSPENDED', MESSAGES.inboxSuspended),
  dailyLimit: (limit: number) =>
    err(
      429,
      'RATE_LIMIT_EXCEEDED',
      `Inbox daily send limit reached (${limit}/day). Try again tomorrow or upgrade your plan.`,
    ),
  threadInboxMismatch: () => err(400, 'THREAD_INBOX_MISMATCH', MESSAGES.threadMismatch),
  attachmentsTooLarge: () => err(400, 'ATTACHMENTS_TOO_LARGE', MESSAGES.attachmentsTooLarge),
  attachmentTooLarge: () => err(400, 'ATTACHMENT_TOO_LARGE', MESSAGES.attachmentTooLarge),
  noFileUploaded: () => err(400, 'VALIDATION_ERROR', MESSAGES.noFile, { exactBody: { error: MESSAGES.noFile } }),
  domainExists: () => err(409, 'DOMAIN_EXISTS', 'Domain already registered'),
  domainInUse: (domain: string) => err(409, 'DOMAIN_IN_USE', `Domain '${domain}' is still used by one or more inboxes`),
  accountExists: () =>
    err(409, 'ACCOUNT_EXISTS', 'Account already exists. Use the verification code or magic link flow to sign in.'),
  apiKeyNotFound: () =>
    err(404, 'NOT_FOUND', MESSAGES.apiKeyNotFound, { exactBody: { error: MESSAGES.apiKeyNotFound } }),
  /** The auth routes answer their own failures with a bare string (as the real server does). */
  authPlain: (message: string) => err(400, 'VALIDATION_ERROR', message, { exactBody: { error: message } }),
};

/** AgentSend's envelope: `{"error":{"code","message","status"[,"details"]}}`. */
function envelope(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
  extra: Record<string, unknown> = {},
): RenderedError {
  return { status, headers, body: { error: { code, message, status, ...extra } }, code };
}

const validationFailed = (details: Record<string, string[]>): RenderedError =>
  envelope(400, 'VALIDATION_ERROR', MESSAGES.validation, {}, { details });

/** The real server's rate-limit message (@fastify/rate-limit's errorResponseBuilder). */
export const rateLimitMessage = (seconds: number): string => `Rate limit exceeded. Try again in ${seconds} seconds.`;

/** Engine-made outcomes, as AgentSend's Fastify server answers them. */
export function renderOutcome(o: EngineOutcome, req: RequestFacts): RenderedError {
  switch (o.kind) {
    case 'unauthenticated':
      return envelope(401, 'UNAUTHORIZED', MESSAGES.unauthorized);
    case 'unknown_route':
    case 'method_not_allowed':
      // Fastify's default 404 for an unknown route (it has no 405), which is what the real server answers.
      return {
        status: 404,
        headers: {},
        body: { message: `Route ${req.method}:${req.path} not found`, error: 'Not Found', statusCode: 404 },
        code: 'ROUTE_NOT_FOUND',
      };
    case 'payload_too_large':
      return envelope(413, 'PAYLOAD_TOO_LARGE', 'Request body is too large');
    case 'unsupported_media_type':
      if (o.expected.some((t) => t.startsWith('multipart/')))
        return envelope(415, 'UNSUPPORTED_MEDIA_TYPE', 'Expected a multipart/form-data upload');
      // The real server's JSON schema check fails on a text/plain body with empty details (contracts/agentsend.md).
      return validationFailed({});
    case 'malformed_body':
      return validationFailed({ body: [o.format === 'multipart' ? 'malformed multipart body' : 'malformed JSON'] });
    case 'invalid_request':
      return validationFailed(o.details);
    case 'rate_limited':
      return envelope(429, 'RATE_LIMIT_EXCEEDED', rateLimitMessage(o.retryAfterSeconds));
    case 'idempotency_in_use':
      return envelope(
        409,
        'IDEMPOTENCY_KEY_IN_USE',
        'A request with this Idempotency-Key is still being processed; retry after it completes.',
      );
    case 'idempotency_mismatch':
      return envelope(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request.');
    case 'not_implemented':
      return envelope(501, 'NOT_IMPLEMENTED', describeOutcome(o));
    case 'contract_violation':
      return envelope(
        500,
        'CONTRACT_VIOLATION',
        describeOutcome(o),
        {},
        { operationId: o.operationId, violations: o.violations },
      );
    case 'injected_fault': {
      const code = o.code ?? statusCode(o.status);
      const message = o.message ?? (o.status === 429 ? rateLimitMessage(o.retryAfterSeconds ?? 1) : describeOutcome(o));
      return envelope(o.status, code, message);
    }
    case 'internal':
      return envelope(500, 'INTERNAL_ERROR', 'Internal server error');
  }
}

/** Errors AgentSend's handlers throw. */
export function renderError(e: MailsimError): RenderedError {
  const headers = { ...(e.options.headers ?? {}) };
  if (e.options.exactBody !== undefined) return { status: e.status, headers, body: e.options.exactBody, code: e.code };
  return envelope(
    e.status,
    e.code,
    e.message,
    headers,
    e.kind === 'validation' ? { details: e.options.details ?? {} } : {},
  );
}
