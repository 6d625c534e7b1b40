import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { control, startTiny, tinyClient } from './harness.js';
import { parseScenario } from '../../src/control/scenarios.js';
import { fixturePath } from '../../src/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'mailsim-scenario-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('shipped scenario files', () => {
  const files = readdirSync(fixturePath('scenarios')).filter((f) => f.endsWith('.yaml'));

  it('include a 429 storm, a flaky 503 at 20% and slow sends with lognormal latency', () => {
    expect(files.sort()).toEqual(expect.arrayContaining(['429-storm.yaml', 'flaky-503.yaml', 'slow-sends.yaml']));
    const flaky = parseScenario(readFileSync(fixturePath('scenarios', 'flaky-503.yaml'), 'utf8'));
    expect(flaky.rules[0]).toMatchObject({ probability: 0.2, action: { type: 'status', status: 503 } });
    const slow = parseScenario(readFileSync(fixturePath('scenarios', 'slow-sends.yaml'), 'utf8'));
    expect(slow.rules[0]).toMatchObject({
      match: { operation: 'sendMessage' },
      action: { type: 'latency', ms: { lognormal: expect.any(Object) } },
    });
    const storm = parseScenario(readFileSync(fixturePath('scenarios', '429-storm.yaml'), 'utf8'));
    expect(storm.rules[0]).toMatchObject({ action: { type: 'status', status: 429 } });
  });

  it('each opens with a comment header saying how to use it, and is valid', () => {
    for (const f of files) {
      const text = readFileSync(fixturePath('scenarios', f), 'utf8');
      expect(
        text
          .split('\n')
          .slice(0, 3)
          .every((l) => l.startsWith('#')),
        f,
      ).toBe(true);
      expect(text, f).toMatch(/--scenario/);
      expect(() => parseScenario(text, f)).not.toThrow();
    }
  });
});

describe('loading scenarios', () => {
  it('at start from a file path, and a reset brings its rules back with fresh counters', async () => {
    const file = join(dir, 'two-fail.yaml');
    writeFileSync(
      file,
      'name: two-fail\nrules:\n  - match: {operation: listThings}\n    action: {type: status, status: 503}\n    times: 2\n',
    );
    const t = await startTiny({ config: { scenarios: [file], rateLimits: false } });
    try {
      const api = tinyClient(t.url);
      const run = async () => [
        (await api('GET', '/things')).status,
        (await api('GET', '/things')).status,
        (await api('GET', '/things')).status,
      ];
      expect(await run()).toEqual([503, 503, 200]);
      expect((await control(t.url, 'GET', '/_mailsim/requests?limit=1&status=503')).body.data[0].fault).toBe(
        'two-fail',
      );
      await control(t.url, 'POST', '/_mailsim/reset');
      expect(await run()).toEqual([503, 503, 200]);
    } finally {
      await t.close();
    }
  });

  it('at start by the name of a shipped scenario, with its seed', async () => {
    const t = await startTiny({ config: { scenarios: ['flaky-503'], rateLimits: false } });
    try {
      const rules = (await control(t.url, 'GET', '/_mailsim/faults')).body;
      expect(rules.seed).toBe(42);
      expect(rules.data).toEqual([expect.objectContaining({ id: 'flaky-503_1', probability: 0.2 })]);
      const api = tinyClient(t.url);
      const statuses: number[] = [];
      for (let i = 0; i < 50; i++) statuses.push((await api('GET', '/things')).status);
      const failed = statuses.filter((s) => s === 503).length;
      expect(failed).toBeGreaterThan(3);
      expect(failed).toBeLessThan(20);
    } finally {
      await t.close();
    }
  });

  it('at runtime by name or inline YAML, scoped to the port it was posted to', async () => {
    const t = await startTiny({ config: { rateLimits: false } });
    try {
      expect((await control(t.url, 'GET', '/_mailsim/scenarios')).body.data.map((s: any) => s.name)).toEqual(
        expect.arrayContaining(['429-storm', 'flaky-503', 'slow-sends']),
      );
      const loaded = await control(t.url, 'POST', '/_mailsim/scenarios', { name: '429-storm' });
      expect(loaded.status).toBe(201);
      expect(loaded.body.data[0].match).toMatchObject({ provider: 'tiny' });
      const r = await tinyClient(t.url)('GET', '/things');
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toBe('1');
      await control(t.url, 'DELETE', '/_mailsim/faults');
      const inline = await control(t.url, 'POST', '/_mailsim/scenarios', {
        yaml: 'name: inline\nrules:\n  - action: {type: status, status: 502}\n',
      });
      expect(inline.status).toBe(201);
      expect((await tinyClient(t.url)('GET', '/things')).status).toBe(502);
      for (const bad of [
        { name: 'no-such-scenario' },
        { yaml: 'rules: nope' },
        { yaml: 'rules:\n  - action: {type: explode}\n' },
        { yaml: '{' },
        {},
      ]) {
        expect((await control(t.url, 'POST', '/_mailsim/scenarios', bad)).status, JSON.stringify(bad)).toBe(400);
      }
    } finally {
      await t.close();
    }
  });

  it('slow-sends delays sends by a lognormal sample, and only sends', async () => {
    const t = await startTiny({ config: { scenarios: ['slow-sends'], faultSeed: 11, rateLimits: false } });
    try {
      const api = tinyClient(t.url);
      const started = performance.now();
      expect((await api('POST', '/messages', { to: 'a@example.com', text: 'hi' })).status).toBe(202);
      const took = performance.now() - started;
      expect((await api('GET', '/things')).status).toBe(200);
      const [list, send] = (await control(t.url, 'GET', '/_mailsim/requests')).body.data;
      expect(list.fault).toBeNull();
      expect(send.fault).toBe('slow-sends');
      // Seed 11 draws about 395 ms from lognormal(median 800, sigma 0.6).
      expect(send.latencyMs).toBeGreaterThan(390);
      expect(send.latencyMs).toBeLessThan(1000);
      expect(took).toBeGreaterThanOrEqual(send.latencyMs - 5);
    } finally {
      await t.close();
    }
  });

  it('a broken scenario file stops start-up with its name in the message', async () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'rules:\n  - action: {type: status, status: 42}\n');
    await expect(startTiny({ config: { scenarios: [file] } })).rejects.toThrow(/broken\.yaml: rule 1/);
    await expect(startTiny({ config: { scenarios: ['nope-not-here'] } })).rejects.toThrow(/shipped/);
  });
});
