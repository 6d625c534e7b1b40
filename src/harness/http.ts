/**
 * The contract runner's HTTP client: one request at a time, spaced by a minimum delay so a real
 * deployment is not hammered, with a timeout, and with the exchange recorded for the report.
 */
import { parseBody } from './validate.js';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface OutgoingRequest {
  method: string;
  /** Path with parameters filled in, e.g. `/inboxes/3c9a...`. */
  path: string;
  query?: Record<string, string>;
  /** JSON body (serialised here), or a FormData for multipart. */
  body?: unknown;
  /** 'key' sends the API key as a Bearer token; 'none' sends no credentials. */
  auth: 'key' | 'none';
  headers?: Record<string, string>;
}

export interface Exchange {
  method: string;
  url: string;
  status: number | null;
  headers: Record<string, string>;
  text: string;
  body: unknown;
  /** Set when the body claims JSON but does not parse. */
  parseError: string | null;
  /** Set when no response arrived (connection refused, reset, timeout). */
  transportError: string | null;
  durationMs: number;
}

export interface ClientOptions {
  baseUrl: string;
  apiKey: string;
  /** Minimum milliseconds between the starts of two requests. */
  delayMs: number;
  timeoutMs: number;
  fetch?: FetchLike;
  /** Sleeps; injectable so tests need not wait. */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class TargetClient {
  private lastStart = 0;
  private readonly fetchImpl: FetchLike;
  private readonly sleep: (ms: number) => Promise<void>;
  readonly baseUrl: string;
  requests = 0;

  constructor(private readonly options: ClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.sleep = options.sleep ?? realSleep;
  }

  async send(req: OutgoingRequest): Promise<Exchange> {
    const wait = this.lastStart + this.options.delayMs - performance.now();
    if (wait > 0) await this.sleep(wait);
    this.lastStart = performance.now();
    this.requests++;

    const qs = req.query && Object.keys(req.query).length ? `?${new URLSearchParams(req.query).toString()}` : '';
    const url = `${this.baseUrl}${req.path}${qs}`;
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': 'mailsim-contract-test',
      ...req.headers,
    };
    if (req.auth === 'key') headers.authorization = `Bearer ${this.options.apiKey}`;
    let body: RequestInit['body'];
    if (req.body instanceof FormData) body = req.body;
    else if (req.body !== undefined) {
      body = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
      headers['content-type'] ??= 'application/json';
    }

    const started = performance.now();
    const base = { method: req.method, url, status: null, headers: {}, text: '', body: undefined, parseError: null };
    try {
      const res = await this.fetchImpl(url, {
        method: req.method,
        headers,
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'manual',
      });
      const text = isEventStream(res) ? await readEventStream(res) : await res.text();
      const resHeaders: Record<string, string> = {};
      res.headers.forEach((v, k) => {
        resHeaders[k.toLowerCase()] = v;
      });
      const parsed = parseBody(text, resHeaders['content-type']);
      return {
        ...base,
        status: res.status,
        headers: resHeaders,
        text,
        body: parsed.body,
        parseError: parsed.error,
        transportError: null,
        durationMs: performance.now() - started,
      };
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      const why =
        err.name === 'TimeoutError'
          ? `no response within ${this.options.timeoutMs} ms`
          : [err.message, err.cause?.code ?? err.cause?.message].filter(Boolean).join(': ');
      return { ...base, transportError: why, durationMs: performance.now() - started };
    }
  }
}

/** A stream is read until it falls quiet for this long (or for at most STREAM_MAX_MS), then closed. */
const STREAM_QUIET_MS = 300;
const STREAM_MAX_MS = 5_000;

const isEventStream = (res: Response): boolean =>
  (res.headers.get('content-type') ?? '').toLowerCase().startsWith('text/event-stream');

/**
 * The frames a server-sent-events answer sends at once (a replay, a greeting): such a stream never
 * ends by itself, so it is read until nothing more comes for a moment, then cancelled.
 */
async function readEventStream(res: Response): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const deadline = performance.now() + STREAM_MAX_MS;
  let text = '';
  for (;;) {
    const wait = Math.min(STREAM_QUIET_MS, deadline - performance.now());
    if (wait <= 0) break;
    let timer: NodeJS.Timeout | undefined;
    const quiet = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), wait);
    });
    const chunk = await Promise.race([reader.read(), quiet]);
    clearTimeout(timer);
    if (chunk === null || chunk.done) break;
    text += decoder.decode(chunk.value, { stream: true });
  }
  reader.cancel().catch(() => undefined);
  return text;
}

/** Whether a base URL points at this machine (then no politeness delay is needed by default). */
export function isLoopback(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\./.test(host) || host.endsWith('.localhost');
  } catch {
    return false;
  }
}
