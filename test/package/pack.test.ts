/**
 * The published package: `npm pack`, install the tarball into a fresh consumer project, then
 * type-check a consumer file against every export with the project's TypeScript and run it.
 *
 * Two concessions to this machine, neither of which changes what is tested:
 *  - the consumer also depends on mailsim's direct dependencies (and msw, testcontainers,
 *    @types/node) at the versions in our package-lock, so npm reuses those for mailsim and the
 *    install resolves from the npm cache (the registry mirror here lists versions it cannot serve);
 *  - install scripts are skipped and better-sqlite3's compiled addon is copied from this checkout
 *    (same version, same Node), instead of compiling SQLite again on two shared cores.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt } from '../harness/build.js';

const run = promisify(execFile);
const NPM_FLAGS = ['--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
let dir: string;
let consumer: string;
let installLog = '';

const CONSUMER_TS = `
import { runContractTest, startProxy, formatTable, type RunReport, type ProxyOptions } from 'mailsim';
import { createHandlers, createMailsimHandlers, AGENTSEND_DEV_KEY, type MailsimHandlers } from 'mailsim/msw';
import { request, startTestMailsim, verifyAgentSendSignature, type InProcessResponse } from 'mailsim/testing';
import { MailsimContainer, probeDocker, type StartedMailsimContainer } from 'mailsim/testcontainers';
import { main } from 'mailsim/cli';
import { setupServer } from 'msw/node';

const handlers: MailsimHandlers = createHandlers({ provider: 'agentsend' });
const server = setupServer(...handlers);
server.listen({ onUnhandledRequest: 'error' });
const res = await fetch('https://api.agentsend.io/inboxes', { headers: { authorization: \`Bearer \${AGENTSEND_DEV_KEY}\` } });
const page = (await res.json()) as { total: number };
server.close();
handlers.close();

const mailsim = await startTestMailsim();
const account: InProcessResponse = await request(mailsim.engine, { path: '/account', apiKey: AGENTSEND_DEV_KEY });
const report: RunReport = await runContractTest({ provider: 'agentsend', target: mailsim.url(), apiKey: AGENTSEND_DEV_KEY, only: ['getAccount'] });
await mailsim.close();

const container = new MailsimContainer('mailsim:local').withValidation('strict').withRateLimits(false);
const baseUrlOf = (c: StartedMailsimContainer): string => c.getBaseUrl('agentsend');
const proxyOptions: ProxyOptions = { provider: 'agentsend', upstream: 'https://api.agentsend.io', port: 0 };
const docker = await probeDocker(500);

console.log(JSON.stringify({
  msw: { status: res.status, total: page.total },
  inProcess: account.status,
  contractTest: { ok: report.ok, cases: report.results.length, table: formatTable(report).includes('coverage:') },
  container: typeof container.start, baseUrlOf: typeof baseUrlOf, proxy: typeof startProxy, proxyOptions: proxyOptions.provider,
  docker: typeof docker.available, cli: typeof main, asyncHandlers: typeof createMailsimHandlers,
  signature: verifyAgentSendSignature('{}', 'zz', 'whsec_x'),
  contract: import.meta.resolve('mailsim/contracts/agentsend.yaml').endsWith('/contracts/agentsend.yaml'),
}));
`;

/** Lines that must NOT compile: proves the exports carry real types, not any. */
const MISUSE_TS = `
import { createHandlers } from 'mailsim/msw';
import { runContractTest } from 'mailsim';
import { MailsimContainer } from 'mailsim/testcontainers';
// @ts-expect-error validation is 'strict' | 'warn' | 'off'
createHandlers({ validation: 'loose' });
// @ts-expect-error apiKey is required
void runContractTest({ provider: 'agentsend', target: 'http://localhost:3000' });
// @ts-expect-error getSmtpPort() returns a number
const port: string = (null as unknown as Awaited<ReturnType<MailsimContainer['start']>>).getSmtpPort();
void port;
`;

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'mailsim-pack-'));
  const packed = await run('npm', ['pack', '--pack-destination', dir, '--json', '--loglevel=error'], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 });
  const tarball = join(dir, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);

  consumer = join(dir, 'consumer');
  mkdirSync(consumer);
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const locked = (name: string): string => lock.packages[`node_modules/${name}`]!.version;
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({
    name: 'mailsim-consumer', version: '1.0.0', private: true, type: 'module',
    dependencies: {
      // mailsim's own dependencies at their locked versions sit beside it, so npm reuses them.
      ...Object.fromEntries(Object.keys(pkg.dependencies).map((n) => [n, locked(n)])),
      mailsim: `file:${tarball}`, msw: locked('msw'), testcontainers: locked('testcontainers'), '@types/node': locked('@types/node'),
    },
  }, null, 2));
  try {
    installLog = (await run('npm', ['install', '--offline', ...NPM_FLAGS], { cwd: consumer, maxBuffer: 32 * 1024 * 1024 })).stderr;
  } catch (offline) {
    installLog = `offline install failed, retried online: ${String((offline as { stderr?: string }).stderr ?? offline).slice(0, 500)}\n`;
    installLog += (await run('npm', ['install', '--prefer-offline', ...NPM_FLAGS], { cwd: consumer, maxBuffer: 32 * 1024 * 1024 })).stderr;
  }
  const addon = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
  if (!existsSync(join(consumer, addon))) {
    mkdirSync(join(consumer, 'node_modules/better-sqlite3/build/Release'), { recursive: true });
    copyFileSync(join(ROOT, addon), join(consumer, addon));
  }
  writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, types: ['node'], outDir: 'out', rootDir: '.' },
    include: ['consumer.ts', 'misuse.ts'],
  }));
  writeFileSync(join(consumer, 'consumer.ts'), CONSUMER_TS);
  writeFileSync(join(consumer, 'misuse.ts'), MISUSE_TS);
}, 300_000);

// Deleting the consumer's node_modules takes well over vitest's 30 s hook default on a loaded machine.
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 180_000);

describe('npm package', () => {
  it('ships the built code, declarations, contracts and fixtures, and nothing from test/', () => {
    const installed = join(consumer, 'node_modules/mailsim');
    for (const f of ['dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/testing/msw.d.ts', 'dist/src/testing/testcontainers.d.ts', 'dist/src/testing/index.d.ts', 'dist/src/cli.js', 'contracts/agentsend.yaml', 'fixtures/agentsend/seed.json']) {
      expect(existsSync(join(installed, f)), f).toBe(true);
    }
    expect(existsSync(join(installed, 'test'))).toBe(false);
    expect(existsSync(join(installed, 'src'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.exports)).toEqual(expect.arrayContaining(['.', './testing', './msw', './testcontainers', './cli']));
    expect(manifest.peerDependenciesMeta.testcontainers.optional).toBe(true);
  });

  it('type-checks a consumer against every export with the project TypeScript (and rejects misuse)', async () => {
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: consumer }).catch((e: { stdout: string }) => ({ stdout: e.stdout, failed: true }));
    expect(result.stdout, installLog).toBe('');
  }, 120_000);

  it('imports and runs: msw handlers, in-process request, contract test, container builder', async () => {
    const { stdout } = await run(process.execPath, ['out/consumer.js'], { cwd: consumer, env: { ...process.env, MAILSIM_LOG_LEVEL: 'error' } });
    const out = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(out).toEqual({
      msw: { status: 200, total: 1 }, inProcess: 200, contractTest: { ok: true, cases: expect.any(Number), table: true },
      container: 'function', baseUrlOf: 'function', proxy: 'function', proxyOptions: 'agentsend', docker: 'boolean', cli: 'function',
      asyncHandlers: 'function', signature: false, contract: true,
    });
  }, 120_000);

  it('installs the mailsim command', async () => {
    const { stdout } = await run(join(consumer, 'node_modules/.bin/mailsim'), ['contract-test', '--help'], { cwd: consumer });
    expect(stdout).toMatch(/mailsim contract-test --provider agentsend --target <baseURL> --api-key <key>/);
  });
});
