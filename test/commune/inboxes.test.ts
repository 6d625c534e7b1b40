/** Inboxes: auto-domain and per-domain create, list, get, update, delete, caps, scopes, isolation. */
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

const FREE_ORG = 'f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1';
const OTHER_ORG = 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('Commune inboxes', () => {
  let server: MailsimServer;
  let api: Call;
  let other: Call;
  let customDomainId: string;

  beforeAll(async () => {
    ({ server, api } = await startCommune());
    other = client(server.url('commune'), addOrg(server, { id: OTHER_ORG, tier: 'business' }));
  });
  afterAll(async () => {
    expectNoViolations(server);
    await server.close();
  });

  it('creates an inbox on the shared domain when the org has no domain', async () => {
    const res = await api('POST', '/v1/inboxes', { local_part: 'myagent', name: 'My Agent' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      localPart: 'myagent',
      address: 'myagent@commune.email',
      displayName: 'My Agent',
      agent: { name: 'My Agent' },
      orgId: SEED_ORG_ID,
      domain_id: SHARED_DOMAIN_ID,
      domain_name: 'commune.email',
    });
    expect(res.body.data.id).toMatch(UUID);
    // Unset optional fields are absent, not null.
    expect(res.body.data).not.toHaveProperty('webhook');
    expect(res.body.data).not.toHaveProperty('status');
  });

  it('keeps only endpoint, events and secret of a webhook, and returns the secret', async () => {
    const res = await api('POST', '/v1/inboxes', {
      localPart: 'sales-agent',
      display_name: 'Sales',
      webhook: { endpoint: 'https://example.com/hook', events: ['inbound'], secret: 's3cret', extra: 1 },
    });
    expect(res.status).toBe(201);
    expect(res.body.data.webhook).toEqual({
      endpoint: 'https://example.com/hook',
      events: ['inbound'],
      secret: 's3cret',
    });
    expect(res.body.data.displayName).toBe('Sales');
    expect(res.body.data).not.toHaveProperty('agent');
  });

  it('answers 400 without a local part and 409 for a taken one (any case)', async () => {
    expect(await api('POST', '/v1/inboxes', { name: 'x' })).toMatchObject({
      status: 400,
      body: { error: 'Missing required field: local_part' },
    });
    expect(await api('POST', '/v1/inboxes', { local_part: 'MyAgent' })).toMatchObject({
      status: 409,
      body: { error: 'An inbox with this local part already exists on this domain' },
    });
    // Another organisation cannot take it over on the shared domain either.
    expect((await other('POST', '/v1/inboxes', { local_part: 'myagent' })).status).toBe(409);
  });

  it("creates on the organisation's first custom domain once it has one", async () => {
    customDomainId = (await api('POST', '/v1/domains', { name: 'mycompany.com' })).body.data.id;
    const res = await api('POST', '/v1/inboxes', { local_part: 'support' });
    expect(res.body.data).toMatchObject({
      address: 'support@mycompany.com',
      domain_id: customDomainId,
      domain_name: 'mycompany.com',
    });
    const onShared = await api('POST', '/v1/inboxes', { local_part: 'support', domain_id: SHARED_DOMAIN_ID });
    expect(onShared.body.data).toMatchObject({ address: 'support@commune.email' });
  });

  it('creates under a domain path without domain_id/domain_name in the answer', async () => {
    const res = await api('POST', `/v1/domains/${customDomainId}/inboxes`, { local_part: 'billing', name: 'Billing' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ address: 'billing@mycompany.com', displayName: 'Billing' });
    expect(res.body.data).not.toHaveProperty('domain_id');
  });

  it('answers 404 "Domain not found" for unknown domains and for another organisation\'s', async () => {
    expect(await api('POST', '/v1/inboxes', { local_part: 'x', domain_id: 'd_abc123' })).toMatchObject({
      status: 404,
      body: { error: 'Domain not found' },
    });
    expect(await other('POST', `/v1/domains/${customDomainId}/inboxes`, { local_part: 'x' })).toMatchObject({
      status: 404,
      body: { error: 'Domain not found' },
    });
  });

  it('lists every inbox of the org across domains, and per domain (unknown domain: empty)', async () => {
    const all = (await api('GET', '/v1/inboxes?limit=1&cursor=abc')).body.data;
    expect(all.map((i: any) => i.address)).toEqual([
      'dev@commune.email',
      'myagent@commune.email',
      'sales-agent@commune.email',
      'support@mycompany.com',
      'support@commune.email',
      'billing@mycompany.com',
    ]);
    expect(all.every((i: any) => i.domain_id && i.domain_name)).toBe(true);
    const perDomain = (await api('GET', `/v1/domains/${customDomainId}/inboxes`)).body.data;
    expect(perDomain.map((i: any) => i.localPart)).toEqual(['support', 'billing']);
    expect(perDomain[0]).not.toHaveProperty('domain_id');
    expect(await api('GET', '/v1/domains/nope/inboxes')).toMatchObject({ status: 200, body: { data: [] } });
    expect(
      (await other('GET', `/v1/domains/${SHARED_DOMAIN_ID}/inboxes`)).body.data.map((i: any) => i.orgId),
    ).not.toContain(SEED_ORG_ID);
  });

  it('gets one inbox on its domain, and 404 elsewhere', async () => {
    const res = await api('GET', `/v1/domains/${SHARED_DOMAIN_ID}/inboxes/${SEED_INBOX_ID}`);
    expect(res.body.data).toMatchObject({ id: SEED_INBOX_ID, address: 'dev@commune.email', displayName: 'Dev Inbox' });
    expect(await api('GET', `/v1/domains/${customDomainId}/inboxes/${SEED_INBOX_ID}`)).toMatchObject({
      status: 404,
      body: { error: 'Inbox not found' },
    });
    expect(await other('GET', `/v1/domains/${SHARED_DOMAIN_ID}/inboxes/${SEED_INBOX_ID}`)).toMatchObject({
      status: 404,
      body: { error: 'Inbox not found' },
    });
  });

  it('updates partially: webhook replaced as a whole (secret dropped), local part renamed, 409 on a taken one', async () => {
    const created = (
      await api('POST', '/v1/inboxes', {
        local_part: 'hooky',
        webhook: { endpoint: 'https://a.example/h', secret: 'old' },
      })
    ).body.data;
    const path = `/v1/domains/${created.domain_id}/inboxes/${created.id}`;
    const res = await api('PUT', path, {
      webhook: { endpoint: 'https://new-server.com/hook', events: ['inbound'] },
      status: 'paused',
    });
    expect(res.status).toBe(200);
    expect(res.body.data.webhook).toEqual({ endpoint: 'https://new-server.com/hook', events: ['inbound'] });
    expect(res.body.data.status).toBe('paused');
    const renamed = await api('PUT', path, {
      localPart: 'hooky2',
      displayName: 'Hooky',
      agent: { name: 'H', junk: true },
    });
    expect(renamed.body.data).toMatchObject({
      localPart: 'hooky2',
      address: 'hooky2@mycompany.com',
      displayName: 'Hooky',
      agent: { name: 'H' },
    });
    expect(await api('PUT', path, { local_part: 'BILLING' })).toMatchObject({
      status: 409,
      body: { error: 'An inbox with this local part already exists on this domain' },
    });
    // An empty local part keeps the old one.
    expect((await api('PUT', path, { local_part: '' })).body.data.localPart).toBe('hooky2');
    expect((await other('PUT', path, { status: 'x' })).status).toBe(404);
  });

  it("deletes an inbox; another organisation's is 404", async () => {
    const created = (await api('POST', '/v1/inboxes', { local_part: 'temp' })).body.data;
    const path = `/v1/domains/${created.domain_id}/inboxes/${created.id}`;
    expect((await other('DELETE', path)).status).toBe(404);
    expect(await api('DELETE', path)).toMatchObject({ status: 200, body: { data: { ok: true } } });
    expect((await api('GET', path)).status).toBe(404);
    expect(await api('DELETE', path)).toMatchObject({ status: 404, body: { error: 'Inbox not found' } });
    // The local part is free again.
    expect((await api('POST', '/v1/inboxes', { local_part: 'temp' })).status).toBe(201);
  });

  it('caps inboxes per tier (free: 2)', async () => {
    const free = client(server.url('commune'), addOrg(server, { id: FREE_ORG, tier: 'free' }));
    expect((await free('POST', '/v1/inboxes', { local_part: 'free-1' })).status).toBe(201);
    expect((await free('POST', '/v1/inboxes', { local_part: 'free-2' })).status).toBe(201);
    const res = await free('POST', '/v1/inboxes', { local_part: 'free-3' });
    expect(res).toMatchObject({
      status: 403,
      body: {
        error: 'Inbox limit reached (2/2). Upgrade your plan to create more inboxes.',
        current_count: 2,
        limit: 2,
        current_tier: 'free',
        upgrade_url: '/dashboard/billing',
      },
    });
  });

  it("validates the extraction schema with Commune's messages, then sets and removes it", async () => {
    const path = `/v1/domains/${SHARED_DOMAIN_ID}/inboxes/${SEED_INBOX_ID}/extraction-schema`;
    const bad = async (body: unknown) => (await api('PUT', path, body)).body.error;
    expect(await bad({ schema: { type: 'object', properties: {} } })).toBe('Missing required fields: name and schema');
    expect(await bad({ name: 'x', schema: [1] })).toBe('Schema must be a valid JSON object');
    expect(await bad({ name: 'x', schema: { type: 'array', items: {} } })).toBe(
      'Schema must be a valid JSON Schema with type: "object" and properties',
    );
    expect(await bad({ name: 'x', schema: { type: 'object', properties: { a: { type: 'no-such-type' } } } })).toBe(
      'Schema must be a valid JSON Schema with type: "object" and properties',
    );
    expect(
      (
        await api('PUT', `/v1/domains/${SHARED_DOMAIN_ID}/inboxes/i_abc123/extraction-schema`, {
          name: 'x',
          schema: { type: 'object', properties: {} },
        })
      ).status,
    ).toBe(404);

    const schema = { type: 'object', properties: { order_id: { type: 'string' } } };
    const set = await api('PUT', path, { name: 'support_ticket', description: 'd', schema });
    expect(set.status).toBe(200);
    expect(set.body.data.extractionSchema).toEqual({ name: 'support_ticket', description: 'd', schema, enabled: true });
    const removed = await api('DELETE', path);
    expect(removed.status).toBe(200);
    expect(removed.body.data).not.toHaveProperty('extractionSchema');
  });

  it('gates the extraction schema behind a paid plan', async () => {
    const free = client(server.url('commune'), `comm_${FREE_ORG}${FREE_ORG}`);
    const inbox = (await free('GET', '/v1/inboxes')).body.data[0];
    const res = await free('PUT', `/v1/domains/${inbox.domain_id}/inboxes/${inbox.id}/extraction-schema`, {
      name: 'x',
      schema: { type: 'object', properties: {} },
    });
    expect(res).toMatchObject({
      status: 403,
      body: { error: 'This feature requires a paid plan', feature: 'structuredExtraction', current_tier: 'free' },
    });
  });

  it('checks scopes: inboxes:read may list but not create', async () => {
    const reader = client(server.url('commune'), addKey(server, SEED_ORG_ID, ['inboxes:read']));
    expect((await reader('GET', '/v1/inboxes')).status).toBe(200);
    expect(await reader('POST', '/v1/inboxes', { local_part: 'nope' })).toMatchObject({
      status: 403,
      body: { required: ['inboxes:write'] },
    });
    expect((await client(server.url('commune'), null)('GET', '/v1/inboxes')).status).toBe(401);
  });
});
