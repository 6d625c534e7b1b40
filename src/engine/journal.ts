/**
 * The request journal: a bounded ring of recent requests, so memory stays flat under load.
 */
import type { Violation } from './contract.js';
import { Listeners } from './listeners.js';

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
  private entries: (JournalEntry | undefined)[];
  private next = 0;
  private seq = 0;
  private count = 0;
  readonly changes = new Listeners<JournalEvent>();

  constructor(private capacity = DEFAULT_JOURNAL_SIZE) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('journal size must be a positive integer');
    this.entries = new Array(capacity);
  }

  /** Stores `entry` (its `id` is assigned here) and returns it. */
  add(entry: Omit<JournalEntry, 'id'>): JournalEntry {
    const full = entry as JournalEntry;
    full.id = ++this.seq;
    this.entries[this.next] = full;
    this.next = (this.next + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
    if (this.changes.active) this.changes.emit({ kind: 'added', entry: full });
    return full;
  }

  /** Newest first. */
  list(filter: JournalFilter = {}): JournalEntry[] {
    const out: JournalEntry[] = [];
    const limit = filter.limit ?? this.capacity;
    const status = statusTest(filter.status);
    const path = filter.path?.includes('*') ? globRegex(filter.path) : null;
    for (let i = 1; i <= this.count && out.length < limit; i++) {
      const e = this.entries[(this.next - i + this.capacity) % this.capacity]!;
      if (filter.provider && e.provider !== filter.provider) continue;
      if (path ? !path.test(e.path) : filter.path && !e.path.includes(filter.path)) continue;
      if (status && !status(e.status)) continue;
      if (filter.operation && e.operationId !== filter.operation) continue;
      if (filter.tenant && e.tenant !== filter.tenant) continue;
      if (filter.violations && e.violations.length === 0) continue;
      if (filter.fault !== undefined && (e.fault !== null) !== filter.fault) continue;
      if (filter.replay !== undefined && e.idempotentReplay !== filter.replay) continue;
      out.push(e);
    }
    return out;
  }

  /** One entry by id, while it is still in the journal. */
  get(id: number): JournalEntry | undefined {
    for (let i = 1; i <= this.count; i++) {
      const e = this.entries[(this.next - i + this.capacity) % this.capacity]!;
      if (e.id === id) return e;
    }
    return undefined;
  }

  clear(): void {
    this.entries = new Array(this.capacity);
    this.next = 0;
    this.count = 0;
    this.changes.emit({ kind: 'cleared' });
  }

  resize(capacity: number): void {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('journal size must be a positive integer');
    const keep = this.list().reverse().slice(-capacity);
    this.capacity = capacity;
    this.clear();
    for (const e of keep) {
      this.entries[this.next] = e;
      this.next = (this.next + 1) % capacity;
      this.count++;
    }
  }

  get size(): number {
    return this.count;
  }

  get maxSize(): number {
    return this.capacity;
  }
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
