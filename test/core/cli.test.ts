import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { SEED_INBOX_ADDRESS, SEED_INBOX_ID, client, startTestServer } from '../helpers/server.js';
import { CLI } from '../harness/build.js';

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000 });

/** The CLI run while this process keeps serving (spawnSync would stall the server under test). */
async function runAsync(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; timeout?: number } = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], {
      timeout: 20_000,
      ...options,
    });
    return { status: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { status: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

/** The environment without any MAILSIM_* variable the machine running the tests may have set. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('MAILSIM_')));
  return { ...env, ...extra };
}

describe('the mailsim command', () => {
  it('is built (npm test builds first)', () => {
    expect(existsSync(CLI), 'run `npm run build` first').toBe(true);
  });

  it('lists every verb in its help', () => {
    const out = run('help');
    expect(out.status).toBe(0);
    for (const verb of ['mailsim start', 'mailsim contract-test', 'mailsim proxy', 'mailsim mail', 'mailsim mcp'])
      expect(out.stdout).toContain(verb);
  });

  it.each([
    [['start', '--help'], /mailsim start \[--db FILE/],
    [['start', '-h'], /mailsim start \[--db FILE/],
    [['contract-test', '--help'], /mailsim contract-test --provider/],
    [['proxy', '--help'], /mailsim proxy --provider/],
    [['mail', '--help'], /mailsim mail ls/],
    [['mail', 'wait', '--help'], /mailsim mail wait/],
    [['mcp', '--help'], /mailsim mcp \[--url URL\]/],
  ])("%j prints the verb's usage on stdout and exits 0", (args, usage) => {
    const out = run(...args);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(usage);
    expect(out.stderr).toBe('');
  });

  it('refuses a bad flag value with a message and exit code 1, before opening anything', () => {
    const out = run('start', '--mail-retention', 'abc', '--no-smtp', '--db', ':memory:', '--port', '0');
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('--mail-retention must be a positive integer');
  });

  it("answers an unknown flag with the verb's usage and exit code 2", () => {
    const out = run('start', '--frobnicate');
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/Unknown option '--frobnicate'[\s\S]*mailsim start \[--db FILE/);
  });

  it('answers an unknown verb with the usage and exit code 2', () => {
    const out = run('frobnicate');
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('unknown command "frobnicate"');
  });
});

describe('mailsim mail finds the emulator the way start was told to run it', () => {
  let server: MailsimServer;
  let port: string;
  beforeAll(async () => {
    server = await startTestServer({ controlToken: 'cli-secret' });
    port = new URL(server.url()).port;
    const sent = await client(server.url())('POST', `/inboxes/${SEED_INBOX_ID}/messages`, {
      to: [SEED_INBOX_ADDRESS],
      subject: 'Found me',
      bodyText: 'hi',
    });
    expect(sent.status).toBe(202);
    await server.engine.queue.idle(5000);
  });
  afterAll(() => server.close());

  it('through MAILSIM_AGENTSEND_PORT (and MAILSIM_CONTROL_TOKEN)', async () => {
    const out = await runAsync(['mail', 'ls', '--subject', 'Found me'], {
      env: cleanEnv({ MAILSIM_AGENTSEND_PORT: port, MAILSIM_CONTROL_TOKEN: 'cli-secret' }),
    });
    expect(out.stderr).toBe('');
    expect(out.stdout).toMatch(/Found me[\s\S]*of \d/);
  });

  it('through mailsim.config.json in the working directory (its ports, host and controlToken)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mailsim-cli-'));
    writeFileSync(
      join(dir, 'mailsim.config.json'),
      JSON.stringify({ host: '127.0.0.1', ports: { agentsend: Number(port) }, controlToken: 'cli-secret' }),
    );
    const out = await runAsync(['mail', 'ls', '--subject', 'Found me', '--json'], { env: cleanEnv(), cwd: dir });
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout).data[0]).toMatchObject({ subject: 'Found me' });
  });

  it('contract-test without --target or --api-key runs against it with its seeded dev key', async () => {
    const args = ['contract-test', '--only', 'getAccount', '--json'];
    const env = cleanEnv({ MAILSIM_AGENTSEND_PORT: port, MAILSIM_CONTROL_TOKEN: 'cli-secret' });
    // Prism loads and compiles the contract: slow on a busy machine.
    const out = await runAsync(args, { env, cwd: mkdtempSync(join(tmpdir(), 'mailsim-cli-')), timeout: 80_000 });
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toMatchObject({ ok: true, target: `http://127.0.0.1:${port}` });
    const down = await runAsync(args, { env: cleanEnv({ MAILSIM_AGENTSEND_PORT: '9' }), cwd: tmpdir() });
    expect(down.status).toBe(1);
    expect(down.stderr).toMatch(/no mailsim answering at http:\/\/127\.0\.0\.1:9 \(from MAILSIM_\* environment\)/);
  }, 120_000);

  it('says where it looked when nothing answers, and that the token is missing when it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mailsim-cli-'));
    const down = await runAsync(['mail', 'ls'], { env: cleanEnv({ MAILSIM_AGENTSEND_PORT: '9' }), cwd: dir });
    expect(down.status).toBe(1);
    expect(down.stderr).toMatch(/no mailsim answering at http:\/\/127\.0\.0\.1:9 .*from MAILSIM_\* environment/);
    const locked = await runAsync(['mail', 'ls', '--url', server.url()], { env: cleanEnv(), cwd: dir });
    expect(locked.status).toBe(1);
    expect(locked.stderr).toContain('401');
  });
});
