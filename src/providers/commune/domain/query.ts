import type { HandlerContext } from '../../../engine/provider.js';
import type { CommunePrincipal } from '../auth.js';

/** Lenient query parsing, as Commune's routes do it: a non-number falls back to the default, then clamp. */
export function clampInt(value: unknown, fallback: number, min: number, max: number): number {
  const n = Number.parseInt(String(value ?? ''), 10);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, n));
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Commune's lenient query parsing: `parseInt(x) || default`, then clamped, as its routes do. */

export const tenantOf = (ctx: HandlerContext): string => (ctx.principal as CommunePrincipal).tenant;

export function intParam(v: unknown, dflt: number, max: number, min = 1): number {
  const n = typeof v === 'string' ? parseInt(v, 10) : NaN;
  const value = Number.isNaN(n) || n === 0 ? dflt : n;
  return Math.max(min, Math.min(value, max));
}

/** A non-empty string query parameter, trying each alias in order. */
export function strParam(query: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const name of names) {
    const v = query[name];
    if (typeof v === 'string' && v !== '') return v;
  }
  return undefined;
}

/** `period` (`7d`, `24h`; hours round up to days) wins over `days`; default 7, at most 90. */
export function periodDays(query: Record<string, unknown>): number {
  let days = 7;
  const period = strParam(query, 'period');
  if (period) {
    const m = /^(\d+)(d|h)$/.exec(period);
    if (m) days = m[2] === 'h' ? Math.max(1, Math.ceil(Number(m[1]) / 24)) : Number(m[1]);
  } else {
    days = intParam(strParam(query, 'days'), 7, 90);
  }
  return Math.max(1, Math.min(days, 90));
}
