/**
 * The tenant matrix: for every provider, tenant B calls every operation with tenant A's ids — in the
 * path, in id query parameters and id body fields — and A's addresses as the sender. Nothing of A's
 * may show in B's answers (an id or address of A's that B did not send itself), and none of A's rows
 * may change (a fingerprint of every row A owns, before and after, once the queue has run).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProvider } from '../../src/providers/index.js';
import type { MailsimServer } from '../../src/server.js';
import { DEV_API_KEYS } from '../../src/testing/constants.js';
import { addOrg } from '../commune/seed.js';
import { client, startTestServer } from '../helpers/server.js';
import { OTHER_KEY } from '../managed-agents/helpers.js';
import { fingerprint, identifiers, leaked, ownedRows, requestsWith } from './tenant-matrix.js';
import { Contract } from '../../src/engine/contract.js';

let server: MailsimServer;
beforeAll(async () => {
  server = await startTestServer({
    ports: { agentsend: 0, commune: 0, gent: 0, 'managed-agents': 0 },
    rateLimits: false,
    logLevel: 'silent',
  });
});
afterAll(() => server.close());

/** Tenant B's credential on each provider: a signed-up account, a new org, a new org's session, the seeded second key. */
const SECOND_TENANT: Record<string, (s: MailsimServer) => Promise<string | string[]>> = {
  agentsend: async (s) => {
    const res = await client(s.url('agentsend'), null)('POST', '/auth/signup', {
      email: 'tenant-b@example.org',
      name: 'B',
    });
    return res.body.token;
  },
  commune: async (s) => addOrg(s, { id: 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0', tier: 'agent_pro' }),
  gent: async (s) => {
    const gent = (key: string | null) => client(s.url('gent'), key);
    const login = { email: 'tenant-b@example.org', password: 'tenant-b-password' };
    expect((await gent(null)('POST', '/_mailsim/gent/orgs', login)).status).toBe(201);
    const session: string = (await gent(null)('POST', '/auth/login/', login)).body.access_token;
    // An agent token with every scope, on an inbox of B's own: the agent operations need one.
    const def = await loadProvider('gent');
    const contract = Contract.load(def.contractFile, def.routing);
    const scopes = [
      ...new Set(contract.operations.flatMap((op) => (op.extensions['x-gent-scopes'] as string[]) ?? [])),
    ];
    expect((await gent(session)('POST', '/v1/domains/', { domain: 'tenant-b.example' })).status).toBe(201);
    expect((await gent(session)('POST', '/v1/domains/tenant-b.example/verify/')).status).toBe(200);
    const inbox = await gent(session)('POST', '/v1/inboxes/', { address: 'b@tenant-b.example', display_name: 'B' });
    expect(inbox.status, inbox.text).toBe(201);
    const token = await gent(session)('POST', '/v1/tokens/', {
      inbox_id: inbox.body.inbox_id ?? inbox.body.id,
      label: 'tenant b',
      scopes,
    });
    expect(token.status, `${token.text} after ${inbox.text}`).toBe(201);
    return [session, token.body.token];
  },
  'managed-agents': async () => OTHER_KEY,
};

/** The tenant a credential acts as, read from the journal of one request. */
async function tenantOf(provider: string, key: string, path: string): Promise<string> {
  server.engine.journal.clear();
  await client(server.url(provider), key)('GET', path);
  const entry = server.engine.journal.list({ provider }).find((e) => e.tenant);
  expect(entry?.tenant, `${provider}: no tenant in the journal`).toBeTruthy();
  return entry!.tenant!;
}

const LIST_PATHS: Record<string, string> = {
  agentsend: '/inboxes',
  commune: '/v1/inboxes',
  gent: '/v1/inboxes/',
  'managed-agents': '/v1/agents',
};

describe('tenant matrix', () => {
  for (const provider of ['agentsend', 'commune', 'gent', 'managed-agents']) {
    it(`${provider}: another tenant's ids in every operation read nothing and write nothing`, async () => {
      const def = await loadProvider(provider);
      const contract = Contract.load(def.contractFile, def.routing);
      server.engine.journal.clear();
      const aKey = DEV_API_KEYS[provider]!;
      const a = await tenantOf(provider, aKey, LIST_PATHS[provider]!);
      // A creates one of everything it can first, so B has more than the seed to aim at.
      const seeded = identifiers(ownedRows(server, def, a));
      for (const id of seeded.ids)
        for (const req of requestsWith(contract, id, seeded.addresses[0] ?? 'owner@example.org'))
          if (req.method === 'POST') await client(server.url(provider), aKey)(req.method, req.path, req.body);
      const bKeys = [await SECOND_TENANT[provider]!(server)].flat();
      const b = await tenantOf(provider, bKeys.at(-1)!, LIST_PATHS[provider]!);
      expect(b).not.toBe(a);
      await server.engine.queue.idle();

      const before = ownedRows(server, def, a);
      const { ids, addresses } = identifiers(before);
      expect(ids.length, `${provider}: tenant A owns something`).toBeGreaterThan(0);
      // A name both tenants hold (a default, a shared domain's id) says nothing about A.
      const bRows = JSON.stringify([...ownedRows(server, def, b)]);
      const markers = [...ids, ...addresses].filter((m) => !bRows.includes(m));
      const leaks: string[] = [];
      // What B has sent so far: B may read back what it wrote itself (an id of A's it put in a body).
      let sent = '';
      let requests = 0;
      const statuses: Record<number, number> = {};
      for (const bKey of bKeys) {
        const asB = client(server.url(provider), bKey);
        for (const id of ids) {
          for (const req of requestsWith(contract, id, addresses[0] ?? 'owner@example.org')) {
            const res = await asB(req.method, req.path, req.body);
            sent += ` ${req.path} ${JSON.stringify(req.body ?? null)}`;
            requests++;
            statuses[res.status] = (statuses[res.status] ?? 0) + 1;
            for (const m of leaked(res.text, sent, markers))
              leaks.push(`${req.method} ${req.path} → ${res.status} shows ${m}`);
            expect(res.status, `${req.method} ${req.path}: ${res.text.slice(0, 200)}`).toBeLessThan(500);
          }
        }
      }
      await server.engine.queue.idle();
      const after = ownedRows(server, def, a);
      const changed = [...before.keys()].filter(
        (t) => fingerprint(new Map([[t, before.get(t)!]])) !== fingerprint(new Map([[t, after.get(t)!]])),
      );
      console.log(
        `tenant matrix ${provider}: ${requests} requests with ${ids.length} of A's ids, ${leaks.length} leaks, ` +
          `${changed.length} tables of A's written; statuses ${JSON.stringify(statuses)}`,
      );
      expect(leaks).toEqual([]);
      expect(changed, `tables where tenant A's rows changed`).toEqual([]);
      expect(fingerprint(after)).toBe(fingerprint(before));
    }, 120_000);
  }
});
