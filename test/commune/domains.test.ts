/** Domains: list, create with plan gates and provider checks, get (shared domain too), records, verify. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client } from '../helpers/server.js';
import {
  addKey,
  addOrg,
  expectNoViolations,
  SEED_INBOX_ID,
  SEED_ORG_ID,
  SHARED_DOMAIN_ID,
  startCommune,
  type Call,
} from './mail-helpers.js';

const FREE_ORG = 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0';
const OTHER_ORG = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('Commune domains', () => {
  let server: MailsimServer;
  let api: Call;
  let free: Call;
  let other: Call;

  beforeAll(async () => {
    ({ server, api } = await startCommune());
    free = client(server.url('commune'), addOrg(server, { id: FREE_ORG, tier: 'free' }));
    other = client(server.url('commune'), addOrg(server, { id: OTHER_ORG, tier: 'business' }));
  });
  afterAll(async () => {
    expectNoViolations(server);
    await server.close();
  });

  it("lists no domains at first: the shared default domain is nobody's", async () => {
    const res = await api('GET', '/v1/domains');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: [] });
  });

  it('creates a custom domain in not_started with its DNS records and region', async () => {
    const res = await api('POST', '/v1/domains', { name: 'MyCompany.com', region: 'eu-west-1' });
    expect(res.status).toBe(201);
    const d = res.body.data;
    expect(d).toMatchObject({ name: 'mycompany.com', status: 'not_started', region: 'eu-west-1' });
    expect(d.id).toMatch(UUID);
    expect(d).not.toHaveProperty('inboxes');
    expect(d.records.map((r: any) => `${r.record}/${r.type}`)).toEqual([
      'SPF/MX',
      'SPF/TXT',
      'DKIM/TXT',
      'Receiving/MX',
    ]);
    expect(d.records.every((r: any) => r.status === 'not_started' && r.ttl === 'Auto')).toBe(true);
    expect(d.records[0].value).toContain('eu-west-1');

    const listed = await api('GET', '/v1/domains');
    expect(listed.body.data).toEqual([{ ...d, inboxes: [] }]);
    expect((await api('GET', `/v1/domains/${d.id}/records`)).body).toEqual({ data: d.records });
  });

  it('silently takes us-east-1 for an unknown region', async () => {
    const res = await api('POST', '/v1/domains', { name: 'region-test.io', region: 'mars-1' });
    expect(res.status).toBe(201);
    expect(res.body.data.region).toBe('us-east-1');
  });

  it("answers Commune's errors for a missing name, a bad name and a taken one", async () => {
    expect(await api('POST', '/v1/domains', {})).toMatchObject({
      status: 400,
      body: { error: 'Missing required field: name' },
    });
    const bad = await api('POST', '/v1/domains', { name: 'not a domain' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ name: 'validation_error', statusCode: 422 });
    // Registered by another organisation: the provider refuses it for everyone.
    const taken = await other('POST', '/v1/domains', { name: 'mycompany.com' });
    expect(taken.status).toBe(400);
    expect(taken.body.error.message).toContain('registered already');
  });

  it('refuses custom domains on the free tier, before looking at the body', async () => {
    const res = await free('POST', '/v1/domains', {});
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      error: 'Custom domains require a paid plan',
      current_tier: 'free',
      upgrade_url: '/dashboard/billing',
    });
  });

  it('caps custom domains per tier (agent_pro: 3)', async () => {
    expect((await api('POST', '/v1/domains', { name: 'third.dev' })).status).toBe(201);
    const res = await api('POST', '/v1/domains', { name: 'fourth.dev' });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({
      error: 'Custom domain limit reached (3/3). Upgrade your plan for more.',
      current_count: 3,
      limit: 3,
      current_tier: 'agent_pro',
      upgrade_url: '/dashboard/billing',
    });
  });

  it("gets the shared default domain with only the caller's inboxes", async () => {
    await other('POST', '/v1/inboxes', { local_part: 'someone-elses' });
    const res = await api('GET', `/v1/domains/${SHARED_DOMAIN_ID}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: SHARED_DOMAIN_ID, name: 'commune.email', status: 'verified' });
    expect(res.body.data.inboxes.map((i: any) => i.id)).toEqual([SEED_INBOX_ID]);
    expect(res.body.data.inboxes.every((i: any) => i.orgId === SEED_ORG_ID)).toBe(true);
  });

  it("answers 404 for unknown domains and for another organisation's", async () => {
    const mine = (await api('GET', '/v1/domains')).body.data[0];
    for (const path of [`/v1/domains/d_abc123`, `/v1/domains/${mine.id}`]) {
      const caller = path.endsWith(mine.id) ? other : api;
      expect(await caller('GET', path)).toMatchObject({ status: 404, body: { error: 'Domain not found' } });
      expect(await caller('GET', `${path}/records`)).toMatchObject({
        status: 404,
        body: { error: 'Domain not found' },
      });
      expect(await caller('POST', `${path}/verify`)).toMatchObject({
        status: 404,
        body: { error: 'Domain not found' },
      });
    }
  });

  it('verifies a domain: the provider answer passes through and the records turn verified', async () => {
    const mine = (await api('GET', '/v1/domains')).body.data[0];
    const res = await api('POST', `/v1/domains/${mine.id}/verify`);
    expect(res).toMatchObject({ status: 200, body: { data: { object: 'domain', id: mine.id } } });
    const after = (await api('GET', `/v1/domains/${mine.id}`)).body.data;
    expect(after.status).toBe('verified');
    expect(after.records.every((r: any) => r.status === 'verified')).toBe(true);
  });

  it('lets the control plane make the next verification fail', async () => {
    const d = (await api('GET', '/v1/domains')).body.data[1];
    const ctl = client(server.url('commune'), null);
    expect((await ctl('POST', `/_mailsim/commune/domains/${d.id}/verification`, { outcome: 'failed' })).status).toBe(
      200,
    );
    expect((await ctl('POST', `/_mailsim/commune/domains/${d.id}/verification`, { outcome: 'maybe' })).status).toBe(
      400,
    );
    await api('POST', `/v1/domains/${d.id}/verify`);
    expect((await api('GET', `/v1/domains/${d.id}`)).body.data.status).toBe('failed');
  });

  it('checks scopes: domains:read may list, not create', async () => {
    const reader = client(server.url('commune'), addKey(server, SEED_ORG_ID, ['domains:read']));
    expect((await reader('GET', '/v1/domains')).status).toBe(200);
    const res = await reader('POST', '/v1/domains', { name: 'x.dev' });
    expect(res).toMatchObject({
      status: 403,
      body: { error: 'Insufficient permissions', required: ['domains:write'] },
    });
  });
});
