/** Locations of the files mailsim ships beside its code (contracts, fixtures). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'contracts'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('mailsim: cannot find the package root (contracts/ missing)');
}

export const PACKAGE_ROOT = findPackageRoot();
export const contractPath = (provider: string): string => join(PACKAGE_ROOT, 'contracts', `${provider}.yaml`);
export const fixturePath = (...parts: string[]): string => join(PACKAGE_ROOT, 'fixtures', ...parts);
/** Where `npm run build` puts the web UI's bundled files (scripts/build-ui.mjs). */
export const UI_DIR = join(PACKAGE_ROOT, 'dist', 'ui');
