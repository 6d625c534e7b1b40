/**
 * `mailsim contract-test --provider gent`: the Gent flow passes against the emulator with every
 * operation of contracts/gent.yaml answered 2xx by a flow step, cleans up after itself, keeps the
 * waitlist away from a real host, and fails with precise pointers against a Gent look-alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { runContractTest, type RunReport, type StepResult } from '../../src/harness/runner.js';
import { formatTable } from '../../src/harness/table.js';
import { toJUnit } from '../../src/harness/junit.js';
import { run as cli } from '../../src/cli/contract-test.js';
import { GENT_DEV_TOKEN } from '../../src/testing/constants.js';
import { startTestServer } from '../helpers/server.js';
import { GENT_PLANTED, startBrokenGentServer } from './broken-gent-server.js';

let emulator: MailsimServer;
let target: string;
let broken: { url: string; close(): Promise<void> };

beforeAll(async () => {
  emulator = await startTestServer({ ports: { gent: 0 } });
  target = emulator.url('gent');
  broken = await startBrokenGentServer(target);
});
afterAll(async () => {
  await broken?.close();
  await emulator?.close();
});

const reset = (): Promise<Response> => fetch(`${target}/_mailsim/reset`, { method: 'POST' });
const byId = (report: RunReport, id: string): StepResult => {
  const r = report.results.find((x) => x.id === id);
  if (!r) throw new Error(`no case ${id} in the run`);
  return r;
};
const succeeded = (report: RunReport): Set<string> =>
  new Set(
    report.results
      .filter((r) => r.kind === 'flow' && r.outcome === 'pass' && r.status !== null && r.status < 300)
      .map((r) => r.operation),
  );

describe('against the emulator', () => {
  it('passes every case, answers all 61 operations 2xx from a flow step, and leaves nothing behind', async () => {
    await reset();
    const report = await runContractTest({ provider: 'gent', target, apiKey: GENT_DEV_TOKEN });
    const notPassing = report.results
      .filter((r) => r.outcome !== 'pass')
      .map((r) => `${r.id}: ${r.skipReason ?? r.violations.map((v) => v.message).join('; ')}`);
    expect(notPassing).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.coverage.total.length).toBe(61);
    expect(formatTable(report)).toContain('coverage: 61/61 operations exercised (100%)');
    expect([...succeeded(report)].sort()).toEqual([...report.coverage.total].sort());
    expect(report.leftBehind).toEqual([]);
    // User-auth steps ran with the session the flow logged in for; the derived cases kept it.
    expect(byId(report, 'createToken').status).toBe(201);
    expect(byId(report, 'getToken:unknown-id').status).toBe(404);
    expect(byId(report, 'createToken:missing-inbox_id').status).toBe(400);
    expect(byId(report, 'createToken:agent-token').status).toBe(403);
    expect(byId(report, 'getUsage:missing-scope').status).toBe(403);
    expect(emulator.engine.journal.list({ violations: true })).toEqual([]);
    const xml = toJUnit(report);
    expect(xml).toContain('name="getApiReference — read the live schema"');
    expect(xml).toMatch(/tests="\d+" failures="0"/);
  }, 120_000); // every operation and every derived error case, one request at a time: slow on a busy machine

  it('--cleanup deletes what a partial run made', async () => {
    await reset();
    const report = await runContractTest({
      provider: 'gent',
      target,
      apiKey: GENT_DEV_TOKEN,
      only: ['listTokens', 'updateAlert'],
      cleanup: true,
    });
    expect(
      report.results
        .filter((r) => r.outcome !== 'pass')
        .map((r) => `${r.id}: ${r.skipReason ?? JSON.stringify(r.violations)}`),
    ).toEqual([]);
    expect(
      report.results
        .filter((r) => r.kind === 'cleanup')
        .map((r) => [r.operation, r.status])
        .sort(),
    ).toEqual(
      [
        ['deleteAlert', 204],
        ['deleteInbox', 204],
        ['revokeToken', 204],
      ].sort(),
    );
    expect(report.leftBehind).toEqual([]);
  });

  it('against a real host name the waitlist step is skipped with its reason, and the rest still passes', async () => {
    await reset();
    const real = 'https://api.gent.mx';
    const report = await runContractTest({
      provider: 'gent',
      target: real,
      apiKey: GENT_DEV_TOKEN,
      delayMs: 0,
      fetch: (url, init) => fetch(url.replace(real, target), init),
    });
    expect(report.results.filter((r) => r.outcome === 'fail').map((r) => r.id)).toEqual([]);
    expect(report.results.filter((r) => r.outcome === 'skip').map((r) => [r.id, r.skipReason])).toEqual([
      ['joinWaitlist', expect.stringContaining("Gent's real waitlist")],
    ]);
  });

  it('the CLI accepts --provider gent and exits 0', async () => {
    await reset();
    const write = process.stdout.write;
    let out = '';
    process.stdout.write = ((chunk: string) => {
      out += chunk;
      return true;
    }) as typeof process.stdout.write;
    let code: number;
    try {
      code = await cli([
        '--provider',
        'gent',
        '--target',
        target,
        '--api-key',
        GENT_DEV_TOKEN,
        '--only',
        'approveAction',
        '--cleanup',
      ]);
    } finally {
      process.stdout.write = write;
    }
    expect(code).toBe(0);
    expect(out).toMatch(/0 failed/);
  });
});

describe('against a deliberately wrong Gent', () => {
  let report: RunReport;
  beforeAll(async () => {
    await reset();
    report = await runContractTest({ provider: 'gent', target: broken.url, apiKey: GENT_DEV_TOKEN });
  });

  it('fails exactly the planted cases, each with its pointer', () => {
    expect(report.ok).toBe(false);
    expect(
      report.results
        .filter((r) => r.outcome === 'fail')
        .map((r) => r.id)
        .sort(),
    ).toEqual(
      Object.values(GENT_PLANTED)
        .flatMap((p) => p.caseIds)
        .sort(),
    );
    expect(byId(report, 'getMessage').violations).toContainEqual(
      expect.objectContaining({ where: 'body', pointer: '/is_read', expected: 'boolean', got: '"no" (string)' }),
    );
    expect(byId(report, 'getMessage:unknown-id').violations).toContainEqual(
      expect.objectContaining({ where: 'body', pointer: '/code', expected: 'present (required)' }),
    );
    expect(byId(report, 'listApprovals').violations).toContainEqual(
      expect.objectContaining({ where: 'body', pointer: '', expected: 'array' }),
    );
    expect(byId(report, 'createTask').violations).toContainEqual(
      expect.objectContaining({ where: 'expectation', expected: '201', got: '200' }),
    );
  });
});
