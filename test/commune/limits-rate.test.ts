/**
 * Commune's rate limiters (policies.ts) on the engine clock: the send hour/day sliding logs and the
 * burst detector, inbox and domain creation per day, the per-IP sign-up limits and feedback per
 * org, with Commune's header names only on the routes that send them.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, type ApiResponse } from '../helpers/server.js';
import { countInboxDailySend } from '../../src/providers/commune/domain/quotas.js';
import {
  PURPOSE,
  addOrg,
  expectNoViolations,
  keypair,
  newAgent,
  claim,
  registration,
  resetLimiters,
  signB64,
  solveChallenge,
  startCommune,
  type Call,
} from './agents-helpers.js';

const T0 = Date.parse('2030-03-04T05:06:07.000Z');
let server: MailsimServer;
let api: Call;
let url: string;
let orgSeq = 0;

beforeAll(async () => {
  ({ server, api, url } = await startCommune({ clockFrozenAt: new Date(T0).toISOString() }));
});
afterAll(async () => {
  expectNoViolations(server);
  await server.close();
});
beforeEach(() => resetLimiters(server));

const nowMs = () => server.engine.clock.nowMs();
const header = (r: ApiResponse, name: string) => r.headers.get(name);
const rateHeaders = (r: ApiResponse) => [...r.headers.keys()].filter((h) => /ratelimit|retry-after/i.test(h)).sort();

/** A new organisation on `tier` with one inbox to send from. */
async function orgWithInbox(tier: string): Promise<{ call: Call; inboxId: string }> {
  const id = (++orgSeq).toString(16).padStart(2, '0').repeat(16);
  const call = client(url, addOrg(server, { id, tier }));
  const inbox = await call('POST', '/v1/inboxes', { local_part: `sender-${id.slice(0, 6)}` });
  expect(inbox.status, inbox.text).toBe(201);
  return { call, inboxId: inbox.body.data.id };
}

const send = (call: Call, inboxId: string, n = 0) =>
  call('POST', '/v1/messages/send', { to: 'rcpt@example.com', subject: `s${n}`, text: 'hello', inbox_id: inboxId });

describe('send: hourly and daily sliding logs per organisation', () => {
  test('hour and day trios on every send; the 11th free-tier send in an hour is 429 with Retry-After', async () => {
    const { call, inboxId } = await orgWithInbox('free');
    for (let i = 1; i <= 10; i++) {
      const res = await send(call, inboxId, i);
      expect(res.status, res.text).toBe(202);
      expect(header(res, 'x-ratelimit-limit-hour')).toBe('10');
      expect(header(res, 'x-ratelimit-remaining-hour')).toBe(String(10 - i));
      expect(header(res, 'x-ratelimit-reset-hour')).toBe(String(Math.ceil((nowMs() + 3600_000) / 1000)));
      expect(header(res, 'x-ratelimit-limit-day')).toBe('50');
      expect(header(res, 'x-ratelimit-remaining-day')).toBe(String(50 - i));
      expect(header(res, 'x-ratelimit-reset-day')).toBe(String(Math.ceil((nowMs() + 86_400_000) / 1000)));
      expect(header(res, 'retry-after')).toBeNull();
      expect(header(res, 'ratelimit-limit')).toBeNull();
    }
    const over = await send(call, inboxId, 11);
    expect(over.status).toBe(429);
    expect(over.body).toEqual({ error: 'Hourly email rate limit exceeded', retryAfter: 3600 });
    expect(header(over, 'retry-after')).toBe('3600');
    expect(header(over, 'x-ratelimit-remaining-hour')).toBe('0');
    // Refused by the hour limiter, so the day log did not count it.
    expect(header(over, 'x-ratelimit-remaining-day')).toBeNull();
    // Sliding: 30 minutes later the oldest send still counts…
    server.engine.clock.advance(1800_000);
    const still = await send(call, inboxId, 12);
    expect(still.status).toBe(429);
    expect(still.body.retryAfter).toBe(1800);
    // …and an hour after the first sends the window has room again.
    server.engine.clock.advance(1800_000);
    expect((await send(call, inboxId, 13)).status).toBe(202);
  });

  test('the day log refuses the 51st free-tier send within 24 h, whatever later checks answered', async () => {
    const { call, inboxId } = await orgWithInbox('free');
    const statuses: number[] = [];
    for (let hour = 0; hour < 5; hour++) {
      for (let i = 0; i < 10; i++) statuses.push((await send(call, inboxId, hour * 10 + i)).status);
      server.engine.clock.advance(3600_000);
    }
    // The inbox's own cap (20 a day on free) refused some of them after the org limiters counted them.
    expect(statuses.filter((s) => s === 202)).toHaveLength(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30);
    const over = await send(call, inboxId, 51);
    expect(over.status).toBe(429);
    expect(over.body.error).toBe('Daily email rate limit exceeded');
    expect(over.body.retryAfter).toBeGreaterThan(0);
    expect(header(over, 'x-ratelimit-remaining-day')).toBe('0');
    expect(header(over, 'x-ratelimit-limit-hour')).toBe('10');
  });
});

describe('send: the burst detector', () => {
  test('16 sends in 10 s: the 16th is refused with reasons and no Retry-After; refused attempts still count', async () => {
    const { call, inboxId } = await orgWithInbox('agent_pro');
    for (let i = 1; i <= 15; i++) expect((await send(call, inboxId, i)).status).toBe(202);
    const burst = await send(call, inboxId, 16);
    expect(burst.status).toBe(429);
    expect(burst.body).toEqual({
      error: 'Send rate too high — slow down',
      reasons: ['16 emails in 10s (max: 15)'],
      retryAfter: 10,
    });
    expect(header(burst, 'retry-after')).toBeNull();
    // The hour and day logs ran first and counted it.
    expect(header(burst, 'x-ratelimit-remaining-hour')).toBe(String(200 - 16));
    const again = await send(call, inboxId, 17);
    expect(again.body.reasons).toEqual(['17 emails in 10s (max: 15)']);

    // 10 s later the short window is clear; the minute window still holds all 17.
    server.engine.clock.advance(10_000);
    for (let i = 0; i < 15; i++) expect((await send(call, inboxId, 100 + i)).status).toBe(202);
    server.engine.clock.advance(10_000);
    for (let i = 0; i < 15; i++) expect((await send(call, inboxId, 200 + i)).status).toBe(202);
    server.engine.clock.advance(10_000);
    for (let i = 0; i < 3; i++) expect((await send(call, inboxId, 300 + i)).status).toBe(202);
    const minute = await send(call, inboxId, 400);
    expect(minute.status).toBe(429);
    expect(minute.body.reasons).toEqual(['51 emails in 60s (max: 50)']);
  });

  test('enterprise skips every org limiter: no 429 and no headers', async () => {
    const { call, inboxId } = await orgWithInbox('enterprise');
    for (let i = 0; i < 20; i++) {
      const res = await send(call, inboxId, i);
      expect(res.status).toBe(202);
      expect(rateHeaders(res)).toEqual([]);
    }
  });
});

describe('per-inbox daily cap (used by the send handler)', () => {
  test('counts per inbox in a fixed 24 h window from the first send, and names tier and count in its 429', () => {
    const services = server.engine.provider('commune')!.services;
    const o = { orgId: 'cap-org', tier: 'free', inboxId: 'inbox-a' };
    for (let i = 0; i < 20; i++) countInboxDailySend(services, o);
    let err: any;
    try {
      countInboxDailySend(services, o);
    } catch (e) {
      err = e;
    }
    expect(err.status).toBe(429);
    expect(err.options.exactBody).toEqual({
      error: 'Inbox daily send limit exceeded',
      inbox_id: 'inbox-a',
      current_count: 21,
      daily_limit: 20,
      tier: 'free',
    });
    // Another inbox has its own counter.
    expect(() => countInboxDailySend(services, { ...o, inboxId: 'inbox-b' })).not.toThrow();
    server.engine.clock.advance(24 * 3600_000);
    expect(() => countInboxDailySend(services, o)).not.toThrow();
  });
});

describe('inbox and domain creation per day', () => {
  test('inbox creates carry the day trio; the 11th on agent_pro is 429, both create routes share the log', async () => {
    const id = 'e1'.repeat(16);
    const call = client(url, addOrg(server, { id, tier: 'agent_pro' }));
    const shared = '5f0c8a2e-1b3d-4e6f-9a7b-2c4d6e8f0a1b';
    for (let i = 1; i <= 10; i++) {
      const res =
        i % 2
          ? await call('POST', '/v1/inboxes', { local_part: `daily-${i}` })
          : await call('POST', `/v1/domains/${shared}/inboxes`, { local_part: `daily-${i}` });
      expect(res.status, res.text).toBe(201);
      expect(header(res, 'x-ratelimit-limit-day')).toBe('10');
      expect(header(res, 'x-ratelimit-remaining-day')).toBe(String(10 - i));
      expect(header(res, 'x-ratelimit-limit-hour')).toBeNull();
    }
    const over = await call('POST', '/v1/inboxes', { local_part: 'daily-11' });
    expect(over.status).toBe(429);
    expect(over.body).toEqual({ error: 'Inbox creation rate limit exceeded', retryAfter: 86400 });
    expect(header(over, 'retry-after')).toBe('86400');
  });

  test('domain creates: 3 a day on agent_pro; free orgs get the paid-plan 403 without the limiter', async () => {
    const call = client(url, addOrg(server, { id: 'e2'.repeat(16), tier: 'agent_pro' }));
    for (let i = 1; i <= 3; i++) {
      const res = await call('POST', '/v1/domains', { name: `limit-${i}.example.org` });
      expect(res.status, res.text).toBe(201);
      expect(header(res, 'x-ratelimit-remaining-day')).toBe(String(3 - i));
    }
    const over = await call('POST', '/v1/domains', { name: 'limit-4.example.org' });
    expect(over.status).toBe(429);
    expect(over.body.error).toBe('Domain creation rate limit exceeded');
    const free = await client(url, addOrg(server, { id: 'e3'.repeat(16), tier: 'free' }))('POST', '/v1/domains', {
      name: 'free.example.org',
    });
    expect(free.status).toBe(403);
    expect(rateHeaders(free)).toEqual([]);
  });
});

describe('per-IP limits on the sign-up routes (draft-6 headers)', () => {
  const anon = () => client(url, null);

  test('agent-register: 5 a day per IP, failed attempts included', async () => {
    const a = anon();
    const first = await a('POST', '/v1/auth/agent-register', { agentName: 'x' });
    expect(first.status).toBe(400);
    expect(header(first, 'ratelimit-limit')).toBe('5');
    expect(header(first, 'ratelimit-remaining')).toBe('4');
    expect(header(first, 'ratelimit-policy')).toBe('5;w=86400');
    expect(header(first, 'ratelimit-reset')).toBe('86400');
    expect(header(first, 'x-ratelimit-limit-day')).toBeNull();
    for (let i = 2; i <= 5; i++)
      expect(
        (await a('POST', '/v1/auth/agent-register', registration(`ip-limit-${i}`, keypair().publicKey))).status,
      ).toBe(201);
    const over = await a('POST', '/v1/auth/agent-register', registration('ip-limit-6', keypair().publicKey));
    expect(over.status).toBe(429);
    expect(over.body).toEqual({ error: 'Too many registration attempts. Try again tomorrow.' });
    expect(header(over, 'ratelimit-remaining')).toBe('0');
    expect(header(over, 'retry-after')).toBe('86400');
    server.engine.clock.advance(86_400_000);
    expect((await a('POST', '/v1/auth/agent-register', registration('ip-limit-6', keypair().publicKey))).status).toBe(
      201,
    );
  });

  test('agent-verify: 10 per 15 minutes per IP', async () => {
    const a = anon();
    const keys = keypair();
    const reg = await a('POST', '/v1/auth/agent-register', registration('verify-limit', keys.publicKey));
    for (let i = 0; i < 10; i++) {
      const res = await a('POST', '/v1/auth/agent-verify', {
        agentSignupToken: reg.body.agentSignupToken,
        challengeResponse: 'x:1:y',
        signature: 'AA',
      });
      expect(res.status).toBe(400);
      expect(header(res, 'ratelimit-policy')).toBe('10;w=900');
    }
    const answer = solveChallenge(reg.body.challenge.text, PURPOSE);
    const body = {
      agentSignupToken: reg.body.agentSignupToken,
      challengeResponse: answer,
      signature: signB64(keys.privateKey, answer),
    };
    const over = await a('POST', '/v1/auth/agent-verify', body);
    expect(over.status).toBe(429);
    expect(over.body).toEqual({ error: 'Too many verification attempts.' });
    // 15 minutes later the window is open again (the sign-up token has lapsed by then too).
    server.engine.clock.advance(15 * 60_000);
    const late = await a('POST', '/v1/auth/agent-verify', body);
    expect([late.status, late.body.error]).toEqual([401, 'invalid_token']);
    expect(header(late, 'ratelimit-remaining')).toBe('9');
  });

  test('claim-ownership: 3 a day per IP', async () => {
    const agents = [];
    for (let i = 0; i < 4; i++) agents.push(await newAgent(server, `claim-limit-${i}`));
    resetLimiters(server);
    for (let i = 0; i < 3; i++)
      expect(
        (await agents[i]!.call('POST', '/v1/agent/claim-ownership', { ownerEmail: `o${i}@example.com` })).status,
      ).toBe(200);
    const over = await agents[3]!.call('POST', '/v1/agent/claim-ownership', { ownerEmail: 'o3@example.com' });
    expect(over.status).toBe(429);
    expect(over.body.error).toMatch(/^Too many/);
    expect(header(over, 'ratelimit-limit')).toBe('3');
  });
});

describe('feedback: 10 a minute per organisation', () => {
  test('the 11th is 429; another organisation is unaffected; a minute later it passes', async () => {
    for (let i = 0; i < 10; i++) {
      const res = await api('POST', '/v1/feedback', { type: 'signal', message: `n${i}` });
      expect(res.status).toBe(201);
      expect(header(res, 'ratelimit-remaining')).toBe(String(9 - i));
      expect(header(res, 'x-ratelimit-limit-hour')).toBeNull();
    }
    const over = await api('POST', '/v1/feedback', { type: 'signal', message: 'one too many' });
    expect(over.status).toBe(429);
    expect(over.body.error).toMatch(/^Too many feedback/);
    expect(header(over, 'retry-after')).toBe('60');
    const other = client(url, addOrg(server, { id: 'f1'.repeat(16), tier: 'free' }));
    expect((await other('POST', '/v1/feedback', { type: 'signal', message: 'mine' })).status).toBe(201);
    server.engine.clock.advance(60_000);
    expect((await api('POST', '/v1/feedback', { type: 'signal', message: 'later' })).status).toBe(201);
  });

  test('POST /_mailsim/reset empties the windows of the per-route limiters too', async () => {
    for (let i = 0; i < 11; i++) await api('POST', '/v1/feedback', { type: 'signal', message: `r${i}` });
    expect((await api('POST', '/v1/feedback', { type: 'signal', message: 'blocked' })).status).toBe(429);
    const reset = await fetch(`${url}/_mailsim/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'commune' }),
    });
    expect(reset.status).toBe(200);
    expect((await api('POST', '/v1/feedback', { type: 'signal', message: 'after reset' })).status).toBe(201);
  });
});

describe('headers only where Commune sends them', () => {
  test('reads, agent routes and claims-free routes carry no rate-limit header', async () => {
    for (const path of ['/v1/inboxes', '/v1/agent/org', '/v1/agent/api-keys', '/v1/me/limits', '/v1/credits']) {
      const res = await api('GET', path);
      expect(res.status, path).toBe(200);
      expect(rateHeaders(res), path).toEqual([]);
    }
  });
});

describe('rateLimits: false (--no-rate-limits)', () => {
  test('switches off every Commune limiter', async () => {
    const { server: off, api: offApi, url: offUrl } = await startCommune({ rateLimits: false });
    try {
      for (let i = 0; i < 12; i++) {
        const res = await offApi('POST', '/v1/feedback', { type: 'signal', message: `m${i}` });
        expect(res.status).toBe(201);
        expect(rateHeaders(res)).toEqual([]);
      }
      const a = client(offUrl, null);
      for (let i = 0; i < 6; i++)
        expect((await a('POST', '/v1/auth/agent-register', { agentName: 'x' })).status).toBe(400);
      expectNoViolations(off);
    } finally {
      await off.close();
    }
  });
});

// Kept here so the helper's claim flow also runs under a frozen clock.
test('a claimed agent sends under the same org limits as a key', async () => {
  const agent = await newAgent(server, 'limited-agent');
  await claim(server, agent);
  const inboxes = await agent.call('GET', '/v1/inboxes');
  const res = await agent.call('POST', '/v1/messages/send', {
    to: 'rcpt@example.com',
    subject: 'from agent',
    text: 'hi',
    inbox_id: inboxes.body.data[0].id,
  });
  expect(res.status, res.text).toBe(202);
  expect(header(res, 'x-ratelimit-limit-hour')).toBe('10');
  expect(header(res, 'x-commune-server-time')).toBe(String(nowMs()));
});
