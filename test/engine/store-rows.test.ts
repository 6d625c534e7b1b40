/**
 * The store's statements build row objects in JS (src/engine/store-rows.ts). Every handler reads
 * rows through them, so they must answer exactly as better-sqlite3 itself does: same keys in the
 * same order, same values and types, a repeated column name resolved the same way, nothing for no
 * row, and the new columns of a `SELECT *` whose table changed after it was prepared.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/engine/store.js';

describe('rows built by the statement cache', () => {
  let store: Store;
  /** better-sqlite3's own rows, from a connection without the cache, on the same data. */
  let plain: Database.Database;

  const setup = `
    CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, data BLOB, note TEXT, big INTEGER);
    INSERT INTO t VALUES (1, 'a', 1.5, x'0102', NULL, 9007199254740991), (2, 'b', -2, NULL, 'n', 0),
                         (3, 'c', 0, x'', '', -1);`;

  beforeEach(() => {
    store = openStore(':memory:');
    store.db.exec(setup);
    plain = new Database(':memory:');
    plain.exec(setup);
  });
  afterEach(() => {
    store.close();
    plain.close();
  });

  const same = (sql: string, ...params: unknown[]): void => {
    const ours = store.db.prepare(sql);
    const theirs = plain.prepare(sql);
    expect(ours.all(...params)).toStrictEqual(theirs.all(...params));
    expect(ours.get(...params)).toStrictEqual(theirs.get(...params));
    expect([...ours.iterate(...params)]).toStrictEqual([...theirs.iterate(...params)]);
    const keys = (row: unknown): string[] => Object.keys(row as object);
    for (const [i, row] of (ours.all(...params) as unknown[]).entries()) {
      expect(keys(row)).toEqual(keys((theirs.all(...params) as unknown[])[i]));
    }
  };

  it('answers get, all and iterate with the objects better-sqlite3 would build', () => {
    same('SELECT * FROM t ORDER BY id');
    same('SELECT name, id FROM t WHERE id > ? ORDER BY id DESC', 1);
    same('SELECT count(*) AS n, max(score) FROM t');
    same('SELECT * FROM t WHERE id = :id', { id: 2 });
  });

  it('resolves a repeated column name as better-sqlite3 does: the later value, the first position', () => {
    same('SELECT a.id, a.name, b.id, b.name AS name FROM t a JOIN t b ON b.id = a.id + 1 ORDER BY a.id');
    const row = store.db.prepare('SELECT 1 AS x, 2 AS y, 3 AS x').get();
    expect(Object.entries(row as object)).toEqual([
      ['x', 3],
      ['y', 2],
    ]);
  });

  it('answers undefined and [] when nothing matches', () => {
    const stmt = store.db.prepare('SELECT * FROM t WHERE id = ?');
    expect(stmt.get(99)).toBeUndefined();
    expect(stmt.all(99)).toEqual([]);
  });

  it('answers a column named __proto__ as better-sqlite3 does', () => {
    same('SELECT id AS "__proto__", name FROM t ORDER BY id');
  });

  it('stops early from iterate without holding the statement busy', () => {
    const stmt = store.db.prepare('SELECT id FROM t ORDER BY id');
    for (const row of stmt.iterate()) {
      expect(row).toEqual({ id: 1 });
      break;
    }
    expect(stmt.all()).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
  });

  it('names the new columns of a SELECT * whose table gained a column after it was prepared', () => {
    const stmt = store.db.prepare('SELECT * FROM t WHERE id = 1');
    expect(Object.keys(stmt.get() as object)).toEqual(['id', 'name', 'score', 'data', 'note', 'big']);
    store.db.exec("ALTER TABLE t ADD COLUMN added TEXT NOT NULL DEFAULT 'new'");
    expect(store.db.prepare('SELECT * FROM t WHERE id = 1').get()).toMatchObject({ id: 1, added: 'new' });
  });

  it('leaves writes and RETURNING as they were', () => {
    const insert = store.db.prepare('INSERT INTO t (id, name) VALUES (?, ?)');
    expect(insert.run(4, 'd')).toEqual({ changes: 1, lastInsertRowid: 4 });
    const returning = store.db.prepare('UPDATE t SET name = ? WHERE id = ? RETURNING id, name');
    expect(returning.get('e', 4)).toEqual({ id: 4, name: 'e' });
  });

  it('refuses raw, pluck and expand instead of building objects from their output', () => {
    const stmt = store.db.prepare('SELECT id FROM t');
    expect(() => stmt.pluck()).toThrow(/rows are built in JS/);
    expect(() => stmt.raw()).toThrow(/rows are built in JS/);
    expect(() => stmt.expand()).toThrow(/rows are built in JS/);
  });
});
