/**
 * Every code block in README.md says who runs it (test/docs/readme.ts has the marker syntax), and
 * each test it names exists and reads README's blocks, so a block cannot be added, or a test
 * renamed, without the documentation and its test staying tied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readmeBlocks } from './readme.js';

const blocks = readmeBlocks();
const where = (b: { line: number; heading: string }): string => `README.md:${b.line} (${b.heading})`;

describe("README's code blocks", () => {
  it('are found (the parser reads fences and their markers)', () => {
    expect(blocks.length).toBeGreaterThan(20);
    expect(readmeBlocks('x\n<!-- not run: a reason -->\n```bash\necho hi\n```\n')).toEqual([
      { lang: 'bash', code: 'echo hi\n', line: 3, heading: '', marker: { kind: 'not run', reason: 'a reason' } },
    ]);
  });

  it('each carry a marker: <!-- test: FILE#id --> or <!-- not run: reason -->', () => {
    const unmarked = blocks.filter((b) => !b.marker).map(where);
    expect(unmarked, 'put <!-- test: FILE#id --> or <!-- not run: reason --> on the line before each').toEqual([]);
  });

  it('name tests that exist and read README by their own path, with unique ids', () => {
    const seen = new Set<string>();
    for (const b of blocks) {
      if (b.marker?.kind !== 'test') continue;
      const { file, id } = b.marker;
      expect(existsSync(join(ROOT, file)), `${where(b)}: ${file}`).toBe(true);
      expect(readFileSync(join(ROOT, file), 'utf8'), `${file} must read its blocks as '${file}'`).toContain(
        `'${file}'`,
      );
      expect(id, `${where(b)}: the marker needs an id after #`).toMatch(/^[a-z0-9-]+$/);
      expect(seen.has(`${file}#${id}`), `${where(b)}: ${file}#${id} is used twice`).toBe(false);
      seen.add(`${file}#${id}`);
    }
  });

  it('give a reason when not run', () => {
    for (const b of blocks)
      if (b.marker?.kind === 'not run') expect(b.marker.reason.length, where(b)).toBeGreaterThan(10);
  });
});
