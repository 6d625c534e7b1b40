/**
 * Resource ids in the Anthropic style the SDK's examples use (`agent_011CZk…`): a type prefix, `_`,
 * then `01` and 22 base58 characters drawn from the engine's id source, so seeded runs repeat.
 * contracts/managed-agents.md §Ids lists every prefix and why it is not openma's hyphenated form.
 */
import type { IdSource } from '../../../engine/ids.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export const ID_PREFIXES = {
  agent: 'agent',
  environment: 'env',
  vault: 'vlt',
  credential: 'vcrd',
  memoryStore: 'memstore',
  memory: 'mem',
  memoryVersion: 'memver',
  skill: 'skill',
  file: 'file',
  modelCard: 'mdlcard',
  apiKey: 'apikey',
  // Reserved for sessions and their events (the next issue), so ids never collide with these.
  session: 'sesn',
  sessionEvent: 'sevt',
  sessionThread: 'sthr',
  sessionResource: 'sesrsc',
  // mailsim's: a webhook endpoint registered on the control plane, and one delivered event.
  webhook: 'whk',
  webhookEvent: 'wevt',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

export function newId(ids: IdSource, kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_01${ids.token(22, BASE58)}`;
}

/** A new API key secret in openma's format: `oma_` + 36 alphanumerics. */
export function newApiKeySecret(ids: IdSource): string {
  return `oma_${ids.token(36, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`;
}

/**
 * A skill version id: digits, as Anthropic's are (a microsecond timestamp). `taken` says whether
 * an id is in use, so two versions made in the same microsecond still differ.
 */
export function newSkillVersionId(nowMs: number, taken: (id: string) => boolean): string {
  let n = BigInt(nowMs) * 1000n;
  while (taken(n.toString())) n += 1n;
  return n.toString();
}
