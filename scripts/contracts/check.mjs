#!/usr/bin/env node
// Checks every contract (contracts/*.yaml, or the files given): a valid OpenAPI 3.1 shape the
// engine can route, unique operationIds, every $ref resolving, every path parameter declared,
// every schema compiling with Ajv 2020; then the provider's own rules from checks/<name>.mjs when
// that module exists. Prints each failure and exits 1 if there was any.
// Usage: node scripts/contracts/check.mjs [contract.yaml ...]
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ContractDocument, ROOT, contractFiles, contractName } from './lib/document.mjs';
import { compileAll } from './lib/schemas.mjs';
import { checkRefs, checkShape } from './lib/shape.mjs';

const CHECKS_DIR = new URL('./checks/', import.meta.url);

/** Checks one file; returns its failures (strings) and a one-line summary. */
export async function checkContract(file) {
  const failures = new Set(); // a shared response reached from several operations reports once
  const fail = (message) => {
    failures.add(message);
  };
  const { contract, errors } = ContractDocument.load(file);
  if (!contract) return { failures: errors, summary: 'cannot be read as YAML' };
  checkShape(contract, fail);
  const refs = checkRefs(contract, fail);
  const { ajv, validator, compiled } = compileAll(contract, fail);
  const extra = new URL(`${contractName(file)}.mjs`, CHECKS_DIR);
  let extraNote = '';
  // Provider rules assume a sound document: run them only when the generic checks passed.
  if (existsSync(extra) && failures.size > 0) extraNote = `, provider rules not run`;
  else if (existsSync(extra)) {
    const { default: checkProvider } = await import(extra.href);
    try {
      await checkProvider({ contract, fail, ajv, validator });
    } catch (e) {
      fail(`checks/${contractName(file)}.mjs crashed: ${e.stack ?? e}`);
    }
    extraNote = `, provider rules ${failures.size === 0 ? 'passed' : 'failed'}`;
  }
  const ops = contract.operations().length;
  const summary = `${ops} operations, ${refs} $refs, ${compiled} schemas compiled${extraNote}`;
  return { failures: [...failures], summary };
}

async function main() {
  const args = process.argv.slice(2);
  const files = args.length ? args.map((f) => resolve(f)) : contractFiles();
  if (files.length === 0) {
    console.error('no contracts found');
    process.exit(1);
  }
  let failed = 0;
  for (const file of files) {
    const name = relative(ROOT, file) || file;
    const { failures, summary } = await checkContract(file);
    if (failures.length) {
      failed++;
      console.log(`FAIL ${name} (${summary}): ${failures.length} problem(s)`);
      for (const f of failures) console.log(`  ${name}: ${f}`);
    } else console.log(`ok   ${name} (${summary})`);
  }
  if (failed) {
    console.log(`${failed} of ${files.length} contract(s) failed; conventions: contracts/README.md`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
