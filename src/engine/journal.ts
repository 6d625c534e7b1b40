/**
 * The request journal: a bounded ring of recent requests, so memory stays flat under load.
 */
import type { Violation } from './contract.js';
import { JournalRing, type JournalInput } from './journal-ring.js';
import { Listeners } from './listeners.js';

export type { JournalInput };

export interface JournalEntry {
  id: number;
  at: string;
  provider: string;
  requestId: string;
  method: string;
  path: string;
  query: string;
  operationId: string | null;
  /** 0 when no answer was sent (a reset or hang fault). */
  status: number;
  latencyMs: number;
  tenant: string | null;
  /** The Idempotency-Key the request carried, if the provider's policy covered it. */
  idempotencyKey?: string | null;
  idempotentReplay: boolean;
  /** The fault rule(s) applied, e.g. "flaky-503" or "header:latency=200". */
  fault: string | null;
  errorCode: string | null;
  violations: Violation[];
  /** Where the entry came from: the emulator itself, or the validating proxy. */
  source: 'emulator' | 'proxy';
  /** What went over the wire, kept for `GET /_mailsim/requests/:id` (bodies capped; see `captured`). */
  exchange?: CapturedExchange;
  /** Full body sizes of the request and the answer (the captured ones may be capped). */
  requestBytes?: number;
  responseBytes?: number;
}

/** A request and its answer as captured: headers by reference, bodies capped at CAPTURE_BYTES. */
export interface CapturedExchange {
  request: { headers: Record<string, string | string[] | undefined>; body: Buffer };
  response: { headers: Record<string, string>; body: Buffer };
}

/** One side of a captured exchange as the control plane shows it. */
export interface ShownMessage {
  headers: Record<string, string | string[] | undefined>;
  /** The body as text (JSON and text types), or null for binary content (see `bodyBytes`). */
  body: string | null;
  bodyBytes: number;
  truncated: boolean;
}

/** Bodies are kept up to this size; a larger one keeps its first CAPTURE_BYTES bytes. */
export const CAPTURE_BYTES = 64 * 1024;

/** A body to keep: by reference when small (no copy on the hot path), a capped copy when large. */
export function captured(body: Buffer): Buffer {
  return body.length <= CAPTURE_BYTES ? body : Buffer.from(body.subarray(0, CAPTURE_BYTES));
}

const SECRET_HEADERS = new Set(['authorization', 'x-api-key', 'cookie', 'x-mailsim-token']);

/** A captured side as shown: credentials masked, text bodies decoded. */
export function show(
  headers: Record<string, string | string[] | undefined>,
  body: Buffer,
  fullLength: number,
): ShownMessage {
  const shown: Record<string, string | string[] | undefined> = {};
  for (const [k, v] of Object.entries(headers)) {
    shown[k] =
      SECRET_HEADERS.has(k.toLowerCase()) && typeof v === 'string'
        ? `${v.slice(0, Math.min(12, Math.floor(v.length / 3)))}…`
        : v;
  }
  const type = String(headers['content-type'] ?? '');
  const textual = body.length === 0 || /json|text|xml|x-www-form-urlencoded|multipart/i.test(type) || type === '';
  return {
    headers: shown,
    body: textual ? body.toString('utf8') : null,
    bodyBytes: fullLength,
    truncated: fullLength > body.length,
  };
}

export interface JournalFilter {
  provider?: string;
  /** Substring of the path, or a glob when it contains `*`. */
  path?: string;
  /** An exact status, or a class such as `4xx`/`5xx`. */
  status?: number | string;
  operation?: string;
  tenant?: string;
  limit?: number;
  violations?: boolean;
  fault?: boolean;
  replay?: boolean;
}

export const DEFAULT_JOURNAL_SIZE = 1000;

/** What the journal tells its watchers: an entry added, or everything cleared. */
export type JournalEvent = { kind: 'added'; entry: JournalEntry } | { kind: 'cleared' };

export class Journal {
  private ring: JournalRing;
  /** The slot the next entry goes into. */
  private next = 0;
  private seq = 0;
  private count = 0;
  readonly changes = new Listeners<JournalEvent>();

  constructor(capacity = DEFAULT_JOURNAL_SIZE) {
    this.ring = new JournalRing(checkedCapacity(capacity));
  }

  /** Stores an entry (its `id` is assigned here) and returns the id. */
  add(entry: JournalInput): number {
    // A caller of the older shape (an ISO `at`) would store a time no read can turn into a date.
    if (!Number.isFinite(entry.atMs)) throw new TypeError('journal entry needs atMs (epoch milliseconds)');
    const id = ++this.seq;
    const slot = this.next;
    this.ring.write(slot, id, entry);
    this.next = (slot + 1) % this.ring.capacity;
    if (this.count < this.ring.capacity) this.count++;
    if (this.changes.active) this.changes.emit({ kind: 'added', entry: this.ring.entry(slot) });
    return id;
  }

  /** Newest first. */
  list(filter: JournalFilter = {}): JournalEntry[] {
    const out: JournalEntry[] = [];
    const limit = filter.limit ?? this.ring.capacity;
    const status = statusTest(filter.status);
    const path = filter.path?.includes('*') ? globRegex(filter.path) : null;
    for (let i = 1; i <= this.count && out.length < limit; i++) {
      const slot = this.slotBack(i);
      const e = this.ring.fields(slot);
      if (filter.provider && e.provider !== filter.provider) continue;
      if (path ? !path.test(e.path) : filter.path && !e.path.includes(filter.path)) continue;
      if (status && !status(e.status)) continue;
      if (filter.operation && e.operationId !== filter.operation) continue;
      if (filter.tenant && e.tenant !== filter.tenant) continue;
      if (filter.violations && !e.hasViolations) continue;
      if (filter.fault !== undefined && e.hasFault !== filter.fault) continue;
      if (filter.replay !== undefined && e.replay !== filter.replay) continue;
      out.push(this.ring.entry(slot));
    }
    return out;
  }

  /** One entry by id, while it is still in the journal. */
  get(id: number): JournalEntry | undefined {
    // Ids are consecutive in the ring, newest last: the entry `seq - id` back, if still kept.
    const back = this.seq - id + 1;
    if (!Number.isInteger(back) || back < 1 || back > this.count) return undefined;
    const slot = this.slotBack(back);
    return this.ring.idAt(slot) === id ? this.ring.entry(slot) : undefined;
  }

  clear(): void {
    this.ring = new JournalRing(this.ring.capacity);
    this.next = 0;
    this.count = 0;
    this.changes.emit({ kind: 'cleared' });
  }

  resize(capacity: number): void {
    const ring = new JournalRing(checkedCapacity(capacity));
    const keep = Math.min(this.count, capacity);
    // Oldest kept first, so the new ring is in id order from slot 0.
    for (let i = keep; i >= 1; i--) this.ring.copyTo(this.slotBack(i), ring, keep - i);
    this.ring = ring;
    this.count = keep;
    this.next = keep % capacity;
  }

  get size(): number {
    return this.count;
  }

  get maxSize(): number {
    return this.ring.capacity;
  }

  /** The slot of the entry `back` places before the next one (1 is the newest). */
  private slotBack(back: number): number {
    return (this.next - back + this.ring.capacity) % this.ring.capacity;
  }
}

function checkedCapacity(capacity: number): number {
  if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('journal size must be a positive integer');
  return capacity;
}

function statusTest(status: number | string | undefined): ((s: number) => boolean) | null {
  if (status === undefined) return null;
  if (typeof status === 'number') return (s) => s === status;
  const cls = /^([1-5])xx$/i.exec(status);
  if (cls) {
    const base = Number(cls[1]) * 100;
    return (s) => s >= base && s < base + 100;
  }
  const n = Number(status);
  return (s) => s === n;
}

function globRegex(glob: string): RegExp {
  const re = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${re}$`);
}

/** Checks a `status` filter as given in a query string: `201`, `4xx`. */
export function isStatusFilter(value: string): boolean {
  return /^[1-5]xx$/i.test(value) || /^\d{1,3}$/.test(value);
}
