/** Helpers and behavioural checks the Gent flow steps share. */
import type { FlowStep, Vars } from '../flow.js';

/** `{results:[…]}` or a bare array holds the item this run made (matched on `key`). */
export const listed =
  (what: string, idVar: string, key: string) =>
  (body: any, v: Vars): string | null => {
    const items = Array.isArray(body) ? body : body?.results;
    return Array.isArray(items) && items.some((x: any) => x?.[key] === v[idVar])
      ? null
      : `the ${what} made by this run is missing from the list`;
  };

/** The object is the one this run made. */
export const same =
  (what: string, idVar: string, key: string) =>
  (body: any, v: Vars): string | null =>
    body?.[key] === v[idVar] ? null : `expected the ${what} ${v[idVar]}, got ${key} ${JSON.stringify(body?.[key])}`;

export const s = (v: Vars, key: string): string => String(v[key]);
/** Steps sent with the session the flow logged in for, or with the held token it minted. */
export const session = { bearer: 'session' } as const;
export const held = { bearer: 'heldToken' } as const;
export const main = (step: Omit<FlowStep, 'phase'>): FlowStep => ({ ...step, phase: 'main' });
export const teardown = (step: Omit<FlowStep, 'phase'>): FlowStep => ({ ...step, phase: 'teardown' });
