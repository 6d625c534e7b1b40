/**
 * The SDK's client core against the emulator: both auth headers, `request-id` on every answer
 * (engine-made errors included), the error envelope, rate limits with `retry-after`, fault
 * injection and the SDK's own retries, the journal, reset, API keys and tenant isolation.
 */
import Anthropic, { AuthenticationError, InternalServerError, NotFoundError, RateLimitError } from '@anthropic-ai/sdk';
import { BetaEnvironmentNotFoundError } from '@anthropic-ai/sdk/resources/beta/environments/environments';
import { describe, expect, it } from 'vitest';
import {
  KEY,
  OTHER_KEY,
  PROVIDER,
  api,
  attempts,
  emulatorPerFile,
  rejection,
  sdk,
  startManagedAgents,
} from './helpers.js';

const { server, client } = await emulatorPerFile();

const ENVELOPE = {
  type: 'error',
  error: { type: expect.any(String), message: expect.any(String) },
  request_id: expect.stringMatching(/^req_/),
};

describe('authentication', () => {
  it('accepts the key as Authorization: Bearer (the SDK) and as x-api-key (openma)', async () => {
    expect((await api(server, KEY, 'bearer')('GET', '/v1/agents')).status).toBe(200);
    expect((await api(server, KEY, 'x-api-key')('GET', '/v1/agents')).status).toBe(200);
    const viaHeader = new Anthropic({
      baseURL: server.url(PROVIDER),
      defaultHeaders: { 'x-api-key': KEY },
      apiKey: null,
      maxRetries: 0,
    });
    expect((await viaHeader.beta.agents.list()).data).toEqual([]);
  });

  it('answers a missing or unknown key with AuthenticationError in the envelope', async () => {
    const missing = await api(server, null)('GET', '/v1/agents');
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({
      ...ENVELOPE,
      error: { type: 'authentication_error', message: 'x-api-key header is required' },
    });
    expect(missing.headers.get('request-id')).toBe(missing.body.request_id);
    expect(missing.headers.get('x-should-retry')).toBe('false');
    const wrong = await rejection(sdk(server, { apiKey: 'oma_not-a-key' }).beta.agents.list());
    expect(wrong).toBeInstanceOf(AuthenticationError);
    expect(wrong.apiMessage).toBe('invalid x-api-key');
  });

  it('lets any key in with acceptAnyKey, as the first tenant', async () => {
    const open = await startManagedAgents({ providerSettings: { 'managed-agents': { acceptAnyKey: true } } });
    try {
      const anyKey = sdk(open, { apiKey: 'sk-ant-whatever' });
      const agent = await anyKey.beta.agents.create({ name: 'a', model: 'm' });
      expect((await sdk(open).beta.agents.retrieve(agent.id)).id).toBe(agent.id);
    } finally {
      await open.close();
    }
  });
});

describe('request ids and the envelope', () => {
  it("puts request-id on successes (the journal's id) and on every kind of error", async () => {
    const { response, request_id } = await client.beta.agents.list().withResponse();
    expect(request_id).toMatch(/^req_/);
    expect(server.engine.journal.list({ provider: PROVIDER })[0]!.requestId).toBe(request_id);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);

    const unknownRoute = await api(server)('GET', '/v1/nope');
    expect(unknownRoute.status).toBe(404);
    expect(unknownRoute.body).toEqual({ ...ENVELOPE, error: { type: 'not_found_error', message: 'Not Found' } });
    expect(unknownRoute.headers.get('request-id')).toBe(unknownRoute.body.request_id);
    // openma's auth runs before routing: no key on an unknown route is a 401.
    expect((await api(server, null)('GET', '/v1/nope')).status).toBe(401);

    const invalid = await api(server)('POST', '/v1/agents', { name: 'x', model: 'm', surprise: true });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toEqual({
      type: 'invalid_request_error',
      message: 'surprise: Extra inputs are not permitted',
    });
    const malformed = await api(server)('POST', '/v1/agents', '{not json', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/^There was an issue with the JSON body/);
    for (const res of [invalid, malformed]) expect(res.headers.get('request-id')).toBe(res.body.request_id);
  });

  it('gives each request one id: the same in the header, the error body and the journal', async () => {
    const missing = await api(server)('GET', '/v1/agents/agent_nope');
    const wrongMethod = await api(server)('PUT', '/v1/agents');
    const noKey = await api(server, null)('GET', '/v1/agents');
    const ids = [missing, wrongMethod, noKey].map((r) => r.body.request_id);
    expect(new Set(ids).size).toBe(3);
    const journal = server.engine.journal.list({ provider: PROVIDER });
    for (const [res, code] of [
      [missing, 'not_found_error'],
      [wrongMethod, 'not_found_error'],
      [noKey, 'authentication_error'],
    ] as const) {
      expect(res.headers.get('request-id')).toBe(res.body.request_id);
      expect(res.body.request_id).toMatch(/^req_01[1-9A-HJ-NP-Za-km-z]{22}$/);
      expect(journal.find((e) => e.requestId === res.body.request_id)?.errorCode).toBe(code);
    }
    // openma's Hono app has no 405: another method on a known path is the unknown-route 404.
    expect(wrongMethod.status).toBe(404);
    expect(wrongMethod.body.error).toEqual({ type: 'not_found_error', message: 'Not Found' });
  });

  it('answers a body over the limit with 413 request_too_large', async () => {
    const huge = await api(server)(
      'POST',
      '/v1/agents',
      JSON.stringify({ name: 'x'.repeat(33 * 1024 * 1024), model: 'm' }),
      { 'content-type': 'application/json' },
    );
    expect(huge.status).toBe(413);
    expect(huge.body.error.type).toBe('request_too_large');
    expect(huge.headers.get('request-id')).toBe(huge.body.request_id);
  });
});

describe('rate limits, faults and retries', () => {
  it('sends anthropic-ratelimit headers and a 429 rate_limit_error with retry-after', async () => {
    const limited = await startManagedAgents({ rateLimits: true, limits: { [PROVIDER]: { default: '3/60s' } } });
    try {
      const c = sdk(limited);
      const ok = await c.beta.agents.list().withResponse();
      expect(ok.response.headers.get('anthropic-ratelimit-requests-limit')).toBe('3');
      expect(ok.response.headers.get('anthropic-ratelimit-requests-remaining')).toBe('2');
      expect(Date.parse(ok.response.headers.get('anthropic-ratelimit-requests-reset')!)).toBeGreaterThan(
        limited.engine.clock.nowMs(),
      );
      await c.beta.agents.list();
      await c.beta.agents.list();
      const e = await rejection(c.beta.agents.list());
      expect(e).toBeInstanceOf(RateLimitError);
      expect(e.type).toBe('rate_limit_error');
      expect(Number(e.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(e.headers.get('x-should-retry')).toBeNull();
    } finally {
      await limited.close();
    }
  });

  it('injects faults per request and by rule; the SDK retries an injected 503 on its own', async () => {
    const injected = await rejection(client.beta.agents.list({}, { headers: { 'x-mailsim-fault': '503' } }));
    expect(injected).toBeInstanceOf(InternalServerError);
    expect(injected.status).toBe(503);
    expect(injected.error).toMatchObject({ type: 'error', error: { type: 'api_error' } });
    expect(injected.requestID).toMatch(/^req_/);

    server.engine.faults.add({
      match: { provider: PROVIDER, operationId: 'listAgents' },
      action: { type: 'status', status: 503, retryAfter: 0 },
      times: 1,
    });
    const before = attempts(server, 'listAgents');
    const page = await sdk(server, { maxRetries: 1 }).beta.agents.list();
    expect(page.data).toEqual([]);
    expect(attempts(server, 'listAgents') - before).toBe(2);
    const journal = server.engine.journal.list({ provider: PROVIDER, operation: 'listAgents' });
    expect(journal.slice(0, 2).map((e) => e.status)).toEqual([200, 503]);
  });

  it("gives an injected 429 the limiter's own headers, and an injected error_code the SDK's typed class", async () => {
    const before = server.engine.clock.nowMs();
    const limited = await rejection(client.beta.agents.list({}, { headers: { 'x-mailsim-fault': '429' } }));
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('anthropic-ratelimit-requests-remaining')).toBe('0');
    // The reset is an RFC 3339 time (the policy's formatter), one second after the request.
    const reset = Date.parse(limited.headers.get('anthropic-ratelimit-requests-reset'));
    expect(reset).toBeGreaterThanOrEqual(before + 1000);
    expect(reset).toBeLessThanOrEqual(server.engine.clock.nowMs() + 1000);
    expect(limited.headers.get('x-ratelimit-limit')).toBeNull();

    // An environment that exists, so only the injected fault can make this a 404.
    const env = await client.beta.environments.create({ name: 'real' });
    const fault = { headers: { 'x-mailsim-fault': '404:environment_not_found' } };
    const typed = await rejection(client.beta.environments.retrieve(env.id, {}, fault));
    expect(typed).toBeInstanceOf(BetaEnvironmentNotFoundError);
    expect(typed.error.error.details).toEqual({ error_code: 'environment_not_found' });
  });
});

describe('state: reset, keys, tenants', () => {
  it('reset brings back the seed: resources gone, dev key valid, created keys gone', async () => {
    const agent = await client.beta.agents.create({ name: 'temp', model: 'm' });
    const created = await api(server)('POST', '/v1/api_keys', { name: 'ci' });
    expect(created.status).toBe(201);
    const res = await fetch(`${server.url(PROVIDER)}/_mailsim/reset`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(await rejection(client.beta.agents.retrieve(agent.id))).toBeInstanceOf(NotFoundError);
    expect((await api(server, created.body.key)('GET', '/v1/agents')).status).toBe(401);
    expect((await client.beta.skills.retrieve('pdf')).id).toBe('pdf');
  });

  it('shows a new key once, lists keys without it, and stops accepting it once revoked', async () => {
    const call = api(server);
    const created = await call('POST', '/v1/api_keys', { name: 'ci runner' });
    expect(created.body).toMatchObject({ name: 'ci runner', prefix: created.body.key.slice(0, 8) });
    expect(created.body.key).toMatch(/^oma_[A-Za-z0-9]{36}$/);
    expect(created.body.id).toMatch(/^apikey_01/);
    const untitled = await call('POST', '/v1/api_keys');
    expect(untitled.body.name).toBe('Untitled key');
    const listed = await call('GET', '/v1/api_keys');
    expect(listed.body.data.map((k: { name: string }) => k.name)).toEqual([
      'mailsim dev key',
      'ci runner',
      'Untitled key',
    ]);
    expect(listed.text).not.toContain(created.body.key);
    const withNewKey = sdk(server, { apiKey: created.body.key });
    expect((await withNewKey.beta.agents.list()).data).toEqual([]);
    expect((await call('GET', '/v1/api_keys')).body.data[1].last_used_at).not.toBeNull();
    expect((await call('DELETE', `/v1/api_keys/${created.body.id}`)).body).toEqual({
      type: 'api_key_deleted',
      id: created.body.id,
    });
    expect(await rejection(withNewKey.beta.agents.list())).toBeInstanceOf(AuthenticationError);
    expect((await api(server, OTHER_KEY)('DELETE', `/v1/api_keys/${untitled.body.id}`)).status).toBe(404);
  });

  it('keeps each tenant to its own resources', async () => {
    const other = sdk(server, { apiKey: OTHER_KEY });
    const vault = await client.beta.vaults.create({ display_name: 'mine' });
    const store = await client.beta.memoryStores.create({ name: 'mine' });
    expect(await rejection(other.beta.vaults.retrieve(vault.id))).toBeInstanceOf(NotFoundError);
    expect(await rejection(other.beta.memoryStores.memories.list(store.id))).toBeInstanceOf(NotFoundError);
    expect((await other.beta.vaults.list()).data).toEqual([]);
    expect((await other.beta.skills.list()).data.map((s) => s.id)).toContain('xlsx');
  });

  it('answers /health and /healthz without a key', async () => {
    const health = await api(server, null)('GET', '/health');
    expect(health.body).toEqual({ status: 'ok' });
    expect(health.headers.get('request-id')).toMatch(/^req_/);
    expect((await api(server, null)('GET', '/healthz')).body).toEqual({ ok: true });
  });
});
