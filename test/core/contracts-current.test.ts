/**
 * The contracts are hand-edited YAML (contracts/README.md): CI runs `npm test` only, so this runs
 * `npm run contracts:check` here. Every contract must pass scripts/contracts/check.mjs, and the
 * committed types in src/generated/ must be what scripts/contracts/types.mjs makes from them.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

/** Runs a script with node; resolves with its exit code and everything it printed. */
function run(script: string, args: string[] = []): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

describe('contracts', () => {
  // Both scripts start in parallel; loading openapi-typescript alone takes a few seconds.
  const checked = run('scripts/contracts/check.mjs');
  const typed = run('scripts/contracts/types.mjs', ['--check']);

  it('every contract passes scripts/contracts/check.mjs', async () => {
    const { code, output } = await checked;
    expect(output).toMatch(/^ok {3}contracts\/agentsend\.yaml/m);
    expect(code, output).toBe(0);
  }, 60_000);

  it('src/generated/ holds the types generated from the current contracts', async () => {
    const { code, output } = await typed;
    expect(code, `${output}\nRegenerate with: npm run contracts:types`).toBe(0);
  }, 60_000);
});
