/**
 * The published package, as a user gets it from a git URL or a tarball: a clean clone of this
 * tree (no dist/) is packed, which runs `prepare` (the build); the tarball is installed into two
 * fresh consumer projects.
 *  - The full consumer also installs the optional peers (msw, testcontainers, @stoplight/prism-http)
 *    and type-checks a file against every export with the project's TypeScript, then runs it.
 *  - The lean consumer installs mailsim alone: the optional peers must not come with it, the
 *    command and `mailsim` / `mailsim/testing` must work, and the contract test must say how to
 *    install Prism.
 *
 * Two concessions to this machine, neither of which changes what is tested:
 *  - the consumers also depend on mailsim's direct dependencies at the versions in our
 *    package-lock, so npm reuses those for mailsim and the install resolves from the npm cache (the
 *    registry mirror here lists versions it cannot serve);
 *  - install scripts are skipped and better-sqlite3's compiled addon is copied from this checkout
 *    (same version, same Node), instead of compiling SQLite again on two shared cores.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../harness/build.js';

const run = promisify(execFile);
const NPM_FLAGS = ['--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
const BIG = { maxBuffer: 32 * 1024 * 1024 };
const OPTIONAL_PEERS = ['@stoplight/prism-http', 'msw', 'testcontainers'];
let dir: string;
let consumer: string;
let lean: string;
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

/** The lean consumer: mailsim without any optional peer. */
const LEAN_MJS = `
import { runContractTest } from 'mailsim';
import { AGENTSEND_DEV_KEY, request, startTestMailsim } from 'mailsim/testing';

const mailsim = await startTestMailsim();
const account = await request(mailsim.engine, { path: '/account', apiKey: AGENTSEND_DEV_KEY });
const options = { provider: 'agentsend', target: mailsim.url(), apiKey: AGENTSEND_DEV_KEY, only: ['getAccount'] };
const contractTest = await runContractTest(options).then(() => 'ran without Prism', (e) => e.message);
const page = await fetch(mailsim.url() + '/_mailsim/ui');
const script = /src="([^"]+[.]js)"/.exec(await page.text())?.[1];
const ui = [page.status, script ? (await fetch(mailsim.url() + script)).status : null];
await mailsim.close();
console.log(JSON.stringify({ inProcess: account.status, contractTest, ui }));
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

/**
 * What `npm install <git url>` starts from: the files git has (tracked, or new and not ignored),
 * so no dist/, with the dev dependencies installed (linked from this checkout) for `prepare`.
 */
async function cleanClone(into: string): Promise<string> {
  const gitFiles = ['ls-files', '-z', '--cached', '--others', '--exclude-standard'];
  const listed = await run('git', gitFiles, { cwd: ROOT, ...BIG });
  for (const file of listed.stdout.split('\0')) {
    if (!file || file === 'node_modules' || file.startsWith('node_modules/') || !existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(into, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(into, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(into, 'node_modules'));
  return into;
}

type Lock = { packages: Record<string, { version: string }> };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lock;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const locked = (name: string): string => lock.packages[`node_modules/${name}`]!.version;

/** A consumer project with mailsim from the tarball, mailsim's own dependencies pinned beside it, and `extra`. */
async function installConsumer(at: string, tarball: string, extra: string[]): Promise<string> {
  mkdirSync(at);
  writeFileSync(
    join(at, 'package.json'),
    JSON.stringify(
      {
        name: 'mailsim-consumer',
        version: '1.0.0',
        private: true,
        type: 'module',
        dependencies: {
          // mailsim's own dependencies at their locked versions sit beside it, so npm reuses them.
          ...Object.fromEntries([...Object.keys(pkg.dependencies), ...extra].map((n) => [n, locked(n)])),
          mailsim: `file:${tarball}`,
        },
      },
      null,
      2,
    ),
  );
  let log: string;
  try {
    log = (await run('npm', ['install', '--offline', ...NPM_FLAGS], { cwd: at, ...BIG })).stderr;
  } catch (offline) {
    const why = String((offline as { stderr?: string }).stderr ?? offline).slice(0, 500);
    log = `offline install failed, retried online: ${why}\n`;
    log += (await run('npm', ['install', '--prefer-offline', ...NPM_FLAGS], { cwd: at, ...BIG })).stderr;
  }
  const addon = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
  if (!existsSync(join(at, addon))) {
    mkdirSync(join(at, 'node_modules/better-sqlite3/build/Release'), { recursive: true });
    copyFileSync(join(ROOT, addon), join(at, addon));
  }
  return log;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mailsim-pack-'));
  const clone = await cleanClone(join(dir, 'clone'));
  // `npm pack` runs `prepare`, which must build dist/ in the clone (stderr: the build's own output).
  const packed = await run('npm', ['pack', '--pack-destination', dir, '--json', '--loglevel=error'], {
    cwd: clone,
    ...BIG,
  });
  const tarball = join(dir, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);

  consumer = join(dir, 'consumer');
  lean = join(dir, 'lean');
  [installLog] = await Promise.all([
    installConsumer(consumer, tarball, [...OPTIONAL_PEERS, '@types/node']),
    installConsumer(lean, tarball, []),
  ]);
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: true,
        types: ['node'],
        outDir: 'out',
        rootDir: '.',
      },
      include: ['consumer.ts', 'misuse.ts'],
    }),
  );
  writeFileSync(join(consumer, 'consumer.ts'), CONSUMER_TS);
  writeFileSync(join(consumer, 'misuse.ts'), MISUSE_TS);
  writeFileSync(join(lean, 'lean.mjs'), LEAN_MJS);
}, 300_000);

// Two consumers' node_modules: slow to delete on a busy machine.
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
}, 120_000);

describe('npm package', () => {
  it('ships the built code, declarations, contracts and fixtures, and nothing from test/', () => {
    const installed = join(consumer, 'node_modules/mailsim');
    for (const f of [
      'dist/src/index.js',
      'dist/src/index.d.ts',
      'dist/src/testing/msw.d.ts',
      'dist/src/testing/testcontainers.d.ts',
      'dist/src/testing/index.d.ts',
      'dist/src/cli.js',
      'contracts/agentsend.yaml',
      'fixtures/agentsend/seed.json',
    ]) {
      expect(existsSync(join(installed, f)), f).toBe(true);
    }
    expect(existsSync(join(installed, 'test'))).toBe(false);
    expect(existsSync(join(installed, 'src'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.exports)).toEqual(
      expect.arrayContaining(['.', './testing', './msw', './testcontainers', './cli']),
    );
    for (const peer of OPTIONAL_PEERS) expect(manifest.peerDependenciesMeta[peer], peer).toEqual({ optional: true });
    for (const peer of OPTIONAL_PEERS) expect(Object.keys(manifest.dependencies), peer).not.toContain(peer);
  });

  it('ships what `prepare` built in a clean clone: compiled code, SQL migrations, contracts as JSON, web UI', () => {
    const installed = join(lean, 'node_modules/mailsim');
    const built = [
      'dist/src/cli.js',
      'dist/src/testing/index.js',
      'dist/src/engine/store/migrations/0001_engine.sql',
      'dist/src/providers/agentsend/migrations/0001_agentsend.sql',
      'dist/contracts/agentsend.json',
      'dist/contracts/commune.json',
      'dist/ui/index.html',
    ];
    for (const f of built) expect(existsSync(join(installed, f)), f).toBe(true);
    expect(existsSync(join(installed, 'fixtures/db')), 'the upgrade-test fixture stays out of the package').toBe(false);
  });

  it('type-checks a consumer against every export with the project TypeScript (and rejects misuse)', async () => {
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: consumer }).catch(
      (e: { stdout: string }) => ({ stdout: e.stdout, failed: true }),
    );
    expect(result.stdout, installLog).toBe('');
  }, 120_000);

  it('imports and runs: msw handlers, in-process request, contract test, container builder', async () => {
    const { stdout } = await run(process.execPath, ['out/consumer.js'], {
      cwd: consumer,
      env: { ...process.env, MAILSIM_LOG_LEVEL: 'error' },
    });
    const out = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(out).toEqual({
      msw: { status: 200, total: 1 },
      inProcess: 200,
      contractTest: { ok: true, cases: expect.any(Number), table: true },
      container: 'function',
      baseUrlOf: 'function',
      proxy: 'function',
      proxyOptions: 'agentsend',
      docker: 'boolean',
      cli: 'function',
      asyncHandlers: 'function',
      signature: false,
      contract: true,
    });
  }, 120_000);

  it('installs without the optional peers: no Prism (nor fp-ts), no msw, no testcontainers', () => {
    for (const name of [...OPTIONAL_PEERS, '@stoplight/prism-core', 'fp-ts']) {
      expect(existsSync(join(lean, 'node_modules', name)), name).toBe(false);
    }
  });

  it('without them, runs the command, `mailsim`, `mailsim/testing`; the contract test says to get Prism', async () => {
    const help = await run(join(lean, 'node_modules/.bin/mailsim'), ['--help'], { cwd: lean });
    expect(help.stdout).toMatch(/^Usage:\n {2}mailsim start /m);
    const env = { ...process.env, MAILSIM_LOG_LEVEL: 'error' };
    const { stdout } = await run(process.execPath, ['lean.mjs'], { cwd: lean, env });
    const out = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(out.inProcess).toBe(200);
    expect(out.ui, 'the web UI and its script are served from the package').toEqual([200, 200]);
    expect(out.contractTest).toMatch(/prism-http, an optional peer dependency .* npm i -D @stoplight\/prism-http$/);
    const args = ['contract-test', '--provider', 'agentsend', '--target', 'http://127.0.0.1:9', '--api-key', 'k'];
    const cli = await run(join(lean, 'node_modules/.bin/mailsim'), args, { cwd: lean }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('npm i -D @stoplight/prism-http');
  }, 60_000);

  it('installs the mailsim command', async () => {
    const { stdout } = await run(join(consumer, 'node_modules/.bin/mailsim'), ['contract-test', '--help'], {
      cwd: consumer,
    });
    expect(stdout).toMatch(/mailsim contract-test --provider agentsend --target <baseURL> --api-key <key>/);
  });
});
