/**
 * A new database file made by the built mailsim starts as a copy of the build's template
 * (dist/src/engine/store/fresh.db, scripts/build-schema.mjs) instead of running every migration:
 * the template must be exactly what the migrations make, and a store opened on a new file must
 * get it, with the migrations dated when they reached that file.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/engine/store.js';
import { PROVIDERS, loadProvider } from '../../src/providers/index.js';
import { ensureBuilt, ROOT } from '../harness/build.js';
import { schemaOf } from '../helpers/schema.js';

type BuiltStore = typeof import('../../src/engine/store.js');

describe('the fresh-database template', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mailsim-template-'));
  let built: BuiltStore;
  beforeAll(async () => {
    await ensureBuilt();
    built = (await import(join(ROOT, 'dist/src/engine/store.js'))) as BuiltStore;
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has exactly the schema the engine and every provider migrations make', async () => {
    const migrated = join(dir, 'migrated.db');
    const store = openStore(migrated);
    for (const name of Object.keys(PROVIDERS)) {
      const def = await loadProvider(name);
      store.migrate(def.name, def.migrationsDir);
    }
    store.close();
    expect(schemaOf(built.FRESH_TEMPLATE)).toEqual(schemaOf(migrated));
  });

  it('is what a new database file starts from, dated when it was opened, private to this user', () => {
    const file = join(dir, 'new.db');
    const before = new Date().toISOString();
    const store = built.openStore(file);
    try {
      // Commune's tables are there although only the engine migrated: they came with the copy.
      const scopes = store.db
        .prepare('SELECT scope, MIN(applied_at) AS at FROM schema_version GROUP BY scope ORDER BY scope')
        .all() as { scope: string; at: string }[];
      expect(scopes.map((s) => s.scope)).toEqual(['engine', ...Object.keys(PROVIDERS)].sort());
      for (const s of scopes) expect(s.at >= before).toBe(true);
      // Every provider's migrate then has nothing left to do.
      expect(store.migrate('engine', built.ENGINE_MIGRATIONS)).toBe(0);
      store.db.prepare("INSERT INTO engine_meta (key, value) VALUES ('probe', 'kept')").run();
    } finally {
      store.close();
    }
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const reopened = new Database(file, { readonly: true });
    try {
      expect(reopened.prepare("SELECT value FROM engine_meta WHERE key = 'probe'").get()).toEqual({ value: 'kept' });
      expect(reopened.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      reopened.close();
    }
  });

  it('is not used where a journal already lies beside the missing file: the migrations run instead', () => {
    const file = join(dir, 'orphan-journal.db');
    writeFileSync(`${file}-wal`, '');
    const store = built.openStore(file);
    try {
      const scopes = store.db.prepare('SELECT DISTINCT scope FROM schema_version').all() as { scope: string }[];
      expect(scopes).toEqual([{ scope: 'engine' }]);
    } finally {
      store.close();
    }
  });
});
