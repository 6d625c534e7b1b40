/**
 * Reading query values the same way whether or not contract validation coerced them first
 * (validation can be switched off): booleans, integers, timestamps and repeated keys.
 */
import { errors } from '../errors.js';

export function queryBool(value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw errors.invalidRequest(`expected true or false, got ${JSON.stringify(value)}`);
}

export function queryInt(value: unknown, name: string, o: { min: number; max: number; fallback: number }): number {
  if (value === undefined || value === '') return o.fallback;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < o.min || n > o.max)
    throw errors.invalidRequest(`${name}: must be an integer between ${o.min} and ${o.max}`);
  return n;
}

/** An RFC 3339 timestamp in the query, as milliseconds; undefined when absent. */
export function queryTime(value: unknown, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms)) throw errors.invalidRequest(`${name}: must be an RFC 3339 timestamp`);
  return ms;
}

export function queryString(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? String(value[value.length - 1]) : String(value);
}

/** `key[]=a&key[]=b` (the SDK's brackets form) or a bare repeated `key`, as a list. */
export function queryList(query: Record<string, unknown>, name: string): string[] | undefined {
  const raw = query[`${name}[]`] ?? query[name];
  if (raw === undefined) return undefined;
  return (Array.isArray(raw) ? raw : [raw]).map(String);
}
