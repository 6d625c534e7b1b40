#!/usr/bin/env node
// Declares, on every operation of every provider contract, the answers the engine itself can make
// for it (engine-outcomes.mjs), in the provider's envelope: for each outcome the provider's own
// renderOutcome gives the status; a status the operation does not declare yet is added as a
// `$ref` to the response component the contract names for it in its root extension
// `x-mailsim-engine-answers: {"413": "#/components/responses/PayloadTooLarge", ...}`.
// Whether the rendered bodies then validate is what test/core/engine-outcomes-declared.test.ts checks.
// Usage (after `npm run build`): node scripts/contracts/engine-responses.mjs [--fix]
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseDocument, isMap } from 'yaml';
import { ROOT } from './lib/document.mjs';
import { engineOutcomesFor } from './engine-outcomes.mjs';

const dist = (p) => new URL(`../../dist/src/${p}`, import.meta.url).href;
const { PROVIDERS, loadProvider } = await import(dist('providers/index.js'));
const { Contract } = await import(dist('engine/contract.js'));
const { IdempotencyStore } = await import(dist('engine/idempotency.js'));
const { RateLimiter } = await import(dist('engine/ratelimit.js'));

function applies(def, op) {
  const limiters = [def.rateLimit, ...(def.extraRateLimits ?? [])]
    .filter((p) => p && !p.error)
    .map((p) => new RateLimiter(p));
  const plans = [undefined, ...new Set(limiters.flatMap((l) => Object.keys(l.policy.plans ?? {})))];
  return {
    limited: limiters.some((l) => plans.some((plan) => l.applies(op.id, plan))),
    idempotent: def.idempotency ? IdempotencyStore.applies(def.idempotency, op.method, op.id) : false,
  };
}

/**
 * Adds `'<status>': {$ref: '<ref>'}` to an operation's responses as one new line of text, in
 * status order, so the hand-written file keeps its layout and the diff is that line.
 */
function insertResponse(text, op, status, ref) {
  const doc = parseDocument(text);
  const responses = doc.getIn(['paths', op.path, op.method.toLowerCase(), 'responses'], true);
  if (!isMap(responses) || responses.flow) throw new Error(`${op.id}: responses must be a block map to add ${status}`);
  const keyOf = (item) => String(item.key?.value ?? item.key);
  const first = responses.items[0];
  const lineStart = (offset) => text.lastIndexOf('\n', offset - 1) + 1;
  const indent = ' '.repeat(first.key.range[0] - lineStart(first.key.range[0]));
  const line = `${indent}'${status}': {$ref: '${ref}'}\n`;
  const after = responses.items.find((item) => keyOf(item).localeCompare(status) > 0);
  const at = after ? lineStart(after.key.range[0]) : text.indexOf('\n', responses.range[1] - 1) + 1;
  return text.slice(0, at) + line + text.slice(at);
}

const fix = process.argv.includes('--fix');
let missing = 0;
for (const name of Object.keys(PROVIDERS)) {
  const def = await loadProvider(name);
  const file = def.contractFile;
  let text = readFileSync(file, 'utf8');
  const refs = parseDocument(text).toJS()['x-mailsim-engine-answers'] ?? {};
  const contract = Contract.load(file, def.routing);
  let changed = false;
  for (const op of contract.operations) {
    const statuses = new Set();
    for (const outcome of engineOutcomesFor(def, op, applies, (schema) =>
      schema?.$ref ? contract.resolveRef(schema.$ref) : schema,
    )) {
      statuses.add(
        String(
          def.renderOutcome(outcome, { method: op.method, path: op.path, requestId: 'req', headers: {}, op }).status,
        ),
      );
    }
    const covered = (s) => op.statuses.includes(s) || op.statuses.includes(`${s[0]}XX`);
    for (const status of [...statuses].filter((s) => !covered(s)).sort()) {
      missing++;
      const ref = refs[status];
      if (!fix || !ref) {
        console.log(
          `${relative(ROOT, file)}: ${op.id} does not declare ${status}${ref ? '' : ' (and x-mailsim-engine-answers names no component for it)'}`,
        );
        continue;
      }
      text = insertResponse(text, op, status, ref);
      changed = true;
    }
  }
  if (changed) {
    writeFileSync(file, text);
    console.log(`wrote ${relative(ROOT, file)}`);
  }
}
if (missing && !fix) {
  console.log(`${missing} engine answer(s) undeclared; run with --fix`);
  process.exit(1);
}
