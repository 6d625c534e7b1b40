/**
 * One request on its way through the pipeline: what arrived, and what each stage learned about it.
 * Stages read and fill this one object, so the pipeline reads top to bottom without passing a
 * dozen values from stage to stage.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Operation, Violation } from './contract.js';
import type { FaultPlan } from './faults.js';
import type { IdempotencyToken } from './idempotency.js';
import type { Principal, RequestFacts, StreamChannel, UnparsedRequest, UploadedFile } from './provider.js';

/** A request as the pipeline sees it, independent of the transport (node http, fetch/msw, in-process). */
export interface PipelineRequest {
  method: string;
  /** The request target: path plus query string, e.g. `/inboxes?limit=5`. */
  url: string;
  headers: IncomingHttpHeaders;
  /** Reads the body, bounded; rejects with BodyTooLarge past `limit`. */
  readBody(limit: number): Promise<Buffer>;
  remoteAddress: string;
  /** Aborted when the client goes away before the answer is complete (long waits stop early). */
  signal?: AbortSignal;
}

/**
 * What to send back. `fault` tells the transport how to spoil it (see faults.ts `deliveryOf`).
 * `stream` is present for streamed results (server-sent events): the transport keeps it open.
 */
export interface PipelineResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** The machine code of an error answer (recorded in the journal); null on success. */
  errorCode: string | null;
  fault: FaultPlan | null;
  stream?: (channel: StreamChannel) => void;
}

export class Exchange {
  readonly method: string;
  readonly path: string;
  readonly queryString: string;
  readonly headers: IncomingHttpHeaders;
  readonly clientIp: string;

  /** Set by routing. */
  op: Operation | null = null;
  params: Record<string, string> = {};
  /** Set by fault injection: what to do to this request, and the delay not yet waited for. */
  fault: FaultPlan | null = null;
  latencyMs = 0;
  /** Set by authentication. */
  principal: Principal | null = null;
  /** Rate-limit headers for the answer, and the statuses the policy leaves them off. */
  rateHeaders: Record<string, string> | null = null;
  rateHeadersOmitOn: readonly number[] = [];
  /** The request body as read, and as parsed. */
  bodyBytes: Buffer = EMPTY;
  body: unknown = undefined;
  files: UploadedFile[] = [];
  /** A declared non-JSON body (XML, gzip…): present, handed over as bytes, not checked as JSON. */
  opaqueBody = false;
  multipart = false;
  query: Record<string, unknown> = {};
  /** Idempotency: the key carried, the claim on it while the handler runs, and whether this is a replay. */
  idempotencyKey: string | null = null;
  idempotencyClaim: IdempotencyToken | null = null;
  replayed = false;
  /** Whether the handler began (an answer is stored under the key only then). */
  handlerStarted = false;
  violations: Violation[] = NO_VIOLATIONS;
  /** Set when the emulator's own answer broke the contract: nothing is stored under the key then. */
  brokeContract = false;

  constructor(
    readonly request: PipelineRequest,
    readonly requestId: string,
    /** One reading of the engine clock for the whole request. */
    readonly now: Date,
    readonly startedAt: number,
  ) {
    this.method = request.method.toUpperCase();
    const target = request.url;
    const q = target.indexOf('?');
    this.path = q === -1 ? target : target.slice(0, q);
    this.queryString = q === -1 ? '' : target.slice(q + 1);
    this.headers = request.headers;
    this.clientIp = request.remoteAddress;
  }

  /** The request target as sent: path and query string. */
  get target(): string {
    return this.request.url;
  }

  /** What renderers and hooks may read. */
  facts(): RequestFacts {
    return { method: this.method, path: this.path, requestId: this.requestId, headers: this.headers, op: this.op };
  }

  /**
   * The facts plus the raw body, for `beforeParse`. Written out, not spread from facts(): with the
   * spread an in-process GET loop promoted ~340 B per request to the old generation
   * (--trace-gc-nvp) and took ~15% more CPU.
   */
  unparsed(): UnparsedRequest {
    return {
      method: this.method,
      path: this.path,
      requestId: this.requestId,
      headers: this.headers,
      op: this.op,
      contentType: this.headers['content-type'],
      bodyBytes: this.bodyBytes,
    };
  }

  /** Adds one limiter's headers to those the answer will carry. */
  addRateHeaders(headers: Record<string, string>, omitOn: readonly number[]): void {
    this.rateHeaders = this.rateHeaders ? { ...this.rateHeaders, ...headers } : headers;
    this.rateHeadersOmitOn = omitOn;
  }
}

const EMPTY = Buffer.alloc(0);
const NO_VIOLATIONS: Violation[] = [];
