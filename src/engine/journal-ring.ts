/**
 * Where the request journal keeps its entries: one column per field over a fixed ring of slots, so
 * a request recorded leaves almost no object of its own behind.
 *
 * Why columns: an entry kept as an object graph (the entry, its time and latency, the request's
 * and the answer's header objects with every header string) is some twenty objects that outlive
 * the request by the journal's whole length, so every young-generation GC copied a thousand of
 * them and promoted them to the old generation, to be collected again there. Under 50 connections
 * of GETs that made each scavenge pause about 1.4 ms against 0.5 ms with nothing kept, and the
 * pauses were the GET's p99 (bench/README.md). Here numbers live in typed arrays, strings the
 * request already had are referenced, and an exchange's two header objects become one JSON string
 * each once the entry is `LIVE_SLOTS` entries old. Entries are built again, same shape, on read.
 */
import type { Violation } from './contract.js';
import type { CapturedExchange, JournalEntry } from './journal.js';

/** What a caller records: an entry without its id, its time as epoch milliseconds. */
export type JournalInput = Omit<JournalEntry, 'id' | 'at'> & { atMs: number };

type Headers = CapturedExchange['request']['headers'];

/**
 * The newest entries keep their exchange as given (by reference): the transport still adds to the
 * answer's headers after the entry is recorded (its content-length), and a packed copy would miss it.
 */
const LIVE_SLOTS = 64;

export class JournalRing {
  private readonly id: Float64Array;
  private readonly atMs: Float64Array;
  private readonly status: Float64Array;
  private readonly latencyMs: Float64Array;
  /** NaN where the entry has no figure (the proxy's entries capture no bodies). */
  private readonly requestBytes: Float64Array;
  private readonly responseBytes: Float64Array;
  private readonly replay: Uint8Array;
  private readonly provider: string[];
  private readonly requestId: string[];
  private readonly method: string[];
  private readonly path: string[];
  private readonly query: string[];
  private readonly operationId: (string | null)[];
  private readonly tenant: (string | null)[];
  private readonly idempotencyKey: (string | null | undefined)[];
  private readonly fault: (string | null)[];
  private readonly errorCode: (string | null)[];
  private readonly violations: Violation[][];
  private readonly source: JournalEntry['source'][];
  /** An exchange as captured, for the newest `LIVE_SLOTS` entries. */
  private readonly live: (CapturedExchange | undefined)[];
  /** An older exchange: its header objects as JSON, its bodies as captured. */
  private readonly requestHeaders: (string | undefined)[];
  private readonly requestBody: (Buffer | undefined)[];
  private readonly responseHeaders: (string | undefined)[];
  private readonly responseBody: (Buffer | undefined)[];

  constructor(readonly capacity: number) {
    const numbers = () => new Float64Array(capacity);
    const refs = <T>(): T[] => new Array<T>(capacity);
    this.id = numbers();
    this.atMs = numbers();
    this.status = numbers();
    this.latencyMs = numbers();
    this.requestBytes = numbers();
    this.responseBytes = numbers();
    this.replay = new Uint8Array(capacity);
    this.provider = refs();
    this.requestId = refs();
    this.method = refs();
    this.path = refs();
    this.query = refs();
    this.operationId = refs();
    this.tenant = refs();
    this.idempotencyKey = refs();
    this.fault = refs();
    this.errorCode = refs();
    this.violations = refs();
    this.source = refs();
    this.live = refs();
    this.requestHeaders = refs();
    this.requestBody = refs();
    this.responseHeaders = refs();
    this.responseBody = refs();
  }

  /**
   * Writes an entry into `slot` (whatever was there is dropped) and packs the exchange of the slot
   * `LIVE_SLOTS` back.
   */
  write(slot: number, id: number, e: JournalInput): void {
    this.id[slot] = id;
    this.atMs[slot] = e.atMs;
    this.status[slot] = e.status;
    this.latencyMs[slot] = e.latencyMs;
    this.requestBytes[slot] = e.requestBytes ?? Number.NaN;
    this.responseBytes[slot] = e.responseBytes ?? Number.NaN;
    this.replay[slot] = e.idempotentReplay ? 1 : 0;
    this.provider[slot] = e.provider;
    this.requestId[slot] = e.requestId;
    this.method[slot] = e.method;
    this.path[slot] = e.path;
    this.query[slot] = e.query;
    this.operationId[slot] = e.operationId;
    this.tenant[slot] = e.tenant;
    this.idempotencyKey[slot] = e.idempotencyKey;
    this.fault[slot] = e.fault;
    this.errorCode[slot] = e.errorCode;
    this.violations[slot] = e.violations;
    this.source[slot] = e.source;
    this.live[slot] = e.exchange;
    this.requestHeaders[slot] = undefined;
    this.requestBody[slot] = undefined;
    this.responseHeaders[slot] = undefined;
    this.responseBody[slot] = undefined;
    if (this.capacity > LIVE_SLOTS) this.pack((slot - LIVE_SLOTS + this.capacity) % this.capacity);
  }

  /** The id of the entry in `slot` (0 for a slot never written). */
  idAt(slot: number): number {
    return this.id[slot]!;
  }

  /** Whether the entry in `slot` passes the filter's field tests (see Journal.list). */
  fields(slot: number): Readonly<{
    provider: string;
    path: string;
    status: number;
    operationId: string | null;
    tenant: string | null;
    hasViolations: boolean;
    hasFault: boolean;
    replay: boolean;
  }> {
    return {
      provider: this.provider[slot]!,
      path: this.path[slot]!,
      status: this.status[slot]!,
      operationId: this.operationId[slot]!,
      tenant: this.tenant[slot]!,
      hasViolations: this.violations[slot]!.length > 0,
      hasFault: this.fault[slot] !== null,
      replay: this.replay[slot] === 1,
    };
  }

  /** The entry in `slot`, built as the journal shows it. */
  entry(slot: number): JournalEntry {
    const idempotencyKey = this.idempotencyKey[slot];
    const exchange = this.exchange(slot);
    const requestBytes = this.requestBytes[slot]!;
    const responseBytes = this.responseBytes[slot]!;
    return {
      at: new Date(this.atMs[slot]!).toISOString(),
      provider: this.provider[slot]!,
      requestId: this.requestId[slot]!,
      method: this.method[slot]!,
      path: this.path[slot]!,
      query: this.query[slot]!,
      operationId: this.operationId[slot]!,
      status: this.status[slot]!,
      latencyMs: this.latencyMs[slot]!,
      tenant: this.tenant[slot]!,
      ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
      idempotentReplay: this.replay[slot] === 1,
      fault: this.fault[slot]!,
      errorCode: this.errorCode[slot]!,
      violations: this.violations[slot]!,
      source: this.source[slot]!,
      ...(exchange ? { exchange } : {}),
      ...(Number.isNaN(requestBytes) ? {} : { requestBytes }),
      ...(Number.isNaN(responseBytes) ? {} : { responseBytes }),
      id: this.id[slot]!,
    };
  }

  /** Copies the entry in `slot` into `to`'s slot `toSlot`, exchange included as it is. */
  copyTo(slot: number, to: JournalRing, toSlot: number): void {
    const e = this.entry(slot);
    to.write(toSlot, e.id, { ...e, atMs: this.atMs[slot]! });
  }

  private exchange(slot: number): CapturedExchange | undefined {
    const live = this.live[slot];
    if (live) return live;
    const requestHeaders = this.requestHeaders[slot];
    if (requestHeaders === undefined) return undefined;
    return {
      request: { headers: JSON.parse(requestHeaders) as Headers, body: this.requestBody[slot]! },
      response: {
        headers: JSON.parse(this.responseHeaders[slot]!) as Record<string, string>,
        body: this.responseBody[slot]!,
      },
    };
  }

  private pack(slot: number): void {
    const x = this.live[slot];
    if (!x) return;
    this.live[slot] = undefined;
    this.requestHeaders[slot] = JSON.stringify(x.request.headers);
    this.requestBody[slot] = x.request.body;
    this.responseHeaders[slot] = JSON.stringify(x.response.headers);
    this.responseBody[slot] = x.response.body;
  }
}
