#!/usr/bin/env node
// Records the SHA-256 of every migration file in src/migrations.lock.json (npm run
// migrations:lock). Migrations are append-only (src/MIGRATIONS.md): this adds
// files that are new and refuses to change or drop the record of one that is already there, because
// a database that ran the old text would never run the new one. test/core/migrations.test.ts fails
// when a recorded file changed or disappeared, or when a file is not recorded yet.
//
//   node scripts/migrations-lock.mjs           add new migration files to the manifest
//   node scripts/migrations-lock.mjs --check   only report; exit 1 when the manifest is not current
//   node scripts/migrations-lock.mjs --allow-changes
//       also rewrite changed or vanished entries: only for a migration that never left your branch
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const MANIFEST = join(root, 'src/migrations.lock.json');
const COMMENT =
  'SHA-256 of every migration file, per scope. Append-only: see src/MIGRATIONS.md. ' +
  'Written by `npm run migrations:lock`; checked by test/core/migrations.test.ts.';

/** Every migration folder and its scope: the engine's, then one per provider (scope = provider name). */
function scopes() {
  const found = [{ scope: 'engine', dir: join(root, 'src/engine/store/migrations') }];
  const providers = join(root, 'src/providers');
  for (const entry of readdirSync(providers, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = join(providers, entry.name, 'migrations');
    if (entry.isDirectory() && existsSync(dir)) found.push({ scope: entry.name, dir });
  }
  return found;
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

function current() {
  const out = {};
  for (const { scope, dir } of scopes()) {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    out[scope] = { dir: relative(root, dir), files: Object.fromEntries(files.map((f) => [f, sha256(join(dir, f))])) };
  }
  return out;
}

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check' && a !== '--allow-changes');
if (unknown.length) {
  process.stderr.write(`unknown option ${unknown[0]}\nusage: migrations-lock.mjs [--check | --allow-changes]\n`);
  process.exit(2);
}
const check = args.includes('--check');
const allowChanges = args.includes('--allow-changes');

const recorded = existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, 'utf8')).scopes ?? {}) : {};
const now = current();
const added = [];
const broken = [];
for (const [scope, { dir, files }] of Object.entries(now)) {
  const before = recorded[scope]?.files ?? {};
  for (const [file, hash] of Object.entries(files)) {
    if (!(file in before)) added.push(`${dir}/${file}`);
    else if (before[file] !== hash) broken.push(`${dir}/${file} changed since it was recorded`);
  }
  for (const file of Object.keys(before)) if (!(file in files)) broken.push(`${dir}/${file} was recorded but is gone`);
}
for (const scope of Object.keys(recorded)) {
  if (!(scope in now)) broken.push(`scope ${scope} (${recorded[scope].dir}) was recorded but its folder is gone`);
}

for (const line of broken) process.stdout.write(`${line}\n`);
for (const file of added) process.stdout.write(`${check ? 'not recorded' : 'recorded'}: ${file}\n`);
if (check) {
  process.exitCode = broken.length || added.length ? 1 : 0;
} else if (broken.length && !allowChanges) {
  process.stdout.write(
    'Migrations are append-only: restore the files above and put the change in a new numbered ' +
      'file (src/MIGRATIONS.md). Nothing was written.\n',
  );
  process.exitCode = 1;
} else {
  // Nothing recorded changed (or --allow-changes said it may), so the manifest becomes what is on disk.
  writeFileSync(MANIFEST, `${JSON.stringify({ $comment: COMMENT, scopes: now }, null, 2)}\n`);
  if (!added.length && !broken.length) process.stdout.write('migrations.lock.json is current\n');
}
