#!/usr/bin/env node
// Bundles the built CLI (dist/src/cli.js and everything it imports, npm dependencies included)
// into dist/bin with esbuild, so `mailsim start` loads a handful of files instead of several
// hundred: on this machine that halves the time from spawn to healthy. Verbs and providers stay
// in chunks of their own (code splitting), loaded only when used.
//
// What stays outside the bundle, loaded from node_modules as before:
// - better-sqlite3: a native addon found through its own package directory;
// - the optional peer dependencies (prism, fast-check, msw, testcontainers): the user's own copy
//   is the one to use, and its absence must read as "not installed", not as a bundling error.
//
// The library entry points (`mailsim`, `mailsim/testing`, ...) are dist/src as tsc wrote it; only
// the command is bundled. Modules that find files beside themselves (migrations, the DMARC parser's
// require) use `import.meta.url`; in a bundle that would be the chunk's URL, so each one is
// rewritten to the URL of the dist/src file it came from, which ships beside the bundle.
import { readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist', 'bin');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

const importMetaAsOriginalFile = {
  name: 'import-meta-as-original-file',
  setup(b) {
    b.onLoad({ filter: /[/\\]dist[/\\]src[/\\].*\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return { contents: text, loader: 'js' };
      const fromChunk = relative(outdir, args.path).split('\\').join('/');
      const original = `new URL(${JSON.stringify(fromChunk)}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', original), loader: 'js' };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { cli: join(root, 'dist', 'src', 'cli.js') },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  external: ['better-sqlite3', ...Object.keys(pkg.peerDependencies ?? {})],
  plugins: [importMetaAsOriginalFile],
  // CommonJS dependencies call require() for node built-ins; an ES module has no require of its own.
  banner: {
    js: "import { createRequire as __mailsimRequire } from 'node:module';\nconst require = __mailsimRequire(import.meta.url);",
  },
  // Whitespace and syntax only: names stay, so stack traces still name functions; parsing less
  // text is about 30 ms of a start on this machine.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});
