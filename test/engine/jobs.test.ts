/**
 * The job runner's transactions: what a handler writes to mark an attempt begun (`starting`)
 * commits with the job's running mark, and what it writes to finish it (`settle`) commits with the
 * job's own row change, so neither half can be kept without the other.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../../src/engine/clock.js';
import { randomIds } from '../../src/engine/ids.js';
import { JobRunner, type JobOutcome, type QueueOptions } from '../../src/engine/jobs.js';
import { setLogLevel } from '../../src/engine/log.js';
import { DueWorkQueue } from '../../src/engine/queue.js';
import { openStore, type Store } from '../../src/engine/store.js';

interface Rig {
  store: Store;
  clock: Clock;
  queue: DueWorkQueue;
  jobs: JobRunner;
  marks(): string[];
  mark(what: string): void;
  job(): { state: string; attempts: number; run_at_ms: number; last_error: string | null } | undefined;
}

// The failures below are meant: the runner's error log would only be noise here.
beforeAll(() => setLogLevel('silent'));
afterAll(() => setLogLevel('info'));

let open: Rig[] = [];
afterEach(() => {
  for (const r of open) {
    r.queue.close();
    r.store.close();
  }
  open = [];
});

/** A runner on a fresh store with one queued `test` job; the clock frozen so nothing falls due by itself. */
function rig(options: QueueOptions): Rig {
  const store = openStore(':memory:');
  store.db.exec('CREATE TABLE marks (what TEXT NOT NULL)');
  const clock = new Clock();
  clock.setMode('frozen');
  const queue = new DueWorkQueue(clock, () => store.db.open);
  const jobs = new JobRunner(store, clock, randomIds, queue);
  const r: Rig = {
    store,
    clock,
    queue,
    jobs,
    marks: () => (store.db.prepare('SELECT what FROM marks').all() as { what: string }[]).map((m) => m.what),
    mark: (what) => store.db.prepare('INSERT INTO marks (what) VALUES (?)').run(what),
    job: () =>
      store.db.prepare('SELECT state, attempts, run_at_ms, last_error FROM jobs').get() as ReturnType<Rig['job']>,
  };
  open.push(r);
  jobs.register('test', options);
  store.tx(() => jobs.enqueue({ provider: 'tiny', queue: 'test', payload: { n: 1 } }));
  return r;
}

describe('job runner', () => {
  it('commits the starting writes with the running mark, and a done job’s settle with its deletion', async () => {
    const seen: unknown[] = [];
    const r = rig({
      concurrency: 1,
      starting: (payload) => {
        // Inside the running mark's transaction: the mark is already there.
        seen.push({ starting: r.job() });
        r.mark(`started ${JSON.stringify(payload)}`);
      },
      handler: (): JobOutcome => {
        seen.push({ job: r.job(), marks: r.marks() });
        return { done: true, settle: () => r.mark('settled') };
      },
    });
    await r.queue.idle();
    expect(seen).toEqual([
      { starting: expect.objectContaining({ state: 'running', attempts: 1 }) },
      { job: expect.objectContaining({ state: 'running', attempts: 1 }), marks: ['started {"n":1}'] },
    ]);
    expect(r.job()).toBeUndefined();
    expect(r.marks()).toEqual(['started {"n":1}', 'settled']);
  });

  it('rolls back a settle that throws together with the job’s change, and the job is dead with the error', async () => {
    const r = rig({
      concurrency: 1,
      handler: (): JobOutcome => ({
        done: true,
        settle: () => {
          r.mark('half written');
          throw new Error('the message row is gone');
        },
      }),
    });
    await r.queue.idle();
    expect(r.marks()).toEqual([]);
    expect(r.job()).toMatchObject({ state: 'dead', attempts: 1, last_error: 'Error: the message row is gone' });
  });

  it('rolls back the settle writes when the job row’s own change fails in the same transaction', async () => {
    const r = rig({ concurrency: 1, handler: (): JobOutcome => ({ done: true, settle: () => r.mark('sent') }) });
    r.store.db.exec("CREATE TRIGGER keep_jobs BEFORE DELETE ON jobs BEGIN SELECT RAISE(ABORT, 'jobs are kept'); END");
    await r.queue.idle();
    expect(r.marks()).toEqual([]);
    expect(r.job()).toMatchObject({ state: 'dead', last_error: expect.stringContaining('jobs are kept') });
  });

  it('fails a job whose hooks return a promise: their writes after an await would escape the transaction', async () => {
    const r = rig({ concurrency: 1, handler: (): JobOutcome => ({ done: true, settle: async () => undefined }) });
    await r.queue.idle();
    expect(r.job()).toMatchObject({ state: 'dead', last_error: expect.stringContaining('promise') });
  });

  it('leaves no running mark when starting throws, and the handler is never called', async () => {
    let called = false;
    const r = rig({
      concurrency: 1,
      starting: () => {
        r.mark('half started');
        throw new Error('cannot start');
      },
      handler: (): JobOutcome => {
        called = true;
        return { done: true };
      },
    });
    await r.queue.idle();
    expect(called).toBe(false);
    expect(r.marks()).toEqual([]);
    expect(r.job()).toMatchObject({ state: 'dead', attempts: 0, last_error: 'Error: cannot start' });
  });

  it('keeps a retry’s settle writes and makes the job due again after the delay', async () => {
    const r = rig({
      concurrency: 1,
      handler: (): JobOutcome => ({ retryInMs: 30_000, error: 'try later', settle: () => r.mark('queued again') }),
    });
    const at = r.clock.nowMs();
    await r.queue.idle();
    expect(r.marks()).toEqual(['queued again']);
    expect(r.job()).toEqual({ state: 'pending', attempts: 1, run_at_ms: at + 30_000, last_error: 'try later' });
  });
});
