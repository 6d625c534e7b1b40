/**
 * The skill doc's request examples (fixtures/skill-requests.txt) as the walkthrough tests use them:
 * its curl commands in order, its reference-table rows, and a runner that executes one command
 * with the real curl against a running emulator, as a user would paste it.
 */
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { COMMUNE_KEY } from './seed.js';

const run = promisify(execFile);
const FIXTURE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'skill-requests.txt'), 'utf8');
const [COMMANDS = '', TABLE = ''] = FIXTURE.split('\n=== reference table\n');

/** The areas each walkthrough file covers; together they are every example of the doc. */
export const MAIL_AREAS = /\/v1\/(domains|inboxes|threads|messages|search|attachments)\b/;
export const OPS_AREAS = /\/v1\/(delivery|webhooks|dmarc|agent|auth|data)\b/;

/** The examples are run with the real curl, as a user would; without it the walkthrough cannot run. */
export const HAS_CURL = spawnSync('curl', ['--version']).status === 0;

export interface Step {
  index: number;
  command: string;
  method: string;
  path: string;
}

/** The doc's curl commands, in order (the fixture keeps one per block, comments dropped). */
export function curlCommands(): Step[] {
  const blocks = COMMANDS.split('\n---\n')
    .map((b) =>
      b
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
  return blocks.map((command, index) => ({
    index: index + 1,
    command,
    method: /-X\s+(\w+)/.exec(command)?.[1] ?? (/\s(-d|--data-binary)\s/.test(command) ? 'POST' : 'GET'),
    path: /https:\/\/api\.commune\.email(\/[^\s"'?\\]*)/.exec(command)?.[1] ?? '',
  }));
}

/** The reference table rows: `METHOD /v1/...`. */
export function tableRows(): { method: string; path: string }[] {
  return TABLE.split('\n')
    .map((l) => /^(GET|POST|PUT|PATCH|DELETE) (\/v1\/\S+)/.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ method: m[1]!, path: m[2]! }));
}

export interface CurlOptions {
  /** Working directory, for examples that read a file (`--data-binary @file`). */
  cwd?: string;
  /** Shell variables beyond the doc's $KEY (the seeded key) and $B64 (a tiny PDF, base64). */
  env?: Record<string, string>;
}

/**
 * Runs one example: the doc's base URL becomes `baseUrl`, each key of `bind` (a placeholder the
 * doc uses) is replaced by its value, and the answer is parsed as JSON.
 */
export async function runCurl(
  baseUrl: string,
  step: Step,
  bind: Record<string, string>,
  o: CurlOptions = {},
): Promise<{ status: number; body: any }> {
  let cmd = step.command.replaceAll('https://api.commune.email', baseUrl);
  for (const [placeholder, value] of Object.entries(bind)) cmd = cmd.replaceAll(placeholder, value);
  const { stdout } = await run('bash', ['-c', `${cmd} -w '\\n%{http_code}'`], {
    ...(o.cwd ? { cwd: o.cwd } : {}),
    env: { ...process.env, KEY: COMMUNE_KEY, B64: Buffer.from('%PDF-1.4 tiny invoice').toString('base64'), ...o.env },
  });
  const nl = stdout.lastIndexOf('\n');
  const text = stdout.slice(0, nl);
  return { status: Number(stdout.slice(nl + 1)), body: text ? JSON.parse(text) : undefined };
}
