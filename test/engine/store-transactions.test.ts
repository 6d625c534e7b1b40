/**
 * Store.tx and Store.savepoint, on a real SQLite file: what the mail recorder and every handler
 * depend on. A transaction commits what its function did or nothing at all; a savepoint that throws
 * takes back only its own writes, so one failing message or delivery in a group commit never takes
 * the others down; and a function that returns a promise is refused, since its work would finish
 * outside the transaction.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/engine/store.js';

describe('Store transactions', () => {
  let dir: string;
  let file: string;
  let store: Store;
  const put = (key: string): void => {
    store.db.prepare('INSERT INTO engine_meta (key, value) VALUES (?, ?)').run(key, 'v');
  };
  /** What another connection sees: only what was committed. */
  const committed = (): string[] => {
    const other = new Database(file, { readonly: true });
    try {
      return (
        other.prepare("SELECT key FROM engine_meta WHERE key LIKE 't-%' ORDER BY key").all() as { key: string }[]
      ).map((r) => r.key);
    } finally {
      other.close();
    }
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mailsim-tx-'));
    file = join(dir, 'store.db');
    store = openStore(file);
  });
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits what the function wrote, or nothing when it throws', () => {
    expect(
      store.tx(() => {
        put('t-1');
        return 'done';
      }),
    ).toBe('done');
    expect(() =>
      store.tx(() => {
        put('t-2');
        throw new Error('handler failed');
      }),
    ).toThrow('handler failed');
    expect(store.db.inTransaction).toBe(false);
    expect(committed()).toEqual(['t-1']);
  });

  it('takes back only a failing savepoint, and the transaction around it commits the rest', () => {
    store.tx(() => {
      put('t-3');
      expect(() =>
        store.savepoint(() => {
          put('t-4');
          store.savepoint(() => put('t-5'));
          throw new Error('one delivery failed');
        }),
      ).toThrow('one delivery failed');
      expect(
        store.savepoint(() => {
          put('t-6');
          return 6;
        }),
      ).toBe(6);
    });
    expect(committed()).toEqual(['t-1', 't-3', 't-6']);
  });

  it('runs a savepoint outside any transaction as a transaction of its own', () => {
    store.savepoint(() => put('t-7'));
    expect(store.db.inTransaction).toBe(false);
    expect(committed()).toContain('t-7');
  });

  it('refuses a function that returns a promise, and keeps nothing of it', () => {
    expect(() => store.tx(async () => put('t-8'))).toThrow(TypeError);
    expect(store.db.inTransaction).toBe(false);
    expect(committed()).not.toContain('t-8');
  });

  it('keeps statement journals in memory rather than in a temporary file per savepoint', () => {
    expect(store.db.pragma('temp_store', { simple: true })).toBe(2);
  });
});
