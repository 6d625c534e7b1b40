/**
 * WAL checkpoints on a second thread, so the event loop does not wait on their fsyncs.
 *
 * Why: in WAL mode with `synchronous = NORMAL` a commit does not fsync; the checkpoint that copies
 * the WAL back into the database file does (the WAL, then the database). SQLite's automatic
 * checkpoint runs inside the commit that crosses its threshold, on the thread that committed, so
 * every few thousand pages one request paid for copying and syncing them all. Measured here, a
 * commit cost 63-82 µs with automatic checkpoints and 37-39 µs of the committing thread's time
 * with them on a worker; `synchronous = OFF` (no fsync at all) made an API send 0.78x the CPU,
 * which is what the checkpoints' syncs cost it. Durability is unchanged: the same fsyncs happen, on
 * another thread and connection.
 *
 * A checkpoint on another connection copies what is committed but cannot restart the WAL while this
 * connection keeps writing (SQLite rewinds it only when a writer starts and every frame has been
 * copied back), so under steady writes the WAL would grow without end. When the worker reports a
 * WAL of `RESTART_FRAMES` or more, this connection checkpoints once itself, between transactions:
 * nearly everything is already copied and synced, so that costs little, and the next write rewinds
 * the WAL. The WAL stays bounded, at `RESTART_FRAMES` pages and what arrives during one checkpoint.
 *
 * The worker starts on the first `KICK_EVERY` commits of a store (a start that only reads never
 * pays for a thread). If it cannot start or dies, the connection goes back to SQLite's automatic
 * checkpoints.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { log } from './log.js';

/** Commits between two checkpoint requests. */
const KICK_EVERY = 64;
/**
 * A WAL this long (in pages) after a background checkpoint is rewound by a checkpoint here. That
 * checkpoint still syncs on this thread, so it is kept rare: at 4 000 pages it was 7.4% of an API
 * send's profile, and 16 000 gave sends 1.07x and 1.15x the req/s of 4 000 (bench/README.md). The
 * WAL file grows to about 64 MB under steady writes; the last connection to close removes it.
 */
const RESTART_FRAMES = 16000;
/** SQLite's automatic threshold while the worker runs: only writes the commit count misses reach it. */
const SAFETY_AUTOCHECKPOINT = 4 * RESTART_FRAMES;

/**
 * node:worker_threads is loaded when the first worker starts, not with this module: loading it
 * took 3.6-4.5 ms here, on the path of every cold start, which often never writes enough to need it.
 */
const load = createRequire(import.meta.url);

/** The automatic threshold of a connection without a background checkpointer. */
export const AUTOCHECKPOINT_PAGES = 4000;

/**
 * The worker's code, run as a CommonJS script (`eval`): one file that works the same from the
 * TypeScript sources (tests), from dist/src and from the bundled CLI. It opens the database,
 * checkpoints when asked and answers with SQLite's figures (`log`: frames in the WAL); `done` is
 * set once its connection is closed (asked to, or because it could not open or checkpoint).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const done = new Int32Array(workerData.done);
const finish = () => { Atomics.store(done, 0, 1); Atomics.notify(done, 0); };
let db;
try {
  const Database = require(workerData.driver);
  db = new Database(workerData.path, { fileMustExist: true });
  db.pragma('synchronous = NORMAL');
} catch (e) { finish(); throw e; }
parentPort.on('message', (m) => {
  if (m === 'close') { try { db.close(); } finally { finish(); parentPort.close(); } return; }
  let r;
  try { [r] = db.pragma('wal_checkpoint(PASSIVE)'); }
  catch (e) { try { db.close(); } catch {} finish(); throw e; }
  parentPort.postMessage(r);
});
`;

/** How long `close()` waits for the worker to close its connection (it may be mid-checkpoint). */
const CLOSE_WAIT_MS = 5000;

interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

export class BackgroundCheckpointer {
  private worker: Worker | null = null;
  private readonly done = new Int32Array(new SharedArrayBuffer(4));
  private commits = 0;
  private inFlight = false;
  private stopped = false;
  /** Callers of `flushed()` waiting for a checkpoint, and whether that needs one more than the one running. */
  private waiters: (() => void)[] = [];
  private again = false;

  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
  ) {}

  /** Called after each committed write transaction. */
  committed(): void {
    if (++this.commits < KICK_EVERY || this.inFlight || this.stopped) return;
    this.request();
  }

  /**
   * Resolves once a background checkpoint that began after this call has finished, so everything
   * committed before it is in the database file: what a test or a tool awaits instead of polling
   * the file, as it awaits the queue's drain. The process stays alive while one is awaited. Resolves
   * at once when checkpoints run in this thread (the worker could not start or has stopped).
   */
  flushed(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      if (this.inFlight) {
        this.again = true;
        this.worker?.ref();
      } else this.request();
    });
  }

  /**
   * Stops the worker and waits until its connection is closed, so that when the store closes its
   * own, it is the last one (SQLite then checkpoints and removes the WAL), and no connection to
   * this path outlives the store: a late close could otherwise remove the WAL of a new database
   * made at the same path.
   */
  close(): void {
    const worker = this.worker;
    this.stopped = true;
    this.worker = null;
    this.release();
    if (!worker) return;
    worker.postMessage('close');
    if (Atomics.wait(this.done, 0, 0, CLOSE_WAIT_MS) === 'timed-out') {
      log.warn('the WAL checkpoint thread did not close its connection in time; stopping it', { path: this.path });
      void worker.terminate();
    }
  }

  private start(): Worker | null {
    try {
      const driver = load.resolve('better-sqlite3');
      const { Worker } = load('node:worker_threads') as typeof import('node:worker_threads');
      // The absolute path: the worker must open this file even if the process changes directory.
      const workerData = { driver, path: resolve(this.path), done: this.done.buffer };
      // No inherited node flags: a process started with `--input-type=module` (as `node -e` scripts
      // that import mailsim are) would make the worker's CommonJS source an ES module.
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData, execArgv: [] });
      worker.on('message', (r: CheckpointResult) => this.answered(r));
      worker.on('error', (e) => this.fallBack(e));
      worker.on('exit', () => this.fallBack(null));
      // A checkpointer never keeps the process alive (at exit SQLite's own close checkpoints).
      // After the listeners: adding a 'message' listener refs the worker again.
      worker.unref();
      this.db.pragma(`wal_autocheckpoint = ${SAFETY_AUTOCHECKPOINT}`);
      this.worker = worker;
      return worker;
    } catch (e) {
      this.fallBack(e);
      return null;
    }
  }

  /** Asks the worker (started on first use) for a checkpoint. */
  private request(): void {
    this.commits = 0;
    const worker = this.worker ?? this.start();
    if (!worker) return;
    // Held alive only while someone awaits `flushed()`.
    if (this.waiters.length > 0) worker.ref();
    this.inFlight = true;
    worker.postMessage('checkpoint');
  }

  private answered(r: CheckpointResult): void {
    this.inFlight = false;
    if (this.stopped || !this.db.open) return this.release();
    if (r.log >= RESTART_FRAMES && !this.db.inTransaction) this.db.pragma('wal_checkpoint(PASSIVE)');
    if (this.again) {
      this.again = false;
      this.request();
    } else this.release();
  }

  /** Resolves every `flushed()` waiting; the worker no longer holds the process. */
  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    this.again = false;
    this.worker?.unref();
    for (const resolve of waiters) resolve();
  }

  /** The worker is gone: checkpoints happen in this thread again, as SQLite does by itself. */
  private fallBack(error: unknown): void {
    const unexpected = !this.stopped;
    this.stopped = true;
    this.inFlight = false;
    this.worker = null;
    this.release();
    if (unexpected && error) log.warn('WAL checkpoints run on the main thread again', { error: String(error) });
    if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  }
}
