#!/usr/bin/env node
// Writes dist/src/engine/store/fresh.db: an empty database with the engine's and every built-in
// provider's migrations applied, from the .sql files copy-assets put in dist. openStore copies it
// for a new database file instead of running each migration there (src/engine/store.ts), which is
// about 15 ms of every start on a fresh file. Runs after tsc and copy-assets.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { openStore, FRESH_TEMPLATE } = await import(join(root, 'dist/src/engine/store.js'));
const { PROVIDERS, loadProvider } = await import(join(root, 'dist/src/providers/index.js'));

const partial = `${FRESH_TEMPLATE}.partial`;
const clear = (file) => {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
};
clear(partial);
// openStore would start from an existing template: build this one from the migrations alone.
clear(FRESH_TEMPLATE);
const store = openStore(partial);
for (const name of Object.keys(PROVIDERS)) {
  const def = await loadProvider(name);
  store.migrate(def.name, def.migrationsDir);
}
// Everything into the main file: the template is copied without a journal beside it.
store.db.pragma('wal_checkpoint(TRUNCATE)');
store.close();
if (existsSync(`${partial}-wal`)) throw new Error('the template still has a WAL after closing');
renameSync(partial, FRESH_TEMPLATE);
clear(partial);
