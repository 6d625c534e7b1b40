/**
 * WAL checkpoints on a worker thread (src/engine/checkpointer.ts), on a real SQLite file: what a
 * long-running emulator depends on. Committed pages reach the database file while the store keeps
 * writing (not only at close), the WAL does not grow without end under steady writes, and closing
 * the store leaves one complete database file and no WAL.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../src/engine/store.js';

const PAGE = 4096;
/** Each row fills most of a page, so a commit writes a page or two of WAL. */
const ROW = 'x'.repeat(3000);
const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('background WAL checkpoints', () => {
  let dir: string;
  let file: string;
  let store: Store;
  let written = 0;

  /** `n` write transactions of one row each, letting the event loop run between batches. */
  const commit = async (n: number): Promise<void> => {
    const insert = store.db.prepare('INSERT INTO bulk (body) VALUES (?)');
    for (let i = 0; i < n; i++) {
      store.tx(() => insert.run(ROW));
      written++;
      if (i % 50 === 49) await yieldToLoop();
    }
  };
  const walPages = (): number => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size / PAGE : 0);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mailsim-ckpt-'));
    file = join(dir, 'store.db');
    store = openStore(file);
    store.db.exec('CREATE TABLE bulk (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  });
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies committed pages into the database file while the store keeps writing', async () => {
    const before = statSync(file).size;
    await commit(1000);
    // 1 000 pages are far below SQLite's own threshold while the worker runs (16 000): only a
    // background checkpoint moves them into the file now.
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(16_000);
    await vi.waitFor(() => expect(statSync(file).size).toBeGreaterThan(before + 500 * PAGE), { timeout: 10_000 });
  });

  it('keeps the WAL bounded under steady writes', async () => {
    let largest = 0;
    for (let round = 0; round < 12; round++) {
      await commit(1000);
      largest = Math.max(largest, walPages());
    }
    // 12 000 more single-row commits: a WAL that was never rewound would hold every one of them.
    expect(written).toBe(13_000);
    expect(largest).toBeLessThan(9000);
  });

  it('closes to one complete database file without a WAL', () => {
    store.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reader = new Database(file, { readonly: true });
    try {
      expect(reader.prepare('SELECT count(*) AS n FROM bulk').get()).toEqual({ n: written });
    } finally {
      reader.close();
    }
  });
});
