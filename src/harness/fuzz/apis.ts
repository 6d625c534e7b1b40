/**
 * The fuzzer's view of a provider: its contract, the credentials to send, valid bodies sampled from
 * the contract, and the ids its seed creates (so generated requests reach handlers past their 404s).
 */
import { existsSync, readFileSync } from 'node:fs';
import { Contract, type Operation } from '../../engine/contract.js';
import { fixturePath } from '../../paths.js';
import { loadProvider } from '../../providers/index.js';
import type { FuzzApi } from './run.js';
import { jsonBodySchema, sampleOf } from './samples.js';

/** Operations whose answer is a stream or a long poll: they do not end by themselves. */
export const NEVER_ENDING = ['streamEvents', 'streamControlEvents', 'openMcpStream', 'waitForMail', 'getQueue'];

/** Ids in a provider's seed file: string values of `id` and `*_id`/`*Id` fields, at most `max`. */
export function seededIds(provider: string, max = 16): string[] {
  const file = fixturePath(provider, 'seed.json');
  if (!existsSync(file)) return [];
  const found = new Set<string>();
  const walk = (node: unknown, key: string): void => {
    if (found.size >= max) return;
    if (typeof node === 'string' && /(^id$|_id$|Id$)/.test(key) && node.length < 80) found.add(node);
    else if (Array.isArray(node)) for (const v of node) walk(v, key);
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  walk(JSON.parse(readFileSync(file, 'utf8')), '');
  return [...found];
}

/** A valid-looking body for each operation of `contract`, ids filled from `ids`. */
export function bodySampler(contract: Contract, ids: readonly string[]): (op: Operation) => unknown {
  const cache = new Map<string, unknown>();
  return (op) => {
    if (!cache.has(op.id)) {
      const schema = jsonBodySchema(contract.document, op.path, op.method);
      const fill = (name: string, sub: Record<string, any>): unknown =>
        sub.type === 'string' && /(^id$|_id$|Id$)/.test(name) && ids.length ? ids[0] : undefined;
      cache.set(op.id, schema ? sampleOf(contract.document, schema, fill) : undefined);
    }
    return cache.get(op.id);
  };
}

/** A provider as the fuzzer drives it, at `baseUrl` with `apiKey`. */
export async function providerFuzzApi(provider: string, baseUrl: string, apiKey: string): Promise<FuzzApi> {
  const def = await loadProvider(provider);
  const contract = Contract.load(def.contractFile, def.routing);
  const ids = seededIds(provider);
  return {
    name: provider,
    baseUrl,
    contract,
    seededIds: ids,
    validBody: bodySampler(contract, ids),
    // Managed Agents' SDK sends x-api-key; the other APIs take a bearer token.
    credentials: [provider === 'managed-agents' ? ['x-api-key', apiKey] : ['Authorization', `Bearer ${apiKey}`]],
    skip: NEVER_ENDING,
  };
}
