/**
 * Makes sure dist/ is a build of the current sources before a test runs the built CLI, packs
 * the package or opens the web UI. `npm test` builds first; a direct `vitest run test/harness` may not have, so this
 * rebuilds when dist is missing or older than src. A lock directory keeps two test files from
 * building at once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const LOCK = join(tmpdir(), `mailsim-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 10)}.lock`);
/** The command as the package's `bin` runs it: the bundle scripts/build-cli.mjs makes of dist/src. */
export const CLI = join(ROOT, 'dist/bin/cli.js');
const MARKER = CLI;

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const s = statSync(full);
    t = Math.max(t, s.isDirectory() ? newest(full) : s.mtimeMs);
  }
  return t;
}

const fresh = (): boolean => existsSync(MARKER) && statSync(MARKER).mtimeMs >= newest(join(ROOT, 'src'));

export async function ensureBuilt(): Promise<void> {
  await underLock(fresh, () => {
    // tsc still emits when files it does not own have type errors; the assets step must run anyway.
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
        cwd: ROOT,
        stdio: 'pipe',
      });
    } catch (e) {
      if (!existsSync(MARKER)) throw new Error(`build failed: ${String((e as { stdout?: Buffer }).stdout ?? e)}`);
    }
    execFileSync(process.execPath, [join(ROOT, 'scripts/copy-assets.mjs')], { cwd: ROOT, stdio: 'pipe' });
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-schema.mjs')], { cwd: ROOT, stdio: 'pipe' });
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'pipe' });
  });
}

const UI_MARKER = join(ROOT, 'dist/ui/index.html');
const uiFresh = (): boolean => existsSync(UI_MARKER) && statSync(UI_MARKER).mtimeMs >= newest(join(ROOT, 'ui'));

/** Makes sure dist/ui is a build of the current ui/ sources (the web UI's bundle). */
export async function ensureUiBuilt(): Promise<void> {
  await underLock(uiFresh, () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-ui.mjs')], { cwd: ROOT, stdio: 'pipe' });
  });
}

/** Runs `build` unless `isFresh`, with a lock directory so two test files never build at once. */
async function underLock(isFresh: () => boolean, build: () => void): Promise<void> {
  if (isFresh()) return;
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Someone else is building; a lock older than the deadline is stale.
      if (
        Date.now() > deadline ||
        (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < Date.now() - 180_000
      )
        rmSync(LOCK, { recursive: true, force: true });
      // Waits on another process's build (a file lock), not on the engine.
      await new Promise((r) => setTimeout(r, 500));
      if (isFresh()) return;
    }
  }
  try {
    if (!isFresh()) build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
