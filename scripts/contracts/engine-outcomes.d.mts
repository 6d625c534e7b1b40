// Types of engine-outcomes.mjs for the TypeScript tests that import it.
import type { Operation } from '../../src/engine/contract.js';
import type { EngineOutcome } from '../../src/engine/outcomes.js';
import type { ProviderDefinition } from '../../src/engine/provider.js';

export function engineOutcomesFor(
  def: ProviderDefinition<any>,
  op: Operation,
  applies: (def: ProviderDefinition<any>, op: Operation) => { limited: boolean; idempotent: boolean },
  resolve?: (schema: unknown) => unknown,
): EngineOutcome[];
