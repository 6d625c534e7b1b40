/** Reading the JSON columns Gent stores (lists and objects written by the provider itself). */
export function parseList<T = string>(text: string | null): T[] {
  if (!text) return [];
  const value = JSON.parse(text) as unknown;
  return Array.isArray(value) ? (value as T[]) : [];
}

export function parseObject<T extends object = Record<string, unknown>>(text: string | null): T | null {
  if (!text) return null;
  const value = JSON.parse(text) as unknown;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as T) : null;
}
