/**
 * Errors an API's own handlers raise: a status, a machine code (what the journal records) and a
 * message, rendered by that API's `renderError` in its envelope. Errors the engine itself makes
 * (no credentials, unknown route, rate limited…) are typed outcomes instead (see outcomes.ts).
 */
import { own, setOwn } from './own.js';

export type ErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'provider'
  | 'internal';

export interface ErrorOptions {
  /** Field → messages, for validation errors. */
  details?: Record<string, string[]>;
  /** Extra response headers, e.g. Retry-After. */
  headers?: Record<string, string>;
  /** When set, the API answers exactly this body instead of its envelope (real non-envelope errors). */
  exactBody?: unknown;
}

export class MailsimError extends Error {
  constructor(
    readonly status: number,
    /** A machine code, e.g. `NOT_FOUND` or `invalid_signature`: the journal records it. */
    readonly code: string,
    message: string,
    readonly kind: ErrorKind = 'provider',
    readonly options: ErrorOptions = {},
  ) {
    super(message);
    this.name = 'MailsimError';
  }
}

export const isMailsimError = (e: unknown): e is MailsimError => e instanceof MailsimError;

/** Field → messages map built from a path like "to.0" and a message. */
export function addDetail(details: Record<string, string[]>, field: string, message: string): void {
  const list = own(details, field);
  if (list) list.push(message);
  else setOwn(details, field, [message]);
}
