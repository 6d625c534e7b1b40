// Copies the non-TypeScript files that live beside the sources (SQL migrations) into dist/,
// because tsc only emits .js and the store reads migrations next to its own module at run time;
// and writes the contracts as JSON for a fast start.
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

// The contracts as JSON: the emulator loads these at start instead of parsing YAML (much faster).
const { parse } = await import('yaml');
const contracts = join(root, 'contracts');
mkdirSync(join(root, 'dist', 'contracts'), { recursive: true });
for (const name of readdirSync(contracts)) {
  if (!/\.ya?ml$/.test(name)) continue;
  const doc = parse(readFileSync(join(contracts, name), 'utf8'));
  writeFileSync(join(root, 'dist', 'contracts', name.replace(/\.ya?ml$/, '.json')), JSON.stringify(doc));
}
