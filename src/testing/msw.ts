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
import { http, type HttpHandler } from 'msw';
import { buildConfig } from '../config.js';
import { newEngine, startEngine } from '../build.js';
import { controlPipelineOf } from '../control/api.js';
import type { Clock } from '../engine/clock.js';
import type { Engine } from '../engine/engine.js';
import { serveFetch, type HeldAnswers } from '../engine/fetch-transport.js';
import type { IdSource } from '../engine/ids.js';
import type { ValidationMode } from '../engine/pipeline.js';
import type { SeedSummary } from '../engine/provider.js';
import { PROVIDER_BASE_URLS } from './constants.js';
import { createControlClient, type ControlClient } from './control-client.js';

export {
  AGENTSEND_DEV_KEY,
  COMMUNE_DEV_KEY,
  DEV_API_KEYS,
  GENT_DEV_INBOX_ID,
  GENT_DEV_LOGIN,
  GENT_DEV_MESSAGE_ID,
  GENT_DEV_TOKEN,
  MANAGED_AGENTS_DEV_KEY,
  PROVIDER_BASE_URLS,
} from './constants.js';

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
  /**
   * Back to the start-up state, exactly as `POST /_mailsim/reset`: the seed, the configured fault
   * rules and limits, the clock's start state, an empty journal.
   */
  reset(): Promise<void>;
  /** Releases hung requests and closes the database. */
  close(): void;
  /** The control plane of this engine, typed, answered in process (no msw interception needed). */
  readonly control: ControlClient;
  /** The mail sink: `list`, `get`, `raw`, `wait({to, subject, timeout})`, `latest()`, `clear()`. */
  readonly mail: ControlClient['mail'];
};

export function createHandlers(options: MailsimHandlerOptions = {}): MailsimHandlers {
  const provider = options.provider ?? 'agentsend';
  const baseUrls = [options.baseUrl ?? PROVIDER_BASE_URLS[provider] ?? `http://localhost:3000`]
    .flat()
    .map((u) => u.replace(/\/+$/, ''));
  // The same builder the server uses, with an in-memory database and mail moved in process.
  const config = buildConfig({
    db: ':memory:',
    smtp: false,
    logLevel: 'error',
    journalSize: 1000,
    ports: { [provider]: 0 },
    validation: options.validation ?? 'strict',
    seed: options.seed ?? true,
    quirks: options.quirks ?? false,
    rateLimits: options.rateLimits ?? true,
    clockFrozenAt: options.frozenAt ?? null,
    providerSettings: (options.settings ?? {}) as Record<string, Record<string, unknown>>,
  });
  const engine = newEngine(config, {
    checkControlHost: false,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.ids ? { ids: options.ids } : {}),
  });
  engine.setBaseUrl(provider, baseUrls[0]!);
  const held: HeldAnswers = new Set();

  const loading = startEngine(engine, config).then(
    () => ({ engine, apiKeys: engine.provider(provider)?.seed?.apiKeys ?? [] }) satisfies MailsimReady,
  );
  // Handled here so a failed load is reported by the first request, not as an unhandled rejection.
  loading.catch(() => undefined);

  const answer = async (request: Request): Promise<Response> => {
    await loading;
    const control = options.controlPlane !== false && new URL(request.url).pathname.startsWith('/_mailsim');
    const pipeline = control ? controlPipelineOf(engine, provider) : engine.provider(provider)!.pipeline;
    return serveFetch(pipeline, request, held);
  };

  const handlers = baseUrls.map((base) => http.all(`${base}/*`, ({ request }) => answer(request)));
  // The control client's requests go straight to the control pipeline, so they work whether or
  // not msw is listening.
  const control = createControlClient(baseUrls[0]!, {
    fetch: async (input, init) => {
      await loading;
      return serveFetch(controlPipelineOf(engine, provider), new Request(input, init), held);
    },
  });
  return Object.assign(handlers, {
    control,
    mail: control.mail,
    engine,
    provider,
    baseUrls,
    ready: () => loading,
    async reset() {
      await loading;
      // Exactly what `POST /_mailsim/reset` does on a server.
      const out = await controlPipelineOf(engine, provider).process({
        method: 'POST',
        url: '/_mailsim/reset',
        headers: {},
        readBody: async () => Buffer.alloc(0),
        remoteAddress: '127.0.0.1',
      });
      if (out.status !== 200) throw new Error(`reset failed: ${out.status} ${out.body.toString('utf8')}`);
    },
    close() {
      for (const release of [...held]) release();
      void engine.close();
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
