/**
 * Which mailsim command the benches run: the package's `bin`, the bundle scripts/build-cli.mjs
 * makes (what `npx mailsim` and the Docker image start). The unbundled dist/src/cli.js is kept as
 * a figure of its own in the cold-start bench, to show what the bundle buys.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'dist/bin/cli.js');
export const UNBUNDLED_CLI = join(ROOT, 'dist/src/cli.js');

/** The command of another built checkout: its bundle when it has one (older builds do not). */
export function cliOf(checkout) {
  const bundled = join(checkout, 'dist/bin/cli.js');
  return existsSync(bundled) ? bundled : join(checkout, 'dist/src/cli.js');
}
