/**
 * README's start-up banner is what `mailsim start` prints: the built command runs in an empty
 * directory (default database path, no config file) on ephemeral ports, and its lines, with the
 * ports put back to the defaults, must equal README's block line for line.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { README_PORTS, blockFor } from './readme.js';
import { CLI } from '../harness/build.js';

const SELF = 'test/docs/banner.test.ts';
const dir = mkdtempSync(join(tmpdir(), 'mailsim-banner-'));
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `mailsim start` until its banner's last line, and returns the banner. */
function banner(): Promise<string[]> {
  const env: NodeJS.ProcessEnv = { ...process.env, MAILSIM_SMTP_PORT: '0' };
  for (const key of Object.keys(env)) if (/^MAILSIM_(?!SMTP_PORT$)/.test(key)) delete env[key];
  for (const provider of ['AGENTSEND', 'COMMUNE', 'GENT', 'MANAGED_AGENTS']) env[`MAILSIM_${provider}_PORT`] = '0';
  child = spawn(process.execPath, [CLI, 'start'], { cwd: dir, env });
  let out = '';
  return new Promise((resolve, reject) => {
    child!.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (/\[mailsim\] database: .*\n/.test(out)) resolve(out.trimEnd().split('\n'));
    });
    child!.stderr!.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child!.once('exit', (code) => reject(new Error(`mailsim start exited ${code}:\n${out}`)));
  });
}

/** The banner with each listener's ephemeral port replaced by README's default for it. */
function withDefaultPorts(lines: string[]): string[] {
  const real = new Map<string, number>();
  for (const line of lines) {
    const api = /^\[mailsim\] (\S+) API\s+http:\/\/localhost:(\d+)/.exec(line);
    if (api) real.set(api[2]!, README_PORTS[api[1] as keyof typeof README_PORTS]);
    const smtp = /^\[mailsim\] SMTP\s+smtp:\/\/127\.0\.0\.1:(\d+)/.exec(line);
    if (smtp) real.set(smtp[1]!, README_PORTS.smtp);
  }
  return lines.map((line) =>
    line.replace(/\b(localhost|127\.0\.0\.1):(\d+)\b/g, (whole, host: string, port: string) =>
      real.has(port) ? `${host}:${real.get(port)}` : whole,
    ),
  );
}

describe("README's start-up banner", () => {
  it('is what mailsim start prints, line for line', async () => {
    const printed = withDefaultPorts(await banner());
    const documented = blockFor(SELF, 'banner').code.trimEnd().split('\n');
    expect(documented, "README.md's banner block differs from what mailsim start prints: update it").toEqual(printed);
  }, 30_000);
});
