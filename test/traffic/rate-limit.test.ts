/**
 * AgentSend's global limiter as the real server behaves (100 requests / 60 s per account, headers on
 * every answer but 401s), injected 429s with the same headers, and an SDK-style client that honours
 * Retry-After, with the engine clock standing in for the wait.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, DEV_KEY, startTestServer } from '../helpers/server.js';

let server: MailsimServer;
let api: ReturnType<typeof client>;
const ctl = async (method: string, path: string, body?: unknown): Promise<any> => {
  const res = await fetch(server.url() + path, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return res.status === 204 ? null : res.json();
};

/**
 * What an SDK does: retry on 429 and 5xx, waiting Retry-After seconds when given (else exponential
 * backoff). `sleep` is injectable, so a test can move the emulator's clock instead of waiting.
 */
async function withRetries(
  send: () => Promise<Response>,
  sleep: (ms: number) => Promise<void>,
  maxRetries = 3,
): Promise<{ res: Response; attempts: number; waits: number[] }> {
  const waits: number[] = [];
  for (let attempt = 0; ; attempt++) {
    const res = await send();
    if ((res.status === 429 || res.status >= 500) && attempt < maxRetries) {
      const header = res.headers.get('retry-after');
      const wait = header !== null && /^\d+$/.test(header) ? Number(header) * 1000 : 1000 * 2 ** attempt;
      await res.arrayBuffer();
      waits.push(wait);
      await sleep(wait);
      continue;
    }
    return { res, attempts: attempt + 1, waits };
  }
}

const advanceClock = async (ms: number): Promise<void> => {
  await ctl('POST', '/_mailsim/clock', { advance: `${ms}ms` });
};
const listInboxes = (): Promise<Response> =>
  fetch(`${server.url()}/inboxes`, { headers: { authorization: `Bearer ${DEV_KEY}` } });

beforeAll(async () => {
  server = await startTestServer();
  api = client(server.url());
});
afterEach(async () => {
  await ctl('POST', '/_mailsim/reset');
});
afterAll(() => server.close());

describe('AgentSend global rate limit', () => {
  it('100 requests per 60 s: headers count down, the 101st is 429 with retry-after, and advancing 60 s reopens the window', async () => {
    await ctl('POST', '/_mailsim/clock', { mode: 'frozen' });
    for (let i = 1; i <= 100; i++) {
      const r = await api('GET', '/inboxes');
      expect(r.status).toBe(200);
      expect(r.headers.get('x-ratelimit-limit')).toBe('100');
      expect(r.headers.get('x-ratelimit-remaining')).toBe(String(100 - i));
      expect(r.headers.get('x-ratelimit-reset')).toBe('60');
    }
    const limited = await api('GET', '/inboxes');
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({
      error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded. Try again in 60 seconds.', status: 429 },
    });
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.headers.get('x-ratelimit-limit')).toBe('100');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('x-ratelimit-reset')).toBe('60');

    await ctl('POST', '/_mailsim/clock', { advance: '59s' });
    const almost = await api('GET', '/inboxes');
    expect(almost.status).toBe(429);
    expect(almost.body.error.message).toBe('Rate limit exceeded. Try again in 1 seconds.');
    await ctl('POST', '/_mailsim/clock', { advance: '1s' });
    const reopened = await api('GET', '/inboxes');
    expect(reopened.status).toBe(200);
    expect(reopened.headers.get('x-ratelimit-remaining')).toBe('99');
    const journal = await ctl('GET', '/_mailsim/requests?status=429');
    expect(journal.data.map((e: any) => e.errorCode)).toEqual(['RATE_LIMIT_EXCEEDED', 'RATE_LIMIT_EXCEEDED']);
  });

  it('a 401 carries no rate-limit headers; a 404 does', async () => {
    const unauthorized = await client(server.url(), 'ask_wrong')('GET', '/inboxes');
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('x-ratelimit-limit')).toBeNull();
    const missing = await api('GET', '/inboxes/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-ratelimit-remaining')).toEqual(expect.any(String));
  });

  it('an SDK-style client honouring Retry-After gets through on its next try after the real limiter says 429', async () => {
    await ctl('POST', '/_mailsim/clock', { mode: 'frozen' });
    await ctl('PUT', '/_mailsim/limits', { default: '2/60s' });
    await listInboxes();
    await listInboxes();
    const { res, attempts, waits } = await withRetries(listInboxes, advanceClock);
    expect(res.status).toBe(200);
    expect(attempts).toBe(2);
    expect(waits).toEqual([60_000]);
  });

  it('an injected 429 carries complete rate-limit headers, and the retrying client succeeds on the next try', async () => {
    await ctl('POST', '/_mailsim/faults', {
      match: { operation: 'listInboxes' },
      action: { type: 'status', status: 429 },
      times: 1,
    });
    const first = await api('GET', '/inboxes');
    expect(first.status).toBe(429);
    expect(first.body).toEqual({
      error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded. Try again in 1 seconds.', status: 429 },
    });
    expect({
      limit: first.headers.get('x-ratelimit-limit'),
      remaining: first.headers.get('x-ratelimit-remaining'),
      reset: first.headers.get('x-ratelimit-reset'),
      retryAfter: first.headers.get('retry-after'),
    }).toEqual({ limit: '100', remaining: '0', reset: '1', retryAfter: '1' });

    await ctl('POST', '/_mailsim/faults', {
      match: { operation: 'listInboxes' },
      action: { type: 'status', status: 429, retryAfter: 5 },
      times: 1,
    });
    const slept: number[] = [];
    const { res, attempts, waits } = await withRetries(listInboxes, async (ms) => {
      slept.push(ms);
    });
    expect(res.status).toBe(200);
    expect(attempts).toBe(2);
    expect(waits).toEqual([5000]);
    expect(slept).toEqual([5000]);
  });

  it('the 429-storm scenario keeps answering 429 until its count runs out', async () => {
    await ctl('POST', '/_mailsim/scenarios', { name: '429-storm' });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await api('GET', '/inboxes')).status);
    expect(statuses.slice(0, 20).every((s) => s === 429)).toBe(true);
    expect(statuses[20]).toBe(200);
  });

  it('faults answer in the AgentSend envelope, and --no-rate-limits style config switches the limiter off', async () => {
    const r = await api('POST', '/inboxes', { displayName: 'x' }, { 'x-mailsim-fault': '502' });
    expect(r.status).toBe(502);
    expect(r.body).toEqual({ error: { code: 'BAD_GATEWAY', message: 'Injected fault: HTTP 502', status: 502 } });
    const off = await startTestServer({ rateLimits: false });
    try {
      const res = await client(off.url())('GET', '/inboxes');
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-limit')).toBeNull();
    } finally {
      await off.close();
    }
  });
});
