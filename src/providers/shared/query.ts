/**
 * Reading query values, the same way for every provider. The pipeline validates a query against
 * the contract and coerces it to the declared types before a handler runs; with `--validation off`
 * it does neither, so a handler still gets raw strings. These helpers give one answer either way.
 */

/** A non-empty string, or undefined for anything else (absent, empty, not a string). */
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The first of `names` that holds a non-empty string (a parameter and its aliases, in order). */
export function firstStr(query: Readonly<Record<string, unknown>>, ...names: string[]): string | undefined {
  for (const name of names) {
    const v = str(query[name]);
    if (v !== undefined) return v;
  }
  return undefined;
}

/**
 * A lenient integer: what does not read as one (absent, empty, `abc`) is `fallback`; a number out
 * of range is clamped into [min, max], 0 included (`limit=0` is the smallest page, not the default).
 * `parseInt` reads a leading number, so `10abc` is 10 and `1.5` is 1.
 */
export function clampedInt(value: unknown, fallback: number, min: number, max: number): number {
  const n = Number.parseInt(String(value ?? ''), 10);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, n));
}

/** `limit` and `offset` of a page, with the contract's defaults (raw strings too, see above). */
export function page(
  query: { limit?: unknown; offset?: unknown },
  defaultLimit = 20,
): {
  limit: number;
  offset: number;
} {
  return { limit: Number(query.limit ?? defaultLimit), offset: Number(query.offset ?? 0) };
}
