import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseYaml } from './lazy-require.js';

/**
 * Reads a contract. The build also writes each YAML contract as JSON into `dist/contracts/`; parsing
 * that is about fifty times faster than parsing the YAML, which matters for cold start. The JSON is
 * used only while it is at least as new as the YAML, so an edited contract is never shadowed.
 */
export function readDocument(file: string): Record<string, any> {
  const compiled = join(dirname(file), '..', 'dist', 'contracts', basename(file).replace(/\.ya?ml$/, '.json'));
  if (compiled !== file && existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(file).mtimeMs) {
    return JSON.parse(readFileSync(compiled, 'utf8')) as Record<string, any>;
  }
  return parseYaml(readFileSync(file, 'utf8')) as Record<string, any>;
}
