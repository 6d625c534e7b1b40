/**
 * The control plane's one error envelope, `{"error":{"code","message"[,"details"]}}`: its named
 * errors, and how it renders the engine's outcomes. A validation failure's message names the
 * field, so a misspelled field in a control body reads as what it is.
 */
import { MailsimError } from '../engine/errors.js';
import { defaultCode, defaultStatus, describeOutcome, flattenDetails, type EngineOutcome } from '../engine/outcomes.js';
import type { RenderedError } from '../engine/provider.js';

export const controlErrors = {
  badRequest: (message: string) => new MailsimError(400, 'BAD_REQUEST', message, 'validation'),
  notFound: (message: string) => new MailsimError(404, 'NOT_FOUND', message, 'not_found'),
  conflict: (message: string) => new MailsimError(409, 'CONFLICT', message, 'conflict'),
  timeout: (message: string) => new MailsimError(408, 'TIMEOUT', message),
};

function envelope(
  status: number,
  code: string,
  message: string,
  details?: Record<string, string[]>,
  headers: Record<string, string> = {},
): RenderedError {
  return { status, headers, body: { error: { code, message, ...(details ? { details } : {}) } }, code };
}

export function renderControlOutcome(o: EngineOutcome): RenderedError {
  switch (o.kind) {
    case 'invalid_request':
      return envelope(400, 'BAD_REQUEST', flattenDetails(o.details), o.details);
    case 'malformed_body':
      return envelope(400, 'BAD_REQUEST', `malformed ${o.format === 'other' ? '' : `${o.format} `}body: ${o.syntax}`);
    case 'unknown_route':
    case 'method_not_allowed':
      return envelope(404, 'NOT_FOUND', `no control endpoint ${o.method} ${o.path}`);
    case 'unauthenticated':
      return envelope(
        401,
        'UNAUTHORIZED',
        'the control plane needs the --control-token (Authorization: Bearer <token> or x-mailsim-token)',
      );
    default:
      return envelope(defaultStatus(o), defaultCode(o), describeOutcome(o));
  }
}

export function renderControlError(e: MailsimError): RenderedError {
  if (e.options.exactBody !== undefined)
    return { status: e.status, headers: { ...e.options.headers }, body: e.options.exactBody, code: e.code };
  return envelope(e.status, e.code, e.message, e.options.details, { ...e.options.headers });
}
