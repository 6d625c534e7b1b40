/**
 * The published package, as a user gets it from a git URL or a tarball: a clean clone of this
 * tree (no dist/) is packed, which runs `prepare` (the build); the tarball is installed into two
 * fresh consumer projects.
 *  - The full consumer also has the optional peers (msw, testcontainers, @stoplight/prism-http)
 *    and type-checks a file against every export with the project's TypeScript, then runs it; and
 *    it runs README's "Add mailsim to your project" examples (readme-examples.ts): the command
 *    started as README starts it, the curl and `mailsim mail` block, the msw test with vitest, the
 *    MCP configuration and client, and the testcontainers example (skipped without Docker).
 *  - The lean consumer installs mailsim alone: the optional peers must not come with it, the
 *    command and `mailsim` / `mailsim/testing` must work, and the contract test must say how to
 *    install Prism.
 *
 * Concessions to this machine (2 shared cores, a registry mirror that lists versions it cannot
 * serve), none of which changes what is tested:
 *  - the consumers first install mailsim's direct dependencies at the versions in our package-lock,
 *    offline from the npm cache and while the clone builds; npm then reuses them for the tarball;
 *  - install scripts are skipped and better-sqlite3's compiled addon is copied from this checkout
 *    (same version, same Node), instead of compiling SQLite again;
 *  - what a user would install beside mailsim (the optional peers, vitest, Node's types) is linked
 *    from this checkout's node_modules rather than installed again.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../harness/build.js';
import { addTarball, cleanClone, linkFromRoot, pack, prepareConsumer, run } from './consumer.js';
import { readmeExamples, type ReadmeExamples } from './readme-examples.js';

const SELF = 'test/package/pack.test.ts';
const OPTIONAL_PEERS = ['@stoplight/prism-http', 'msw', 'testcontainers'];
let dir: string;
let consumer: string;
let lean: string;
let installLog = '';
let examples: ReadmeExamples | undefined;

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

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mailsim-pack-'));
  consumer = join(dir, 'consumer');
  lean = join(dir, 'lean');
  // The build (`prepare`, run by `npm pack` in the clean clone) and the consumers' own
  // dependencies install side by side; then each consumer adds the tarball.
  const clone = await cleanClone(join(dir, 'clone'));
  const [tarball] = await Promise.all([pack(clone, dir), prepareConsumer(consumer), prepareConsumer(lean)]);
  [installLog] = await Promise.all([addTarball(consumer, tarball), addTarball(lean, tarball)]);
  // What a user installs beside mailsim for the full consumer: the optional peers, Node's types, vitest.
  linkFromRoot(consumer, [...OPTIONAL_PEERS, '@types/node', 'vitest']);
  examples = readmeExamples(SELF, consumer);
  await examples.setUp();
  // README's emulator starts while the first tests run (its test awaits it); a failure shows there.
  examples.start().catch(() => undefined);
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
      include: ['consumer.ts', 'misuse.ts', ...examples.typescriptFiles],
    }),
  );
  writeFileSync(join(consumer, 'consumer.ts'), CONSUMER_TS);
  writeFileSync(join(consumer, 'misuse.ts'), MISUSE_TS);
  writeFileSync(join(lean, 'lean.mjs'), LEAN_MJS);
}, 300_000);

// Two consumers' node_modules: slow to delete on a busy machine.
afterAll(async () => {
  await examples?.tearDown();
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
      'dist/bin/cli.js',
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
      'dist/bin/cli.js',
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

  it("type-checks a consumer against every export and README's examples (and rejects misuse)", async () => {
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

describe('README\'s "Add mailsim to your project", in the consumer project', () => {
  it('marks these examples for this test', () => {
    expect(examples!.ids.sort()).toEqual(['curl', 'mcp-config', 'mcp-http', 'msw', 'start', 'testcontainers']);
  });

  it('starts the emulator as README does (npx mailsim start), on the ports MAILSIM_*_PORT give', async () => {
    const banner = await examples!.start();
    expect(banner).toMatch(/\[mailsim\] agentsend API +http:\/\/localhost:\d+/);
    expect(banner).toContain('[mailsim] web UI');
  }, 60_000);

  it('sends with curl, and `npx mailsim mail wait|ls` find that emulator without --url', async () => {
    const out = await examples!.shell('curl');
    expect(out).toMatch(/Subject: +Welcome/);
    expect(out).toContain('Your verification code is 482913.');
    expect(out).toMatch(/Welcome[\s\S]*1 of 1/);
  }, 60_000);

  it('serves MCP over stdio from the configuration block, and over HTTP to the SDK client example', async () => {
    const stdio = await examples!.mcpStdio('list_mail', { subject: 'Welcome' });
    expect(stdio.tools).toEqual(expect.arrayContaining(['list_mail', 'wait_for_mail', 'send_mail', 'add_fault']));
    expect(stdio.text).toContain('Welcome');
    expect(await examples!.node('mcp-http')).toMatch(/code.{0,8}482913/);
  }, 60_000);

  it('runs the msw example with vitest: the mail sent to itself arrives, in the sink and the inbox', async () => {
    const out = await examples!.vitest();
    expect(out).toMatch(/✓ .*sends to itself, and the mail arrives/);
    expect(out).toMatch(/Tests +1 passed/);
  }, 90_000);

  it('runs the testcontainers example when a Docker engine answers', async (ctx) => {
    const { probeDocker } = await import('../../src/testing/testcontainers.js');
    const docker = await probeDocker();
    if (!docker.available) return ctx.skip(`no Docker engine: ${docker.reason}`);
    expect(await examples!.node('testcontainers')).toMatch(/^\d+$/m);
  }, 180_000);
});
