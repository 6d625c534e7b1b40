/**
 * `/v1/me/limits`, `/v1/feedback` and the credits routes: shapes, per-tier values, validation,
 * the unconfigured checkout, and that each organisation sees only its own numbers.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client } from '../helpers/server.js';
import { SEED_ORG_ID, addOrg, expectNoViolations, startCommune, type Call } from './agents-helpers.js';

let server: MailsimServer;
let api: Call;
let url: string;

beforeAll(async () => {
  ({ server, api, url } = await startCommune());
});
afterAll(async () => {
  expectNoViolations(server);
  await server.close();
});

describe('GET /v1/me/limits', () => {
  test('reports the plan, its limits, usage and the next UTC hour and midnight', async () => {
    server.engine.clock.set(Date.parse('2031-05-06T07:08:09.010Z'));
    const res = await api('GET', '/v1/me/limits');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: {
        org_id: SEED_ORG_ID,
        plan: 'pro',
        limits: { emails_per_hour: 200, emails_per_day: 1000, inboxes: 25, domains: 3 },
        usage: { emails_sent_today: 0, inboxes_count: 1 },
        rate_limit_windows: {
          hourly_resets_at: '2031-05-06T08:00:00.000Z',
          daily_resets_at: '2031-05-07T00:00:00.000Z',
        },
      },
    });
    // No rate-limit headers on a route without a limiter.
    expect([...res.headers.keys()].filter((h) => h.includes('ratelimit'))).toEqual([]);
  });

  test('free and enterprise tiers: enterprise caps read null (unlimited)', async () => {
    const free = await client(url, addOrg(server, { id: '11'.repeat(16), tier: 'free' }))('GET', '/v1/me/limits');
    expect(free.body.data).toMatchObject({
      plan: 'free',
      limits: { emails_per_hour: 10, emails_per_day: 50, inboxes: 2, domains: 0 },
      usage: { inboxes_count: 0 },
    });
    const ent = await client(url, addOrg(server, { id: '22'.repeat(16), tier: 'enterprise' }))('GET', '/v1/me/limits');
    expect(ent.body.data).toMatchObject({
      plan: 'enterprise',
      limits: { emails_per_hour: 5000, emails_per_day: 25000, inboxes: null, domains: null },
    });
    const biz = await client(url, addOrg(server, { id: '33'.repeat(16), tier: 'business' }))('GET', '/v1/me/limits');
    expect(biz.body.data.limits).toEqual({ emails_per_hour: 1000, emails_per_day: 5000, inboxes: 100, domains: 10 });
  });

  test("usage counts the organisation's own inboxes and sends only", async () => {
    const key = addOrg(server, { id: '44'.repeat(16), tier: 'agent_pro' });
    const call = client(url, key);
    const inbox = await call('POST', '/v1/inboxes', { local_part: 'usage-counter' });
    expect(inbox.status).toBe(201);
    const sent = await call('POST', '/v1/messages/send', {
      to: 'someone@example.com',
      subject: 'count me',
      text: 'hi',
      inbox_id: inbox.body.data.id,
    });
    expect(sent.status).toBe(202);
    const usage = (await call('GET', '/v1/me/limits')).body.data.usage;
    expect(usage).toEqual({ emails_sent_today: 1, inboxes_count: 1 });
    expect((await api('GET', '/v1/me/limits')).body.data.usage).toEqual({ emails_sent_today: 0, inboxes_count: 1 });
    // A day later the send has left the 24 h window.
    server.engine.clock.advance(24 * 3600_000 + 1);
    expect((await call('GET', '/v1/me/limits')).body.data.usage.emails_sent_today).toBe(0);
  });
});

describe('POST /v1/feedback', () => {
  test('201 with a 24-hex id, echoing the type', async () => {
    for (const type of ['error', 'feature', 'signal']) {
      const res = await api('POST', '/v1/feedback', { type, message: `a ${type}`, context: { route: '/v1/inboxes' } });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        data: { id: expect.stringMatching(/^[0-9a-f]{24}$/), type, status: 'received', created_at: expect.any(String) },
      });
    }
    const stored = server.engine.store.db
      .prepare('SELECT org_id, context FROM cm_feedback WHERE message = ?')
      .get('a signal') as any;
    expect(stored).toEqual({ org_id: SEED_ORG_ID, context: '{"route":"/v1/inboxes"}' });
  });

  test('anything zod would refuse is "Invalid request body"', async () => {
    // A fresh minute: feedback is limited to 10 a minute per organisation.
    server.engine.clock.advance(61_000);
    const bad: unknown[] = [
      {},
      { type: 'bug', message: 'x' },
      { type: 'error' },
      { type: 'error', message: '' },
      { type: 'error', message: 'x'.repeat(4001) },
      { type: 'error', message: 'x', context: 'text' },
      { type: 'error', message: 'x', context: ['a'] },
      { type: 'error', message: 'x', context: null },
    ];
    for (const body of bad) {
      const res = await api('POST', '/v1/feedback', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body).toEqual({ error: 'Invalid request body' });
    }
    expect((await api('POST', '/v1/feedback', { type: 'error', message: 'x'.repeat(4000) })).status).toBe(201);
  });
});

describe('credits', () => {
  test('the balance is zero until the control plane sets one, per organisation', async () => {
    expect((await api('GET', '/v1/credits')).body).toEqual({
      data: { balance: 0, lifetime_credits: 0, lifetime_used: 0 },
    });
    const set = await fetch(`${url}/_mailsim/commune/credits`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ org_id: SEED_ORG_ID, balance: 120, lifetime_credits: 500 }),
    });
    expect(set.status).toBe(200);
    expect((await api('GET', '/v1/credits')).body).toEqual({
      data: { balance: 120, lifetime_credits: 500, lifetime_used: 0 },
    });
    const other = client(url, addOrg(server, { id: '55'.repeat(16), tier: 'free' }));
    expect((await other('GET', '/v1/credits')).body.data.balance).toBe(0);
    const invalid = await fetch(`${url}/_mailsim/commune/credits`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ org_id: SEED_ORG_ID, balance: -1 }),
    });
    expect(invalid.status).toBe(400);
    const unknown = await fetch(`${url}/_mailsim/commune/credits`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ org_id: 'nope', balance: 1 }),
    });
    expect(unknown.status).toBe(404);
  });

  test('bundles list starter, growth and scale with a 4-decimal price per credit', async () => {
    const res = await api('GET', '/v1/credits/bundles');
    expect(res.status).toBe(200);
    expect(res.body.data.map((b: any) => b.id)).toEqual(['starter', 'growth', 'scale']);
    for (const b of res.body.data) expect(b.price_per_credit).toBe((b.price / b.credits).toFixed(4));
  });

  test('checkout validates like zod (flattened details) and otherwise answers 503 not configured', async () => {
    const missing = await api('POST', '/v1/credits/checkout', {});
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({
      error: 'Invalid request',
      details: { formErrors: [], fieldErrors: { bundle: ['Required'] } },
    });
    const wrong = await api('POST', '/v1/credits/checkout', { bundle: 'mega', success_url: 'not a url' });
    expect(wrong.body.details.fieldErrors).toEqual({
      bundle: ["Invalid enum value. Expected 'starter' | 'growth' | 'scale', received 'mega'"],
      success_url: ['Invalid url'],
    });
    const ok = await api('POST', '/v1/credits/checkout', { bundle: 'growth', success_url: 'https://example.com/done' });
    expect(ok.status).toBe(503);
    expect(ok.body).toEqual({
      error: 'credit_bundles_not_configured',
      message: 'Credit purchase is not yet configured. Contact support.',
    });
  });
});
