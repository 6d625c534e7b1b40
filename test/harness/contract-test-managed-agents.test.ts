/**
 * `mailsim contract-test --provider managed-agents`: the flow passes against the emulator with
 * every operation of contracts/managed-agents.yaml exercised and nothing left behind, keeps the
 * key-minting and agent-scripting steps away from a real host, and `--cleanup` deletes what a partial run made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { runContractTest, type RunReport } from '../../src/harness/runner.js';
import { coverageLine, formatTable } from '../../src/harness/table.js';
import { run as cli } from '../../src/cli/contract-test.js';
import { MANAGED_AGENTS_DEV_KEY } from '../../src/testing/constants.js';
import { startTestServer } from '../helpers/server.js';

let emulator: MailsimServer;
let target: string;

beforeAll(async () => {
  emulator = await startTestServer({ ports: { 'managed-agents': 0 } });
  target = emulator.url('managed-agents');
});
afterAll(() => emulator?.close());

const reset = (): Promise<Response> => fetch(`${target}/_mailsim/reset`, { method: 'POST' });
const succeeded = (report: RunReport): Set<string> =>
  new Set(
    report.results
      // The steps that script the emulator's agent call its control plane, outside the contract.
      .filter((r) => report.coverage.total.includes(r.operation))
      .filter((r) => r.kind === 'flow' && r.outcome === 'pass' && r.status !== null && r.status < 300)
      .map((r) => r.operation),
  );

describe('contract-test against the Managed Agents emulator', () => {
  it('passes every case, exercises all 94 operations with a 2xx each, and leaves nothing behind', async () => {
    await reset();
    const report = await runContractTest({ provider: 'managed-agents', target, apiKey: MANAGED_AGENTS_DEV_KEY });
    const notPassing = report.results
      .filter((r) => r.outcome !== 'pass')
      .map(
        (r) => `${r.id}: ${r.skipReason ?? r.violations.map((v) => `${v.where} ${v.pointer} ${v.message}`).join('; ')}`,
      );
    expect(notPassing).toEqual([]);
    expect(report.ok).toBe(true);
    console.log(
      `${coverageLine(report)}; ${succeeded(report).size}/${report.coverage.total.length} ` +
        `answered 2xx to a flow step; ` +
        `${report.results.length} cases`,
    );
    expect(report.coverage.total.length).toBe(94);
    expect(report.coverage.missing).toEqual([]);
    expect(formatTable(report)).toContain('coverage: 94/94 operations exercised (100%)');
    expect([...succeeded(report)].length).toBe(94);
    expect(report.leftBehind).toEqual([]);
    const ids = report.results.map((r) => r.id);
    for (const id of [
      'createAgent:no-key',
      'retrieveAgent:unknown-id',
      'createAgent:missing-model',
      'retrieveAgentVersion:unknown-id',
      'updateAgentStale',
      'deleteSkill:built-in',
    ])
      expect(ids).toContain(id);
    // The emulator's own strict check saw nothing wrong either.
    expect(emulator.engine.journal.list({ violations: true })).toEqual([]);
    // 313 cases, each answer checked by Prism's validators: about 20 s alone, more in a full run.
  }, 120_000);

  it("checks the control plane's answers against its own contract", async () => {
    await reset();
    // A control-plane answer that breaks contracts/managed-agents.control.yaml: the script lost.
    const broken = async (input: string, init: RequestInit): Promise<Response> => {
      const res = await fetch(input, init);
      if (!input.includes('/_mailsim/managed-agents/scripts/') || init.method !== 'PUT') return res;
      return new Response(JSON.stringify({ target: 'session' }), {
        status: res.status,
        headers: { 'content-type': 'application/json' },
      });
    };
    const report = await runContractTest({
      provider: 'managed-agents',
      target,
      apiKey: MANAGED_AGENTS_DEV_KEY,
      fetch: broken,
      cleanup: true,
    });
    const flagged = report.results.filter((r) => r.operation === 'putManagedAgentsScript');
    expect(flagged.length).toBeGreaterThan(0);
    for (const r of flagged) {
      expect(r.outcome).toBe('fail');
      expect(r.violations.map((v) => v.message).join('; ')).toMatch(/target_id|script/);
    }
  });

  it('--only pulls in prerequisites and --cleanup deletes what the run made', async () => {
    await reset();
    const report = await runContractTest({
      provider: 'managed-agents',
      target,
      apiKey: MANAGED_AGENTS_DEV_KEY,
      only: ['retrieveCredential', 'listMemoryVersions'],
      cleanup: true,
    });
    expect(report.ok).toBe(true);
    expect(report.results.filter((r) => r.kind === 'flow').map((r) => r.id)).toEqual([
      'createVault',
      'createCredential',
      'retrieveCredential',
      'createMemoryStore',
      'createMemory',
      'listMemoryVersions',
    ]);
    expect(report.results.filter((r) => r.kind === 'cleanup').map((r) => [r.operation, r.status])).toEqual([
      ['deleteMemory', 200],
      ['deleteMemoryStore', 200],
      ['deleteCredential', 200],
      ['deleteVault', 200],
    ]);
    expect(report.leftBehind).toEqual([]);
  });

  it('keeps the key-minting and scripting steps to loopback targets, with the reason', async () => {
    await reset();
    const real = 'https://app.openma.dev';
    const report = await runContractTest({
      provider: 'managed-agents',
      target: real,
      apiKey: MANAGED_AGENTS_DEV_KEY,
      delayMs: 0,
      fetch: (url, init) => fetch(url.replace(real, target), init),
    });
    expect(report.results.filter((r) => r.outcome === 'fail').map((r) => r.id)).toEqual([]);
    const skipped = report.results
      .filter((r) => r.outcome === 'skip')
      .map((r) => r.id)
      .sort();
    expect(skipped).toEqual([
      'answerCustom',
      'archiveSessionThread',
      'confirmAsk',
      'createApiKey',
      'createLeadAgent',
      'createLeadSession',
      'createModelCard',
      'deleteApiKey',
      'deleteLeadAgent',
      'deleteLeadSession',
      'deleteModelCard',
      'interruptHeld',
      'listApiKeys',
      'listLeadThreads',
      'listModelCards',
      'patchModelCard',
      'retrieveModelCard',
      'scriptAsk',
      'scriptCustomTool',
      'scriptDelegate',
      'scriptHold',
      'sendAsk',
      'sendCustom',
      'sendDelegated',
      'sendHeld',
      'streamAnswered',
      'streamAsk',
      'streamChildThread',
      'streamConfirmed',
      'streamCustom',
      'streamDelegated',
      'streamInterrupted',
      'updateModelCard',
    ]);
    // The session's turn, its resumed stream and an interrupt run against any host.
    const ran = report.results.filter((r) => r.outcome === 'pass').map((r) => r.id);
    for (const id of ['streamTurn', 'resumeStream', 'interruptIdle', 'listSessionThreads', 'streamSessionThreadEvents'])
      expect(ran).toContain(id);
    const scripted = report.results.find((r) => r.id === 'scriptAsk');
    expect(scripted?.skipReason).toMatch(/loopback targets only: it scripts the emulated agent/);
    expect(report.coverage.missing).toEqual([]);
  });

  it('the CLI accepts --provider managed-agents and exits 0', async () => {
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
        'managed-agents',
        '--target',
        target,
        '--api-key',
        MANAGED_AGENTS_DEV_KEY,
        '--only',
        'downloadSkillVersion',
        '--cleanup',
      ]);
    } finally {
      process.stdout.write = write;
    }
    expect(code).toBe(0);
    expect(out).toMatch(/mailsim contract-test: managed-agents against/);
    expect(out).toMatch(/0 failed/);
  });
});
