/** Small builders shared by the Managed Agents contract-test flow files. */
import type { FlowStep, RequestTemplate, Vars } from '../flow.js';

export const s = (v: Vars, key: string): string => String(v[key]);
export const main = (step: Omit<FlowStep, 'phase'>): FlowStep => ({ ...step, phase: 'main' });
export const teardown = (step: Omit<FlowStep, 'phase'>): FlowStep => ({ ...step, phase: 'teardown' });

/** `{data:[…]}` holds the item this run made (matched on `key`). */
export const listed =
  (what: string, idVar: string, key = 'id') =>
  (body: any, v: Vars): string | null =>
    Array.isArray(body?.data) && body.data.some((x: any) => x?.[key] === v[idVar])
      ? null
      : `the ${what} created by this run is missing from the list`;
export const same =
  (what: string, idVar: string) =>
  (body: any, v: Vars): string | null =>
    body?.id === v[idVar] ? null : `expected the ${what} ${v[idVar]}, got id ${JSON.stringify(body?.id)}`;

/**
 * What a step that makes a resource adds: the new id lands in `idVar`, and cleanup deletes the
 * resource with `deleteOperation` (its id in path parameter `param`, next to `params`).
 */
export const makes = (
  kind: string,
  idVar: string,
  deleteOperation: string,
  param: string,
  params?: RequestTemplate['params'],
): Pick<FlowStep, 'provides' | 'capture' | 'creates'> => ({
  provides: [idVar],
  capture: (b, v) => {
    v[idVar] = b?.id;
  },
  creates: { kind, idVar, deleteOperation, param, deleteStatus: 200, ...(params ? { params } : {}) },
});
