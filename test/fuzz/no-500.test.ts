/**
 * Bad input never gets a 500: every operation of every contract is called with generated garbage —
 * random JSON bodies, wrong-typed and malformed ids, odd query strings, wrong content types — and
 * must answer with the provider's own 4xx (or a 2xx where the garbage happens to be valid), never
 * a 500, and never a response that breaks its contract.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { Contract } from '../../src/engine/contract.js';
import { PROVIDERS, loadProvider } from '../../src/providers/index.js';
import { DEV_KEY, SEED_INBOX_ID, startTestServer } from '../helpers/server.js';
import { COMMUNE_KEY, SEED_INBOX_ID as COMMUNE_INBOX_ID, SHARED_DOMAIN_ID } from '../commune/seed.js';
import {
  GENT_DEV_INBOX_ID,
  GENT_DEV_MESSAGE_ID,
  GENT_DEV_TOKEN,
  MANAGED_AGENTS_DEV_KEY,
} from '../../src/testing/constants.js';

const KEYS: Record<string, string> = {
  agentsend: DEV_KEY,
  commune: COMMUNE_KEY,
  gent: GENT_DEV_TOKEN,
  'managed-agents': MANAGED_AGENTS_DEV_KEY,
};
// FUZZ_RUNS=200 npx vitest run test/fuzz hunts harder; the default keeps the suite quick.
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 15);

let server: MailsimServer;
beforeAll(async () => {
  server = await startTestServer({
    ports: { agentsend: 0, commune: 0, gent: 0, 'managed-agents': 0 },
    rateLimits: false,
    logLevel: 'silent',
  });
});
afterAll(() => server.close());

// Real ids of seeded resources too, so garbage also reaches handlers past their 404 checks.
const SEEDED_IDS = [
  SEED_INBOX_ID,
  SHARED_DOMAIN_ID,
  COMMUNE_INBOX_ID,
  GENT_DEV_INBOX_ID,
  GENT_DEV_MESSAGE_ID,
  'xlsx',
  '20251013',
  'claude-opus-5-5',
];
const idLike = fc.oneof(
  fc.constantFrom(...SEEDED_IDS),
  fc.uuid(),
  fc.constantFrom(
    'not-a-uuid',
    '0',
    '-1',
    '%00',
    '..',
    'null',
    'x'.repeat(300),
    'thread_00000000-0000-4000-8000-000000000000',
    'msg_0123',
  ),
  fc.string({ minLength: 1, maxLength: 40 }).map((s) => encodeURIComponent(s)),
);
const queryValue = fc.oneof(
  fc.integer().map(String),
  fc.constantFrom('', 'abc', '-1', '1e9', 'true', 'null', '[]'),
  fc.string({ maxLength: 20 }),
);
const body = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => ({ text: JSON.stringify(v), type: 'application/json' })),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((s) => ({ text: s, type: 'application/json' })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((s) => ({ text: s, type: 'text/plain' })) },
  { weight: 1, arbitrary: fc.constant({ text: '', type: 'application/json' }) },
);

describe('no operation answers bad input with a 500', () => {
  for (const provider of Object.keys(PROVIDERS)) {
    it(`${provider}: every operation, ${RUNS_PER_OPERATION} generated requests each`, async () => {
      const contract = Contract.load((await loadProvider(provider)).contractFile);
      const base = server.url(provider);
      const failures: string[] = [];
      for (const op of contract.operations) {
        if (op.id === 'streamEvents') continue; // a stream never ends by itself; its errors are tested with the provider
        await fc
          .assert(
            fc.asyncProperty(
              fc.array(idLike, { minLength: op.paramNames.length, maxLength: op.paramNames.length }),
              fc.dictionary(
                fc.constantFrom('limit', 'offset', 'status', 'cursor', 'order', 'inbox_id', 'domain_id', 'q', 'token'),
                queryValue,
                { maxKeys: 3 },
              ),
              body,
              async (ids, query, b) => {
                let path = op.path;
                op.paramNames.forEach((name, i) => (path = path.replace(`{${name}}`, ids[i]!)));
                const qs = new URLSearchParams(query).toString();
                const res = await fetch(`${base}${path}${qs ? `?${qs}` : ''}`, {
                  method: op.method,
                  headers: {
                    authorization: `Bearer ${KEYS[provider]}`,
                    ...(op.method === 'GET' ? {} : { 'content-type': b.type }),
                  },
                  ...(op.method === 'GET' || op.method === 'DELETE' ? {} : { body: b.text }),
                });
                const text = await res.text();
                if (res.status >= 500)
                  failures.push(
                    `${op.method} ${path}?${qs} ${b.type} ${b.text.slice(0, 80)} → ${res.status} ${text.slice(0, 200)}`,
                  );
                return res.status < 500;
              },
            ),
            { numRuns: RUNS_PER_OPERATION, seed: 20261122, endOnFailure: true },
          )
          .catch(() => undefined);
      }
      expect(failures).toEqual([]);
      expect(server.engine.journal.list({ violations: true, provider })).toEqual([]);
    }, 120_000);
  }
});
