import { describe, expect, it } from 'vitest';
import { control, startTiny, tinyClient, type TinyServer } from './harness.js';
import { buildConfig, configFromEnv, mergeLimits } from '../../src/config.js';
import { parseLimit, withSettings } from '../../src/engine/ratelimit.js';
import { TINY_RATE_LIMIT } from './tiny/provider.js';

async function withTiny(config: Parameters<typeof startTiny>[0], fn: (t: TinyServer) => Promise<void>): Promise<void> {
  const t = await startTiny(config);
  try {
    await fn(t);
  } finally {
    await t.close();
  }
}

const statuses = async (call: ReturnType<typeof tinyClient>, n: number, path = '/things'): Promise<number[]> => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await call('GET', path)).status);
  return out;
};

describe('rate limits', () => {
  it('counts per account, puts headers on every answer but 401s, and reopens when the window passes on the clock', async () => {
    await withTiny(
      { config: { limits: { tiny: { default: '3/10s' } }, clockFrozenAt: '2030-01-01T00:00:00Z' } },
      async (t) => {
        const alpha = tinyClient(t.url, 'tk_alpha');
        const alpha2 = tinyClient(t.url, 'tk_alpha2');
        const first = await alpha('GET', '/things');
        expect(first.headers.get('x-ratelimit-limit')).toBe('3');
        expect(first.headers.get('x-ratelimit-remaining')).toBe('2');
        expect(first.headers.get('x-ratelimit-reset')).toBe('10');
        expect((await alpha2('GET', '/things')).headers.get('x-ratelimit-remaining')).toBe('1');
        expect((await alpha('GET', '/things')).status).toBe(200);
        const limited = await alpha2('GET', '/things');
        expect(limited.status).toBe(429);
        expect(limited.body.error).toEqual({
          code: 'RATE_LIMIT_EXCEEDED',
          message: 'Slow down: try again in 10 seconds.',
          status: 429,
        });
        expect(limited.headers.get('retry-after')).toBe('10');
        expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
        // Another account has its own window.
        expect((await tinyClient(t.url, 'tk_beta')('GET', '/things')).status).toBe(200);
        const unauthorized = await tinyClient(t.url, 'tk_nope')('GET', '/things');
        expect(unauthorized.status).toBe(401);
        expect(unauthorized.headers.get('x-ratelimit-limit')).toBeNull();

        await control(t.url, 'POST', '/_mailsim/clock', { advance: '4s' });
        const later = await alpha('GET', '/things');
        expect(later.status).toBe(429);
        expect(later.headers.get('retry-after')).toBe('6');
        await control(t.url, 'POST', '/_mailsim/clock', { advance: '6s' });
        const reopened = await alpha('GET', '/things');
        expect(reopened.status).toBe(200);
        expect(reopened.headers.get('x-ratelimit-remaining')).toBe('2');
      },
    );
  });

  it('public operations count per client address', async () => {
    await withTiny({ config: { limits: { tiny: { default: '2/60s' } } } }, async (t) => {
      const anon = tinyClient(t.url, null);
      expect(await statuses(anon, 3, '/ping')).toEqual([200, 200, 429]);
      // The authenticated account's bucket is separate from the address's.
      expect((await tinyClient(t.url)('GET', '/things')).status).toBe(200);
    });
  });

  it('limits by plan and by key (a key with its own rule gets its own bucket), from the config file', async () => {
    const limits = { tiny: { default: '100/60s', plans: { pro: '2/60s' }, keys: { tk_alpha2: '1/60s' } } };
    await withTiny({ config: { limits } }, async (t) => {
      expect(await statuses(tinyClient(t.url, 'tk_beta'), 3)).toEqual([200, 200, 429]);
      expect(await statuses(tinyClient(t.url, 'tk_alpha2'), 2)).toEqual([200, 429]);
      expect(await statuses(tinyClient(t.url, 'tk_alpha'), 3)).toEqual([200, 200, 200]);
      const shown = await control(t.url, 'GET', '/_mailsim/limits');
      expect(shown.body).toEqual({
        enabled: true,
        default: { max: 100, windowMs: 60_000 },
        plans: { pro: { max: 2, windowMs: 60_000 } },
        keys: { tk_alpha2: { max: 1, windowMs: 60_000 } },
      });
    });
  });

  it('MAILSIM_RATE_LIMIT sets every provider default; the provider section wins over it', async () => {
    const env = configFromEnv({ MAILSIM_RATE_LIMIT: '2/1m' });
    expect(env.limits).toEqual({ '*': { default: '2/1m' } });
    await withTiny({ config: env }, async (t) => {
      expect(await statuses(tinyClient(t.url), 3)).toEqual([200, 200, 429]);
    });
    const cfg = buildConfig({ limits: { tiny: { plans: { pro: '5/s' } } } }, env);
    await withTiny({ config: cfg }, async (t) => {
      expect((await control(t.url, 'GET', '/_mailsim/limits')).body).toMatchObject({
        default: { max: 2, windowMs: 60_000 },
        plans: { pro: { max: 5, windowMs: 1000 } },
      });
    });
  });

  it('PUT /_mailsim/limits changes limits at runtime, switches them off, and rejects bad input without a change', async () => {
    await withTiny({}, async (t) => {
      const put = await control(t.url, 'PUT', '/_mailsim/limits', { default: '1/60s' });
      expect(put.status).toBe(200);
      expect(put.body.default).toEqual({ max: 1, windowMs: 60_000 });
      expect(await statuses(tinyClient(t.url), 2)).toEqual([200, 429]);
      for (const bad of [
        { default: 'lots' },
        { default: { max: -1, windowMs: 10 } },
        { plans: { pro: '5/never' } },
        { enabled: 'no' },
        { keys: [] },
      ]) {
        expect((await control(t.url, 'PUT', '/_mailsim/limits', bad)).status, JSON.stringify(bad)).toBe(400);
      }
      expect((await control(t.url, 'GET', '/_mailsim/limits')).body.default).toEqual({ max: 1, windowMs: 60_000 });
      await control(t.url, 'PUT', '/_mailsim/limits', { enabled: false });
      const off = await tinyClient(t.url)('GET', '/things');
      expect(off.status).toBe(200);
      expect(off.headers.get('x-ratelimit-limit')).toBeNull();
      // A full reset returns to the configured limits.
      await control(t.url, 'POST', '/_mailsim/reset');
      expect((await control(t.url, 'GET', '/_mailsim/limits')).body).toMatchObject({
        enabled: true,
        default: { max: 100, windowMs: 60_000 },
      });
    });
  });

  it('rateLimits: false (--no-rate-limits) switches the limiter off', async () => {
    await withTiny({ config: { rateLimits: false, limits: { tiny: { default: '1/60s' } } } }, async (t) => {
      expect(await statuses(tinyClient(t.url), 3)).toEqual([200, 200, 200]);
      expect((await control(t.url, 'GET', '/_mailsim/limits')).body.enabled).toBe(false);
    });
  });

  it('a bad limit in the config stops start-up with a message naming it', async () => {
    await expect(startTiny({ config: { limits: { tiny: { plans: { pro: 'fast' } } } } })).rejects.toThrow(/plans\.pro/);
  });
});

describe('limit parsing', () => {
  it('reads the forms users write', () => {
    expect(parseLimit('100/60s')).toEqual({ max: 100, windowMs: 60_000 });
    expect(parseLimit('5/m')).toEqual({ max: 5, windowMs: 60_000 });
    expect(parseLimit('10 / 1h')).toEqual({ max: 10, windowMs: 3_600_000 });
    expect(parseLimit({ max: 3, windowMs: 500 })).toEqual({ max: 3, windowMs: 500 });
    expect(parseLimit({ max: 3, window: '2s' })).toEqual({ max: 3, windowMs: 2000 });
    for (const bad of ['100', '100/', 'x/60s', '100/0s', '-1/60s'])
      expect(() => parseLimit(bad), bad).toThrow(RangeError);
  });

  it('merges layers per provider, plans and keys by name', () => {
    expect(
      mergeLimits(
        { a: { default: '1/s', plans: { free: '1/s' } } },
        { a: { plans: { pro: '9/s' } }, '*': { enabled: false } },
      ),
    ).toEqual({
      a: { default: '1/s', plans: { free: '1/s', pro: '9/s' } },
      '*': { enabled: false },
    });
    expect(withSettings(TINY_RATE_LIMIT, { enabled: false }).enabled).toBe(false);
    expect(TINY_RATE_LIMIT.enabled).toBe(true);
  });
});
