import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { control, startTiny, type TinyServer } from './harness.js';
import { Clock, parseDuration } from '../../src/engine/clock.js';

let tiny: TinyServer;

beforeAll(async () => {
  tiny = await startTiny();
});
afterEach(async () => {
  await control(tiny.url, 'POST', '/_mailsim/reset');
});
afterAll(() => tiny.close());

describe('the clock control plane', () => {
  it('reports real time by default', async () => {
    const r = await control(tiny.url, 'GET', '/_mailsim/clock');
    expect(r.status).toBe(200);
    expect(r.body.mode).toBe('real');
    expect(Math.abs(Date.parse(r.body.now) - Date.now())).toBeLessThan(5000);
  });

  it('freezes, sets and advances; the engine reads the same time', async () => {
    const frozen = await control(tiny.url, 'POST', '/_mailsim/clock', {
      mode: 'frozen',
      set: '2030-01-01T00:00:00.000Z',
    });
    expect(frozen.body).toMatchObject({ mode: 'frozen', now: '2030-01-01T00:00:00.000Z' });
    const advanced = await control(tiny.url, 'POST', '/_mailsim/clock', { advance: '90s' });
    expect(advanced.body.now).toBe('2030-01-01T00:01:30.000Z');
    expect(tiny.engine.clock.now().toISOString()).toBe('2030-01-01T00:01:30.000Z');
    await control(tiny.url, 'POST', '/_mailsim/clock', { advance: '1h30m' });
    expect((await control(tiny.url, 'GET', '/_mailsim/clock')).body.now).toBe('2030-01-01T01:31:30.000Z');
    // Handlers see it: a thing created now carries the emulated time.
    const created = await fetch(`${tiny.url}/things`, {
      method: 'POST',
      headers: { authorization: 'Bearer tk_alpha', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'dated' }),
    });
    expect(((await created.json()) as { createdAt: string }).createdAt).toBe('2030-01-01T01:31:30.000Z');
  });

  it('advancing in real mode shifts time forward and keeps it flowing', async () => {
    const before = Date.now();
    const r = await control(tiny.url, 'POST', '/_mailsim/clock', { advance: '2h' });
    expect(r.body.mode).toBe('real');
    expect(Date.parse(r.body.now) - before).toBeGreaterThanOrEqual(2 * 3600_000);
    expect(Date.parse(r.body.now) - before).toBeLessThan(2 * 3600_000 + 5000);
  });

  it('rejects bad input with 400 and changes nothing', async () => {
    await control(tiny.url, 'POST', '/_mailsim/clock', { mode: 'frozen', set: '2030-01-01T00:00:00Z' });
    for (const body of [
      {},
      { advance: 'soon' },
      { advance: '-5s' },
      { advance: -5 },
      { set: 'yesterday' },
      { set: 12 },
      { mode: 'fast' },
      { mode: 'real', advance: 'soon' },
    ]) {
      const r = await control(tiny.url, 'POST', '/_mailsim/clock', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.message).toEqual(expect.any(String));
    }
    expect((await control(tiny.url, 'GET', '/_mailsim/clock')).body).toMatchObject({
      mode: 'frozen',
      now: '2030-01-01T00:00:00.000Z',
    });
    const notJson = await fetch(`${tiny.url}/_mailsim/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{advance',
    });
    expect(notJson.status).toBe(400);
  });

  it('a full reset goes back to real time', async () => {
    await control(tiny.url, 'POST', '/_mailsim/clock', { mode: 'frozen', set: '2001-01-01T00:00:00Z' });
    await control(tiny.url, 'POST', '/_mailsim/reset');
    expect((await control(tiny.url, 'GET', '/_mailsim/clock')).body.mode).toBe('real');
  });

  it('a configured frozen start is where a reset returns to', async () => {
    const frozen = await startTiny({ config: { clockFrozenAt: '2029-06-01T12:00:00.000Z' } });
    try {
      expect((await control(frozen.url, 'GET', '/_mailsim/clock')).body).toMatchObject({
        mode: 'frozen',
        now: '2029-06-01T12:00:00.000Z',
      });
      await control(frozen.url, 'POST', '/_mailsim/clock', { advance: '1d' });
      await control(frozen.url, 'POST', '/_mailsim/reset');
      expect((await control(frozen.url, 'GET', '/_mailsim/clock')).body).toMatchObject({
        mode: 'frozen',
        now: '2029-06-01T12:00:00.000Z',
      });
    } finally {
      await frozen.close();
    }
  });
});

describe('clock units', () => {
  it('parses durations', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration('1d')).toBe(86_400_000);
    expect(parseDuration('42')).toBe(42);
    expect(parseDuration(10)).toBe(10);
    for (const bad of ['', 's', '-5s', '5x', '1h junk', 'soon'])
      expect(() => parseDuration(bad), bad).toThrow(RangeError);
  });

  it('keeps time across mode switches and tells listeners when it jumps', () => {
    let wall = 1_000_000;
    const clock = new Clock(() => wall);
    let changes = 0;
    clock.onChange(() => changes++);
    clock.advance(500);
    expect(clock.nowMs()).toBe(1_000_500);
    clock.setMode('frozen');
    wall += 10_000;
    expect(clock.nowMs()).toBe(1_000_500);
    clock.setMode('real');
    wall += 1000;
    expect(clock.nowMs()).toBe(1_001_500);
    expect(changes).toBe(3);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });
});
