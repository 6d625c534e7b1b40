/**
 * Every operation of every contract — the four providers and each port's control plane — gets
 * generated requests (fixed seed): valid bodies from the contract and mutations of them, random
 * JSON, truncated, oversized and multipart bodies (truncated too), repeated and prototype-named
 * query keys, non-ASCII bytes in the path, odd headers, chunked bodies, missing and wrong keys.
 * Each answer must arrive, must not be a 5xx, and must be one the contract declares (the provider's
 * own envelope). fast-check shrinks a failure to a smallest request and the report prints it.
 * FUZZ_RUNS=100 npx vitest run test/fuzz/contract-fuzz.test.ts hunts harder.
 */
import { execFile } from 'node:child_process';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeContracts } from '../../src/control/api.js';
import { readDocument } from '../../src/engine/contract-document.js';
import { Contract } from '../../src/engine/contract.js';
import { bodySampler, NEVER_ENDING, providerFuzzApi, seededIds } from '../../src/harness/fuzz/apis.js';
import { formatFuzzReport, type FuzzApi, runFuzz } from '../../src/harness/fuzz/run.js';
import { contractPath } from '../../src/paths.js';
import { loadProvider } from '../../src/providers/index.js';
import type { MailsimServer } from '../../src/server.js';
import { DEV_API_KEYS } from '../../src/testing/constants.js';
import { startTestServer } from '../helpers/server.js';
import { CLI } from '../harness/build.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
const PROVIDERS = ['agentsend', 'commune', 'gent', 'managed-agents'];

let server: MailsimServer;
beforeAll(async () => {
  server = await startTestServer({
    host: '127.0.0.1',
    ports: { agentsend: 0, commune: 0, gent: 0, 'managed-agents': 0 },
    rateLimits: false,
    logLevel: 'silent',
  });
});
afterAll(() => server.close());

/** The control plane of a provider's port: control.yaml with the provider's fragment merged in. */
async function controlApi(provider: string): Promise<FuzzApi> {
  const fragment = (await loadProvider(provider)).control;
  const contract = new Contract(
    `control-${provider}`,
    mergeContracts(readDocument(contractPath('control')), fragment ? readDocument(fragment.contractFile) : null),
  );
  const ids = seededIds(provider);
  return {
    name: `control (${provider} port)`,
    baseUrl: server.url(provider),
    contract,
    seededIds: ids,
    validBody: bodySampler(contract, ids),
    credentials: [],
    // Resetting, loading scenarios and moving the clock are fuzzed too; faults never hit the control plane.
    skip: NEVER_ENDING,
  };
}

describe('contract fuzz', () => {
  it(`every provider operation, ${RUNS} generated requests each: no 5xx, no crash, only declared answers`, async () => {
    const apis = await Promise.all(PROVIDERS.map((p) => providerFuzzApi(p, server.url(p), DEV_API_KEYS[p]!)));
    const report = await runFuzz(apis, { fc, runs: RUNS, seed: SEED, timeoutMs: 15_000 });
    console.log(formatFuzzReport(report));
    expect(report.failures.length, formatFuzzReport(report)).toBe(0);
    expect(report.operations).toBeGreaterThan(90);
    expect(report.statuses.none ?? 0).toBe(0);
    expect(server.engine.journal.list({ violations: true })).toEqual([]);
  }, 120_000);

  it(`every control operation on every port, ${RUNS} generated requests each`, async () => {
    const apis = await Promise.all(PROVIDERS.map(controlApi));
    const report = await runFuzz(apis, { fc, runs: RUNS, seed: SEED, timeoutMs: 15_000 });
    console.log(formatFuzzReport(report));
    expect(report.failures.length, formatFuzzReport(report)).toBe(0);
    // The emulator still serves its providers afterwards.
    const health = await fetch(`${server.url('agentsend')}/_mailsim/health`);
    expect(health.status).toBe(200);
  }, 120_000);

  it('mailsim contract-test --fuzz runs against a loopback target and refuses a remote one without --allow-remote', async () => {
    // The emulator answers from this process, so the command runs asynchronously beside it.
    const cli = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [CLI, ...args], { timeout: 60_000 }, (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        );
      });
    const args = ['contract-test', '--provider', 'commune', '--api-key', DEV_API_KEYS.commune!, '--json'];
    const local = await cli([
      ...args,
      '--target',
      server.url('commune'),
      '--fuzz',
      '2',
      '--only',
      'listInboxes,sendMessage',
    ]);
    expect(local.code, local.stderr).toBe(0);
    expect(JSON.parse(local.stdout)).toMatchObject({ requests: 4, operations: 2, failures: [] });
    const remote = await cli([...args, '--target', 'https://api.commune.email', '--fuzz', '2']);
    expect(remote.code).toBe(2);
    expect(remote.stderr).toMatch(/--allow-remote/);
  }, 90_000);
});
