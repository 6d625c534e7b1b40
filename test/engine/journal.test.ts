import { Agent } from 'node:http';
import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { control, startTiny, tinyClient, type TinyServer } from './harness.js';
import { Journal } from '../../src/engine/journal.js';

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

const journal = async (query = ''): Promise<any> => (await control(tiny.url, 'GET', `/_mailsim/requests${query}`)).body;

/** Sends `n` GETs over `concurrency` keep-alive connections, as fast as the server answers. */
async function blast(url: string, n: number, concurrency: number): Promise<void> {
  const { hostname, port } = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let sent = 0;
  const worker = async (): Promise<void> => {
    while (sent < n) {
      sent++;
      await new Promise<void>((resolve, reject) => {
        const req = request({ host: hostname, port, path: '/ping', agent }, (res) => {
          res.resume();
          res.on('end', resolve);
        });
        req.on('error', reject);
        req.end();
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
}

describe('the request journal', () => {
  it('shows operation, status, latency, replay, fault and violations for each request, newest first', async () => {
    await api('POST', '/things', { name: 'journaled' }, { 'idempotency-key': 'j-1' });
    await api('POST', '/things', { name: 'journaled' }, { 'idempotency-key': 'j-1' });
    await api('GET', '/things', undefined, { 'x-mailsim-fault': '503' });
    await api('POST', '/things', { name: 'bad-shape' });
    const { data } = await journal();
    expect(data).toHaveLength(4);
    const [violation, fault, replay, first] = data;
    expect(first).toMatchObject({
      method: 'POST',
      path: '/things',
      operationId: 'createThing',
      status: 201,
      tenant: 'alpha',
      idempotencyKey: 'j-1',
      idempotentReplay: false,
      fault: null,
      violations: [],
      source: 'emulator',
      provider: 'tiny',
    });
    expect(first.latencyMs).toEqual(expect.any(Number));
    expect(first.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(replay).toMatchObject({ status: 201, idempotentReplay: true });
    expect(fault).toMatchObject({
      operationId: 'listThings',
      status: 503,
      fault: 'header:503',
      errorCode: 'SERVICE_UNAVAILABLE',
    });
    expect(violation).toMatchObject({ status: 500, errorCode: 'CONTRACT_VIOLATION' });
    expect(violation.violations.length).toBeGreaterThan(0);
    expect(violation.violations[0]).toEqual({ pointer: expect.any(String), message: expect.any(String) });
    expect(data.map((e: any) => e.id)).toEqual([...data.map((e: any) => e.id)].sort((a: number, b: number) => b - a));
  });

  it('filters by path, status (exact or class), operation, fault and replay, and limits', async () => {
    await api('GET', '/things');
    await api('GET', '/things/th_999');
    await api('POST', '/things', { name: 'x' });
    await api('GET', '/ping');
    expect((await journal('?path=/things')).data).toHaveLength(3);
    expect((await journal('?path=/things/*')).data).toHaveLength(1);
    expect((await journal('?status=404')).data.map((e: any) => e.operationId)).toEqual(['getThing']);
    expect((await journal('?status=2xx')).data).toHaveLength(3);
    expect((await journal('?operation=createThing')).data).toHaveLength(1);
    expect((await journal('?limit=2')).data.map((e: any) => e.operationId)).toEqual(['ping', 'createThing']);
    expect((await journal('?fault=true')).data).toHaveLength(0);
    expect((await journal('?replay=false')).data).toHaveLength(4);
    for (const bad of ['?limit=0', '?limit=many', '?status=abc']) {
      expect((await control(tiny.url, 'GET', `/_mailsim/requests${bad}`)).status, bad).toBe(400);
    }
  });

  it('DELETE empties it', async () => {
    await api('GET', '/things');
    expect((await control(tiny.url, 'DELETE', '/_mailsim/requests')).status).toBe(204);
    expect((await journal()).data).toEqual([]);
  });

  it('is bounded: 5,000 requests leave exactly the newest 1,000 entries', async () => {
    await blast(tiny.url, 5000, 20);
    const body = await journal('?limit=5000');
    expect(body.data).toHaveLength(1000);
    expect(body.size).toBe(1000);
    expect(body.capacity).toBe(1000);
    const ids = body.data.map((e: any) => e.id);
    expect(ids[0] - ids[999]).toBe(999);
    expect(tiny.engine.journal.size).toBe(1000);
  }, 60_000);

  it('its size is configurable', async () => {
    const small = await startTiny({ config: { journalSize: 10, rateLimits: false } });
    try {
      await blast(small.url, 25, 5);
      const body = (await control(small.url, 'GET', '/_mailsim/requests?limit=100')).body;
      expect(body.data).toHaveLength(10);
      expect(body.capacity).toBe(10);
    } finally {
      await small.close();
    }
  });
});

describe('journal units', () => {
  const entry = (path: string, status: number) => ({
    atMs: 0,
    provider: 'p',
    requestId: 'r',
    method: 'GET',
    path,
    query: '',
    operationId: null,
    status,
    latencyMs: 0,
    tenant: null,
    idempotentReplay: false,
    fault: null,
    errorCode: null,
    violations: [],
    source: 'emulator' as const,
  });

  it('wraps around and resizes keeping the newest', () => {
    const j = new Journal(3);
    for (let i = 1; i <= 5; i++) j.add(entry(`/${i}`, 200));
    expect(j.list().map((e) => e.path)).toEqual(['/5', '/4', '/3']);
    j.resize(2);
    expect(j.list().map((e) => e.path)).toEqual(['/5', '/4']);
    j.resize(4);
    j.add(entry('/6', 200));
    expect(j.list().map((e) => e.path)).toEqual(['/6', '/5', '/4']);
    expect(() => new Journal(0)).toThrow(RangeError);
  });
});

describe('journal entries over the whole ring', () => {
  const exchanged = (n: number) => ({
    atMs: Date.UTC(2030, 0, 1) + n,
    provider: 'agentsend',
    requestId: `req-${n}`,
    method: 'POST',
    path: `/inboxes/${n}`,
    query: n % 2 ? 'limit=5' : '',
    operationId: 'createInbox',
    status: 201,
    latencyMs: n / 100,
    tenant: `t${n}`,
    idempotencyKey: n % 3 ? `key-${n}` : null,
    idempotentReplay: n % 5 === 0,
    fault: n % 7 ? null : 'flaky-503',
    errorCode: null,
    violations: n % 4 ? [] : [{ pointer: '/data', message: `bad ${n}` }],
    source: 'emulator' as const,
    exchange: {
      request: {
        headers: { 'content-type': 'application/json', 'x-n': String(n), 'set-cookie': ['a=1', `b=${n}`] },
        body: Buffer.from(`{"n":${n}}`),
      },
      response: {
        headers: { 'content-type': 'application/json' } as Record<string, string>,
        body: Buffer.from(`[${n}]`),
      },
    },
    requestBytes: 9,
    responseBytes: 3,
  });

  it('gives back every field of the oldest and the newest entry as recorded, captured headers and bodies included', () => {
    const j = new Journal(300);
    const inputs = Array.from({ length: 450 }, (_, i) => exchanged(i + 1));
    for (const input of inputs) j.add(input);
    const kept = j.list();
    expect(kept).toHaveLength(300);
    for (const e of [kept[0]!, kept[150]!, kept[299]!]) {
      const { atMs, ...input } = inputs[e.id - 1]!;
      expect(e).toEqual({ ...input, at: new Date(atMs).toISOString(), id: e.id });
      expect(j.get(e.id)).toEqual(e);
    }
    expect(kept[299]!.id).toBe(151);
    expect(j.get(150)).toBeUndefined();
    expect(j.get(451)).toBeUndefined();
  });

  it('shows headers the transport added to the answer after the entry was recorded', () => {
    const j = new Journal(100);
    const input = exchanged(1);
    const id = j.add(input);
    input.exchange.response.headers['content-length'] = '3';
    for (let i = 2; i <= 90; i++) j.add(exchanged(i));
    expect(j.get(id)!.exchange!.response.headers).toEqual({
      'content-type': 'application/json',
      'content-length': '3',
    });
  });

  it('keeps every field and id through a resize across packed entries, and forgets them on clear', () => {
    const j = new Journal(300);
    const inputs = Array.from({ length: 400 }, (_, i) => exchanged(i + 1));
    for (const input of inputs) j.add(input);
    const asRecorded = (id: number) => {
      const { atMs, ...input } = inputs[id - 1]!;
      return { ...input, at: new Date(atMs).toISOString(), id };
    };
    // Shrink below, then grow past, the entries whose exchanges were packed (older than 64).
    j.resize(150);
    expect(j.list().map((e) => e.id)).toEqual(Array.from({ length: 150 }, (_, i) => 400 - i));
    for (const id of [251, 300, 336, 337, 400]) expect(j.get(id)).toEqual(asRecorded(id));
    expect(j.get(250)).toBeUndefined();
    j.resize(500);
    const more = Array.from({ length: 100 }, (_, i) => exchanged(401 + i));
    for (const input of more) j.add(input);
    inputs.push(...more);
    expect(j.size).toBe(250);
    for (const id of [251, 400, 401, 500]) expect(j.get(id)).toEqual(asRecorded(id));
    j.clear();
    expect(j.list()).toEqual([]);
    expect(j.get(500)).toBeUndefined();
    // Ids go on after a clear, so an id once shown never names another request.
    expect(j.add(exchanged(1))).toBe(501);
  });

  it('refuses an entry without a time instead of storing one that cannot be read back', () => {
    const j = new Journal(10);
    const { atMs: _, ...untimed } = exchanged(1);
    expect(() => j.add({ ...untimed, at: '2030-01-01T00:00:00.000Z' } as never)).toThrow(TypeError);
    expect(j.size).toBe(0);
  });

  it('filters on every field after the ring has wrapped', () => {
    const j = new Journal(200);
    for (let i = 1; i <= 500; i++) j.add(exchanged(i));
    const ids = (f: Parameters<Journal['list']>[0]) => j.list(f).map((e) => e.id);
    expect(ids({ replay: true })).toEqual(ids({}).filter((id) => id % 5 === 0));
    expect(ids({ fault: true })).toEqual(ids({}).filter((id) => id % 7 === 0));
    expect(ids({ violations: true })).toEqual(ids({}).filter((id) => id % 4 === 0));
    expect(ids({ tenant: 't400' })).toEqual([400]);
    expect(ids({ path: '/inboxes/30*' })).toEqual([309, 308, 307, 306, 305, 304, 303, 302, 301]);
  });
});
