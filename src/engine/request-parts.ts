/**
 * Small readings of a request shared by the pipeline stages.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { own, setOwn } from './own.js';

/** The credential a request carries, for fault rules and per-key limits: a bearer token or `x-api-key`. */
export function credentialOf(headers: IncomingHttpHeaders): string | null {
  const auth = headers.authorization;
  if (auth !== undefined && auth.length > 7 && auth.slice(0, 7).toLowerCase() === 'bearer ')
    return auth.slice(7).trim();
  const key = headers['x-api-key'];
  return typeof key === 'string' ? key : null;
}

/** The query string as name → value, or → values when a name repeats. */
export function parseQuery(qs: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!qs) return out;
  for (const [k, v] of new URLSearchParams(qs)) {
    // `?constructor=x` or `?__proto__=x` is a query name like any other, not a property of every object.
    const prev = own(out, k);
    setOwn(out, k, prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]);
  }
  return out;
}

/** Whether the request says it has no body: no length (or zero) and no chunked transfer. */
export function carriesNoBody(headers: IncomingHttpHeaders): boolean {
  const length = headers['content-length'];
  return (length === undefined || length === '0') && headers['transfer-encoding'] === undefined;
}
