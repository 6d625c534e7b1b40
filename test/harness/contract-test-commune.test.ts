/**
 * `mailsim contract-test --provider commune`: the Commune flow passes against the emulator with
 * every operation of contracts/commune.yaml exercised, cleans up what it made, keeps the
 * loopback-only steps away from a real host name, and fails with precise pointers against a
 * Commune look-alike with planted faults.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { runContractTest, type RunReport, type StepResult } from '../../src/harness/runner.js';
import { coverageLine, formatTable } from '../../src/harness/table.js';
import { run as cli } from '../../src/cli/contract-test.js';
import { COMMUNE_DEV_KEY } from '../../src/testing/constants.js';
import { startTestServer } from '../helpers/server.js';
import { COMMUNE_PLANTED, startBrokenCommuneServer } from './broken-commune-server.js';

let emulator: MailsimServer;
let target: string;
let broken: { url: string; close(): Promise<void> };

beforeAll(async () => {
  emulator = await startTestServer({ ports: { commune: 0 } });
  target = emulator.url('commune');
  broken = await startBrokenCommuneServer(target);
});
afterAll(async () => {
  await broken?.close();
  await emulator?.close();
});

/** Each run starts from the seed: fresh rate-limit windows, no domains from an earlier run. */
const reset = (): Promise<Response> => fetch(`${target}/_mailsim/reset`, { method: 'POST' });
const api = (method: string, path: string): Promise<Response> =>
  fetch(target + path, { method, headers: { authorization: `Bearer ${COMMUNE_DEV_KEY}` } });

/** Operations some flow step got a 2xx from (the error cases only prove the failure paths). */
const succeeded = (report: RunReport): Set<string> =>
  new Set(
    report.results
      .filter((r) => r.kind === 'flow' && r.outcome === 'pass' && r.status !== null && r.status < 300)
      .map((r) => r.operation),
  );
const byId = (report: RunReport, id: string): StepResult => {
  const r = report.results.find((x) => x.id === id);
  if (!r) throw new Error(`no case ${id} in the run`);
  return r;
};

/** The steps flows/commune-agent.ts and flows/commune.ts keep to loopback targets. */
const LOOPBACK_ONLY = [
  'agentRegister',
  'agentVerify',
  'claimOwnership',
  'findClaimEmail',
  'getClaimDetails',
  'acceptClaim',
  'previewDataDeletion',
  'getDataDeletionStatus',
  'confirmDataDeletion',
  'configureWebhook',
  'testWebhook',
  'submitFeedback',
];

describe('against the emulator', () => {
  it('passes every case, exercises all 61 operations and leaves only the undeletable domain', async () => {
    await reset();
    const report = await runContractTest({ provider: 'commune', target, apiKey: COMMUNE_DEV_KEY });
    const notPassing = report.results
      .filter((r) => r.outcome !== 'pass')
      .map((r) => `${r.id}: ${r.skipReason ?? r.violations.map((v) => v.message).join('; ')}`);
    expect(notPassing).toEqual([]);
    expect(report.ok).toBe(true);

    const flowOk = succeeded(report);
    console.log(`${coverageLine(report)}; ${flowOk.size}/${report.coverage.total.length} answered 2xx to a flow step`);
    expect(report.coverage.total.length).toBe(61);
    expect(formatTable(report)).toContain('coverage: 61/61 operations exercised (100%)');
    // Only reached through their error cases: no delivery exists to get or retry, the stream never
    // ends, and a checkout is a payment.
    expect(report.coverage.total.filter((op) => !flowOk.has(op)).sort()).toEqual([
      'createCreditsCheckout',
      'getWebhookDelivery',
      'retryWebhookDelivery',
      'streamEvents',
    ]);

    // The teardown deleted the inboxes and the key; Commune cannot delete the domain.
    expect(report.leftBehind.map((l) => l.kind)).toEqual(['domain (Commune has no domain delete)']);
    const ids = report.results.map((r) => r.id);
    for (const id of [
      'getInbox:unknown-id',
      'getInbox:no-key',
      'sendMessage:missing-to',
      'getClaimDetails:unknown-id',
      'getClaimDetails:malformed-token',
    ])
      expect(ids).toContain(id);
    // Commune's ids are free strings: no "malformed id" case is derived for them.
    expect(ids.filter((id) => id.endsWith(':malformed-id'))).toEqual([]);
    // A claim token has one shape (64 hex); the unknown one sent has it, so the answer is the 404.
    expect(byId(report, 'getClaimDetails:unknown-id').path).toMatch(/^\/v1\/auth\/claim\/[0-9a-f]{64}$/);
    // The cursor page and the agent's signed claim really happened.
    expect(byId(report, 'listThreadsNextPage').path).toBe('/v1/threads');
    expect(byId(report, 'acceptClaim').status).toBe(200);
    // The emulator's own strict check saw nothing wrong either.
    expect(emulator.engine.journal.list({ violations: true })).toEqual([]);
  }, 120_000);

  it('--cleanup deletes the inboxes and API key a partial run made, and reports the domain it cannot delete', async () => {
    await reset();
    const report = await runContractTest({
      provider: 'commune',
      target,
      apiKey: COMMUNE_DEV_KEY,
      only: ['listDomainInboxes', 'getThreadMessages', 'listApiKeys'],
      cleanup: true,
    });
    expect(report.ok).toBe(true);
    expect(report.results.filter((r) => r.kind === 'flow').map((r) => r.id)).toEqual([
      'createInbox',
      'createDomain',
      'createDomainInbox',
      'listDomainInboxes',
      'uploadAttachment',
      'sendMessage',
      'getThreadMessages',
      'createApiKey',
      'listApiKeys',
    ]);
    const cleanup = report.results.filter((r) => r.kind === 'cleanup');
    expect(cleanup.map((r) => [r.operation, r.status])).toEqual([
      ['revokeApiKey', 200],
      ['deleteInbox', 200],
      ['deleteInbox', 200],
    ]);
    expect(report.leftBehind).toEqual([{ kind: 'domain (Commune has no domain delete)', id: expect.any(String) }]);

    // Each inbox was deleted through its own domain, and is gone.
    for (const r of cleanup.filter((c) => c.operation === 'deleteInbox'))
      expect((await api('GET', r.path)).status).toBe(404);
    const keyId = cleanup[0]!.path.split('/').pop();
    const keys = (await (await api('GET', '/v1/agent/api-keys')).json()) as {
      apiKeys: { id: string; status: string }[];
    };
    expect(keys.apiKeys.find((k) => k.id === keyId)?.status).toBe('inactive');
  });

  it('against a real host name the default flow skips the loopback-only steps, with the reason, and still passes', async () => {
    await reset();
    const real = 'https://api.commune.email';
    const report = await runContractTest({
      provider: 'commune',
      target: real,
      apiKey: COMMUNE_DEV_KEY,
      delayMs: 0,
      // The host name is the real one (so not loopback); the requests still reach the emulator.
      fetch: (url, init) => fetch(url.replace(real, target), init),
    });
    expect(report.results.filter((r) => r.outcome === 'fail').map((r) => r.id)).toEqual([]);
    const skipped = report.results.filter((r) => r.outcome === 'skip');
    expect(skipped.map((r) => r.id).sort()).toEqual([...LOOPBACK_ONLY].sort());
    expect(byId(report, 'agentRegister').skipReason).toMatch(
      /loopback targets only: agent sign-up mints a real Commune organisation/,
    );
    expect(byId(report, 'confirmDataDeletion').skipReason).toMatch(/loopback targets only: data deletion deletes data/);
    // Their failure paths still run, so every operation is still exercised.
    expect(report.coverage.missing).toEqual([]);
    const flowOk = succeeded(report);
    console.log(`against a real host name: ${flowOk.size}/61 operations answered 2xx to a flow step`);
    expect(flowOk.size).toBe(47);
  });

  it('the CLI accepts --provider commune and exits 0 against the emulator', async () => {
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
        'commune',
        '--target',
        target,
        '--api-key',
        COMMUNE_DEV_KEY,
        '--only',
        'getThreadMetadata',
        '--cleanup',
      ]);
    } finally {
      process.stdout.write = write;
    }
    expect(code).toBe(0);
    expect(out).toMatch(/mailsim contract-test: commune against/);
    expect(out).toMatch(/0 failed/);
  });
});

describe('against a deliberately wrong Commune', () => {
  let report: RunReport;

  beforeAll(async () => {
    await reset();
    report = await runContractTest({ provider: 'commune', target: broken.url, apiKey: COMMUNE_DEV_KEY });
  });

  it('fails exactly the planted cases', () => {
    expect(report.ok).toBe(false);
    const failed = report.results
      .filter((r) => r.outcome === 'fail')
      .map((r) => r.id)
      .sort();
    expect(failed).toEqual(
      Object.values(COMMUNE_PLANTED)
        .flatMap((p) => p.caseIds)
        .sort(),
    );
  });

  it('a wrong field type inside the {data:…} envelope: its pointer, the type and the value', () => {
    expect(byId(report, 'getInbox').violations).toContainEqual(
      expect.objectContaining({
        where: 'body',
        pointer: '/data/createdAt',
        expected: 'string',
        got: '1700000000 (number)',
      }),
    );
  });

  it("an error body of the wrong family: the error must be Commune's plain string, not an object", () => {
    const r = byId(report, 'getAttachment:unknown-id');
    expect(r.status).toBe(404);
    expect(r.violations).toContainEqual(
      expect.objectContaining({
        where: 'body',
        pointer: '/error',
        expected: 'string',
        got: expect.stringMatching(/^object \{"code":"NOT_FOUND"/),
      }),
    );
  });

  it("a cursor page without has_more: the missing field, and the flow's own expectation", () => {
    const v = byId(report, 'listThreads').violations;
    expect(v).toContainEqual(
      expect.objectContaining({
        where: 'body',
        pointer: '/has_more',
        expected: 'present (required)',
        got: '(missing)',
      }),
    );
    expect(v).toContainEqual(
      expect.objectContaining({ where: 'expectation', message: expect.stringContaining('has_more') }),
    );
  });

  it('a delete answered 204: expected vs got, and that 204 is not declared', () => {
    const v = byId(report, 'deleteDomainInbox').violations;
    expect(v).toContainEqual(expect.objectContaining({ where: 'expectation', expected: '200', got: '204' }));
    expect(v).toContainEqual(
      expect.objectContaining({ where: 'status', got: '204', expected: expect.stringMatching(/^one of 200,/) }),
    );
  });

  it('prints each violation under its row', () => {
    const text = formatTable(report);
    expect(text).toContain(
      'body /data/createdAt: Response body property data.createdAt must be string — expected string, got 1700000000 (number)',
    );
    expect(text).toMatch(/body \/error: Response body property error must be string — expected string, got object/);
    expect(text).toMatch(/5 failed/);
  });
});
