/**
 * README's TypeScript client examples, compiled and run in a temporary consumer project against a
 * real mailsim (every provider, SMTP) on ephemeral ports, README's default ports replaced by the
 * real ones. The project type-checks them strictly with this checkout's TypeScript; its
 * node_modules links this checkout's dependencies (the Anthropic SDK among them), `mailsim` itself,
 * and the AgentSend SDK stand-in (test/docs/agentsend-sdk: the SDK is not on npm).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { startTestServer } from '../helpers/server.js';
import { ROOT, blocksFor, withPorts } from './readme.js';

const SELF = 'test/docs/typescript.test.ts';
const run = promisify(execFile);

/** What each example prints (its comments tell the reader the same). */
const EXPECT: Record<string, (out: string) => void> = {
  'agentsend-sdk': (out) => expect(out.trim()).toBe('queued'),
  'commune-fetch': (out) => expect(out).toMatch(/^202 \S+/),
  'gent-fetch': (out) => expect(out.trim()).toBe('201'),
  'managed-agents-sdk': (out) => expect(out).toMatch(/agent_\S+ 2\n/),
  'managed-agents-session': (out) => expect(out.trim()).toBe('Done: removed'),
};

let server: MailsimServer;
let dir: string;

/** A consumer project: package.json, tsconfig, node_modules linked as described above. */
function consumerProject(at: string, files: Record<string, string>): void {
  const modules = join(at, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name.startsWith('.') || name === '@agentsend') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  }
  symlinkSync(ROOT, join(modules, 'mailsim'));
  cpSync(join(ROOT, 'test/docs/agentsend-sdk'), join(modules, '@agentsend/sdk'), { recursive: true });
  writeFileSync(join(at, 'package.json'), JSON.stringify({ name: 'docs-consumer', private: true, type: 'module' }));
  const compilerOptions = {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    skipLibCheck: true,
    types: ['node'],
    outDir: 'out',
  };
  writeFileSync(join(at, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: Object.keys(files) }));
  for (const [name, code] of Object.entries(files)) writeFileSync(join(at, name), code);
}

const blocks = [...blocksFor(SELF)];

beforeAll(async () => {
  server = await startTestServer({
    ports: { agentsend: 0, commune: 0, gent: 0, 'managed-agents': 0 },
    smtp: true,
    smtpPort: 0,
  });
  const ports = Object.fromEntries(server.listeners.map((l) => [l.provider, Number(new URL(l.url).port)]));
  dir = mkdtempSync(join(tmpdir(), 'mailsim-docs-ts-'));
  // Each block is a module of its own (`export {}` keeps a block without imports one).
  consumerProject(
    dir,
    Object.fromEntries(blocks.map(([id, b]) => [`${id}.ts`, `${withPorts(b.code, ports)}export {};\n`])),
  );
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("README's TypeScript examples", () => {
  it('are all known here', () => {
    expect(blocks.map(([id]) => id).sort()).toEqual(Object.keys(EXPECT).sort());
  });

  it('type-check in a strict consumer project', async () => {
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', '.'], { cwd: dir }).then(
      () => '',
      (e: { stdout: string }) => e.stdout,
    );
    expect(result).toBe('');
  }, 120_000);

  for (const [id, block] of blocks) {
    it(`${id} (README.md:${block.line}) runs against mailsim`, async () => {
      const out = await run(process.execPath, [join('out', `${id}.js`)], { cwd: dir }).catch(
        (e: { code: number; stdout: string; stderr: string }) => {
          throw new Error(`README.md:${block.line} exited ${e.code}:\n${e.stdout}\n${e.stderr}`);
        },
      );
      EXPECT[id]!(out.stdout);
    }, 60_000);
  }
});
