/**
 * Runs structured extraction for one inbound email: the user's extractor when configured, else
 * the deterministic local one; the result must validate against the inbox's schema (ajv) or it is
 * dropped, as Commune swallows extraction failures. No LLM is called.
 */
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EngineServices } from '../../../../engine/provider.js';
import { log } from '../../../../engine/log.js';
import { communeSettings } from '../settings.js';
import { extractLocally } from './local.js';
import { compileSchema } from './schema-check.js';
import type { ExtractionInput, Extractor } from './types.js';

export type { ExtractionInput, Extractor } from './types.js';

const loaded = new Map<string, Promise<Extractor>>();

async function loadModule(path: string): Promise<Extractor> {
  const url = pathToFileURL(isAbsolute(path) ? path : resolve(process.cwd(), path)).href;
  const mod = (await import(url)) as { default?: unknown; extract?: unknown };
  const fn = typeof mod.default === 'function' ? mod.default : mod.extract;
  if (typeof fn !== 'function') throw new Error(`extractor module ${path} exports no default or "extract" function`);
  return fn as Extractor;
}

/** The configured extractor (a function, or a module path loaded once), else the local one. */
export function configuredExtractor(services: Pick<EngineServices, 'config'>): Extractor | Promise<Extractor> {
  const setting = communeSettings(services).extractor;
  if (typeof setting === 'function') return setting;
  if (typeof setting === 'string' && setting) {
    let p = loaded.get(setting);
    if (!p) {
      p = loadModule(setting);
      loaded.set(setting, p);
    }
    return p;
  }
  return extractLocally;
}

/** Drops optional keys whose value breaks the schema, so one bad guess does not lose the rest. */
function repair(value: Record<string, unknown>, schema: Record<string, unknown>): Record<string, unknown> | null {
  const validate = compileSchema(schema);
  if (!validate) return null;
  if (validate(value)) return value;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const bad = new Set(
    (validate.errors ?? [])
      .map((e) => e.instancePath.split('/')[1])
      .filter((k): k is string => !!k && !required.has(k)),
  );
  if (!bad.size) return null;
  const trimmed = Object.fromEntries(Object.entries(value).filter(([k]) => !bad.has(k)));
  return validate(trimmed) ? trimmed : null;
}

/** The extracted object valid against the schema, or null (nothing extracted or a failure). */
export async function extract(
  services: Pick<EngineServices, 'config'>,
  input: ExtractionInput,
): Promise<Record<string, unknown> | null> {
  try {
    const extractor = await configuredExtractor(services);
    const local = extractor === extractLocally;
    const out = await extractor(input);
    if (out === null || out === undefined) return null;
    if (typeof out !== 'object' || Array.isArray(out)) {
      log.warn('commune extractor returned a non-object; extracted_data left out');
      return null;
    }
    // The local extractor's guesses are trimmed to what validates; a user function's output is all or nothing.
    const valid = local
      ? repair(out as Record<string, unknown>, input.schema)
      : compileSchema(input.schema)?.(out)
        ? (out as Record<string, unknown>)
        : null;
    if (!valid) log.warn('commune extraction did not validate against the inbox schema; extracted_data left out');
    return valid;
  } catch (e) {
    log.warn('commune extraction failed; extracted_data left out', { error: String(e) });
    return null;
  }
}
