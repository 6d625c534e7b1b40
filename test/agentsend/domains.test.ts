import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import type { WebhookDelivery } from '../../src/engine/webhooks.js';
import { signAgentSend } from '../../src/providers/agentsend/domain/events.js';
import { defaultOutcome } from '../../src/providers/agentsend/domain/domain-verification.js';
import { client, DEV_KEY, SEED_ACCOUNT_ID, startTestServer } from '../helpers/server.js';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

let server: MailsimServer;
let api: ReturnType<typeof client>;
let other: ReturnType<typeof client>;
let deliveries: WebhookDelivery[];

let n = 0;
const uniqueDomain = (): string => `d${++n}-${Date.now().toString(36)}.example.com`;

async function setOutcome(domainId: string, outcome: string | null) {
  const r = await fetch(`${server.url()}/_mailsim/agentsend/domains/${domainId}/verification`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ outcome }),
  });
  return { status: r.status, body: (await r.json()) as any };
}

beforeAll(async () => {
  server = await startTestServer({ rateLimits: false });
  api = client(server.url());
  const provisioned = await client(server.url(), null)('POST', '/auth/auto-provision', {
    deviceId: 'domains-tenant-b-device',
  });
  other = client(server.url(), provisioned.body.apiKey);
});
beforeEach(() => {
  deliveries = [];
  server.engine.webhooks = { enqueue: (d) => void deliveries.push(d) };
});
afterAll(() => server.close());

describe('domains', () => {
  it('adds a domain (lowercased) with its TXT, 3 DKIM CNAME and MX records, pending', async () => {
    const name = uniqueDomain();
    const r = await api('POST', '/domains', { domain: name.toUpperCase() });
    expect(r.status).toBe(201);
    const d = r.body;
    expect(d).toMatchObject({
      accountId: SEED_ACCOUNT_ID,
      domain: name,
      verificationStatus: 'pending',
      sendingStatus: 'pending',
      receivingStatus: 'pending',
      verifiedAt: null,
      sendingVerifiedAt: null,
      receivingVerifiedAt: null,
    });
    expect(d.dkimTokens).toHaveLength(3);
    expect(d.verificationToken).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(d.sendingDnsRecords).toEqual([
      { type: 'TXT', name: `_amazonses.${name}`, value: d.verificationToken },
      ...d.dkimTokens.map((t: string) => ({
        type: 'CNAME',
        name: `${t}._domainkey.${name}`,
        value: `${t}.dkim.amazonses.com`,
      })),
    ]);
    expect(d.receivingDnsRecords).toEqual([{ type: 'MX', name, value: 'mx.agentsend.io', priority: 10 }]);
    expect(d.dnsRecords).toEqual([...d.sendingDnsRecords, ...d.receivingDnsRecords]);
  });

  it('answers the same domain twice in one account with 409 DOMAIN_EXISTS, but another account may add it', async () => {
    const name = uniqueDomain();
    expect((await api('POST', '/domains', { domain: name })).status).toBe(201);
    const dup = await api('POST', '/domains', { domain: name.toUpperCase() });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('DOMAIN_EXISTS');
    expect(dup.body.error.status).toBe(409);
    expect((await other('POST', '/domains', { domain: name })).status).toBe(201);
  });

  it('rejects a missing, malformed, mistyped or oversize domain and malformed JSON', async () => {
    const cases: unknown[] = [
      {},
      { domain: 'nodot' },
      { domain: '-bad.example.com' },
      { domain: 42 },
      { domain: `${'a'.repeat(252)}.com` },
      { domain: 'ab' },
    ];
    for (const body of cases) {
      const r = await api('POST', '/domains', body);
      expect(r.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION_ERROR');
      expect(r.body.error.details.domain).toBeDefined();
    }
    const malformed = await api('POST', '/domains', '{"domain":', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('VALIDATION_ERROR');
  });

  it('lists {data,total} without record arrays, paginated, and gets one with its records', async () => {
    const a = (await api('POST', '/domains', { domain: uniqueDomain() })).body;
    const list = await api('GET', '/domains?limit=100');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(list.body.data.length);
    const listed = list.body.data.find((d: { id: string }) => d.id === a.id);
    expect(listed).toBeDefined();
    expect(listed).not.toHaveProperty('dnsRecords');
    expect(listed).not.toHaveProperty('sendingDnsRecords');
    const paged = await api('GET', '/domains?limit=1&offset=0');
    expect(paged.body.data).toHaveLength(1);
    expect(paged.body.total).toBe(list.body.total);
    expect((await api('GET', '/domains?limit=0')).status).toBe(400);
    expect((await api('GET', '/domains?limit=101')).status).toBe(400);

    const got = await api('GET', `/domains/${a.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(a);
  });

  it('verifies by default, emits domain.verified once, and accepts the SDK empty JSON body', async () => {
    const hook = (await api('POST', '/webhooks', { url: 'http://localhost:9/domains', events: ['domain.verified'] }))
      .body;
    const d = (await api('POST', '/domains', { domain: uniqueDomain() })).body;
    server.engine.clock.advance(1000);
    const r = await fetch(`${server.url()}/domains/${d.id}/verify`, {
      method: 'POST',
      headers: { authorization: `Bearer ${DEV_KEY}`, 'content-type': 'application/json' },
    });
    expect(r.status).toBe(200);
    const v = (await r.json()) as any;
    expect(v).toMatchObject({
      id: d.id,
      verificationStatus: 'verified',
      sendingStatus: 'verified',
      receivingStatus: 'verified',
    });
    expect(v.verifiedAt).not.toBeNull();
    expect(v.sendingVerifiedAt).toBe(v.verifiedAt);
    expect(v.receivingVerifiedAt).toBe(v.verifiedAt);
    expect(v.dnsRecords).toEqual(d.dnsRecords);
    expect(Date.parse(v.updatedAt)).toBeGreaterThan(Date.parse(d.updatedAt));

    expect(deliveries).toHaveLength(1);
    const delivery = deliveries[0]!;
    expect(delivery).toMatchObject({
      provider: 'agentsend',
      tenant: SEED_ACCOUNT_ID,
      subscriptionId: hook.id,
      url: hook.url,
      event: 'domain.verified',
    });
    const payload = JSON.parse(delivery.body);
    expect(Object.keys(payload)).toEqual(['event', 'data', 'timestamp']);
    expect(payload.data).toEqual({ domainId: d.id, domain: d.domain, verifiedAt: v.verifiedAt });
    expect(delivery.headers['X-AgentSend-Signature']).toBe(signAgentSend(delivery.body, hook.secret));

    const again = await api('POST', `/domains/${d.id}/verify`);
    expect(again.status).toBe(200);
    expect(again.body.verifiedAt).toBe(v.verifiedAt);
    expect(deliveries).toHaveLength(1);
    await api('DELETE', `/webhooks/${hook.id}`);
  });

  it('fails or stays pending when the control route says so, and succeeds after the override is cleared', async () => {
    const d = (await api('POST', '/domains', { domain: uniqueDomain() })).body;
    expect(await setOutcome(d.id, 'fail')).toEqual({
      status: 200,
      body: { domainId: d.id, domain: d.domain, outcome: 'fail', override: true },
    });
    const failed = await api('POST', `/domains/${d.id}/verify`);
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({
      verificationStatus: 'failed',
      sendingStatus: 'failed',
      receivingStatus: 'failed',
      verifiedAt: null,
    });

    // An inbox cannot be created on a domain that failed verification.
    const inbox = await api('POST', '/inboxes', { domainId: d.id });
    expect(inbox.status).toBe(400);
    expect(inbox.body.error.code).toBe('DOMAIN_NOT_VERIFIED');

    await setOutcome(d.id, 'pending');
    const pending = await api('POST', `/domains/${d.id}/verify`);
    expect(pending.body).toMatchObject({
      verificationStatus: 'pending',
      sendingStatus: 'pending',
      receivingStatus: 'pending',
    });

    expect((await setOutcome(d.id, null)).body).toMatchObject({ outcome: 'succeed', override: false });
    const ok = await api('POST', `/domains/${d.id}/verify`);
    expect(ok.body.sendingStatus).toBe('verified');

    // A verified domain whose DNS check later fails stops being verified.
    await setOutcome(d.id, 'fail');
    const lost = await api('POST', `/domains/${d.id}/verify`);
    expect(lost.body).toMatchObject({ sendingStatus: 'failed', verifiedAt: null, sendingVerifiedAt: null });
    expect(deliveries).toEqual([]);
  });

  it('rejects a bad outcome or an unknown domain on the control route', async () => {
    const d = (await api('POST', '/domains', { domain: uniqueDomain() })).body;
    expect((await setOutcome(d.id, 'maybe')).status).toBe(400);
    expect((await setOutcome(UNKNOWN_ID, 'fail')).status).toBe(404);
  });

  it('refuses to delete a domain an inbox references, even a deleted inbox, with 409 DOMAIN_IN_USE', async () => {
    const d = (await api('POST', '/domains', { domain: uniqueDomain() })).body;
    await api('POST', `/domains/${d.id}/verify`);
    const inbox = await api('POST', '/inboxes', { domainId: d.id, address: `bot@${d.domain}` });
    expect(inbox.status).toBe(201);
    const inUse = await api('DELETE', `/domains/${d.id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.error).toMatchObject({ code: 'DOMAIN_IN_USE', status: 409 });

    expect((await api('DELETE', `/inboxes/${inbox.body.id}`)).status).toBe(204);
    const stillInUse = await api('DELETE', `/domains/${d.id}`);
    expect(stillInUse.status).toBe(409);
    expect((await api('GET', `/domains/${d.id}`)).status).toBe(200);
  });

  it('deletes an unused domain (SDK empty JSON body accepted); it is then 404', async () => {
    const d = (await api('POST', '/domains', { domain: uniqueDomain() })).body;
    await setOutcome(d.id, 'fail');
    const r = await fetch(`${server.url()}/domains/${d.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${DEV_KEY}`, 'content-type': 'application/json' },
    });
    expect(r.status).toBe(204);
    for (const [method, path] of [
      ['GET', `/domains/${d.id}`],
      ['POST', `/domains/${d.id}/verify`],
      ['DELETE', `/domains/${d.id}`],
    ] as const) {
      const gone = await api(method, path);
      expect(gone.status).toBe(404);
      expect(gone.body).toEqual({ error: { code: 'NOT_FOUND', message: `Domain '${d.id}' not found`, status: 404 } });
    }
    // The per-domain override went with the domain.
    expect(
      server.engine.store.db.prepare('SELECT 1 FROM as_meta WHERE key = ?').get(`domain_verification:${d.id}`),
    ).toBeUndefined();
  });

  it('answers a malformed id with 400 and details, and keeps other tenants out', async () => {
    for (const [method, path] of [
      ['GET', '/domains/nope'],
      ['POST', '/domains/nope/verify'],
      ['DELETE', '/domains/nope'],
    ] as const) {
      const r = await api(method, path);
      expect(r.status).toBe(400);
      expect(r.body.error.details.id).toBeDefined();
    }
    const mine = (await api('POST', '/domains', { domain: uniqueDomain() })).body;
    for (const [method, path] of [
      ['GET', `/domains/${mine.id}`],
      ['POST', `/domains/${mine.id}/verify`],
      ['DELETE', `/domains/${mine.id}`],
    ] as const) {
      const r = await other(method, path);
      expect(r.status).toBe(404);
      expect(r.body.error.message).toBe(`Domain '${mine.id}' not found`);
    }
    expect((await api('GET', `/domains/${mine.id}`)).body.sendingStatus).toBe('pending');
    const theirs = await other('GET', '/domains?limit=100');
    expect(theirs.body.data.some((d: { id: string }) => d.id === mine.id)).toBe(false);
  });

  it('needs credentials: no key is the exact 401, x-api-key works', async () => {
    const r = await client(server.url(), null)('GET', '/domains');
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ error: { code: 'UNAUTHORIZED', message: 'Invalid or missing API key', status: 401 } });
    expect((await client(server.url(), DEV_KEY, 'x-api-key')('GET', '/domains')).status).toBe(200);
  });

  it('recorded no contract violations', () => {
    expect(server.engine.journal.list({ violations: true })).toEqual([]);
  });
});

describe('domain verification default from configuration', () => {
  it('reads agentsend.domainVerification, flat or nested, and falls back to succeed', () => {
    expect(defaultOutcome({})).toBe('succeed');
    expect(defaultOutcome({ 'agentsend.domainVerification': 'fail' })).toBe('fail');
    expect(defaultOutcome({ agentsend: { domainVerification: 'pending' } })).toBe('pending');
    expect(defaultOutcome({ 'agentsend.domainVerification': 'nonsense' })).toBe('succeed');
  });

  it('fails every check when the server is started with the setting "fail"', async () => {
    const failing = await startTestServer({
      rateLimits: false,
      providerSettings: { 'agentsend.domainVerification': 'fail' } as never,
    });
    try {
      const call = client(failing.url());
      const d = (await call('POST', '/domains', { domain: 'configured.example.com' })).body;
      const r = await call('POST', `/domains/${d.id}/verify`);
      expect(r.status).toBe(200);
      expect(r.body.sendingStatus).toBe('failed');
      expect(failing.engine.journal.list({ violations: true })).toEqual([]);
    } finally {
      await failing.close();
    }
  });
});
