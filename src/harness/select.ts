/**
 * `--only` and `--skip`: which flow steps run. `--only` pulls in the steps that provide what the
 * chosen ones need (an inbox must exist before it can be read), so a narrow run still works.
 */
import type { FlowStep } from './flow.js';

export interface Selection {
  steps: FlowStep[];
  /** Whether error cases for this operation run. */
  selected(operation: string): boolean;
  /** Steps pulled in only as prerequisites of `--only`. */
  prerequisites: Set<string>;
}

export function providedBy(step: FlowStep): string[] {
  return [...(step.provides ?? []), ...(step.deletes ? [`deleted:${step.deletes}`] : [])];
}

export function selectSteps(all: FlowStep[], only: string[] = [], skip: string[] = []): Selection {
  const skipSet = new Set(skip);
  const onlySet = new Set(only);
  const selected = (operation: string): boolean =>
    (onlySet.size === 0 || onlySet.has(operation)) && !skipSet.has(operation);
  const chosen = new Set(all.filter((s) => selected(s.operation)).map((s) => s.id));
  const prerequisites = new Set<string>();
  if (onlySet.size > 0) {
    // Walk needs backwards to the steps that provide them, until nothing new is added.
    let grew = true;
    while (grew) {
      grew = false;
      for (const step of all.filter((s) => chosen.has(s.id))) {
        for (const need of step.needs ?? []) {
          const provider = all.find((p) => providedBy(p).includes(need));
          if (provider && !chosen.has(provider.id) && !skipSet.has(provider.operation)) {
            chosen.add(provider.id);
            prerequisites.add(provider.id);
            grew = true;
          }
        }
      }
    }
  }
  return { steps: all.filter((s) => chosen.has(s.id)), selected, prerequisites };
}
