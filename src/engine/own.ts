/**
 * Lookups keyed by what a request (or a command line) says. A plain object literal inherits
 * `constructor`, `toString`, `__proto__` and friends, so `TABLE[userValue]` hands a function to code
 * that expects a string or a row, and a request like `?status=constructor` turns into a 500. Every
 * table read with a caller's key goes through `own`, which sees only the table's own entries.
 */

/** The value `table` holds under `key` itself; undefined for any other key, inherited names included. */
export function own<V>(table: Readonly<Record<string, V>>, key: string | undefined | null): V | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Whether `key` is one of the table's own keys (a type guard for keys of a fixed table). */
export function ownKey<K extends string>(table: Readonly<Record<K, unknown>>, key: unknown): key is K {
  return typeof key === 'string' && Object.hasOwn(table, key);
}

/** Sets `key` on `record` as its own entry, even `__proto__` (which plain assignment takes as the prototype). */
export function setOwn<V>(record: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
