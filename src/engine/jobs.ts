/**
 * Durable jobs on the engine clock, run by the due-work queue (queue.ts).
 *
 * A job is a row in `jobs` with a due time in engine milliseconds. Each named queue (e.g. `send`)
 * is one lane: its handler runs due jobs, and a failure is rescheduled with the backoff the handler
 * asks for. Anything a crash left `running` is due again at start: at-least-once.
 */
import type { Clock } from './clock.js';
import type { IdSource } from './ids.js';
import type { DueWorkQueue, WorkLane } from './queue.js';
import { settled, type Store } from './store.js';
import { log } from './log.js';

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

/**
 * What a handler tells the runner after one attempt. `settle` is the handler's own last writes
 * (the message marked sent, say): the runner commits them in one transaction with the job's row
 * change, so an attempt ends in one commit rather than two.
 */
export type JobOutcome = ({ done: true } | { retryInMs: number; error: string } | { dead: true; error: string }) & {
  settle?: () => void;
};

export interface QueueOptions {
  /** How many jobs of this queue may run at the same time. */
  concurrency: number;
  /**
   * Writes that mark an attempt begun (a message marked sending), committed in one transaction with
   * the job's own running mark before `handler` is called.
   */
  starting?: (payload: any, job: JobRow) => void;
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

const laneName = (queue: string): string => `jobs:${queue}`;

export class JobRunner {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly ids: IdSource,
    private readonly work: DueWorkQueue,
  ) {
    // Anything a crash left running is due again: at-least-once.
    store.db.prepare("UPDATE jobs SET state = 'pending' WHERE state = 'running'").run();
  }

  /** Starts running the jobs of a named queue (and any a previous run left due). */
  register(queue: string, options: QueueOptions): void {
    this.work.addLane(this.lane(queue, options));
  }

  /** Inserts a job; call inside the transaction of the change that causes it. */
  enqueue(o: EnqueueOptions): string {
    const id = this.ids.uuid();
    const now = this.clock.nowMs();
    this.store.db
      .prepare(
        `INSERT INTO jobs (id, provider, tenant, queue, run_at_ms, payload, created_at_ms, updated_at_ms)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, o.provider, o.tenant ?? null, o.queue, o.runAtMs ?? now, JSON.stringify(o.payload), now, now);
    this.work.kick(laneName(o.queue));
    return id;
  }

  /** Asks the queue to look for due work soon (after the current transaction commits). */
  kick(): void {
    this.work.kick();
  }

  /** Resolves when no due work is waiting or running (all lanes: jobs and webhook deliveries). */
  drain(timeoutMs = 10_000): Promise<void> {
    return this.work.idle(timeoutMs);
  }

  private lane(queue: string, options: QueueOptions): WorkLane<JobRow> {
    const db = (): Store['db'] => this.store.db;
    return {
      name: laneName(queue),
      concurrency: options.concurrency,
      idOf: (job) => job.id,
      due: (nowMs, limit) =>
        db()
          .prepare(
            "SELECT * FROM jobs WHERE queue = ? AND state = 'pending' AND run_at_ms <= ? ORDER BY run_at_ms LIMIT ?",
          )
          .all(queue, nowMs, limit) as JobRow[],
      nextDueAfter: (nowMs) =>
        (
          db()
            .prepare("SELECT MIN(run_at_ms) AS at FROM jobs WHERE queue = ? AND state = 'pending' AND run_at_ms > ?")
            .get(queue, nowMs) as { at: number | null }
        ).at,
      run: (job) => this.run(job, options),
    };
  }

  private async run(job: JobRow, options: QueueOptions): Promise<void> {
    let payload: unknown;
    let outcome: JobOutcome | null;
    try {
      payload = JSON.parse(job.payload);
      outcome = this.start(job, options, payload);
    } catch (err) {
      if (!(err instanceof SyntaxError)) throw err;
      outcome = this.failed(job, err);
    }
    if (!outcome) {
      try {
        outcome = await options.handler(payload, job);
      } catch (err) {
        outcome = this.failed(job, err);
      }
    }
    if (!this.store.db.open) return;
    const ending = outcome;
    try {
      // The hook's result is returned so the store refuses a promise: writes after an await
      // would land outside this transaction.
      this.store.tx(() => {
        this.record(job, ending);
        return ending.settle?.();
      });
    } catch (err) {
      // The handler's last writes failed and were rolled back with the job's change: the job is dead.
      this.record(job, this.failed(job, err));
    }
  }

  /**
   * Marks the job running, in one transaction with the queue's `starting` writes: a crash mid-job
   * leaves it to be resumed. A `starting` that throws (or returns a promise) ends the attempt (the
   * outcome returned); the job row's own statements failing (a busy or full disk) reject, and the
   * job stays pending.
   */
  private start(job: JobRow, options: QueueOptions, payload: unknown): JobOutcome | null {
    const attempts = job.attempts;
    let refused: { err: unknown } | null = null;
    try {
      this.store.tx(() => {
        this.store.db
          .prepare("UPDATE jobs SET state = 'running', attempts = attempts + 1, updated_at_ms = ? WHERE id = ?")
          .run(this.clock.nowMs(), job.id);
        job.attempts = attempts + 1;
        try {
          settled(options.starting?.(payload, job));
        } catch (err) {
          refused = { err };
          throw err;
        }
      });
    } catch (err) {
      job.attempts = attempts;
      if (refused) return this.failed(job, (refused as { err: unknown }).err);
      throw err;
    }
    return null;
  }

  private failed(job: JobRow, err: unknown): JobOutcome {
    log.error(`job ${job.queue} failed`, { id: job.id, error: String(err) });
    return { dead: true, error: String(err) };
  }

  /** The job's row after an attempt: gone when done, else dead or pending again with the error. */
  private record(job: JobRow, outcome: JobOutcome): void {
    const db = this.store.db;
    const now = this.clock.nowMs();
    if ('done' in outcome) db.prepare('DELETE FROM jobs WHERE id = ?').run(job.id);
    else if ('dead' in outcome)
      db.prepare("UPDATE jobs SET state = 'dead', last_error = ?, updated_at_ms = ? WHERE id = ?").run(
        outcome.error,
        now,
        job.id,
      );
    else
      db.prepare(
        "UPDATE jobs SET state = 'pending', run_at_ms = ?, last_error = ?, updated_at_ms = ? WHERE id = ?",
      ).run(now + outcome.retryInMs, outcome.error, now, job.id);
  }
}
