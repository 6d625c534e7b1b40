/**
 * The request journal: a bounded ring of recent requests, so memory stays flat under load.
 */
import type { Violation } from './contract.js';

export interface JournalEntry {
  id: number;
  at: string;
  provider: string;
  requestId: string;
  method: string;
  path: string;
  query: string;
  operationId: string | null;
  status: number;
  latencyMs: number;
  tenant: string | null;
  idempotentReplay: boolean;
  fault: string | null;
  errorCode: string | null;
  violations: Violation[];
  /** Where the entry came from: the emulator itself, or the validating proxy. */
  source: 'emulator' | 'proxy';
}

export interface JournalFilter {
  provider?: string;
  path?: string;
  status?: number;
  operation?: string;
  limit?: number;
  violations?: boolean;
}

export class Journal {
  private entries: (JournalEntry | undefined)[];
  private next = 0;
  private seq = 0;

  constructor(private capacity = 1000) {
    this.entries = new Array(capacity);
  }

  add(entry: Omit<JournalEntry, 'id'>): JournalEntry {
    const full = { ...entry, id: ++this.seq };
    this.entries[this.next] = full;
    this.next = (this.next + 1) % this.capacity;
    return full;
  }

  /** Newest first. */
  list(filter: JournalFilter = {}): JournalEntry[] {
    const out: JournalEntry[] = [];
    const limit = filter.limit ?? this.capacity;
    for (let i = 1; i <= this.capacity && out.length < limit; i++) {
      const e = this.entries[(this.next - i + this.capacity) % this.capacity];
      if (!e) break;
      if (filter.provider && e.provider !== filter.provider) continue;
      if (filter.path && !e.path.includes(filter.path)) continue;
      if (filter.status !== undefined && e.status !== filter.status) continue;
      if (filter.operation && e.operationId !== filter.operation) continue;
      if (filter.violations && e.violations.length === 0) continue;
      out.push(e);
    }
    return out;
  }

  clear(): void {
    this.entries = new Array(this.capacity);
    this.next = 0;
  }

  resize(capacity: number): void {
    const keep = this.list().reverse().slice(-capacity);
    this.capacity = capacity;
    this.entries = new Array(capacity);
    this.next = 0;
    for (const e of keep) {
      this.entries[this.next] = e;
      this.next = (this.next + 1) % capacity;
    }
  }

  get size(): number {
    return this.entries.filter(Boolean).length;
  }
}
