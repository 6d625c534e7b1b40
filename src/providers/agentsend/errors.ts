/**
 * AgentSend's errors: named constructors with the provider's codes and wording, and the one
 * function that renders any MailsimError in AgentSend's envelope
 * `{"error":{"code","message","status"[,"details"]}}`.
 */
import { MailsimError } from '../../engine/errors.js';
import type { RenderedError } from '../../engine/provider.js';

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

const err = (status: number, code: string, message: string, options = {}): MailsimError => new MailsimError(status, code, message, 'provider', options);

export const errors = {
  notFound: (kind: ResourceKind, id: string) => new MailsimError(404, 'NOT_FOUND', `${kind} '${id}' not found`, 'not_found'),
  attachmentsNotFound: (ids: string[]) => new MailsimError(404, 'NOT_FOUND', `Attachment '${ids.join(', ')}' not found`, 'not_found'),
  validation: (details: Record<string, string[]>) => new MailsimError(400, 'VALIDATION_ERROR', MESSAGES.validation, 'validation', { details }),
  invalidInboxAddress: (address: string) => err(400, 'INVALID_INBOX_ADDRESS', `Invalid inbox address: ${address}`),
  invalidInboxDomain: (expected: string) => err(400, 'INVALID_INBOX_DOMAIN', `Inbox address domain must be ${expected}`),
  invalidInboxLocalPart: () => err(400, 'INVALID_INBOX_LOCAL_PART', 'Inbox local part may contain only lowercase letters, digits, dots, underscores and hyphens, and must start and end with a letter or digit'),
  domainNotVerified: (domain: string) => err(400, 'DOMAIN_NOT_VERIFIED', `Domain '${domain}' is not verified`),
  inboxAddressTaken: (address: string) => err(409, 'INBOX_ADDRESS_TAKEN', `Inbox address '${address}' is already taken`),
  inboxSuspended: () => err(403, 'INBOX_SUSPENDED', MESSAGES.inboxSuspended),
  dailyLimit: (limit: number) => err(429, 'RATE_LIMIT_EXCEEDED', `Inbox daily send limit reached (${limit}/day). Try again tomorrow or upgrade your plan.`),
  threadInboxMismatch: () => err(400, 'THREAD_INBOX_MISMATCH', MESSAGES.threadMismatch),
  attachmentsTooLarge: () => err(400, 'ATTACHMENTS_TOO_LARGE', MESSAGES.attachmentsTooLarge),
  attachmentTooLarge: () => err(400, 'ATTACHMENT_TOO_LARGE', MESSAGES.attachmentTooLarge),
  noFileUploaded: () => err(400, 'VALIDATION_ERROR', MESSAGES.noFile, { rawBody: { error: MESSAGES.noFile } }),
  domainExists: () => err(409, 'DOMAIN_EXISTS', 'Domain already registered'),
  domainInUse: (domain: string) => err(409, 'DOMAIN_IN_USE', `Domain '${domain}' is still used by one or more inboxes`),
  accountExists: () => err(409, 'ACCOUNT_EXISTS', 'Account already exists. Use the verification code or magic link flow to sign in.'),
  apiKeyNotFound: () => err(404, 'NOT_FOUND', MESSAGES.apiKeyNotFound, { rawBody: { error: MESSAGES.apiKeyNotFound } }),
  /** The auth routes answer their own failures with a bare string (as the real server does). */
  authPlain: (message: string) => err(400, 'VALIDATION_ERROR', message, { rawBody: { error: message } }),
};

export function renderError(e: MailsimError, ctx: { method: string; path: string }): RenderedError {
  const headers = { ...(e.options.headers ?? {}) };
  if (e.options.rawBody !== undefined) return { status: e.status, headers, body: e.options.rawBody };
  if (e.kind === 'route_not_found') {
    // Fastify's default 404 for an unknown route, which is what the real server answers.
    return { status: 404, headers, body: { message: `Route ${ctx.method}:${ctx.path} not found`, error: 'Not Found', statusCode: 404 } };
  }
  const error: Record<string, unknown> = { code: e.code, message: e.message, status: e.status };
  if (e.kind === 'validation') error.details = e.options.details ?? {};
  if (e.kind === 'contract_violation' && e.options.extras) Object.assign(error, e.options.extras);
  return { status: e.status, headers, body: { error } };
}
