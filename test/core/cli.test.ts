import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = join(__dirname, '..', '..', 'dist', 'src', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000 });

describe('the mailsim command', () => {
  it('is built (npm test builds first)', () => {
    expect(existsSync(CLI), 'run `npm run build` first').toBe(true);
  });

  it('lists every verb in its help', () => {
    const out = run('help');
    expect(out.status).toBe(0);
    for (const verb of ['mailsim start', 'mailsim contract-test', 'mailsim proxy', 'mailsim mail']) expect(out.stdout).toContain(verb);
  });

  it('refuses a bad flag value with a message and exit code 1, before opening anything', () => {
    const out = run('start', '--mail-retention', 'abc', '--no-smtp', '--db', ':memory:', '--port', '0');
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('--mail-retention must be a positive integer');
  });

  it('answers an unknown verb with the usage and exit code 2', () => {
    const out = run('frobnicate');
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('unknown command "frobnicate"');
  });
});
