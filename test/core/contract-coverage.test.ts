import { readdirSync, readFileSync, statSync } from 'node:fs';
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

describe('source layout', () => {
  const SRC = join(__dirname, '..', '..', 'src');
  const PROVIDER_FILES = ['index.ts', 'errors.ts', 'tables.ts', 'auth.ts', 'policies.ts', 'seed.ts', 'lifecycle.ts', 'routes', 'migrations'];

  it('gives every provider the same skeleton, so a new one knows where each concern goes', () => {
    const providers = readdirSync(join(SRC, 'providers')).filter((f) => statSync(join(SRC, 'providers', f)).isDirectory());
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

  it('keeps every source file under 400 lines', () => {
    const over: string[] = [];
    const GENERATED = join(__dirname, '..', '..', 'src', 'generated');
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        // src/generated/ is written by scripts/contracts/types.mjs from the contracts, not by hand.
        if (p === GENERATED) continue;
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) {
          const lines = readFileSync(p, 'utf8').split('\n').length;
          if (lines > 400) over.push(`${p}: ${lines}`);
        }
      }
    };
    walk(join(__dirname, '..', '..', 'src'));
    expect(over).toEqual([]);
  });
});
