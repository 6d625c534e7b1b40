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
  it('keeps every source file under 400 lines', () => {
    const over: string[] = [];
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
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
