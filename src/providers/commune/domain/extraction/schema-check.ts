/**
 * Compiling and checking user extraction schemas with ajv (draft-07 semantics, formats on,
 * lenient about unknown keywords, as user schemas written for an LLM often carry some).
 */
import AjvModule, { type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';

// ajv and ajv-formats are CommonJS; under NodeNext their default exports arrive wrapped.
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof AjvModule.default;
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (
  ajv: InstanceType<typeof Ajv>,
) => void;

/** Made on the first schema to compile: building it with its formats is ~3 ms of every start otherwise. */
let instance: InstanceType<typeof Ajv> | null = null;
function ajv(): InstanceType<typeof Ajv> {
  if (!instance) {
    instance = new Ajv({ strict: false, allErrors: true, validateSchema: true });
    addFormats(instance);
  }
  return instance;
}

const compiled = new Map<string, ValidateFunction>();
const CACHE_LIMIT = 500;

/** The compiled validator, or null when ajv cannot compile the schema. */
export function compileSchema(schema: Record<string, unknown>): ValidateFunction | null {
  const key = JSON.stringify(schema);
  const hit = compiled.get(key);
  if (hit) return hit;
  try {
    // A user schema's $id would clash across inboxes in ajv's registry; it means nothing here.
    const { $id: _ignored, ...rest } = schema;
    const fn = ajv().compile(rest);
    if (compiled.size >= CACHE_LIMIT) compiled.clear();
    compiled.set(key, fn);
    return fn;
  } catch {
    return null;
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Commune's three extraction-schema messages, in its order; null when the request is acceptable. */
export function extractionSchemaProblem(body: { name?: unknown; schema?: unknown }): string | null {
  if (!body.name || body.schema === undefined || body.schema === null)
    return 'Missing required fields: name and schema';
  if (!isPlainObject(body.schema)) return 'Schema must be a valid JSON object';
  const s = body.schema;
  if (s.type !== 'object' || !isPlainObject(s.properties) || !compileSchema(s)) {
    return 'Schema must be a valid JSON Schema with type: "object" and properties';
  }
  return null;
}
