/**
 * PageCursor paging (contracts/managed-agents.md §Pagination): `?limit=&page=` in (openma's
 * `cursor` accepted as an alias of `page`), `{data, next_page}` out. `next_page` is an opaque
 * token naming where the next page starts, and is null on the last page: a non-null token never
 * comes with an empty page, so the SDK's auto-pagination always ends.
 */
import { errors } from '../errors.js';
import { queryInt, queryString } from './query.js';

export interface PageRequest {
  limit: number;
  /** The decoded position of the previous page's last item, or null for the first page. */
  after: Record<string, unknown> | null;
}

export interface Page<T> {
  data: T[];
  next_page: string | null;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export function encodeToken(position: Record<string, unknown>): string {
  return `page_${Buffer.from(JSON.stringify(position)).toString('base64url')}`;
}

export function decodeToken(token: string): Record<string, unknown> {
  const bad = (): never => {
    throw errors.invalidRequest('page: invalid page token');
  };
  if (!token.startsWith('page_')) return bad();
  try {
    const value = JSON.parse(Buffer.from(token.slice(5), 'base64url').toString('utf8')) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : bad();
  } catch {
    return bad();
  }
}

export function pageRequest(
  query: Record<string, unknown>,
  o: { maxLimit?: number; defaultLimit?: number } = {},
): PageRequest {
  const limit = queryInt(query.limit, 'limit', {
    min: 1,
    max: o.maxLimit ?? MAX_LIMIT,
    fallback: o.defaultLimit ?? DEFAULT_LIMIT,
  });
  const token = queryString(query.page) ?? queryString(query.cursor);
  return { limit, after: token ? decodeToken(token) : null };
}

/** The page from `rows` fetched with `limit + 1`: the extra row only says another page exists. */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  position: (row: R) => Record<string, unknown>,
  wire: (row: R) => T,
): Page<T> {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  return {
    data: kept.map(wire),
    next_page: more && kept.length ? encodeToken(position(kept[kept.length - 1]!)) : null,
  };
}

/** A position field that must be a number (a rowid or version), or a 400 for a forged token. */
export function positionNumber(after: Record<string, unknown> | null, key: string): number | null {
  if (!after) return null;
  const v = after[key];
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw errors.invalidRequest('page: invalid page token');
  return v;
}

export function positionString(after: Record<string, unknown> | null, key: string): string | null {
  if (!after) return null;
  const v = after[key];
  if (typeof v !== 'string') throw errors.invalidRequest('page: invalid page token');
  return v;
}
