// Copies the non-TypeScript files that live beside the sources (SQL migrations) into dist/,
// because tsc only emits .js and the store reads migrations next to its own module at run time.
import { cpSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.sql')) {
      const target = join(root, 'dist', relative(root, full));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(full, target);
    }
  }
}
walk(join(root, 'src'));
