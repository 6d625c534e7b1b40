/**
 * SQLite store (better-sqlite3). A file by default, WAL journal, so a restart loses nothing a
 * client was told had succeeded; `:memory:` for tests and the in-process msw mode.
 *
 * Migrations are numbered `.sql` files applied in order per scope (the engine's own, then one scope
 * per provider) and recorded in `schema_version`, so each provider owns its tables without the
 * engine knowing their names.
 */
import Database from 'better-sqlite3';
import { chmodSync, constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUTOCHECKPOINT_PAGES, BackgroundCheckpointer } from './checkpointer.js';
import { buildRowsInJs } from './store-rows.js';

export type Db = Database.Database;

export interface Store {
  readonly db: Db;
  readonly path: string;
  /** Runs `fn` in one IMMEDIATE transaction: one transaction per mutation. */
  tx<T>(fn: () => T): T;
  /**
   * Runs `fn` in one DEFERRED transaction, for a request's reads: one read lock for all its
   * queries. `fn` must not yield. What it writes commits whether it returns or throws, as each
   * statement would have committed on its own. Only this process writes the database (the CLI's
   * other verbs go through HTTP); another process committing between `fn`'s first read and its
   * first write would make that write fail (SQLITE_BUSY_SNAPSHOT) instead of waiting.
   */
  read<T>(fn: () => T): T;
  /**
   * Runs `fn` in a savepoint of the current transaction (in a transaction of its own outside one):
   * when it throws, what it wrote is undone and the transaction goes on without it.
   */
  savepoint<T>(fn: () => T): T;
  /**
   * Resolves once everything committed so far has been copied from the WAL into the database file
   * (checkpointer.ts `flushed`); at once for `:memory:`.
   */
  walFlushed(): Promise<void>;
  /** Applies the numbered .sql files in `dir` that `scope` has not seen yet. */
  migrate(scope: string, dir: string): number;
  close(): void;
}

// Wall time on purpose: when a migration ran is a fact about the file, not about the emulated world.
const appliedAt = (): string => new Date().toISOString();

const HERE = dirname(fileURLToPath(import.meta.url));

export const ENGINE_MIGRATIONS = join(HERE, 'store', 'migrations');

/**
 * An empty database with every scope's migrations applied, written by `npm run build`
 * (scripts/build-schema.mjs) from the same .sql files beside it, so only a build has one: running
 * the migrations on a new file costs about 15 ms of every fresh start, copying this about 1 ms.
 */
export const FRESH_TEMPLATE = join(HERE, 'store', 'fresh.db');

const STATEMENT_CACHE_LIMIT = 2000;

/**
 * Makes `db.prepare(sql)` return one compiled statement per SQL text. Compiling a statement costs
 * more than running a small query, and handlers prepare the same few dozen statements on every
 * request; caching here speeds every provider up without each one managing statements. The cache
 * is emptied when it grows past a bound (SQL built with a variable number of placeholders). Its
 * statements build their row objects in JS (store-rows.ts), which costs less than better-sqlite3's.
 */
function cachePreparedStatements(db: Db): void {
  const compile = db.prepare.bind(db) as (sql: string) => Database.Statement;
  const cache = new Map<string, Database.Statement>();
  (db as { prepare: (sql: string) => Database.Statement }).prepare = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      if (cache.size >= STATEMENT_CACHE_LIMIT) cache.clear();
      stmt = compile(sql);
      buildRowsInJs(stmt);
      cache.set(sql, stmt);
    }
    return stmt;
  };
}

export function openStore(path: string): Store {
  const onDisk = path !== ':memory:';
  // The database holds API key hashes, signing secrets and mail: a new data directory is private
  // to this user, and the database files are readable by this user only.
  if (onDisk) mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const templated = onDisk && startFromTemplate(path);
  const db = new Database(path);
  if (onDisk) db.pragma('journal_mode = WAL');
  if (onDisk) keepPrivate(path);
  // NORMAL is durable across process crashes in WAL mode (only an OS crash can lose the last commit).
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Fewer, larger checkpoints: hot pages are rewritten often. Once the store writes, they run on a
  // thread of their own (checkpointer.ts) and this is only the fallback.
  if (onDisk) db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  const checkpointer = onDisk ? new BackgroundCheckpointer(db, path) : null;
  // Statement journals (what a savepoint or a failing statement rolls back to) and temporary
  // b-trees in memory, not in a temporary file opened, written and deleted each time: the mail
  // recorder's savepoints made three such files per message, a quarter of its CPU. Every query
  // that sorts is bounded (indexed or LIMITed), so nothing large is built there.
  db.pragma('temp_store = MEMORY');
  cachePreparedStatements(db);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    scope TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL,
    PRIMARY KEY (scope, version))`);

  // Prepared once: better-sqlite3's db.transaction(fn) builds its wrappers anew on every call
  // (about 14 µs each in the mail recorder's profile, which made two per message).
  const begin = db.prepare('BEGIN');
  const beginImmediate = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  const savepoint = db.prepare('SAVEPOINT mailsim_step');
  const release = db.prepare('RELEASE mailsim_step');
  const rollbackToSavepoint = db.prepare('ROLLBACK TO mailsim_step');
  /** `fn` between `open` and `close`; `undo` when either throws while a transaction is still open. */
  const bracketed = <T>(open: Database.Statement, close: Database.Statement, undo: () => void, fn: () => T): T => {
    open.run();
    try {
      const out = settled(fn());
      close.run();
      return out;
    } catch (e) {
      if (db.inTransaction) undo();
      throw e;
    }
  };
  const store: Store = {
    db,
    path,
    tx<T>(fn: () => T): T {
      if (db.inTransaction) return fn();
      // A failed COMMIT (the database busy) leaves the transaction open: it is rolled back too.
      const out = bracketed(beginImmediate, commit, () => rollback.run(), fn);
      checkpointer?.committed();
      return out;
    },
    savepoint<T>(fn: () => T): T {
      if (!db.inTransaction) return store.tx(fn);
      const undo = (): void => {
        rollbackToSavepoint.run();
        release.run();
      };
      return bracketed(savepoint, release, undo, fn);
    },
    read<T>(fn: () => T): T {
      if (db.inTransaction) return fn();
      begin.run();
      try {
        return fn();
      } finally {
        if (db.inTransaction) commit.run();
      }
    },
    walFlushed() {
      return checkpointer ? checkpointer.flushed() : Promise.resolve();
    },
    migrate(scope, dir) {
      if (!existsSync(dir)) throw new Error(`migrations folder not found: ${dir}`);
      const applied = new Set(
        (db.prepare('SELECT version FROM schema_version WHERE scope = ?').all(scope) as { version: number }[]).map(
          (r) => r.version,
        ),
      );
      const files = readdirSync(dir)
        .filter((f) => /^\d{4}_.+\.sql$/.test(f))
        .sort();
      let count = 0;
      for (const file of files) {
        const version = Number(file.slice(0, 4));
        if (applied.has(version)) continue;
        const sql = readFileSync(join(dir, file), 'utf8');
        db.transaction(() => {
          db.exec(sql);
          db.prepare('INSERT INTO schema_version (scope, version, name, applied_at) VALUES (?, ?, ?, ?)').run(
            scope,
            version,
            file,
            appliedAt(),
          );
        })();
        count++;
      }
      return count;
    },
    close() {
      checkpointer?.close();
      if (db.open) db.close();
    },
  };
  // The template's migrations ran at build time; the file says when they reached this database.
  if (templated) db.prepare('UPDATE schema_version SET applied_at = ?').run(appliedAt());
  store.migrate('engine', ENGINE_MIGRATIONS);
  return store;
}

/** A transaction's work must be done when it commits: a promise would finish outside it. */
export function settled<T>(out: T): T {
  if (typeof (out as { then?: unknown } | null)?.then === 'function')
    throw new TypeError('a transaction function must not return a promise');
  return out;
}

/**
 * Makes a new database file a copy of the build's template. Migrations only move forward, so a
 * template that lacks a newer migration simply gets it applied on top, like any older database.
 * Not when a journal is already there: SQLite would replay a leftover WAL onto the copy.
 */
function startFromTemplate(path: string): boolean {
  if (existsSync(path) || existsSync(`${path}-wal`) || !existsSync(FRESH_TEMPLATE)) return false;
  try {
    // EXCL: another process creating the same file at this moment keeps its own.
    copyFileSync(FRESH_TEMPLATE, path, constants.COPYFILE_EXCL);
    return true;
  } catch (e) {
    // A copy cut short (a full disk) must not be opened as a database: the migrations make it anew.
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') rmSync(path, { force: true });
    return false;
  }
}

/**
 * `LIMIT n OFFSET m` with the numbers written into the SQL. Measured here, a LIMIT/OFFSET given as
 * bound parameters made a one-row list query take about 18 µs instead of 7 µs, on the hottest read
 * path. Only integers get in (anything else throws), so nothing can be injected; the statement
 * cache keeps one statement per page size and offset actually used.
 */
export function limitOffset(limit: number, offset: number): string {
  if (!Number.isSafeInteger(limit) || !Number.isSafeInteger(offset) || limit < 0 || offset < 0)
    throw new RangeError(`bad page ${limit}/${offset}`);
  return `LIMIT ${limit} OFFSET ${offset}`;
}

/** Makes the database file and its WAL companions readable and writable by this user only. */
function keepPrivate(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    try {
      if (existsSync(file)) chmodSync(file, 0o600);
    } catch {
      // A file we do not own (a shared volume) keeps its mode; nothing else depends on it.
    }
  }
}
