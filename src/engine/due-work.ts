/**
 * Wakes a worker when durable work falls due on the engine clock: soon after a kick (once the
 * current transaction has committed), whenever the clock jumps or changes mode, and in real mode
 * by a wall-clock timer set for the next due time. A frozen clock only moves when told to, so no
 * timer is set then. Shared by the job runner and the webhook dispatcher.
 */
import type { Clock } from './clock.js';

export class DueWorkWaker {
  private timer: NodeJS.Timeout | null = null;
  private scheduled = false;
  private stopped = false;
  private readonly unsubscribe: () => void;

  constructor(private readonly clock: Clock, private readonly tick: () => void) {
    this.unsubscribe = clock.onChange(() => this.kick());
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** Runs the worker's tick soon, once, however many kicks arrive meanwhile. */
  kick(): void {
    if (this.stopped || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.stopped) this.tick();
    });
  }

  /** Sets the timer for the next due time (engine ms), replacing any earlier one; null clears it. */
  wakeAt(engineMs: number | null): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (engineMs === null || this.stopped) return;
    const delay = this.clock.wallDelayUntil(engineMs);
    if (delay === null) return;
    this.timer = setTimeout(() => this.tick(), Math.min(delay, 2 ** 31 - 1));
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
