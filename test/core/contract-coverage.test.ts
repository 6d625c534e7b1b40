import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Contract } from '../../src/engine/contract.js';
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
  const PROVIDER_FILES = ['index.ts', 'errors.ts', 'tables.ts', 'auth.ts', 'policies.ts', 'seed.ts', 'lifecycle.ts', 'routes', 'migrations'];

  it('gives every provider the same skeleton, so a new one knows where each concern goes', () => {
    const providers = readdirSync(join(SRC, 'providers')).filter((f) => f !== 'shared' && statSync(join(SRC, 'providers', f)).isDirectory());
    expect(providers.sort()).toEqual(Object.keys(PROVIDERS).sort());
    for (const p of providers) {
      const entries = readdirSync(join(SRC, 'providers', p));
      expect(PROVIDER_FILES.filter((f) => !entries.includes(f)), `src/providers/${p}`).toEqual([]);
    }
  });

  it('keeps providers away from the socket: handlers return values, only the engine writes responses', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts') && /from 'express'|\bres\.(status|json|end|write|writeHead)\(|\.createServer\(/.test(readFileSync(p, 'utf8').replace(/import type[^;]*;/g, ''))) offenders.push(p);
      }
    };
    walk(join(SRC, 'providers'));
    expect(offenders).toEqual([]);
  });

  it('keeps every source file under 400 lines (scripts/check-file-sizes.mjs, as `npm run check:sizes`)', () => {
    const result = checkSizes();
    expect(result.longFiles).toEqual([]);
    expect(result.files).toBeGreaterThan(0);
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
