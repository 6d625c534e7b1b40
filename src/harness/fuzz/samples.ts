/**
 * A plausible value for a JSON Schema of a contract: required properties only, the first choice of
 * every anyOf/oneOf, an enum's or const's first value, formats filled with a fixed example. The fuzzer
 * starts its valid bodies here (so requests get past validation into the handlers), and the tenant
 * matrix fills these bodies with another tenant's ids. Deterministic: the same schema gives the same
 * value; `fill` picks the string for a property by name first.
 */

type Schema = Record<string, any>;

/** Chooses a string for a property by its name (an id of another tenant, an address); undefined: the default. */
export type Fill = (property: string, schema: Schema) => unknown;

const FORMATS: Record<string, string> = {
  uuid: '00000000-0000-4000-8000-000000000000',
  email: 'someone@example.com',
  uri: 'https://example.com/hook',
  url: 'https://example.com/hook',
  'date-time': '2026-01-01T00:00:00.000Z',
  date: '2026-01-01',
  hostname: 'example.com',
  byte: 'aGVsbG8=',
};

/** Follows a local `$ref` (`#/components/...`) inside `document`. */
export function resolveRef(document: Schema, schema: Schema | undefined): Schema | undefined {
  let s = schema;
  for (let hops = 0; s && typeof s.$ref === 'string' && hops < 32; hops++) {
    const ref: string = s.$ref;
    if (!ref.startsWith('#/')) return undefined;
    let node: any = document;
    for (const part of ref.slice(2).split('/')) node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    s = node;
  }
  return s;
}

function typeOf(s: Schema): string | undefined {
  if (Array.isArray(s.type)) return s.type.find((t: string) => t !== 'null') ?? 'null';
  if (typeof s.type === 'string') return s.type;
  if (s.properties) return 'object';
  if (s.items) return 'array';
  return undefined;
}

function stringFor(s: Schema): string {
  if (typeof s.format === 'string' && Object.hasOwn(FORMATS, s.format)) return FORMATS[s.format]!;
  const min = typeof s.minLength === 'number' ? s.minLength : 1;
  const base = 'sample';
  return base.length >= min
    ? base.slice(0, Math.max(min, Math.min(base.length, s.maxLength ?? base.length)))
    : base.padEnd(min, 'x');
}

/** A value `schema` accepts, as far as this simple reading can tell (patterns are not honoured). */
export function sampleOf(document: Schema, schema: Schema | undefined, fill?: Fill, depth = 0): unknown {
  const s = resolveRef(document, schema);
  if (!s || depth > 8) return null;
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  if (Array.isArray(s.allOf)) {
    const merged: Schema = {};
    for (const part of s.allOf) {
      const r = resolveRef(document, part) ?? {};
      merged.type ??= r.type;
      merged.properties = { ...merged.properties, ...r.properties };
      merged.required = [...(merged.required ?? []), ...(r.required ?? [])];
    }
    return sampleOf(document, { ...s, ...merged, allOf: undefined }, fill, depth + 1);
  }
  const choice = s.anyOf ?? s.oneOf;
  if (Array.isArray(choice) && choice.length > 0) return sampleOf(document, choice[0], fill, depth + 1);
  switch (typeOf(s)) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const props = (s.properties ?? {}) as Record<string, Schema>;
      for (const name of (s.required ?? []) as string[]) {
        const sub = resolveRef(document, props[name]) ?? {};
        const filled = fill?.(name, sub);
        Object.defineProperty(out, name, {
          value: filled !== undefined ? filled : sampleOf(document, sub, fill, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    case 'array': {
      const n = typeof s.minItems === 'number' ? Math.max(1, s.minItems) : 1;
      return Array.from({ length: n }, () => sampleOf(document, s.items, fill, depth + 1));
    }
    case 'string':
      return stringFor(s);
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number'
        ? s.minimum
        : typeof s.exclusiveMinimum === 'number'
          ? s.exclusiveMinimum + 1
          : 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return {};
  }
}

/** The JSON request body schema of an operation (its `application/json` media type), if any. */
export function jsonBodySchema(document: Schema, path: string, method: string): Schema | undefined {
  const op = document.paths?.[path]?.[method.toLowerCase()];
  const body = resolveRef(document, op?.requestBody);
  const content = body?.content as Record<string, { schema?: Schema }> | undefined;
  if (!content) return undefined;
  const json = Object.entries(content).find(([type]) => /json/i.test(type));
  return json?.[1].schema;
}
