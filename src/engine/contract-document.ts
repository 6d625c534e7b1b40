import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseYaml } from './lazy-require.js';

/** An OpenAPI document as parsed: its shape is checked where it is used. */
type OpenApiDocument = Record<string, any>;

/**
 * What each compiled contract parsed to, while that file is unchanged. Only the build's JSON is kept:
 * a YAML contract is what a user or a test edits, and a file rewritten within the same clock tick
 * keeps its mtime, so it is parsed again on every read.
 */
const parsed = new Map<string, { stamp: string; doc: OpenApiDocument }>();

function parseCompiledOnce(file: string, stamp: string): OpenApiDocument {
  const known = parsed.get(file);
  if (known?.stamp === stamp) return known.doc;
  const doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  parsed.set(file, { stamp, doc });
  return doc;
}

/**
 * Reads a contract. The build also writes each YAML contract as JSON into `dist/contracts/`; parsing
 * that is about fifty times faster than parsing the YAML, which matters for cold start. The JSON is
 * used only while it is at least as new as the YAML, so an edited contract is never shadowed.
 *
 * The JSON is parsed once while it is unchanged (about 4 ms of every start went to parsing the
 * shared control contract once per provider and Gent's twice): every caller gets the same document,
 * so callers must not modify it.
 */
export function readDocument(file: string): OpenApiDocument {
  const compiled = join(dirname(file), '..', 'dist', 'contracts', basename(file).replace(/\.ya?ml$/, '.json'));
  if (compiled !== file && existsSync(compiled)) {
    const built = statSync(compiled);
    if (built.mtimeMs >= statSync(file).mtimeMs) return parseCompiledOnce(compiled, `${built.mtimeMs}:${built.size}`);
  }
  return parseYaml(readFileSync(file, 'utf8')) as OpenApiDocument;
}
