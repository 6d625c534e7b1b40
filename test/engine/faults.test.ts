import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { control, startTiny, tinyClient, type TinyServer } from './harness.js';
import { FaultEngine, mulberry32, parseFaultHeader, sampleLatency } from '../../src/engine/faults.js';

let tiny: TinyServer;
let api: ReturnType<typeof tinyClient>;

beforeAll(async () => {
  tiny = await startTiny({ config: { rateLimits: false } });
  api = tinyClient(tiny.url);
});
afterEach(async () => {
  await control(tiny.url, 'POST', '/_mailsim/reset');
});
afterAll(() => tiny.close());

const addFault = async (rule: unknown) => {
  const r = await control(tiny.url, 'POST', '/_mailsim/faults', rule);
  expect(r.status).toBe(201);
  return r.body.data[0];
};

/** The error code behind a failed fetch (undici wraps socket errors in `cause`). */
const causeCode = (e: unknown): string | undefined => {
  let cur = e as { code?: string; cause?: unknown } | undefined;
  for (let i = 0; cur && i < 5; i++) {
    if (cur.code) return cur.code;
    cur = cur.cause as typeof cur;
  }
  return undefined;
};

describe('fault actions, as a real HTTP client sees them', () => {
  it('status: answers the status in the provider envelope, before anything runs', async () => {
    await addFault({ match: { method: 'POST', path: '/things' }, action: { type: 'status', status: 503 } });
    const r = await api('POST', '/things', { name: 'never' });
    expect(r.status).toBe(503);
    expect(r.body).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', message: expect.any(String), status: 503 } });
    expect((tiny.engine.store.db.prepare('SELECT COUNT(*) AS n FROM tiny_things').get() as { n: number }).n).toBe(0);
    // Only the matching route is affected.
    expect((await api('GET', '/things')).status).toBe(200);
  });

  it('status: a custom code, message and Retry-After', async () => {
    await addFault({
      action: { type: 'status', status: 500, code: 'DB_DOWN', message: 'database unavailable', retryAfter: 3 },
    });
    const r = await api('GET', '/things');
    expect(r.status).toBe(500);
    expect(r.body.error).toEqual({ code: 'DB_DOWN', message: 'database unavailable', status: 500 });
    expect(r.headers.get('retry-after')).toBe('3');
  });

  it('latency: the answer comes no sooner than asked, and the journal counts the wait', async () => {
    const started = performance.now();
    const r = await api('GET', '/things', undefined, { 'x-mailsim-fault': 'latency=150' });
    expect(r.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(149);
    const [entry] = (await control(tiny.url, 'GET', '/_mailsim/requests?limit=1')).body.data;
    expect(entry.fault).toBe('header:latency=150');
    expect(entry.latencyMs).toBeGreaterThanOrEqual(149);
  });

  it('latency rules stack with another rule: slow, then 503', async () => {
    await addFault({ name: 'slow', action: { type: 'latency', ms: { fixed: 120 } } });
    await addFault({ name: 'down', action: { type: 'status', status: 503 } });
    const started = performance.now();
    const r = await api('GET', '/things');
    expect(r.status).toBe(503);
    expect(performance.now() - started).toBeGreaterThanOrEqual(119);
    const [entry] = (await control(tiny.url, 'GET', '/_mailsim/requests?limit=1')).body.data;
    expect(entry.fault).toBe('slow,down');
  });

  it('reset: the client sees ECONNRESET', async () => {
    await addFault({ action: { type: 'reset' } });
    const err = await api('GET', '/things').then(
      () => null,
      (e: unknown) => e,
    );
    expect(causeCode(err)).toBe('ECONNRESET');
    const [entry] = (await control(tiny.url, 'GET', '/_mailsim/requests?limit=1')).body.data;
    expect(entry).toMatchObject({ status: 0, errorCode: 'RESET' });
  });

  it('reset with node:http too: a socket error ECONNRESET, not an empty reply', async () => {
    const url = new URL(tiny.url);
    const err = await new Promise<NodeJS.ErrnoException>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: '/things',
          headers: { 'x-mailsim-fault': 'reset', authorization: 'Bearer tk_alpha' },
        },
        () => reject(new Error('got a response')),
      );
      req.on('error', resolve);
      req.end();
    });
    expect(err.code).toBe('ECONNRESET');
    // A clean close would be "socket hang up" with the same code; a TCP RST fails the read itself.
    expect(err.syscall).toBe('read');
  });

  it('hang: no answer, so the client times out', async () => {
    const err = await fetch(`${tiny.url}/things`, {
      headers: { authorization: 'Bearer tk_alpha', 'x-mailsim-fault': 'hang' },
      signal: AbortSignal.timeout(200),
    }).then(
      () => null,
      (e: Error) => e,
    );
    expect(err?.name).toBe('TimeoutError');
    const [entry] = (await control(tiny.url, 'GET', '/_mailsim/requests?limit=1')).body.data;
    expect(entry).toMatchObject({ status: 0, errorCode: 'HANG' });
  });

  it('truncate: headers promise the whole body, half arrives, and reading it fails', async () => {
    await api('POST', '/things', { name: 'something long enough to cut in half' });
    const res = await fetch(`${tiny.url}/things`, {
      headers: { authorization: 'Bearer tk_alpha', 'x-mailsim-fault': 'truncate' },
    });
    expect(res.status).toBe(200);
    const err = await res.json().then(
      () => null,
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(SyntaxError);
  });

  it('malformed: the status stays, the body is not JSON', async () => {
    const res = await fetch(`${tiny.url}/things`, {
      headers: { authorization: 'Bearer tk_alpha', 'x-mailsim-fault': 'malformed' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/json/);
    await expect(res.json()).rejects.toBeInstanceOf(SyntaxError);
  });

  it('an unreadable x-mailsim-fault header is a 400 in the envelope, not silently ignored', async () => {
    const r = await api('GET', '/things', undefined, { 'x-mailsim-fault': 'explode' });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/x-mailsim-fault/);
  });
});

describe('fault rule options', () => {
  it('after skips the first N matches, times limits how many are affected', async () => {
    await addFault({ match: { operation: 'listThings' }, action: { type: 'status', status: 503 }, after: 2, times: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await api('GET', '/things')).status);
    expect(statuses).toEqual([200, 200, 503, 503, 503, 200, 200, 200]);
    const [rule] = (await control(tiny.url, 'GET', '/_mailsim/faults')).body.data;
    expect(rule).toMatchObject({ matched: 8, applied: 3 });
  });

  it('probability with a seed fails exactly the requests the seeded PRNG picks, run after run', async () => {
    const run = async (): Promise<number[]> => {
      await control(tiny.url, 'POST', '/_mailsim/faults', {
        seed: 1234,
        rules: [{ action: { type: 'status', status: 503 }, probability: 0.3 }],
      });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await api('GET', '/things')).status);
      await control(tiny.url, 'DELETE', '/_mailsim/faults');
      return statuses;
    };
    const random = mulberry32(1234);
    const expected = Array.from({ length: 40 }, () => (random() < 0.3 ? 503 : 200));
    const first = await run();
    expect(first).toEqual(expected);
    expect(first.filter((s) => s === 503).length).toBeGreaterThan(4);
    expect(first.filter((s) => s === 503).length).toBeLessThan(20);
    expect(await run()).toEqual(first);
  });

  it('matches on method, path glob, operation, header and API key', async () => {
    await addFault({ match: { path: '/things/*' }, action: { type: 'status', status: 502 } });
    await addFault({ match: { header: { 'x-tenant-test': 'yes' } }, action: { type: 'status', status: 504 } });
    await addFault({ match: { apiKey: 'tk_beta' }, action: { type: 'status', status: 507 } });
    expect((await api('GET', '/things/th_1')).status).toBe(502);
    expect((await api('GET', '/things')).status).toBe(200);
    expect((await api('GET', '/things', undefined, { 'x-tenant-test': 'yes' })).status).toBe(504);
    expect((await tinyClient(tiny.url, 'tk_beta')('GET', '/things')).status).toBe(507);
  });

  it('rules are listed with their counters, removed one by one or all at once; bad rules are 400', async () => {
    const rule = await addFault({ id: 'mine', action: { type: 'status', status: 503 } });
    expect(rule).toMatchObject({ id: 'mine', matched: 0, applied: 0, match: { provider: 'tiny' } });
    expect((await control(tiny.url, 'DELETE', '/_mailsim/faults/mine')).status).toBe(204);
    expect((await control(tiny.url, 'DELETE', '/_mailsim/faults/mine')).status).toBe(404);
    expect((await api('GET', '/things')).status).toBe(200);
    for (const bad of [
      { action: { type: 'explode' } },
      { action: { type: 'status', status: 99 } },
      { action: { type: 'latency', ms: -1 } },
      { action: { type: 'status', status: 503 }, probability: 2 },
      { action: { type: 'status', status: 503 }, times: -1 },
      {},
    ]) {
      const r = await control(tiny.url, 'POST', '/_mailsim/faults', bad);
      expect(r.status).toBe(400);
    }
    expect((await control(tiny.url, 'GET', '/_mailsim/faults')).body.data).toEqual([]);
  });
});

describe('fault engine units', () => {
  it('parses every one-off header form', () => {
    expect(parseFaultHeader('503')).toEqual({ type: 'status', status: 503 });
    expect(parseFaultHeader('429:SLOW_DOWN')).toEqual({ type: 'status', status: 429, code: 'SLOW_DOWN' });
    expect(parseFaultHeader('latency=2000')).toEqual({ type: 'latency', ms: 2000 });
    expect(parseFaultHeader('reset')).toEqual({ type: 'reset' });
    expect(parseFaultHeader('reset:after')).toEqual({ type: 'reset', phase: 'after' });
    expect(parseFaultHeader('hang')).toEqual({ type: 'hang' });
    expect(parseFaultHeader('999')).toBeNull();
    expect(parseFaultHeader('latency=soon')).toBeNull();
  });

  it('samples fixed, uniform and lognormal latencies', () => {
    const random = mulberry32(7);
    expect(sampleLatency(250, random)).toBe(250);
    expect(sampleLatency({ fixed: 40 }, random)).toBe(40);
    for (let i = 0; i < 200; i++) {
      const u = sampleLatency({ uniform: [100, 200] }, random);
      expect(u).toBeGreaterThanOrEqual(100);
      expect(u).toBeLessThanOrEqual(200);
    }
    const samples = Array.from({ length: 2001 }, () =>
      sampleLatency({ lognormal: { median: 300, sigma: 0.5 } }, random),
    ).sort((a, b) => a - b);
    expect(samples[1000]).toBeGreaterThan(270);
    expect(samples[1000]).toBeLessThan(330);
    expect(samples.every((s) => s > 0)).toBe(true);
    expect(
      Math.max(
        ...Array.from({ length: 500 }, () => sampleLatency({ lognormal: { median: 300, sigma: 2, max: 900 } }, random)),
      ),
    ).toBeLessThanOrEqual(900);
  });

  it('a seeded engine makes the same decisions twice; reset restores the start-up rules and seed', () => {
    const engine = new FaultEngine();
    engine.setBaseline([{ id: 'coin', action: { type: 'status', status: 503 }, probability: 0.5 }], 99);
    engine.reset();
    const req = { provider: 'p', method: 'GET', path: '/x', operationId: 'x', headers: {}, apiKey: null };
    const first = Array.from({ length: 30 }, () => engine.decide(req)?.action.type ?? 'none');
    engine.add({ id: 'extra', action: { type: 'hang' } });
    engine.reset();
    expect(engine.list().map((r) => r.id)).toEqual(['coin']);
    expect(Array.from({ length: 30 }, () => engine.decide(req)?.action.type ?? 'none')).toEqual(first);
  });
});
