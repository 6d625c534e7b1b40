/**
 * Durable jobs on the engine clock.
 *
 * A job is a row in `jobs` with a due time in engine milliseconds. The runner executes due jobs,
 * reschedules failures with the backoff the job's handler asks for, and resumes anything left
 * `running` by a crash. Because due times are engine time, advancing the clock makes due work run
 * now; in real mode a timer wakes the runner when the next job falls due.
 */
import type { Clock } from './clock.js';
import type { IdSource } from './ids.js';
import type { Store } from './store.js';
import { log } from './log.js';
import { DueWorkWaker } from './due-work.js';

export interface JobRow {
  id: string;
  provider: string;
  tenant: string | null;
  queue: string;
  run_at_ms: number;
  state: 'pending' | 'running' | 'done' | 'dead';
  attempts: number;
  payload: string;
}

/** What a handler tells the runner after one attempt. */
export type JobOutcome =
  | { done: true }
  | { retryInMs: number; error: string }
  | { dead: true; error: string };

export interface QueueOptions {
  /** How many jobs of this queue may run at the same time. */
  concurrency: number;
  handler: (payload: any, job: JobRow) => Promise<JobOutcome> | JobOutcome;
}

export interface EnqueueOptions {
  provider: string;
  tenant?: string | null;
  queue: string;
  payload: unknown;
  /** Engine time at which the job is due; default now. */
  runAtMs?: number;
}

export class JobRunner {
  private readonly queues = new Map<string, QueueOptions>();
  private readonly running = new Map<string, number>();
  private readonly waker: DueWorkWaker;
  private inFlight = 0;

  constructor(private readonly store: Store, private readonly clock: Clock, private readonly ids: IdSource) {
    // Anything a crash left running is due again: at-least-once.
    store.db.prepare("UPDATE jobs SET state = 'pending' WHERE state = 'running'").run();
    this.waker = new DueWorkWaker(clock, () => this.tick());
  }

  register(queue: string, options: QueueOptions): void {
    this.queues.set(queue, options);
    this.kick();
  }

  /** Inserts a job; call inside the transaction of the change that causes it. */
  enqueue(o: EnqueueOptions): string {
    const id = this.ids.uuid();
    const now = this.clock.nowMs();
    this.store.db
      .prepare('INSERT INTO jobs (id, provider, tenant, queue, run_at_ms, payload, created_at_ms, updated_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, o.provider, o.tenant ?? null, o.queue, o.runAtMs ?? now, JSON.stringify(o.payload), now, now);
    this.kick();
    return id;
  }

  /** Asks the runner to look for due work soon (after the current transaction commits). */
  kick(): void {
    this.waker.kick();
  }

  /** Resolves when no job is due or running (for tests and orderly shutdown). */
  async drain(timeoutMs = 10_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      if (this.inFlight === 0 && !this.hasDueWork()) return;
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  stop(): void {
    this.waker.stop();
  }

  private hasDueWork(): boolean {
    const queues = [...this.queues.keys()];
    if (queues.length === 0) return false;
    const row = this.store.db
      .prepare(`SELECT 1 FROM jobs WHERE state = 'pending' AND run_at_ms <= ? AND queue IN (${queues.map(() => '?').join(',')}) LIMIT 1`)
      .get(this.clock.nowMs(), ...queues);
    return row !== undefined;
  }

  private tick(): void {
    if (this.waker.isStopped || !this.store.db.open) return;
    const now = this.clock.nowMs();
    for (const [queue, options] of this.queues) {
      const free = options.concurrency - (this.running.get(queue) ?? 0);
      if (free <= 0) continue;
      const due = this.store.db
        .prepare("SELECT * FROM jobs WHERE queue = ? AND state = 'pending' AND run_at_ms <= ? ORDER BY run_at_ms LIMIT ?")
        .all(queue, now, free) as JobRow[];
      for (const job of due) this.run(job, options);
    }
    this.armTimer();
  }

  private armTimer(): void {
    const queues = [...this.queues.keys()];
    if (queues.length === 0 || !this.store.db.open) return this.waker.wakeAt(null);
    const next = this.store.db
      .prepare(`SELECT MIN(run_at_ms) AS at FROM jobs WHERE state = 'pending' AND queue IN (${queues.map(() => '?').join(',')})`)
      .get(...queues) as { at: number | null };
    this.waker.wakeAt(next.at);
  }

  private run(job: JobRow, options: QueueOptions): void {
    const db = this.store.db;
    db.prepare("UPDATE jobs SET state = 'running', attempts = attempts + 1, updated_at_ms = ? WHERE id = ?").run(this.clock.nowMs(), job.id);
    job.attempts += 1;
    this.running.set(job.queue, (this.running.get(job.queue) ?? 0) + 1);
    this.inFlight++;
    const finish = (outcome: JobOutcome): void => {
      if (!db.open) return;
      const now = this.clock.nowMs();
      if ('done' in outcome) db.prepare('DELETE FROM jobs WHERE id = ?').run(job.id);
      else if ('dead' in outcome) db.prepare("UPDATE jobs SET state = 'dead', last_error = ?, updated_at_ms = ? WHERE id = ?").run(outcome.error, now, job.id);
      else db.prepare("UPDATE jobs SET state = 'pending', run_at_ms = ?, last_error = ?, updated_at_ms = ? WHERE id = ?").run(now + outcome.retryInMs, outcome.error, now, job.id);
    };
    Promise.resolve()
      .then(() => options.handler(JSON.parse(job.payload), job))
      .then(finish, (err: unknown) => {
        log.error(`job ${job.queue} failed`, { id: job.id, error: String(err) });
        finish({ dead: true, error: String(err) });
      })
      .finally(() => {
        this.running.set(job.queue, (this.running.get(job.queue) ?? 1) - 1);
        this.inFlight--;
        this.kick();
      });
  }
}
