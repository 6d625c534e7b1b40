/**
 * README's shell blocks, run verbatim by bash against a real mailsim (every provider, SMTP) on
 * ephemeral ports: README's default ports are replaced by the real ones, and MAILSIM_<P>_PORT is
 * set as `mailsim start` would have been told, so `npx mailsim mail …` finds the emulator itself.
 * `npx mailsim` resolves to this checkout's built command, as it does in a project that installed
 * mailsim. Each block must exit 0; the expectations below check what a reader is told to look for.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { startTestServer } from '../helpers/server.js';
import { blocksFor, withPorts } from './readme.js';
import { CLI } from '../harness/build.js';

const SELF = 'test/docs/shell.test.ts';
const run = promisify(execFile);

/** What each block's output must show (its comments tell the reader the same). */
const EXPECT: Record<string, (out: string) => void> = {
  'agentsend-curl': (out) => {
    expect(out).toContain('"status":"sent"');
    expect(out).toMatch(/"subject":"Hello"[\s\S]*"direction":"inbound"|"direction":"inbound"[\s\S]*"subject":"Hello"/);
  },
  'commune-curl': (out) => expect(out).toContain('"subject":"From Commune"'),
  'gent-curl': (out) => {
    expect(out).toContain('"queued":true');
    expect(out).toContain('"approval_id":"apr_');
  },
  'contract-test-local': (out) => expect(out).toMatch(/coverage/),
  'smtp-curl': (out) => expect(out).toMatch(/me@example\.com +dev@agentsend\.io +over SMTP/),
};

let server: MailsimServer;
let dir: string;
let env: NodeJS.ProcessEnv;
let ports: Record<string, number>;

beforeAll(async () => {
  server = await startTestServer({
    ports: { agentsend: 0, commune: 0, gent: 0, 'managed-agents': 0 },
    smtp: true,
    smtpPort: 0,
  });
  ports = Object.fromEntries(server.listeners.map((l) => [l.provider, Number(new URL(l.url).port)]));
  ports.smtp = server.smtp!.port;
  // A project directory whose node_modules/.bin/mailsim is this checkout's command, for npx.
  dir = mkdtempSync(join(tmpdir(), 'mailsim-docs-shell-'));
  mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
  const bin = join(dir, 'node_modules/.bin/mailsim');
  writeFileSync(bin, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`, {
    mode: 0o755,
  });
  env = { ...process.env, MAILSIM_LOG_LEVEL: 'error' };
  for (const key of Object.keys(env)) if (/^MAILSIM_.*(PORT|HOST|TOKEN)$/.test(key)) delete env[key];
  for (const [provider, port] of Object.entries(ports))
    env[`MAILSIM_${provider.toUpperCase().replace(/-/g, '_')}_PORT`] = String(port);
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("README's shell blocks", () => {
  const blocks = [...blocksFor(SELF)];
  it('are all known here', () => {
    expect(blocks.map(([id]) => id).sort()).toEqual(Object.keys(EXPECT).sort());
  });

  for (const [id, block] of blocks) {
    it(`${id} (README.md:${block.line}) runs`, async () => {
      const script = `set -e\n${withPorts(block.code, ports)}`;
      const out = await run('bash', ['-c', script], { cwd: dir, env, maxBuffer: 16 * 1024 * 1024 }).catch(
        (e: { code: number; stdout: string; stderr: string }) => {
          throw new Error(`README.md:${block.line} (${id}) exited ${e.code}:\n${e.stdout}\n${e.stderr}`);
        },
      );
      EXPECT[id]?.(out.stdout);
    }, 120_000);
  }
});
