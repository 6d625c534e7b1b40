/**
 * In-process mode: msw (2.x) request handlers backed by a real mailsim engine on an in-memory
 * SQLite database, so an SDK's unit tests run against the emulator with no port and no process.
 * The same pipeline as the HTTP server answers: contract validation, auth, rate limits,
 * idempotency, faults, state and error envelopes are identical.
 *
 * `createHandlers()` is synchronous so it can be spread straight into `setupServer(...)`: the
 * engine is created at once and the provider loads in the background; every handler waits for it,
 * so the first request simply takes a few milliseconds longer. `createMailsimHandlers()` is the
 * async form that resolves once the provider is ready (use it when you want `engine` seeded
 * before the first request, e.g. to add fault rules).
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createHandlers, AGENTSEND_DEV_KEY } from 'mailsim/msw';
 *
 * const handlers = createHandlers({ provider: 'agentsend' });
 * const server = setupServer(...handlers);
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => handlers.reset());
 * afterAll(() => { server.close(); handlers.close(); });
 *
 * // your SDK, pointed at its normal base URL (https://api.agentsend.io), with AGENTSEND_DEV_KEY
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { PipelineResponse } from '../engine/pipeline.js';
import { Clock } from '../engine/clock.js';
import { Engine } from '../engine/engine.js';
import { isMailsimError } from '../engine/errors.js';
import type { IdSource } from '../engine/ids.js';
import type { ValidationMode } from '../engine/pipeline.js';
import type { SeedSummary } from '../engine/provider.js';
import { loadProvider } from '../providers/index.js';
import { PROVIDER_BASE_URLS } from './constants.js';
import { createControlHandler } from './msw-control.js';
import { fromFetchRequest, toFetchResponse } from './request.js';

export { AGENTSEND_DEV_KEY, COMMUNE_DEV_KEY, DEV_API_KEYS, PROVIDER_BASE_URLS } from './constants.js';

export interface MailsimHandlerOptions {
  /** Which API to emulate (default `agentsend`). */
  provider?: string;
  /**
   * Base URL(s) to intercept. Default: the provider's production URL (`https://api.agentsend.io`).
   * Pass `['https://api.agentsend.io', 'http://localhost:3000']` to catch both.
   */
  baseUrl?: string | string[];
  /** Contract validation of the emulator's own answers (default `strict`, as the server). */
  validation?: ValidationMode;
  /** The global rate limiter (default on, as the server; `reset()` clears its counters). */
  rateLimits?: boolean;
  /** Reproduce documented production quirks (see contracts/<provider>.md). */
  quirks?: boolean;
  /** Load the seed account, key and inbox (default true). */
  seed?: boolean;
  /** Start the engine clock frozen at this ISO time. */
  frozenAt?: string;
  clock?: Clock;
  ids?: IdSource;
  /** Answer `/_mailsim/*` control-plane paths on the same base URL (default true). */
  controlPlane?: boolean;
  /** Extra provider settings, as `providerSettings` in mailsim.config.json. */
  settings?: Record<string, unknown>;
}

export interface MailsimReady {
  engine: Engine;
  /** Seeded API keys, e.g. `[{ label, key: AGENTSEND_DEV_KEY }]`. */
  apiKeys: SeedSummary['apiKeys'];
}

/** The handlers (spread them into `setupServer`) plus the engine behind them. */
export type MailsimHandlers = HttpHandler[] & {
  /** The engine answering the handlers: faults, clock, journal, store. */
  readonly engine: Engine;
  readonly provider: string;
  readonly baseUrls: string[];
  /** Resolves once the provider is migrated and seeded. */
  ready(): Promise<MailsimReady>;
  /** Back to the seed: deletes all state, fault rules and journal entries, and clears rate-limit counters. */
  reset(): Promise<void>;
  /** Releases hung requests and closes the database. */
  close(): void;
};

export function createHandlers(options: MailsimHandlerOptions = {}): MailsimHandlers {
  const provider = options.provider ?? 'agentsend';
  const baseUrls = [options.baseUrl ?? PROVIDER_BASE_URLS[provider] ?? `http://localhost:3000`].flat().map((u) => u.replace(/\/+$/, ''));
  const clock = options.clock ?? new Clock();
  if (options.frozenAt) {
    clock.setMode('frozen');
    clock.set(Date.parse(options.frozenAt));
  }
  const engine = new Engine({
    db: ':memory:', validation: options.validation ?? 'strict', journalSize: 1000, seed: options.seed ?? true, clock,
    ...(options.ids ? { ids: options.ids } : {}),
    settings: { quirks: options.quirks ?? false, rateLimits: options.rateLimits ?? true, ...options.settings },
  });
  engine.setBaseUrl(provider, baseUrls[0]!);
  const hung = new Set<() => void>();

  const loading = loadProvider(provider).then((def) => {
    const entry = engine.addProvider(def);
    if (entry.pipeline.limiter && options.rateLimits === false) entry.pipeline.limiter.policy = { ...entry.pipeline.limiter.policy, enabled: false };
    return { engine, apiKeys: entry.seed?.apiKeys ?? [] } satisfies MailsimReady;
  });
  // Handled here so a failed load is reported by the first request, not as an unhandled rejection.
  loading.catch(() => undefined);
  const control = createControlHandler(engine, provider);

  const answer = async (request: Request): Promise<Response> => {
    await loading;
    const url = new URL(request.url);
    if (url.pathname.startsWith('/_mailsim') && options.controlPlane !== false) return answerControl(request, url);
    const pipeline = engine.provider(provider)!.pipeline;
    const out = await pipeline.process(fromFetchRequest(request));
    const action = out.fault?.action.type;
    if (action === 'reset') return HttpResponse.error();
    if (action === 'hang') {
      // Never answers; settles only when the client gives up (abort) or the handlers close.
      return new Promise<Response>((resolve) => {
        const release = (): void => {
          hung.delete(release);
          resolve(HttpResponse.error());
        };
        hung.add(release);
        request.signal.addEventListener('abort', release, { once: true });
      });
    }
    if (out.stream) return streamResponse(out, request.signal);
    return toFetchResponse(out);
  };

  const answerControl = async (request: Request, url: URL): Promise<Response> => {
    const text = await request.text();
    let body: unknown;
    try { body = text ? JSON.parse(text) : undefined; } catch { return HttpResponse.json({ error: { code: 'BAD_REQUEST', message: 'malformed JSON' } }, { status: 400 }); }
    const headers: Record<string, string> = {};
    request.headers.forEach((v, k) => { headers[k] = v; });
    try {
      const out = await control({ method: request.method.toUpperCase(), path: url.pathname, query: url.searchParams, body, headers });
      if (out.download) return new HttpResponse(new Uint8Array(out.download.data), { status: out.status, headers: { 'content-type': out.download.contentType, ...out.headers } });
      if (out.body === undefined) return new HttpResponse(null, { status: out.status, ...(out.headers ? { headers: out.headers } : {}) });
      return HttpResponse.json(out.body as any, { status: out.status, ...(out.headers ? { headers: out.headers } : {}) });
    } catch (e) {
      if (isMailsimError(e)) return HttpResponse.json({ error: { code: e.code, message: e.message } }, { status: e.status });
      throw e;
    }
  };

  const handlers = baseUrls.map((base) => http.all(`${base}/*`, ({ request }) => answer(request)));
  return Object.assign(handlers, {
    engine,
    provider,
    baseUrls,
    ready: () => loading,
    async reset() {
      await loading;
      engine.reset(provider);
      engine.faults.clear();
      engine.journal.clear();
    },
    close() {
      for (const release of [...hung]) release();
      engine.close();
    },
  });
}

/** Async form of {@link createHandlers}: resolves once the provider is loaded and seeded. */
export async function createMailsimHandlers(options: MailsimHandlerOptions = {}): Promise<MailsimHandlers> {
  const handlers = createHandlers(options);
  await handlers.ready();
  return handlers;
}

/** Re-exported so `mailsim/msw` users can inject faults by header without another import. */
export { FAULT_HEADER } from '../engine/faults.js';

/** A streamed result (server-sent events) as a fetch Response with a ReadableStream body. */
function streamResponse(out: PipelineResponse, signal: AbortSignal): Response {
  const listeners: (() => void)[] = [];
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    for (const l of listeners) l();
  };
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      signal.addEventListener('abort', () => { close(); try { controller.close(); } catch { /* already closed */ } }, { once: true });
      out.stream!({
        write: (chunk) => { if (!closed) controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : new Uint8Array(chunk)); },
        end: () => { if (!closed) { close(); controller.close(); } },
        onClose: (l) => { if (closed) l(); else listeners.push(l); },
      });
    },
    cancel: close,
  });
  return new Response(body, { status: out.status, headers: out.headers });
}
