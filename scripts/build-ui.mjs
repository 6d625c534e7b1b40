#!/usr/bin/env node
// Bundles the web UI (ui/src, Preact) into dist/ui with esbuild: one script, named by content hash,
// the page that loads it, with the style sheet inlined (so the first paint waits on no second
// request), and the icon. The emulator serves these files at /_mailsim/ui (src/control/ui.ts);
// they ship in the package, so nothing is fetched at run time.
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'ui');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const result = await build({
  entryPoints: [join(root, 'ui', 'src', 'main.tsx')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['chrome100', 'firefox100', 'safari15'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  outdir: out,
  entryNames: 'app-[hash]',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
});

const files = Object.keys(result.metafile.outputs).map((f) => basename(f));
const script = files.find((f) => f.endsWith('.js'));
const style = files.find((f) => f.endsWith('.css'));
if (!script || !style) throw new Error(`build-ui: expected a script and a style sheet, got ${files.join(', ')}`);
const css = readFileSync(join(out, style), 'utf8').trim();
unlinkSync(join(out, style));
const page = readFileSync(join(root, 'ui', 'index.html'), 'utf8')
  .replace('%SCRIPT%', `/_mailsim/ui/${script}`)
  .replace('%STYLE%', () => css);
writeFileSync(join(out, 'index.html'), page);
copyFileSync(join(root, 'ui', 'favicon.svg'), join(out, 'favicon.svg'));

const kib = (f) => `${(statSync(join(out, f)).size / 1024).toFixed(1)} KiB`;
process.stderr.write(`ui: dist/ui/index.html (${kib('index.html')}, styles inlined), ${script} (${kib(script)})\n`);
