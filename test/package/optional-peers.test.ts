/**
 * Prism, msw and fast-check are optional peer dependencies (package.json): a consumer who does not install them
 * must still be able to load `mailsim`, `mailsim/testing` and the command. So each is loaded from one
 * module only (Prism lazily, by the contract checker; msw by the `mailsim/msw` entry point) and no
 * other source file imports either. Type-only imports are erased by the compiler and allowed.
 * test/package/pack.test.ts proves the same from an installed tarball.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

function sources(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** How `code` loads `pkg` (or a path inside it) at run time: static import/export, import(), require(). */
function loadsIn(code: string, pkg: string): string[] {
  const text = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const name = pkg.replace(/[/@.-]/g, (c) => `\\${c}`);
  const found: string[] = [];
  const statement = new RegExp(`^\\s*(import|export)\\s+(type\\s+)?[^;]*?from\\s+['"]${name}(/[^'"]*)?['"]`, 'gm');
  for (const m of text.matchAll(statement)) if (!m[2]) found.push(`static ${m[1]}`);
  const call = new RegExp(`\\b(import|require)\\(\\s*['"]${name}(/[^'"]*)?['"]`, 'g');
  for (const m of text.matchAll(call)) found.push(`${m[1]}()`);
  return [...new Set(found)];
}

/** Source file → how it loads `pkg`, for every file under src/ that does. */
function loaders(pkg: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const file of sources()) {
    const found = loadsIn(readFileSync(file, 'utf8'), pkg);
    if (found.length) out[relative(ROOT, file)] = found;
  }
  return out;
}

describe('optional peer dependencies', () => {
  it('@stoplight/prism-http is loaded only by the contract checker, and only by dynamic import()', () => {
    expect(loaders('@stoplight/prism-http')).toEqual({ 'src/harness/validate.ts': ['import()'] });
  });

  it('fast-check is loaded only by the fuzz command, and only by dynamic import()', () => {
    expect(loaders('fast-check')).toEqual({ 'src/cli/fuzz.ts': ['import()'] });
  });

  it('msw is imported only by the mailsim/msw entry point', () => {
    expect(Object.keys(loaders('msw'))).toEqual(['src/testing/msw.ts']);
  });

  it('the scan sees static, re-exported, dynamic and required loads; type-only imports and comments pass', () => {
    expect(loadsIn("import { http } from 'msw';", 'msw')).toEqual(['static import']);
    expect(loadsIn("import {\n  http,\n  HttpResponse,\n} from 'msw';", 'msw')).toEqual(['static import']);
    expect(loadsIn("export { setupServer } from 'msw/node';", 'msw')).toEqual(['static export']);
    expect(loadsIn("const m = await import('msw/node');", 'msw')).toEqual(['import()']);
    expect(loadsIn("const m = require('msw');", 'msw')).toEqual(['require()']);
    expect(loadsIn("import type { HttpHandler } from 'msw';", 'msw')).toEqual([]);
    expect(loadsIn("// import { http } from 'msw';\n/* import('msw') */", 'msw')).toEqual([]);
    expect(loadsIn("import { x } from 'mswx';", 'msw')).toEqual([]);
  });
});
