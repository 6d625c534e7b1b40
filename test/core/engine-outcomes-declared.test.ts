/**
 * Every answer the engine can make for an operation is declared by that operation's contract, in
 * the provider's own envelope: for each provider, each operation and each outcome that can happen
 * to it (bad input, an oversized or unreadable body, missing credentials on a secured route, a
 * rate limit that covers it, an idempotency conflict where keys apply, an internal error), the
 * provider's rendering validates against the contract. Otherwise strict validation would turn a
 * plain client error into a 500 CONTRACT_VIOLATION. `node scripts/contracts/engine-responses.mjs
 * --fix` adds what is missing.
 */
import { describe, expect, it } from 'vitest';
import { Contract, type Operation } from '../../src/engine/contract.js';
import { IdempotencyStore } from '../../src/engine/idempotency.js';
import type { ProviderDefinition } from '../../src/engine/provider.js';
import { RateLimiter } from '../../src/engine/ratelimit.js';
import { PROVIDERS, loadProvider } from '../../src/providers/index.js';
import { engineOutcomesFor } from '../../scripts/contracts/engine-outcomes.mjs';

describe('engine-made answers are declared by every operation', () => {
  for (const name of Object.keys(PROVIDERS)) {
    it(`${name}: each applicable outcome renders in an answer the contract declares`, async () => {
      const def = await loadProvider(name);
      const contract = Contract.load(def.contractFile, def.routing);
      const problems: string[] = [];
      for (const op of contract.operations) {
        for (const outcome of engineOutcomesFor(def, op, applies, (schema: any) =>
          schema?.$ref ? contract.resolveRef(schema.$ref) : schema,
        )) {
          const r = def.renderOutcome(outcome, {
            method: op.method,
            path: op.path,
            requestId: 'req_test',
            headers: {},
            op,
          });
          const type = r.headers['content-type'] ?? 'application/json';
          const violations = contract.validateResponse(op, r.status, r.body, type.split(';')[0]!);
          if (violations.length) problems.push(`${op.id} ${outcome.kind} → ${r.status}: ${violations[0]!.message}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

/** The policy questions the outcome list needs, answered by the engine's own classes. */
function applies(def: ProviderDefinition, op: Operation): { limited: boolean; idempotent: boolean } {
  const limiters = [def.rateLimit, ...(def.extraRateLimits ?? [])]
    .filter((p) => p !== undefined && !p.error)
    .map((p) => new RateLimiter(p!));
  const plans = [undefined, ...new Set(limiters.flatMap((l) => Object.keys(l.policy.plans ?? {})))];
  return {
    limited: limiters.some((l) => plans.some((plan) => l.applies(op.id, plan))),
    idempotent: def.idempotency
      ? IdempotencyStore.applies(def.idempotency, op.method === 'HEAD' ? 'GET' : op.method, op.id)
      : false,
  };
}
