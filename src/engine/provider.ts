/**
 * What a provider plugs into the engine. A provider is data and functions: its contract, its
 * handlers by operationId, how it authenticates, how it renders errors, its policies and its seed.
 * The engine never names a provider; it only calls these.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Clock } from './clock.js';
import type { IdSource } from './ids.js';
import type { MailsimError } from './errors.js';
import type { Store } from './store.js';
import type { Operation } from './contract.js';
import type { JobRunner } from './jobs.js';
import type { RateLimitPolicy } from './ratelimit.js';
import type { IdempotencyPolicy } from './idempotency.js';
import type { MailPlane } from './mail/types.js';
import type { WebhookEngine, WebhookPolicy } from './webhooks.js';

/** Who is calling, once authenticated. `tenant` scopes every query. */
export interface Principal {
  tenant: string;
  /** Stable id of the credential used (for rate limits and idempotency fingerprints). */
  credentialId: string;
  plan?: string;
  /** Headers the provider's authentication adds to every response of the request (e.g. a server clock). */
  responseHeaders?: Record<string, string>;
  [key: string]: unknown;
}

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface HandlerInput {
  params: Record<string, any>;
  query: Record<string, any>;
  body: any;
  headers: IncomingHttpHeaders;
  files: UploadedFile[];
  /** The request body as received (for XML, gzip and other non-JSON payloads). */
  rawBody: Buffer;
}

/** The services every handler may use. */
export interface EngineServices {
  store: Store;
  clock: Clock;
  ids: IdSource;
  jobs: JobRunner;
  mail: MailPlane;
  webhooks: WebhookEngine;
  /** Public base URL of this provider's listener, e.g. http://localhost:3000. */
  baseUrl(): string;
  config: Readonly<Record<string, unknown>>;
}

export interface HandlerContext extends EngineServices {
  readonly requestId: string;
  /** "Now" for this request: read once from the engine clock when the request arrived. */
  readonly now: Date;
  readonly principal: Principal | null;
  readonly op: Operation;
  readonly clientIp: string;
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (a download); not validated against a JSON schema. */
  raw?: { data: Buffer; contentType: string };
  /** A long-lived streamed body (server-sent events): called once the headers are out. */
  stream?: (channel: StreamChannel) => void;
}

/** The open response of a streamed result. */
export interface StreamChannel {
  write(chunk: string | Buffer): void;
  end(): void;
  /** Called once when the client goes away or the server shuts down. */
  onClose(listener: () => void): void;
}

export type Handler = (ctx: HandlerContext, input: HandlerInput) => HandlerResult | Promise<HandlerResult>;

export interface RenderedError {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface AuthRequest {
  headers: IncomingHttpHeaders;
  op: Operation | null;
  now: Date;
}

export interface ProviderDefinition {
  readonly name: string;
  readonly title: string;
  readonly defaultPort: number;
  /** A read-only path printed at start as a ready-to-paste curl example, e.g. `/inboxes`. */
  readonly examplePath: string;
  readonly contractFile: string;
  readonly migrationsDir: string;
  readonly handlers: Readonly<Record<string, Handler>>;
  /** Largest body read for JSON and for multipart requests; beyond that a payload_too_large error. */
  readonly bodyLimits: { json: number; multipart: number };
  /** The main limiter, the one `/_mailsim/limits` configures. */
  readonly rateLimit?: RateLimitPolicy;
  /** Further limiters on particular operations (per-route windows, per-IP sign-up limits). */
  readonly extraRateLimits?: readonly RateLimitPolicy[];
  readonly idempotency?: IdempotencyPolicy;
  /** How this provider delivers webhooks (attempts, backoff, timeout, concurrency); a common default otherwise. */
  readonly webhookPolicy?: WebhookPolicy;
  /** Whether a request without valid credentials to an unknown route is answered 401 before 404. */
  readonly authBeforeRouting: boolean;
  /** Returns the principal, or null when credentials are missing or invalid. */
  authenticate(services: EngineServices, req: AuthRequest): Principal | null;
  renderError(err: MailsimError, ctx: { op: Operation | null; path: string; method: string }): RenderedError;
  /** Loads the seed into an empty database; returns what start-up should print. */
  seed(services: EngineServices): SeedSummary;
  /** Tables owned by this provider, each with a tenant column named in `tenantColumn`. */
  readonly tables: readonly { name: string; tenantColumn: string | null }[];
  /** Called once after migrations: register job handlers, mail address resolvers, webhook signers. */
  start?(services: EngineServices): void;
  /**
   * Documented production bugs reproduced only with `--quirks`, each an error the real server gives:
   * `emptyJsonBody` answers a request that declares a JSON content type but sends no body.
   */
  readonly quirks?: { emptyJsonBody?: () => MailsimError };
  /** Provider-specific control-plane routes under /_mailsim/ on this provider's port. */
  controlRoutes?(services: EngineServices): ControlRoute[];
}

/** A control-plane route a provider adds (simulation triggers, blob downloads, code look-ups). */
export interface ControlRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Express-style path starting with /_mailsim/, e.g. /_mailsim/messages/:id/deliver. */
  path: string;
  handle(req: { params: Record<string, string>; query: Record<string, unknown>; body: any; headers: IncomingHttpHeaders }): HandlerResult | Promise<HandlerResult>;
}

export interface SeedSummary {
  apiKeys: { label: string; key: string }[];
  notes?: string[];
}
