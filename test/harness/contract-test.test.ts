/**
 * `mailsim contract-test`: passes against the emulator, and fails with precise, pointed messages
 * against a server that breaks the contract in five planted ways.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { MailsimServer } from '../../src/server.js';
import { runContractTest, type RunReport, type StepResult } from '../../src/harness/runner.js';
import { formatTable } from '../../src/harness/table.js';
import { toJUnit } from '../../src/harness/junit.js';
import { run as cli } from '../../src/cli/contract-test.js';
import { DEV_KEY, startTestServer } from '../helpers/server.js';
import { PLANTED, startBrokenServer } from './broken-server.js';
import { CLI, ensureBuilt } from './build.js';

const run = promisify(execFile);
let emulator: MailsimServer;
let broken: { url: string; close(): Promise<void> };
let tmp: string;

beforeAll(async () => {
  emulator = await startTestServer();
  broken = await startBrokenServer(emulator.url());
  tmp = mkdtempSync(join(tmpdir(), 'mailsim-ct-'));
});
afterAll(async () => {
  await broken?.close();
  await emulator?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Each test gets a fresh account state and rate-limit window on the shared emulator. */
const reset = (): Promise<Response> => fetch(`${emulator.url()}/_mailsim/reset`, { method: 'POST' });

function junitCounts(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
  const suite = doc.testsuites.testsuite;
  const cases: any[] = [suite.testcase].flat();
  return {
    tests: Number(suite.tests),
    failures: Number(suite.failures),
    skipped: Number(suite.skipped),
    testcases: cases.length,
    failureElements: cases.filter((c) => c.failure).length,
    names: cases.map((c) => c.name as string),
    failureOf: (caseId: string) => cases.find((c) => (c.name as string).startsWith(`${caseId} — `))?.failure,
  };
}

describe('against the emulator', () => {
  it('passes every case and exercises every operation of the contract', async () => {
    await reset();
    const report = await runContractTest({ provider: 'agentsend', target: emulator.url(), apiKey: DEV_KEY });
    const notPassing = report.results
      .filter((r) => r.outcome !== 'pass')
      .map((r) => `${r.id}: ${r.skipReason ?? r.violations.map((v) => v.message).join('; ')}`);
    expect(notPassing).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.coverage.exercised.length).toBe(report.coverage.total.length);
    expect(report.leftBehind).toEqual([]);
    // The documented error cases are there, derived from the contract.
    const ids = report.results.map((r) => r.id);
    for (const id of [
      'listInboxes:no-key',
      'getInbox:malformed-id',
      'getInbox:unknown-id',
      'sendMessage:missing-to',
      'createWebhook:missing-url',
    ])
      expect(ids).toContain(id);
    expect(formatTable(report)).toMatch(
      new RegExp(
        `coverage: ${report.coverage.total.length}/${report.coverage.total.length} operations exercised \\(100%\\)`,
      ),
    );
  }, 120_000);

  it('writes JUnit XML whose counts match the run', async () => {
    await reset();
    const report = await runContractTest({
      provider: 'agentsend',
      target: emulator.url(),
      apiKey: DEV_KEY,
      only: ['getInbox', 'listWebhooks'],
    });
    const j = junitCounts(toJUnit(report));
    expect(j.testcases).toBe(report.results.length);
    expect(j.tests).toBe(report.results.length);
    expect(j.failures).toBe(0);
    expect(j.failureElements).toBe(0);
  });

  it('--only pulls in prerequisites, --skip leaves dependants skipped with the reason, --cleanup deletes leftovers', async () => {
    await reset();
    const only = await runContractTest({
      provider: 'agentsend',
      target: emulator.url(),
      apiKey: DEV_KEY,
      only: ['getThread'],
    });
    expect(only.results.filter((r) => r.kind === 'flow').map((r) => r.id)).toEqual([
      'createInbox',
      'sendMessage',
      'getThread',
    ]);
    expect(only.coverage.exercised).toEqual(['createInbox', 'sendMessage', 'getThread']);
    // Without --cleanup the prerequisites stay, and the report says so.
    expect(only.leftBehind.map((l) => l.kind).sort()).toEqual(['inbox', 'message']);

    const skipped = await runContractTest({
      provider: 'agentsend',
      target: emulator.url(),
      apiKey: DEV_KEY,
      skip: ['createInbox'],
      only: ['createInbox', 'getInbox', 'deleteInbox'],
    });
    const getInbox = skipped.results.find((r) => r.id === 'getInbox')!;
    expect(getInbox.outcome).toBe('skip');
    expect(getInbox.skipReason).toMatch(/needs inboxId.*createInbox/);

    const cleaned = await runContractTest({
      provider: 'agentsend',
      target: emulator.url(),
      apiKey: DEV_KEY,
      only: ['getWebhook'],
      cleanup: true,
    });
    expect(cleaned.leftBehind).toEqual([]);
    const cleanup = cleaned.results.filter((r) => r.kind === 'cleanup');
    expect(cleanup.map((r) => [r.operation, r.status])).toEqual([['deleteWebhook', 204]]);
    const webhookId = cleanup[0]!.path.split('/').pop();
    const after = await fetch(`${emulator.url()}/webhooks/${webhookId}`, {
      headers: { authorization: `Bearer ${DEV_KEY}` },
    });
    expect(after.status).toBe(404);
  });

  it('reports a target that does not answer as a transport error, not a pass', async () => {
    const report = await runContractTest({
      provider: 'agentsend',
      target: 'http://127.0.0.1:9',
      apiKey: DEV_KEY,
      only: ['getAccount'],
      timeoutMs: 2000,
    });
    expect(report.ok).toBe(false);
    const first = report.results.find((r) => r.id === 'getAccount')!;
    expect(first.violations[0]).toMatchObject({ where: 'transport', got: 'no response' });
    expect(report.coverage.exercised).toEqual([]);
    expect(junitCounts(toJUnit(report)).testcases).toBe(report.results.length);
  });
});

describe('against a deliberately wrong server', () => {
  let report: RunReport;
  const result = (id: string): StepResult => {
    const r = report.results.find((x) => x.id === id);
    if (!r) throw new Error(`no case ${id} in the run`);
    return r;
  };

  beforeAll(async () => {
    await reset();
    report = await runContractTest({ provider: 'agentsend', target: broken.url, apiKey: DEV_KEY });
  });

  it('fails exactly the five planted cases', () => {
    expect(report.ok).toBe(false);
    const failed = report.results
      .filter((r) => r.outcome === 'fail')
      .map((r) => r.id)
      .sort();
    expect(failed).toEqual(
      Object.values(PLANTED)
        .map((p) => p.caseId)
        .sort(),
    );
    // A create answered with the wrong 2xx still made a webhook: later steps use it rather than skip.
    expect(report.results.filter((r) => r.outcome === 'skip').map((r) => r.id)).toEqual([]);
  });

  it('a wrong field type: the pointer, the expected type and the value it got', () => {
    expect(result(PLANTED.wrongType!.caseId).violations).toContainEqual(
      expect.objectContaining({ where: 'body', pointer: '/id', expected: 'string', got: '12345 (number)' }),
    );
  });

  it('a missing required field: the pointer of the field', () => {
    expect(result(PLANTED.missingField!.caseId).violations).toContainEqual(
      expect.objectContaining({ where: 'body', pointer: '/subject', expected: 'present (required)', got: '(missing)' }),
    );
  });

  it('a wrong status: expected vs got, and that 200 is not declared', () => {
    const v = result(PLANTED.wrongStatus!.caseId).violations;
    expect(v).toContainEqual(expect.objectContaining({ where: 'expectation', expected: '201', got: '200' }));
    expect(v).toContainEqual(
      expect.objectContaining({ where: 'status', got: '200', expected: expect.stringContaining('201') }),
    );
  });

  it('a wrong error envelope: the missing error object and each undeclared key', () => {
    const v = result(PLANTED.wrongEnvelope!.caseId).violations;
    expect(result(PLANTED.wrongEnvelope!.caseId).status).toBe(404);
    expect(v).toContainEqual(
      expect.objectContaining({ where: 'body', pointer: '/error', expected: expect.stringMatching(/object/) }),
    );
    expect(v).toContainEqual(
      expect.objectContaining({ where: 'body', pointer: '/statusCode', expected: 'no undeclared property' }),
    );
    expect(v).toContainEqual(
      expect.objectContaining({ where: 'body', pointer: '/message', expected: 'no undeclared property' }),
    );
  });

  it('an extra undeclared status: which status and which are declared', () => {
    const v = result(PLANTED.undeclaredStatus!.caseId).violations;
    expect(v).toContainEqual(
      expect.objectContaining({
        where: 'status',
        pointer: '',
        got: '200',
        expected: expect.stringMatching(/^one of 204,/),
      }),
    );
  });

  it('prints each violation under its row with pointer, expected and got', () => {
    const text = formatTable(report);
    expect(text).toContain('body /id: Response body property id must be string — expected string, got 12345 (number)');
    expect(text).toContain(
      "body /subject: Response body must have required property 'subject' — expected present (required), got (missing)",
    );
    expect(text).toMatch(/status: status 200 is not declared for this operation — expected one of 204,.* got 200/);
    expect(text).toMatch(/5 failed/);
  });

  it('counts the failures in JUnit XML', () => {
    const j = junitCounts(toJUnit(report));
    expect(j.testcases).toBe(report.results.length);
    expect(j.failures).toBe(5);
    expect(j.failureElements).toBe(5);
    expect(j.failureOf(PLANTED.wrongType!.caseId)?.message).toContain('body /id');
  });
});

describe('the command line', () => {
  it('in process: exit 1 against the wrong server, 0 against the emulator, JUnit written', async () => {
    await reset();
    const out = join(tmp, 'in-process.xml');
    const write = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    let bad: number;
    let good: number;
    try {
      bad = await cli(['--provider', 'agentsend', '--target', broken.url, '--api-key', DEV_KEY, '--only', 'getInbox']);
      await reset();
      good = await cli([
        '--provider',
        'agentsend',
        '--target',
        emulator.url(),
        '--api-key',
        DEV_KEY,
        '--junit',
        out,
        '--only',
        'getInbox,getAccount',
      ]);
    } finally {
      process.stdout.write = write;
    }
    expect(bad).toBe(1);
    expect(good).toBe(0);
    expect(junitCounts(readFileSync(out, 'utf8')).failures).toBe(0);
    const writeErr = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      expect(await cli(['--target', emulator.url()])).toBe(2);
      expect(await cli(['--target', emulator.url(), '--api-key', DEV_KEY, '--only', 'getInbx'])).toBe(2);
    } finally {
      process.stderr.write = writeErr;
    }
  });

  it('the built CLI passes against the emulator as a child process and writes JUnit', async () => {
    await ensureBuilt();
    await reset();
    const out = join(tmp, 'child.xml');
    const { stdout } = await run(
      process.execPath,
      [
        CLI,
        'contract-test',
        '--provider',
        'agentsend',
        '--target',
        emulator.url(),
        '--api-key',
        DEV_KEY,
        '--junit',
        out,
      ],
      { cwd: tmp },
    );
    expect(stdout).toMatch(/0 failed/);
    expect(stdout).toMatch(/coverage: (\d+)\/\1 operations exercised \(100%\)/);
    const j = junitCounts(readFileSync(out, 'utf8'));
    expect(j.failures).toBe(0);
    expect(j.testcases).toBeGreaterThan(60);
  }, 120_000);

  it('the built CLI exits non-zero against the wrong server', async () => {
    await ensureBuilt();
    await reset();
    const child = run(
      process.execPath,
      [CLI, 'contract-test', '--target', broken.url, '--api-key', DEV_KEY, '--only', 'getMessage'],
      { cwd: tmp },
    );
    await expect(child).rejects.toMatchObject({ code: 1, stdout: expect.stringContaining('body /subject') });
  }, 120_000);
});
