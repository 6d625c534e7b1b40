/**
 * Gent's traffic rules: rate limits (429 with Retry-After and X-RateLimit-* headers, a stricter limit
 * on public endpoints), Idempotency-Key on every side-effecting POST and PATCH, one error envelope,
 * unknown routes and methods.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailsimError } from '../../src/engine/errors.js';
import { renderError } from '../../src/providers/gent/errors.js';
import { advance, expectNoViolations, GENT_DEV_INBOX_ID, GENT_DEV_MESSAGE_ID, startGent, type Api, type Gent } from './helpers.js';

let g: Gent;
let session: Api;
beforeAll(async () => {
  // A frozen clock: a window's reset time is exact, and only `advance` moves it.
  g = await startGent({ rateLimits: true, clockFrozenAt: '2026-06-01T09:00:00.000Z' });
  session = g.as((await g.login()).access);
});
afterAll(async () => {
  expectNoViolations(g.server);
  await g.server.close();
});

const putLimits = (body: unknown): Promise<Response> =>
  fetch(`${g.base}/_mailsim/limits`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('rate limits', () => {
  it('every answer carries the limit headers; over the limit a 429 says how long to wait, and the window opens on the engine clock', async () => {
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
    expect(limited.body).toEqual({ detail: `Request was throttled. Expected available in ${retryAfter} seconds.`, code: 'rate_limited', retry_after: retryAfter });
    // A 429 is not kept under an Idempotency-Key: the retry after the wait runs.
    const throttledSend = await g.agent('POST', '/v1/messages/', { to: [{ email: 'a@example.com' }], text_body: 'x' }, { 'Idempotency-Key': 'after-429' });
    expect(throttledSend.status).toBe(429);
    await advance(g, `${retryAfter + 1}s`);
    const retried = await g.agent('POST', '/v1/messages/', { to: [{ email: 'a@example.com' }], text_body: 'x' }, { 'Idempotency-Key': 'after-429' });
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
    expect((await anon('POST', '/auth/login/', { email: 'dev@gent.mailsim.test', password: 'mailsim-dev-password' })).status).toBe(429);
    expect((await g.agent('GET', '/v1/messages/')).status).toBe(200);
    await advance(g, '61s');
    expect((await anon('POST', '/v1/waitlist/', { email: 'later@example.com' })).body).toEqual({ status: 'pending' });
    session = g.as((await g.login()).access);
  });
});

/** A request for every operation marked x-gent-idempotent, and a different request under the same key. */
interface Case { client: () => Api; method: string; path: () => string; body: () => unknown; other: () => unknown; type?: string }

describe('Idempotency-Key on every side-effecting call', () => {
  const made: Record<string, string> = {};
  // A fixed boundary: a retry must send the same bytes (FormData picks a new boundary each time).
  const BOUNDARY = 'gent-idempotency-test';
  const form = (text: string): string =>
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${text}.txt"\r\nContent-Type: text/plain\r\n\r\n${text}\r\n--${BOUNDARY}--\r\n`;
  const agent = (): Api => g.agent;
  const user = (): Api => session;
  const cases: Record<string, Case> = {
    createDomain: { client: user, method: 'POST', path: () => '/v1/domains/', body: () => ({ domain: 'idem.example.com' }), other: () => ({ domain: 'idem2.example.com' }) },
    verifyDomain: { client: user, method: 'POST', path: () => '/v1/domains/idem.example.com/verify/', body: () => undefined, other: () => ({}) },
    createInbox: { client: user, method: 'POST', path: () => '/v1/inboxes/', body: () => ({ address: 'idem@idem.example.com' }), other: () => ({ address: 'idem2@idem.example.com' }) },
    updateInbox: { client: user, method: 'PATCH', path: () => `/v1/inboxes/${made.createInbox}/`, body: () => ({ display_name: 'a' }), other: () => ({ display_name: 'b' }) },
    createToken: { client: user, method: 'POST', path: () => '/v1/tokens/', body: () => ({ inbox_id: GENT_DEV_INBOX_ID, label: 'idem', scopes: ['email:read'] }), other: () => ({ inbox_id: GENT_DEV_INBOX_ID, label: 'idem2', scopes: ['email:read'] }) },
    rotateToken: { client: user, method: 'POST', path: () => `/v1/tokens/${made.createToken}/rotate/`, body: () => undefined, other: () => ({}) },
    sendMessage: { client: agent, method: 'POST', path: () => '/v1/messages/', body: () => ({ to: [{ email: 'idem@example.com' }], text_body: 'once' }), other: () => ({ to: [{ email: 'idem@example.com' }], text_body: 'twice' }) },
    uploadBlob: { client: agent, method: 'POST', path: () => '/v1/blobs/', body: () => form('a'), other: () => form('b'), type: `multipart/form-data; boundary=${BOUNDARY}` },
    createThreadNote: { client: agent, method: 'POST', path: () => '/v1/messages/threads/thr_01JDEVGENT0000000000000001/notes/', body: () => ({ body: 'n1' }), other: () => ({ body: 'n2' }) },
    assignThread: { client: agent, method: 'POST', path: () => '/v1/messages/threads/thr_01JDEVGENT0000000000000001/assign/', body: () => ({ to_inbox_id: made.createInbox }), other: () => ({ to_inbox_id: GENT_DEV_INBOX_ID }) },
    approveAction: { client: user, method: 'POST', path: () => `/v1/approvals/${made.approve}/approve/`, body: () => ({}), other: () => ({ inbox_id: GENT_DEV_INBOX_ID }) },
    rejectAction: { client: user, method: 'POST', path: () => `/v1/approvals/${made.reject}/reject/`, body: () => ({}), other: () => ({ inbox_id: GENT_DEV_INBOX_ID }) },
    createContact: { client: agent, method: 'POST', path: () => '/v1/contacts/', body: () => ({ full_name: 'Idem' }), other: () => ({ full_name: 'Idem 2' }) },
    createFile: { client: agent, method: 'POST', path: () => '/v1/files/', body: () => ({ name: 'idem', file_type: 'spreadsheet' }), other: () => ({ name: 'idem2', file_type: 'spreadsheet' }) },
    appendFileRows: { client: agent, method: 'POST', path: () => `/v1/files/${made.createFile}/rows/`, body: () => ({ rows: [{ a: 1 }] }), other: () => ({ rows: [{ a: 2 }] }) },
    createFileLink: { client: agent, method: 'POST', path: () => `/v1/files/${made.createFile}/link/`, body: () => undefined, other: () => ({}) },
    createTask: { client: agent, method: 'POST', path: () => '/v1/tasks/', body: () => ({ title: 'idem' }), other: () => ({ title: 'idem2' }) },
    updateTask: { client: agent, method: 'PATCH', path: () => `/v1/tasks/${made.createTask}/`, body: () => ({ status: 'done' }), other: () => ({ status: 'open' }) },
    createWorkflowRule: { client: agent, method: 'POST', path: () => '/v1/workflows/', body: () => rule('a'), other: () => rule('b') },
    updateWorkflowRule: { client: agent, method: 'PATCH', path: () => `/v1/workflows/${made.createWorkflowRule}/`, body: () => ({ enabled: false }), other: () => ({ enabled: true }) },
    createWorkRoute: { client: agent, method: 'POST', path: () => '/v1/work-routes/', body: () => ({ name: 'a', request_type: 'approval', recipients: [{ email: 'r@example.com' }] }), other: () => ({ name: 'b', request_type: 'approval', recipients: [{ email: 'r@example.com' }] }) },
    createAlert: { client: agent, method: 'POST', path: () => '/v1/alerts/', body: () => alert('a'), other: () => alert('b') },
    updateAlert: { client: agent, method: 'PATCH', path: () => `/v1/alerts/${made.createAlert}/`, body: () => ({ retries: 1 }), other: () => ({ retries: 2 }) },
  };
  const rule = (name: string) => ({ name, trigger: 'email_received', writes: [{ target: { type: 'task' } }] });
  const alert = (target: string) => ({ inbox_id: GENT_DEV_INBOX_ID, events: ['message.sent'], delivery: { type: 'task', target } });
  const idOf = (body: any): string | undefined => body?.inbox_id && body?.address ? body.inbox_id : body?.token_id ?? body?.file_id ?? body?.task_id ?? body?.rule_id ?? body?.id ?? body?.domain;

  it('covers every operation the contract marks x-gent-idempotent', async () => {
    const doc = (await g.as(null)('GET', '/v1/reference/api/')).body;
    const marked = Object.values(doc.paths as Record<string, Record<string, any>>).flatMap((item) => Object.values(item)).filter((op) => op?.['x-gent-idempotent'] === true).map((op) => op.operationId).sort();
    expect(Object.keys(cases).sort()).toEqual(marked);
  });

  it('same key and request: the first answer again, marked replayed, with no second side effect; another request under the key: 409', async () => {
    const held = await makeHeldActions();
    made.approve = held[0]!;
    made.reject = held[1]!;
    for (const [op, c] of Object.entries(cases)) {
      const key = `idem-${op}`;
      const headers = { 'Idempotency-Key': key, ...(c.type ? { 'content-type': c.type } : {}) };
      const first = await c.client()(c.method, c.path(), c.body(), headers);
      expect(first.status, op).toBeGreaterThanOrEqual(200);
      expect(first.status, `${op}: ${first.text}`).toBeLessThan(300);
      made[op] = idOf(first.body) ?? '';
      const replay = await c.client()(c.method, c.path(), c.body(), headers);
      expect(replay.status, op).toBe(first.status);
      expect(replay.text, op).toBe(first.text);
      expect(replay.headers.get('idempotent-replayed'), op).toBe('true');
      const mismatch = await c.client()(c.method, c.path(), c.other(), headers);
      expect(mismatch.status, op).toBe(409);
      expect(mismatch.body.code, op).toBe('idempotency_key_reused');
    }
    // No duplicates: one message, one token, one task of each replayed create.
    const sends = await g.agent('GET', '/v1/messages/?direction=outbound&limit=200');
    expect(sends.body.results.filter((m: any) => m.to[0]?.email === 'idem@example.com')).toHaveLength(1);
    const tasks = await g.agent('GET', '/v1/tasks/?limit=200');
    expect(tasks.body.results.filter((t: any) => t.title === 'idem')).toHaveLength(1);
    const tokens = await session('GET', `/v1/tokens/?inbox_id=${GENT_DEV_INBOX_ID}&limit=200`);
    expect(tokens.body.results.filter((t: any) => t.label === 'idem')).toHaveLength(1);
  });

  it('a key still in flight is a 409; an injected 5xx keeps nothing, so the retry runs', async () => {
    const body = { to: [{ email: 'inflight@example.com' }], text_body: 'slow' };
    const slow = g.agent('POST', '/v1/messages/', body, { 'Idempotency-Key': 'in-flight', 'x-mailsim-fault': 'latency=400' });
    // Wait until the engine holds the key as in flight (the first request is inside its latency).
    const inFlight = g.server.engine.store.db.prepare("SELECT 1 FROM idempotency_keys WHERE key = 'in-flight' AND state = 'in_flight'");
    for (let i = 0; i < 200 && !inFlight.get(); i++) await new Promise((r) => setTimeout(r, 2));
    const second = await g.agent('POST', '/v1/messages/', body, { 'Idempotency-Key': 'in-flight' });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('idempotency_key_in_progress');
    expect((await slow).status).toBe(201);

    const failed = await g.agent('POST', '/v1/messages/', body, { 'Idempotency-Key': 'after-503', 'x-mailsim-fault': '503' });
    expect(failed.status).toBe(503);
    expect(failed.body.code).toBe('service_unavailable');
    const retried = await g.agent('POST', '/v1/messages/', body, { 'Idempotency-Key': 'after-503' });
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
  });

  async function makeHeldActions(): Promise<string[]> {
    const token = (await session('POST', '/v1/tokens/', { inbox_id: GENT_DEV_INBOX_ID, label: 'held', scopes: ['email:send'], requires_approval: ['email:send'] })).body.token;
    const ids: string[] = [];
    for (const text of ['approve me', 'reject me']) ids.push((await g.as(token)('POST', '/v1/messages/', { to: [{ email: 'x@example.com' }], text_body: text })).body.approval_id);
    return ids;
  }
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
    expect(reply.body).toEqual({ detail: 'Invalid request.', code: 'invalid_request', errors: { text_body: ['Provide text_body or html_body.'] } });
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

  it('renders the unknown-route answer for a path without its trailing slash by naming the slashed one', () => {
    const rendered = renderError(new MailsimError(404, 'ROUTE_NOT_FOUND', 'x', 'route_not_found'), { method: 'GET', path: '/v1/approvals/apr_1/approve' });
    expect(rendered).toEqual({ status: 404, headers: {}, body: { detail: 'Not found. Gent paths end with a slash: use /v1/approvals/apr_1/approve/', code: 'not_found' } });
  });

  // Known engine gap (contracts/gent.md §Engine gaps): the engine's router drops a request's trailing
  // slash before matching, so a path without it still reaches its operation. This asserts Gent's
  // behaviour and is expected to fail until the router can match paths exactly; then drop `.fails`.
  it.fails('a path without its trailing slash is a 404 naming the slashed path', async () => {
    const res = await g.agent('GET', '/v1/messages');
    expect(res.status).toBe(404);
    expect(res.body.detail).toContain('/v1/messages/');
  });
});
