/**
 * WAL checkpoints on a worker thread (src/engine/checkpointer.ts), on a real SQLite file: what a
 * long-running emulator depends on. Committed pages reach the database file while the store keeps
 * writing (not only at close), the WAL does not grow without end under steady writes, and closing
 * the store leaves one complete database file and no WAL. The thread never keeps a process alive.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/engine/store.js';
import { ensureBuilt, ROOT } from '../harness/build.js';

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
    // 1 000 pages are far below SQLite's own threshold while the worker runs (64 000): only a
    // background checkpoint moves them into the file now.
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(64_000);
    await store.walFlushed();
    expect(statSync(file).size).toBeGreaterThan(before + 900 * PAGE);
  });

  it('keeps the WAL bounded under steady writes', async () => {
    let largest = 0;
    for (let round = 0; round < 40; round++) {
      await commit(1000);
      largest = Math.max(largest, walPages());
    }
    // 40 000 more single-row commits, a page or more each: a WAL that was never rewound would hold
    // every one of them, over 41 000 pages (SQLite's own threshold is 64 000 here). The store rewinds
    // it after 16 000, plus what arrives while a checkpoint runs: on a busy machine (the whole suite
    // at once) that reached 24 753 pages.
    expect(written).toBe(41_000);
    expect(largest).toBeLessThan(35_000);
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

describe('the checkpoint thread and process exit', () => {
  let dir: string;
  beforeAll(async () => {
    await ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'mailsim-ckpt-exit-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * Runs `body` in a `node --input-type=module -e` script (a flag a worker would inherit) after
   * opening the built store, as a library user loads it, on a new file and writing 100 commits
   * (enough to start the thread). The script never closes the store. Returns how it ended.
   */
  async function script(name: string, body: string): Promise<{ exited: number | 'still running'; out: string }> {
    const db = join(dir, `${name}.db`);
    const source = `
      import { statSync } from 'node:fs';
      import { openStore } from ${JSON.stringify(join(ROOT, 'dist/src/engine/store.js'))};
      const size = () => statSync(${JSON.stringify(db)}).size;
      const store = openStore(${JSON.stringify(db)});
      store.db.exec('CREATE TABLE bulk (id INTEGER PRIMARY KEY, body TEXT)');
      const before = size();
      const insert = store.db.prepare('INSERT INTO bulk (body) VALUES (?)');
      for (let i = 0; i < 100; i++) store.tx(() => insert.run('x'.repeat(3000)));
      ${body}`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', source], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    const exited = await new Promise<number | 'still running'>((done) => {
      const deadline = setTimeout(() => done('still running'), 15_000);
      child.once('exit', (code) => {
        clearTimeout(deadline);
        done(code ?? -1);
      });
    });
    if (exited === 'still running') child.kill('SIGKILL');
    return { exited, out: out.trim() };
  }

  it('does not keep a process alive whose store is left open', async () => {
    const { exited, out } = await script('open', '');
    expect(exited, out).toBe(0);
    expect(out).toBe('');
  });

  it('runs from a `node --input-type=module` script, and a flush awaited there completes', async () => {
    const { exited, out } = await script(
      'flushed',
      `const threshold = store.db.pragma('wal_autocheckpoint', { simple: true });
      await store.walFlushed();
      console.log(JSON.stringify({ threshold, checkpointed: size() > before + 90 * 4096 }));`,
    );
    expect(exited, out).toBe(0);
    // The thread ran: SQLite's own threshold (4 000 pages without the thread) would not have moved
    // 100 pages into the file yet.
    expect(out).toBe(JSON.stringify({ threshold: 64_000, checkpointed: true }));
  });
});
