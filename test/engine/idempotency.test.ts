import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { control, startTiny, tinyClient, type TinyServer } from './harness.js';
import { COMMUNE_LIKE } from './tiny/provider.js';

let tiny: TinyServer;
let api: ReturnType<typeof tinyClient>;
const dir = mkdtempSync(join(tmpdir(), 'mailsim-idem-'));

const things = (t: TinyServer, tenant = 'alpha'): number =>
  (t.engine.store.db.prepare('SELECT COUNT(*) AS n FROM tiny_things WHERE tenant = ?').get(tenant) as { n: number }).n;
const sends = (t: TinyServer): number =>
  (t.engine.store.db.prepare('SELECT COUNT(*) AS n FROM tiny_outbox').get() as { n: number }).n;
const key = (): string => `key-${Math.random().toString(36).slice(2)}`;

beforeAll(async () => {
  tiny = await startTiny({ config: { rateLimits: false } });
  api = tinyClient(tiny.url);
});
afterEach(async () => {
  await control(tiny.url, 'POST', '/_mailsim/reset');
});
afterAll(async () => {
  await tiny.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Idempotency-Key (Stripe semantics)', () => {
  it('50 concurrent retries of one key create exactly one resource and all get the same answer', async () => {
    const k = key();
    const all = await Promise.all(
      Array.from({ length: 50 }, () => api('POST', '/things', { name: 'once' }, { 'idempotency-key': k })),
    );
    expect(things(tiny)).toBe(1);
    expect(new Set(all.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(all.map((r) => r.text)).size).toBe(1);
    // The handler's own headers come back on every replay too.
    expect(new Set(all.map((r) => r.headers.get('location'))).size).toBe(1);
    const replays = all.filter((r) => r.headers.get('idempotent-replayed') === 'true');
    expect(replays).toHaveLength(49);
    const journal = await control(tiny.url, 'GET', '/_mailsim/requests?operation=createThing&limit=100');
    expect(journal.body.data).toHaveLength(50);
    expect(journal.body.data.filter((e: any) => e.idempotentReplay)).toHaveLength(49);
    expect(journal.body.data.every((e: any) => e.idempotencyKey === k)).toBe(true);
  });

  it('a replay answers the stored status, body and headers, marked Idempotent-Replayed, with fresh rate-limit headers', async () => {
    const limited = await startTiny();
    try {
      const call = tinyClient(limited.url);
      const k = key();
      const first = await call('POST', '/things', { name: 'a' }, { 'idempotency-key': k });
      const again = await call('POST', '/things', { name: 'a' }, { 'idempotency-key': k });
      expect(first.status).toBe(201);
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      expect(again.status).toBe(201);
      expect(again.text).toBe(first.text);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.headers.get('location')).toBe(first.headers.get('location'));
      expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
      expect(first.headers.get('x-ratelimit-remaining')).toBe('99');
      expect(again.headers.get('x-ratelimit-remaining')).toBe('98');
      expect(things(limited)).toBe(1);
    } finally {
      await limited.close();
    }
  });

  it('the same key with a different body, path or API key of the account is 422 IDEMPOTENCY_KEY_REUSED', async () => {
    const k = key();
    expect((await api('POST', '/things', { name: 'first' }, { 'idempotency-key': k })).status).toBe(201);
    const otherBody = await api('POST', '/things', { name: 'second' }, { 'idempotency-key': k });
    expect(otherBody.status).toBe(422);
    expect(otherBody.body).toEqual({
      error: { code: 'IDEMPOTENCY_KEY_REUSED', message: expect.any(String), status: 422 },
    });
    const otherPath = await api('POST', '/messages', { to: 'x', text: 'y' }, { 'idempotency-key': k });
    expect(otherPath.status).toBe(422);
    const otherKeySameAccount = await tinyClient(tiny.url, 'tk_alpha2')(
      'POST',
      '/things',
      { name: 'first' },
      { 'idempotency-key': k },
    );
    expect(otherKeySameAccount.status).toBe(422);
    expect(things(tiny)).toBe(1);
    expect(sends(tiny)).toBe(0);
  });

  it('keys belong to one account: another account may use the same key', async () => {
    const k = key();
    const alpha = await api('POST', '/things', { name: 'shared' }, { 'idempotency-key': k });
    const beta = await tinyClient(tiny.url, 'tk_beta')('POST', '/things', { name: 'shared' }, { 'idempotency-key': k });
    expect(alpha.status).toBe(201);
    expect(beta.status).toBe(201);
    expect(beta.headers.get('idempotent-replayed')).toBeNull();
    expect(things(tiny, 'alpha')).toBe(1);
    expect(things(tiny, 'beta')).toBe(1);
  });

  it('a duplicate while the first is still running is 409 IDEMPOTENCY_KEY_IN_USE; after it finishes, it replays', async () => {
    const k = key();
    // The latency fault holds the first request inside the idempotency window, before its handler.
    const slow = api('POST', '/things', { name: 'slow' }, { 'idempotency-key': k, 'x-mailsim-fault': 'latency=400' });
    const inFlight = tiny.engine.store.db.prepare(
      "SELECT state FROM idempotency_keys WHERE key = ? AND state = 'in_flight'",
    );
    while (!inFlight.get(k)) await new Promise((r) => setImmediate(r));
    const duplicate = await api('POST', '/things', { name: 'slow' }, { 'idempotency-key': k });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error).toMatchObject({ code: 'IDEMPOTENCY_KEY_IN_USE', status: 409 });
    const first = await slow;
    expect(first.status).toBe(201);
    const after = await api('POST', '/things', { name: 'slow' }, { 'idempotency-key': k });
    expect(after.status).toBe(201);
    expect(after.text).toBe(first.text);
    expect(after.headers.get('idempotent-replayed')).toBe('true');
    expect(things(tiny)).toBe(1);
  });

  it('keys expire after 24 h of clock time', async () => {
    await control(tiny.url, 'POST', '/_mailsim/clock', { mode: 'frozen' });
    const k = key();
    const first = await api('POST', '/things', { name: 'day one' }, { 'idempotency-key': k });
    await control(tiny.url, 'POST', '/_mailsim/clock', { advance: '23h59m59s' });
    const stillKept = await api('POST', '/things', { name: 'day one' }, { 'idempotency-key': k });
    expect(stillKept.headers.get('idempotent-replayed')).toBe('true');
    expect(stillKept.text).toBe(first.text);
    await control(tiny.url, 'POST', '/_mailsim/clock', { advance: '1s' });
    const expired = await api('POST', '/things', { name: 'day one' }, { 'idempotency-key': k });
    expect(expired.status).toBe(201);
    expect(expired.headers.get('idempotent-replayed')).toBeNull();
    expect(expired.body.id).not.toBe(first.body.id);
    expect(things(tiny)).toBe(2);
  });

  it('a restart on the same SQLite file keeps the keys', async () => {
    const db = join(dir, 'keys.db');
    const before = await startTiny({ config: { db, rateLimits: false } });
    const k = key();
    const first = await tinyClient(before.url)('POST', '/things', { name: 'durable' }, { 'idempotency-key': k });
    await before.close();
    const after = await startTiny({ config: { db, rateLimits: false } });
    try {
      const retry = await tinyClient(after.url)('POST', '/things', { name: 'durable' }, { 'idempotency-key': k });
      expect(retry.status).toBe(201);
      expect(retry.text).toBe(first.text);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(things(after)).toBe(1);
    } finally {
      await after.close();
    }
  });

  it('stores handler errors and replays them, but stores nothing for 401, 429, validation failures or injected faults', async () => {
    const boom = key();
    const failed = await api('POST', '/things', { name: 'boom' }, { 'idempotency-key': boom });
    expect(failed.status).toBe(400);
    const failedAgain = await api('POST', '/things', { name: 'boom' }, { 'idempotency-key': boom });
    expect(failedAgain.status).toBe(400);
    expect(failedAgain.body.error.code).toBe('BOOM');
    expect(failedAgain.headers.get('idempotent-replayed')).toBe('true');

    const k401 = key();
    expect(
      (await tinyClient(tiny.url, 'tk_wrong')('POST', '/things', { name: 'x' }, { 'idempotency-key': k401 })).status,
    ).toBe(401);
    const after401 = await api('POST', '/things', { name: 'x' }, { 'idempotency-key': k401 });
    expect(after401.status).toBe(201);
    expect(after401.headers.get('idempotent-replayed')).toBeNull();

    const kInvalid = key();
    expect((await api('POST', '/things', {}, { 'idempotency-key': kInvalid })).status).toBe(400);
    const afterInvalid = await api('POST', '/things', { name: 'fixed' }, { 'idempotency-key': kInvalid });
    expect(afterInvalid.status).toBe(201);
    expect(afterInvalid.headers.get('idempotent-replayed')).toBeNull();

    const kFault = key();
    expect(
      (await api('POST', '/things', { name: 'y' }, { 'idempotency-key': kFault, 'x-mailsim-fault': '503' })).status,
    ).toBe(503);
    const afterFault = await api('POST', '/things', { name: 'y' }, { 'idempotency-key': kFault });
    expect(afterFault.status).toBe(201);
    expect(afterFault.headers.get('idempotent-replayed')).toBeNull();

    await control(tiny.url, 'PUT', '/_mailsim/limits', { enabled: true, default: '1/60s' });
    const k429 = key();
    expect((await api('GET', '/things')).status).toBe(200);
    const limited = await api('POST', '/things', { name: 'z' }, { 'idempotency-key': k429 });
    expect(limited.status).toBe(429);
    await control(tiny.url, 'PUT', '/_mailsim/limits', { enabled: false });
    const after429 = await api('POST', '/things', { name: 'z' }, { 'idempotency-key': k429 });
    expect(after429.status).toBe(201);
    expect(after429.headers.get('idempotent-replayed')).toBeNull();
  });

  it('when the connection drops after the work is done, the retry replays instead of repeating it', async () => {
    const k = key();
    const dropped = await api(
      'POST',
      '/things',
      { name: 'lost answer' },
      { 'idempotency-key': k, 'x-mailsim-fault': 'reset:after' },
    ).catch((e: Error) => e);
    expect(dropped).toBeInstanceOf(Error);
    expect(things(tiny)).toBe(1);
    const retry = await api('POST', '/things', { name: 'lost answer' }, { 'idempotency-key': k });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(things(tiny)).toBe(1);
  });

  it('rejects an empty or over-long key with 400 in the envelope', async () => {
    const long = await api('POST', '/things', { name: 'x' }, { 'idempotency-key': 'k'.repeat(256) });
    expect(long.status).toBe(400);
    expect(long.body.error.code).toBe('VALIDATION_ERROR');
    expect(things(tiny)).toBe(0);
  });

  it('GET and other methods ignore the header', async () => {
    const k = key();
    await api('POST', '/things', { name: 'listed' });
    const a = await api('GET', '/things', undefined, { 'idempotency-key': k });
    const b = await api('GET', '/things', undefined, { 'idempotency-key': k });
    expect(a.headers.get('idempotent-replayed')).toBeNull();
    expect(b.headers.get('idempotent-replayed')).toBeNull();
  });
});

describe('a Commune-style policy given as data (sends only, Idempotency-Replayed, no body comparison)', () => {
  let commune: TinyServer;
  beforeAll(async () => {
    commune = await startTiny({ idempotency: COMMUNE_LIKE, config: { rateLimits: false } });
  });
  afterAll(() => commune.close());

  it('replays the first send for the same key even with a different body, under its own header', async () => {
    const call = tinyClient(commune.url);
    const k = key();
    const first = await call('POST', '/messages', { to: 'a@example.com', text: 'hello' }, { 'idempotency-key': k });
    const second = await call('POST', '/messages', { to: 'b@example.com', text: 'changed' }, { 'idempotency-key': k });
    expect(first.status).toBe(202);
    expect(second.status).toBe(202);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('idempotency-replayed')).toBe('true');
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(sends(commune)).toBe(1);
  });

  it('does not cover operations outside the policy', async () => {
    const call = tinyClient(commune.url);
    const k = key();
    await call('POST', '/things', { name: 'one' }, { 'idempotency-key': k });
    const again = await call('POST', '/things', { name: 'one' }, { 'idempotency-key': k });
    expect(again.headers.get('idempotency-replayed')).toBeNull();
    expect(things(commune)).toBe(2);
  });
});
