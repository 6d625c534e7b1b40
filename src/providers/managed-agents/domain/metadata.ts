/**
 * Metadata bags: at most 16 keys, keys 1–64 characters, values at most 512 (the SDK's parameter
 * docs). A bad bag is a 400 `invalid_metadata`, the code the SDK maps to BetaInvalidMetadataError.
 * On update a bag is a patch: a string upserts its key, null deletes it.
 */
import { errors } from '../errors.js';

export type Metadata = Record<string, string>;

const MAX_KEYS = 16;
const MAX_KEY = 64;
const MAX_VALUE = 512;

function check(bag: Metadata): Metadata {
  const problems: string[] = [];
  const keys = Object.keys(bag);
  if (keys.length > MAX_KEYS) problems.push(`metadata has ${keys.length} keys; at most ${MAX_KEYS} are allowed`);
  for (const k of keys) {
    if (k.length === 0 || k.length > MAX_KEY)
      problems.push(`metadata key ${JSON.stringify(k.slice(0, 80))} must be 1-${MAX_KEY} characters`);
    if (typeof bag[k] !== 'string') problems.push(`metadata value of ${JSON.stringify(k)} must be a string`);
    else if (bag[k]!.length > MAX_VALUE)
      problems.push(`metadata value of ${JSON.stringify(k)} is longer than ${MAX_VALUE} characters`);
  }
  if (problems.length) throw errors.invalidMetadata(problems.join('; '));
  return bag;
}

export function createMetadata(input: unknown): Metadata {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object' || Array.isArray(input))
    throw errors.invalidMetadata('metadata must be an object of strings');
  return check({ ...(input as Metadata) });
}

export function patchMetadata(current: Metadata, patch: unknown): Metadata {
  if (patch === undefined) return current;
  if (patch === null) return {};
  if (typeof patch !== 'object' || Array.isArray(patch)) throw errors.invalidMetadata('metadata must be an object');
  const next = { ...current };
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) {
    if (v === null) delete next[k];
    else next[k] = v as string;
  }
  return check(next);
}
