/**
 * The one error type the engine knows. Providers render it in their own envelope
 * (see each provider's errors.ts); the engine only decides status and kind.
 */
export type ErrorKind =
  | 'validation'          // request failed the contract
  | 'unauthorized'        // no or bad credentials
  | 'forbidden'
  | 'not_found'           // a resource the handler looked up does not exist (or is another tenant's)
  | 'route_not_found'     // no contract operation matches method + path
  | 'rate_limited'
  | 'idempotency_in_use'  // same Idempotency-Key still in flight
  | 'idempotency_mismatch'// same key, different request
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'not_implemented'     // contract operation without a handler
  | 'contract_violation'  // our own response broke the contract (strict mode)
  | 'injected'            // fault injection asked for this status
  | 'provider'            // a provider-specific error code chosen by a handler
  | 'internal';

export interface ErrorOptions {
  /** Field → messages, for validation errors. */
  details?: Record<string, string[]>;
  /** Extra response headers, e.g. Retry-After. */
  headers?: Record<string, string>;
  /** Extra top-level fields a provider may add to its envelope. */
  extras?: Record<string, unknown>;
  /** When set, the provider renders exactly this body instead of its envelope (real non-envelope errors). */
  rawBody?: unknown;
}

export class MailsimError extends Error {
  constructor(
    readonly status: number,
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
  (details[field] ??= []).push(message);
}
