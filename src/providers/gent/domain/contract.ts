/**
 * contracts/gent.yaml as Gent itself needs it, read once: the document `GET /v1/reference/api/`
 * serves (the live schema is the contract), the operations whose `x-gent-idempotent` mark puts them
 * under the idempotency policy (a policy is data, fixed before the engine loads the contract), and
 * the slashed path a slash-less request meant (contracts/gent.md §Conventions). Per-request marks
 * (auth kind, scopes) come from the matched operation's `extensions` instead.
 */
import { readDocument } from '../../../engine/contract.js';
import { contractPath } from '../../../paths.js';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

let document: Record<string, any> | null = null;

/** The contract as written, parsed once. Callers must not modify it. */
export function gentDocument(): Record<string, any> {
  document ??= readDocument(contractPath('gent'));
  return document;
}

function operations(): { path: string; op: Record<string, unknown> }[] {
  const found: { path: string; op: Record<string, unknown> }[] = [];
  for (const [path, item] of Object.entries(gentDocument().paths as Record<string, any>)) {
    for (const method of METHODS) if (item?.[method]) found.push({ path, op: item[method] });
  }
  return found;
}

/** Operation ids marked `x-gent-idempotent: true`: exactly those honour `Idempotency-Key`. */
export function idempotentOperations(): string[] {
  return operations()
    .filter(({ op }) => op['x-gent-idempotent'] === true)
    .map(({ op }) => op.operationId as string);
}

let templates: RegExp[] | null = null;

/** `path` + `/` when that is one of Gent's paths (any method); null otherwise. */
export function slashedPath(path: string): string | null {
  if (path.endsWith('/')) return null;
  templates ??= [...new Set(operations().map(({ path: p }) => p))].map((p) => {
    const pattern = p.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
    return new RegExp(`^${pattern}$`);
  });
  const slashed = `${path}/`;
  return templates.some((t) => t.test(slashed)) ? slashed : null;
}
