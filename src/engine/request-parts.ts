/**
 * Small readings of a request and of stored answers, shared by the pipeline stages.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Operation } from './contract.js';

export function credentialOf(headers: IncomingHttpHeaders): string | null {
  const auth = headers.authorization;
  if (auth !== undefined && auth.length > 7 && auth.slice(0, 7).toLowerCase() === 'bearer ') return auth.slice(7).trim();
  const key = headers['x-api-key'];
  return typeof key === 'string' ? key : null;
}

export function parseQuery(qs: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!qs) return out;
  for (const [k, v] of new URLSearchParams(qs)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

/** Whether the request's content type is one of the operation's declared non-JSON body types. */
export function declaresRawType(op: Operation, contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return op.bodyContentTypes.some((t) => t.toLowerCase() === type && !t.includes('json') && !t.startsWith('multipart/'));
}

export function defaultCodeFor(status: number): string {
  return ({ 400: 'BAD_REQUEST', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT', 429: 'RATE_LIMIT_EXCEEDED', 500: 'INTERNAL_ERROR', 502: 'BAD_GATEWAY', 503: 'SERVICE_UNAVAILABLE', 504: 'GATEWAY_TIMEOUT' } as Record<number, string>)[status] ?? `HTTP_${status}`;
}

/** The error code of a stored error answer, for the journal (the envelope's `error.code`, if any). */
export function replayedErrorCode(r: { status: number; body: string }): string | null {
  if (r.status < 400) return null;
  try {
    const code = (JSON.parse(r.body) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null;
  }
}
