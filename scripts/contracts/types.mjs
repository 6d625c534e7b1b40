#!/usr/bin/env node
// Generates src/generated/<name>.ts from each contracts/<name>.yaml with openapi-typescript: the
// request and response types of every operation (`paths`, `operations`, `components`).
// `--check` writes nothing and fails when a committed file differs from what would be generated.
// Usage: node scripts/contracts/types.mjs [--check]
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { ROOT, contractFiles, contractName, readServedDocument } from './lib/document.mjs';

const OUT_DIR = join(ROOT, 'src', 'generated');
const { version: VERSION } = createRequire(import.meta.url)('openapi-typescript/package.json');

/** The file's text: a header saying where it comes from, then openapi-typescript's output. */
export async function generate(file) {
  const { doc, errors } = readServedDocument(file);
  if (!doc) throw new Error(errors.join('; '));
  const ast = await openapiTS(doc, { silent: true });
  const source = relative(ROOT, file);
  const header = [
    `// Generated from ${source} by scripts/contracts/types.mjs (openapi-typescript ${VERSION}).`,
    '// Do not edit: change the contract, then run `npm run contracts:types`.',
    '',
  ].join('\n');
  return `${header}\n${astToString(ast)}`;
}

async function main() {
  const check = process.argv.includes('--check');
  const files = contractFiles();
  const wanted = new Set(files.map((f) => `${contractName(f)}.ts`));
  const problems = [];
  if (!check) mkdirSync(OUT_DIR, { recursive: true });
  for (const file of files) {
    const target = join(OUT_DIR, `${contractName(file)}.ts`);
    const name = relative(ROOT, target);
    let text;
    try {
      text = await generate(file);
    } catch (e) {
      problems.push(`${relative(ROOT, file)}: openapi-typescript failed: ${e.message}`);
      continue;
    }
    const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (current === text) console.log(`ok   ${name}`);
    else if (check) problems.push(`${name} is ${current === null ? 'missing' : 'out of date'}`);
    else {
      writeFileSync(target, text);
      console.log(`wrote ${name}`);
    }
  }
  // A contract that was removed or renamed leaves a stale file behind.
  const stale = existsSync(OUT_DIR) ? readdirSync(OUT_DIR).filter((n) => n.endsWith('.ts') && !wanted.has(n)) : [];
  for (const n of stale) problems.push(`src/generated/${n} has no contract in contracts/ (delete it)`);
  if (problems.length) {
    for (const p of problems) console.log(`FAIL ${p}`);
    if (check) console.log('Regenerate with `npm run contracts:types` and commit the result.');
    process.exit(1);
  }
}

await main();
