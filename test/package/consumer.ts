/**
 * Consumer projects for the package test: mailsim packed from a clean clone, installed from the
 * tarball with npm. To stay fast on this machine (see pack.test.ts), a consumer's own dependencies
 * are installed first, offline from the npm cache, while the clone builds; the tarball is then
 * added as a user adds it (`npm i <tarball>`); packages mailsim does not bring (its optional peers,
 * the project's test runner) are linked from this checkout's node_modules.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../harness/build.js';

export const run = promisify(execFile);
export const BIG = { maxBuffer: 32 * 1024 * 1024 };
const NPM_FLAGS = ['--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];

/**
 * What `npm install <git url>` starts from: the files git has (tracked, or new and not ignored),
 * so no dist/, with the dev dependencies installed (linked from this checkout) for `prepare`.
 */
export async function cleanClone(into: string): Promise<string> {
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

/** `npm pack` in the clone, which runs `prepare` (the build); the tarball's path. */
export async function pack(clone: string, into: string): Promise<string> {
  const packed = await run('npm', ['pack', '--pack-destination', into, '--json', '--loglevel=error'], {
    cwd: clone,
    ...BIG,
  });
  return join(into, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
}

type Lock = { packages: Record<string, { version: string }> };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lock;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const locked = (name: string): string => lock.packages[`node_modules/${name}`]!.version;

/** npm install, offline from the cache; online only if the cache lacks something (said in the log). */
async function npmInstall(at: string, args: string[]): Promise<string> {
  try {
    return (await run('npm', ['install', '--offline', ...NPM_FLAGS, ...args], { cwd: at, ...BIG })).stderr;
  } catch (offline) {
    const why = String((offline as { stderr?: string }).stderr ?? offline).slice(0, 500);
    const log = `offline install failed, retried online: ${why}\n`;
    return log + (await run('npm', ['install', '--prefer-offline', ...NPM_FLAGS, ...args], { cwd: at, ...BIG })).stderr;
  }
}

/**
 * A project with mailsim's direct dependencies at the versions in our package-lock (so the
 * install resolves from the npm cache and npm reuses them for mailsim), before mailsim is added.
 */
export async function prepareConsumer(at: string): Promise<string> {
  mkdirSync(at);
  const dependencies = Object.fromEntries(Object.keys(pkg.dependencies).map((n) => [n, locked(n)]));
  const manifest = { name: 'mailsim-consumer', version: '1.0.0', private: true, type: 'module', dependencies };
  writeFileSync(join(at, 'package.json'), JSON.stringify(manifest, null, 2));
  return npmInstall(at, []);
}

/**
 * `npm i -D <tarball>`, as a user adds mailsim. Install scripts are skipped, so better-sqlite3's
 * compiled addon is copied from this checkout (same version, same Node) instead of compiling SQLite
 * again on two shared cores.
 */
export async function addTarball(at: string, tarball: string): Promise<string> {
  const log = await npmInstall(at, ['-D', tarball]);
  const addon = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
  if (!existsSync(join(at, addon))) {
    mkdirSync(join(at, 'node_modules/better-sqlite3/build/Release'), { recursive: true });
    copyFileSync(join(ROOT, addon), join(at, addon));
  }
  return log;
}

/** Links packages from this checkout's node_modules into the project's (what the user would install). */
export function linkFromRoot(at: string, names: string[]): void {
  for (const name of names) {
    mkdirSync(dirname(join(at, 'node_modules', name)), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), join(at, 'node_modules', name));
  }
}

/** `n` loopback ports free right now (held together, so they differ), for a command told its ports. */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, () => {
      const s = createServer();
      return new Promise<typeof s>((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
    }),
  );
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}
