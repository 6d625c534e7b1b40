/**
 * Fault scenarios from YAML files: `rules:` is a list of fault rules (see engine/faults.ts).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Engine } from '../engine/engine.js';
import type { FaultRuleInput } from '../engine/faults.js';
import { validateRule } from '../engine/faults.js';

export interface Scenario {
  name?: string;
  description?: string;
  rules: FaultRuleInput[];
}

export function parseScenario(text: string, source = 'scenario'): Scenario {
  const doc = parse(text) as Scenario | null;
  if (!doc || !Array.isArray(doc.rules)) throw new Error(`${source}: a scenario needs a "rules" list`);
  doc.rules.forEach((r, i) => {
    try {
      validateRule(r);
    } catch (e) {
      throw new Error(`${source}: rule ${i + 1}: ${(e as Error).message}`);
    }
  });
  return doc;
}

export function loadScenarioFile(engine: Engine, file: string): Scenario {
  const scenario = parseScenario(readFileSync(file, 'utf8'), file);
  scenario.rules.forEach((r, i) => engine.faults.add({ ...r, id: r.id ?? `${scenario.name ?? 'scenario'}_${i + 1}` }));
  return scenario;
}
