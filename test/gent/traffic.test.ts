/**
 * Gent's traffic rules: rate limits (429 with Retry-After and X-RateLimit-* headers, a stricter limit
 * on public endpoints), one error envelope, unknown routes and methods. Idempotency is in
 * idempotency.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance, expectNoViolations, GENT_DEV_MESSAGE_ID, GENT_DEV_TOKEN, startGent, type Gent } from './helpers.js';

let g: Gent;
beforeAll(async () => {
  // A frozen clock: a window's reset time is exact, and only `advance` moves it.
  g = await startGent({ rateLimits: true, clockFrozenAt: '2026-06-01T09:00:00.000Z' });
});
afterAll(async () => {
  expectNoViolations(g.server);
  await g.server.close();
});

const putLimits = (body: unknown): Promise<Response> =>
  fetch(`${g.base}/_mailsim/limits`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('rate limits', () => {
  it('limit headers on every answer; a 429 says how long to wait; the window reopens on the engine clock', async () => {
    expect((await putLimits({ default: '3/60s' })).status).toBe(200);
    try {
      await throttled();
    } finally {
      expect((await putLimits({ default: '120/60s' })).status).toBe(200);
    }
  });

  async function throttled(): Promise<void> {
    const nowS = Math.floor(g.server.engine.clock.nowMs() / 1000);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await g.agent('GET', '/v1/messages/'));
    expect(answers.slice(0, 3).map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.map((a) => a.headers.get('x-ratelimit-remaining'))).toEqual(['2', '1', '0', '0']);
    const limited = answers[3]!;
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-ratelimit-limit')).toBe('3');
    const reset = Number(limited.headers.get('x-ratelimit-reset'));
    expect(reset).toBe(nowS + 60);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(limited.body).toEqual({
      detail: `Request was throttled. Expected available in ${retryAfter} seconds.`,
      code: 'rate_limited',
      retry_after: retryAfter,
    });
    // A 429 is not kept under an Idempotency-Key: the retry after the wait runs.
    const throttledSend = await g.agent(
      'POST',
      '/v1/messages/',
      { to: [{ email: 'a@example.com' }], text_body: 'x' },
      { 'Idempotency-Key': 'after-429' },
    );
    expect(throttledSend.status).toBe(429);
    await advance(g, `${retryAfter + 1}s`);
    const retried = await g.agent(
      'POST',
      '/v1/messages/',
      { to: [{ email: 'a@example.com' }], text_body: 'x' },
      { 'Idempotency-Key': 'after-429' },
    );
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
  }

  it('public endpoints have a stricter limit per client address, apart from authenticated traffic', async () => {
    const anon = g.as(null);
    const answers = [];
    for (let i = 0; i < 21; i++) answers.push(await anon('POST', '/v1/waitlist/', { email: `w${i}@example.com` }));
    expect(answers.slice(0, 20).every((a) => a.status === 202)).toBe(true);
    expect(answers[20]!.status).toBe(429);
    expect(answers[20]!.headers.get('x-ratelimit-limit')).toBe('20');
    expect(answers[20]!.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(
      (await anon('POST', '/auth/login/', { email: 'dev@gent.mailsim.test', password: 'mailsim-dev-password' })).status,
    ).toBe(429);
    expect((await g.agent('GET', '/v1/messages/')).status).toBe(200);
    await advance(g, '61s');
    expect((await anon('POST', '/v1/waitlist/', { email: 'later@example.com' })).body).toEqual({ status: 'pending' });
  });
});

describe('errors', () => {
  it('one envelope for bad input: malformed JSON, unknown fields, wrong types, too large', async () => {
    const malformed = await g.agent('POST', '/v1/messages/', '{"to": [', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ code: 'invalid_request', errors: { body: ['malformed JSON'] } });
    const unknown = await g.agent('POST', '/v1/tasks/', { title: 't', colour: 'red' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual({ colour: ["must NOT have additional property 'colour'"] });
    const reply = await g.agent('POST', '/v1/messages/', { reply_to_message_id: GENT_DEV_MESSAGE_ID });
    expect(reply.body).toEqual({
      detail: 'Invalid request.',
      code: 'invalid_request',
      errors: { text_body: ['Provide text_body or html_body.'] },
    });
    const huge = await g.agent('POST', '/v1/tasks/', { title: 'x', notes: 'y'.repeat(1024 * 1024 + 10) });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('payload_too_large');
  });

  it('an unknown path is a 404 and a wrong method a 405 with Allow, whatever the credentials', async () => {
    const unknown = await g.as(null)('GET', '/v1/nothing-here/');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ detail: 'Not found: GET /v1/nothing-here/', code: 'not_found' });
    const wrong = await g.agent('PUT', '/v1/messages/', {});
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, POST');
  });

  it('a path without its trailing slash is a 404 naming the slashed path, with or without credentials', async () => {
    for (const [client, method, path] of [
      [g.agent, 'GET', '/v1/messages'],
      [g.agent, 'POST', '/v1/messages'],
      [g.as(null), 'POST', '/v1/approvals/apr_1/approve'],
    ] as const) {
      const res = await client(method, path, method === 'POST' ? {} : undefined);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body).toEqual({ detail: `Not found. Gent paths end with a slash: use ${path}/`, code: 'not_found' });
    }
    const journal = g.server.engine.journal.list({ provider: 'gent', limit: 3 });
    expect(journal.map((e) => e.errorCode)).toEqual(['not_found', 'not_found', 'not_found']);
  });

  it('a body in a media type the operation does not take is a 415', async () => {
    const res = await fetch(`${g.base}/v1/tasks/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${GENT_DEV_TOKEN}`, 'content-type': 'text/plain' },
      body: 'title=x',
    });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({
      detail: 'Unsupported media type; this endpoint takes application/json.',
      code: 'unsupported_media_type',
    });
  });

  it('every answer, engine-made ones included, carries an X-Request-Id the journal records', async () => {
    const ok = await g.agent('GET', '/v1/messages/');
    const refused = await g.as(null)('GET', '/v1/messages/');
    const ids = [ok, refused].map((r) => r.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(/^req_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(ids[0]).not.toBe(ids[1]);
    const recorded = g.server.engine.journal.list({ provider: 'gent', limit: 2 }).map((e) => e.requestId);
    expect(recorded.sort()).toEqual([...ids].sort());
  });
});
