import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Contract, readDocument } from '../../src/engine/contract.js';
import { PROVIDERS, loadProvider } from '../../src/providers/index.js';

describe('every contract operation is accounted for', () => {
  for (const name of Object.keys(PROVIDERS)) {
    it(`${name}: each operationId has exactly one handler and no handler is orphaned`, async () => {
      const def = await loadProvider(name);
      const contract = Contract.load(def.contractFile);
      const ops = contract.operations.map((o) => o.id);
      expect(new Set(ops).size).toBe(ops.length);
      const missing = ops.filter((id) => !def.handlers[id]);
      const orphans = Object.keys(def.handlers).filter((id) => !ops.includes(id));
      expect(orphans).toEqual([]);
      expect(missing).toEqual([]);
    });
  }
});

interface SizeReport {
  ok: boolean;
  files: number;
  longFiles: { file: string; lines: number }[];
  longLines: { file: string; line: number; columns: number }[];
}

/** Runs the size check the way CI and `npm run check:sizes` do; exit status 1 means offenders. */
function checkSizes(...args: string[]): SizeReport {
  const script = join(__dirname, '..', '..', 'scripts', 'check-file-sizes.mjs');
  const run = spawnSync(process.execPath, [script, '--json', ...args], { encoding: 'utf8' });
  const report = JSON.parse(run.stdout) as SizeReport;
  expect(run.status, run.stderr).toBe(report.ok ? 0 : 1);
  return report;
}

describe('source layout', () => {
  const SRC = join(__dirname, '..', '..', 'src');
  const PROVIDERS_DIR = join(SRC, 'providers');
  /** Helpers more than one provider uses live here, not in a provider. */
  const SHARED = 'shared';
  /** The one provider skeleton (README, "Architecture"): these files and folders, and nothing else at the top. */
  const SKELETON_FILES = [
    'index.ts',
    'auth.ts',
    'errors.ts',
    'policies.ts',
    'seed.ts',
    'tables.ts',
    'wire.ts',
    'lifecycle.ts',
  ];
  const SKELETON_DIRS = ['migrations', 'routes', 'store', 'domain'];
  /** SQL in TypeScript: a prepared statement, or a statement's opening words. */
  const SQL = new RegExp(
    [
      String.raw`\.prepare\s*[<(]`,
      String.raw`\.exec\(\s*['"\x60]`,
      String.raw`\bSELECT\b[\s\S]{0,300}?\bFROM\b`,
      String.raw`\bINSERT\s+(?:OR\s+\w+\s+)?INTO\b`,
      String.raw`\bUPDATE\s+\w+\s+SET\b`,
      String.raw`\bDELETE\s+FROM\b`,
    ].join('|'),
  );
  const stripComments = (code: string): string => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const hasSql = (file: string): boolean => SQL.test(stripComments(readFileSync(file, 'utf8')));
  const isDir = (p: string): boolean => statSync(p).isDirectory();
  const providerNames = (): string[] =>
    readdirSync(PROVIDERS_DIR).filter((f) => f !== SHARED && isDir(join(PROVIDERS_DIR, f)));
  const tsFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return isDir(p) ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
    });

  it('gives every provider the same skeleton, so a new one knows where each concern goes', () => {
    expect(providerNames().sort()).toEqual(Object.keys(PROVIDERS).sort());
    for (const p of providerNames()) {
      const dir = join(PROVIDERS_DIR, p);
      const entries = readdirSync(dir);
      const where = `src/providers/${p}`;
      const missingFiles = SKELETON_FILES.filter((f) => !entries.includes(f) || isDir(join(dir, f)));
      const missingDirs = SKELETON_DIRS.filter((f) => !entries.includes(f) || !isDir(join(dir, f)));
      const outside = entries.filter((f) => ![...SKELETON_FILES, ...SKELETON_DIRS].includes(f));
      const badMigrations = readdirSync(join(dir, 'migrations')).filter((f) => !/^\d{4}_[a-z0-9_]+\.sql$/.test(f));
      expect(missingFiles, `${where}: missing files`).toEqual([]);
      expect(missingDirs, `${where}: missing folders`).toEqual([]);
      expect(outside, `${where}: outside the skeleton`).toEqual([]);
      expect(badMigrations, `${where}/migrations`).toEqual([]);
    }
  });

  it('names each route file after a tag of the contract (and control.ts for the control operations)', async () => {
    for (const p of providerNames()) {
      type Paths = Record<string, Record<string, { tags?: string[] }>>;
      const doc = readDocument((await loadProvider(p)).contractFile) as { paths: Paths };
      const operations = Object.values(doc.paths).flatMap((item) => Object.values(item));
      const tags = new Set(operations.flatMap((op) => op.tags ?? []).map((t) => t.toLowerCase()));
      const files = readdirSync(join(PROVIDERS_DIR, p, 'routes')).map((f) => f.replace(/\.ts$/, ''));
      const where = `src/providers/${p}/routes`;
      expect(
        files.filter((f) => f !== 'control' && !tags.has(f)),
        `${where}: files without a tag`,
      ).toEqual([]);
      expect(
        [...tags].filter((t) => !files.includes(t)),
        `${where}: tags without a file`,
      ).toEqual([]);
    }
  });

  it('keeps SQL in store/: no other provider file (routes, domain, top files, shared helpers) holds SQL', () => {
    const files = [...providerNames(), SHARED].flatMap((p) => tsFiles(join(PROVIDERS_DIR, p)));
    const offenders = files.filter((f) => !f.split(/[\\/]/).includes('store')).filter(hasSql);
    expect(offenders).toEqual([]);
    // The check itself sees SQL where it is, and not in prose.
    expect(tsFiles(join(PROVIDERS_DIR, 'agentsend', 'store')).some(hasSql)).toBe(true);
    expect(SQL.test("db.prepare('SELECT 1')")).toBe(true);
    expect(SQL.test("const m = 'DELETE /v1/inboxes and SELECT a plan';")).toBe(false);
  });

  it('keeps providers away from the socket: handlers return values, only the engine writes responses', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (
          p.endsWith('.ts') &&
          /from 'express'|\bres\.(status|json|end|write|writeHead)\(|\.createServer\(/.test(
            readFileSync(p, 'utf8').replace(/import type[^;]*;/g, ''),
          )
        )
          offenders.push(p);
      }
    };
    walk(join(SRC, 'providers'));
    expect(offenders).toEqual([]);
  });

  it('keeps every source file under 400 lines and every line within 120 columns (as `npm run check:sizes`)', () => {
    const result = checkSizes('--max-columns', '120');
    expect(result.longFiles).toEqual([]);
    expect(result.longLines).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.files).toBeGreaterThan(0);
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    expect(pkg.scripts['check:sizes']).toBe('node scripts/check-file-sizes.mjs --max-columns 120');
  });

  it('the size check fails on a file over 400 lines and, when enforced, on a line over the column limit', () => {
    const root = mkdtempSync(join(tmpdir(), 'mailsim-sizes-'));
    try {
      mkdirSync(join(root, 'src', 'deep'), { recursive: true });
      writeFileSync(join(root, 'src', 'deep', 'long.ts'), 'export {};\n'.repeat(401));
      writeFileSync(join(root, 'src', 'ok.ts'), `${'x'.repeat(400)}\n`.repeat(400));
      const broken = checkSizes('--root', root);
      expect(broken).toMatchObject({ ok: false, longFiles: [{ file: join('src', 'deep', 'long.ts'), lines: 401 }] });
      rmSync(join(root, 'src', 'deep'), { recursive: true });
      expect(checkSizes('--root', root)).toMatchObject({ ok: true, longLines: { length: 400 } });
      expect(checkSizes('--root', root, '--max-columns', '120')).toMatchObject({ ok: false, longFiles: [] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
