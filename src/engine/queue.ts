/**
 * The one durable due-work queue: everything the engine does later — a provider's send jobs,
 * webhook deliveries — is a row with a due time in engine milliseconds, run by this scheduler.
 *
 * Each kind of work is a lane (its table, its concurrency, how to run one item); the queue owns
 * what they share: waking when work falls due (soon after a kick, whenever the clock jumps or
 * changes mode, and in real mode by a timer set for the next due time — a frozen clock moves only
 * when told to), running due items up to each lane's concurrency, and `idle()`, which tests await
 * instead of sleeping: it resolves when nothing is running and nothing is due.
 */
import type { Clock } from './clock.js';
import { log } from './log.js';

/** One kind of durable work, e.g. the `send` jobs, or one provider's webhook deliveries. */
export interface WorkLane<T> {
  readonly name: string;
  /** Items of this lane running at once, at most. */
  readonly concurrency: number;
  /** Up to `limit` items due at `nowMs`, none of those in `running`, soonest first. */
  due(nowMs: number, limit: number, running: ReadonlySet<string>): T[];
  idOf(item: T): string;
  /** When the first item due strictly after `nowMs` falls due (engine ms), or null. */
  nextDueAfter(nowMs: number): number | null;
  /** Runs one item and records its outcome; the queue catches and logs a rejection. */
  run(item: T): Promise<void>;
}

const POLL_MS = 5;

export class DueWorkQueue {
  private readonly lanes: WorkLane<unknown>[] = [];
  private readonly running = new Map<string, Set<string>>();
  private timer: NodeJS.Timeout | null = null;
  private scheduled = false;
  /**
   * Lanes whose rows may have changed since they were last looked at; `null` means all of them. A tick
   * queries only these, so a send job queued or finished does not also query every webhook lane.
   */
  private dirty: Set<string> | null = null;
  /** Each lane's next future due time as last read, for the real-mode timer. */
  private readonly nextDue = new Map<string, number | null>();
  private stopped = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly clock: Clock,
    private readonly isOpen: () => boolean = () => true,
  ) {
    this.unsubscribe = clock.onChange(() => this.kick());
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** Adds a lane (or replaces one of the same name) and looks for its due work. */
  addLane<T>(lane: WorkLane<T>): void {
    const i = this.lanes.findIndex((l) => l.name === lane.name);
    if (i >= 0) this.lanes[i] = lane as WorkLane<unknown>;
    else this.lanes.push(lane as WorkLane<unknown>);
    if (!this.running.has(lane.name)) this.running.set(lane.name, new Set());
    this.kick(lane.name);
  }

  /** Whether an item of a lane is running now. */
  isRunning(lane: string, id: string): boolean {
    return this.running.get(lane)?.has(id) ?? false;
  }

  /**
   * Looks for due work soon (after the current transaction commits), once however many kicks arrive:
   * in the named lane only, when its caller changed nothing else, or in every lane.
   */
  kick(lane?: string): void {
    if (this.stopped) return;
    if (lane === undefined) this.dirty = null;
    else if (this.dirty && this.scheduled) this.dirty.add(lane);
    else if (!this.scheduled) this.dirty = new Set([lane]);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.stopped) this.tick();
    });
  }

  /**
   * Resolves once no item runs and none is due (new work a finishing item causes counts too).
   * Tests await this to assert that something did not happen; a queue still busy after
   * `timeoutMs` of wall time rejects, so a stuck queue fails the test instead of passing it.
   */
  async idle(timeoutMs = 10_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      if (this.runningCount() === 0 && !this.scheduled && !this.hasDueWork()) return;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    throw new Error(`the due-work queue is not idle after ${timeoutMs} ms (${this.runningCount()} running)`);
  }

  /** What the queue is doing now, per lane: items running, and whether more are due. */
  status(): { idle: boolean; lanes: { name: string; running: number; due: boolean; nextDueAt: number | null }[] } {
    const now = this.clock.nowMs();
    const open = this.isOpen();
    const lanes = this.lanes.map((lane) => {
      const running = this.running.get(lane.name)!;
      return {
        name: lane.name,
        running: running.size,
        due: open && lane.due(now, 1, running).length > 0,
        nextDueAt: open ? lane.nextDueAfter(now) : null,
      };
    });
    return { idle: !this.scheduled && lanes.every((l) => l.running === 0 && !l.due), lanes };
  }

  /** Resolves once no item is running (new work is not waited for), or after `timeoutMs`. */
  async settle(timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (this.runningCount() > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, POLL_MS));
  }

  /** Stops starting work; items running finish on their own (their lanes decide what that records). */
  close(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.unsubscribe();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private runningCount(): number {
    let n = 0;
    for (const set of this.running.values()) n += set.size;
    return n;
  }

  private hasDueWork(): boolean {
    if (!this.isOpen()) return false;
    const now = this.clock.nowMs();
    return this.lanes.some((lane) => {
      const running = this.running.get(lane.name)!;
      return running.size < lane.concurrency && lane.due(now, 1, running).length > 0;
    });
  }

  private tick(): void {
    const dirty = this.dirty;
    this.dirty = null;
    if (this.stopped || !this.isOpen()) return;
    const now = this.clock.nowMs();
    for (const lane of this.lanes) {
      if (dirty && !dirty.has(lane.name)) continue;
      const running = this.running.get(lane.name)!;
      const free = lane.concurrency - running.size;
      if (free <= 0) continue;
      for (const item of lane.due(now, free, running)) this.start(lane, running, item);
    }
    this.armTimer(now, dirty);
  }

  private start(lane: WorkLane<unknown>, running: Set<string>, item: unknown): void {
    const id = lane.idOf(item);
    running.add(id);
    Promise.resolve()
      .then(() => lane.run(item))
      .catch((e: unknown) => log.error(`${lane.name}: work item ${id} failed`, { error: String(e) }))
      .finally(() => {
        running.delete(id);
        this.kick(lane.name);
      });
  }

  /**
   * In real mode, wake when the next future item falls due; due work blocked by concurrency is picked up as
   * items end.
   */
  private armTimer(now: number, dirty: ReadonlySet<string> | null): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    let next: number | null = null;
    for (const lane of this.lanes) {
      // A lane nobody kicked since its last reading has the same next due time (one already past
      // makes the timer fire at once, and that tick reads every lane).
      if (!dirty || dirty.has(lane.name) || !this.nextDue.has(lane.name))
        this.nextDue.set(lane.name, lane.nextDueAfter(now));
      const at = this.nextDue.get(lane.name)!;
      if (at !== null && (next === null || at < next)) next = at;
    }
    if (next === null) return;
    const delay = this.clock.wallDelayUntil(next);
    if (delay === null) return;
    this.timer = setTimeout(
      () => {
        this.dirty = null;
        this.tick();
      },
      Math.min(delay, 2 ** 31 - 1),
    );
    this.timer.unref();
  }
}
