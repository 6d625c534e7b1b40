/**
 * The engine clock: the only source of "now" in mailsim.
 *
 * Rate-limit windows, idempotency expiry, daily send counters, webhook and mail retry backoff and
 * message status progression all read this clock, so a test can move time forward instead of
 * sleeping. In `real` mode time flows with the wall clock plus an offset (so `advance` still
 * works); in `frozen` mode it only moves when told to.
 */
export type ClockMode = 'real' | 'frozen';

export interface ClockState {
  now: string;
  mode: ClockMode;
  offsetMs: number;
}

type Listener = () => void;

export class Clock {
  private mode: ClockMode = 'real';
  private offsetMs = 0;
  private frozenAtMs = 0;
  private readonly listeners = new Set<Listener>();
  /** Where `reset()` goes: real time, or frozen at a configured instant (`--frozen-clock`). */
  private startFrozenAtMs: number | null = null;

  constructor(private readonly wallClock: () => number = () => Date.now()) {}

  /** Milliseconds since the epoch, on the engine's timeline. */
  nowMs(): number {
    return this.mode === 'frozen' ? this.frozenAtMs : this.wallClock() + this.offsetMs;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  /** Milliseconds of engine time that correspond to `engineMs` of wall time from now (for timers). */
  wallDelayUntil(engineMs: number): number | null {
    if (this.mode === 'frozen') return engineMs <= this.frozenAtMs ? 0 : null;
    return Math.max(0, engineMs - this.nowMs());
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance must be a non-negative duration');
    assertIsoTime(this.nowMs() + ms, 'advance');
    if (this.mode === 'frozen') this.frozenAtMs += ms;
    else this.offsetMs += ms;
    this.emit();
  }

  set(ms: number): void {
    assertIsoTime(ms, 'set');
    if (this.mode === 'frozen') this.frozenAtMs = ms;
    else this.offsetMs = ms - this.wallClock();
    this.emit();
  }

  setMode(mode: ClockMode): void {
    if (mode === this.mode) return;
    const current = this.nowMs();
    this.mode = mode;
    // Switching modes keeps the current engine time, so nothing jumps.
    if (mode === 'frozen') this.frozenAtMs = current;
    else this.offsetMs = current - this.wallClock();
    this.emit();
  }

  /** Makes `reset()` return to frozen time at `ms` (or to real time with `null`). */
  setStartState(frozenAtMs: number | null): void {
    this.startFrozenAtMs = frozenAtMs;
  }

  /** Back to the start-up state: wall-clock time, or the configured frozen instant. */
  reset(): void {
    this.offsetMs = 0;
    if (this.startFrozenAtMs === null) this.mode = 'real';
    else {
      this.mode = 'frozen';
      this.frozenAtMs = this.startFrozenAtMs;
    }
    this.emit();
  }

  state(): ClockState {
    return {
      now: this.now().toISOString(),
      mode: this.mode,
      offsetMs: this.mode === 'real' ? this.offsetMs : this.frozenAtMs - this.wallClock(),
    };
  }

  /** Called whenever time jumps or the mode changes, so schedulers can re-check due work. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses "90s", "15m", "2h", "1d", "250ms", "1h30m" or a bare number of milliseconds. */
export function parseDuration(input: string | number): number {
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0) throw new RangeError(`invalid duration: ${input}`);
    return input;
  }
  const bad = (): RangeError =>
    new RangeError(`invalid duration: ${JSON.stringify(input)} (use e.g. "90s", "15m", "2h", "1d", "1h30m")`);
  if (typeof input !== 'string') throw bad();
  const text = input.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text));
  const part = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/gy;
  let total = 0;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = part.exec(text))) {
    total += Number(m[1]) * UNITS[m[2]!]!;
    end = part.lastIndex;
  }
  if (end === 0 || end !== text.length) throw bad();
  return Math.round(total);
}

const FIRST_ISO_MS = Date.parse('0000-01-01T00:00:00.000Z');
const LAST_ISO_MS = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * Whether a time has a plain four-digit-year ISO 8601 form. Outside years 0000-9999 `toISOString()`
 * throws or writes `+275760-…`, which no `date-time` field accepts: user-supplied times are checked
 * with this before they are stored.
 */
export function isIsoRepresentable(ms: number): boolean {
  return Number.isFinite(ms) && ms >= FIRST_ISO_MS && ms <= LAST_ISO_MS;
}

/** Engine time must stay where every timestamp has an ISO form (years 0000-9999). */
function assertIsoTime(ms: number, what: string): void {
  if (!isIsoRepresentable(ms))
    throw new RangeError(`${what} would take the clock to ${ms} ms, outside years 0000-9999`);
}
