/** The scopes and event types Gent knows, read from the contract's enums so there is one list. */
import { gentDocument } from './contract.js';

let scopes: Set<string> | null = null;

export function knownScopes(): Set<string> {
  scopes ??= new Set(gentDocument().components.schemas.Scope.enum as string[]);
  return scopes;
}

/** Field errors for a token's scopes: unknown names, and held scopes the token does not have. */
export function scopeProblems(granted: string[], held: string[]): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const known = knownScopes();
  const unknown = granted.filter((s) => !known.has(s));
  if (unknown.length) problems.scopes = unknown.map((s) => `Unknown scope: ${s}.`);
  const unknownHeld = held.filter((s) => !known.has(s));
  const notGranted = held.filter((s) => known.has(s) && !granted.includes(s));
  if (unknownHeld.length || notGranted.length) {
    problems.requires_approval = [
      ...unknownHeld.map((s) => `Unknown scope: ${s}.`),
      ...notGranted.map((s) => `${s} is not one of the token's scopes.`),
    ];
  }
  return problems;
}
