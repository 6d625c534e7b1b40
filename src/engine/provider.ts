/**
 * What an API plugs into the engine. An API is data and functions: its contract, its handlers by
 * operationId, how it authenticates and authorizes, how it renders errors, its policies. Emulated
 * providers are APIs with state (migrations, seed, tables); the control plane is an API too. The
 * engine never names a provider; it only calls these.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Clock } from './clock.js';
import type { IdSource } from './ids.js';
import type { MailsimError } from './errors.js';
import type { EngineOutcome } from './outcomes.js';
import type { Store } from './store.js';
import type { ContractOptions, Operation } from './contract.js';
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
  /** Headers the API adds to every response of the request (e.g. a server clock). */
  responseHeaders?: Record<string, string>;
}

export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

/** The typed parts of a request, as the contract declares them for one operation. */
export interface OperationShape {
  params: object;
  query: object;
  body: unknown;
}

/** Any operation: what an untyped handler sees. */
export interface AnyOperation extends OperationShape {
  params: Record<string, any>;
  query: Record<string, any>;
  body: any;
}

export interface HandlerInput<O extends OperationShape = AnyOperation> {
  /** Path parameters, decoded and validated. */
  params: O['params'];
  /** Query parameters, validated and coerced to the contract's types. */
  query: O['query'];
  /** The parsed JSON body (or the multipart fields); undefined when there was none. */
  body: O['body'];
  headers: IncomingHttpHeaders;
  files: UploadedFile[];
  /** The body exactly as received (for XML, gzip and other non-JSON payloads). */
  bodyBytes: Buffer;
}

/** The services every handler may use. */
export interface EngineServices {
  store: Store;
  clock: Clock;
  ids: IdSource;
  jobs: JobRunner;
  mail: MailPlane;
  webhooks: WebhookEngine;
  /** Public base URL of this API's listener, e.g. http://localhost:3000. */
  baseUrl(): string;
  /** Engine-wide settings (quirks, rateLimits…) with every provider's block under its name. */
  config: Readonly<Record<string, unknown>>;
  /** This API's own settings block (`providerSettings.<name>` in mailsim.config.json); empty when none. */
  settings: Readonly<Record<string, unknown>>;
}

export interface HandlerContext<P extends Principal = Principal> extends EngineServices {
  readonly requestId: string;
  /** "Now" for this request: read once from the engine clock when the request arrived. */
  readonly now: Date;
  /** The authenticated caller; null on a public operation called without credentials. */
  readonly principal: P | null;
  /**
   * The authenticated caller on an operation that requires one (the engine has already answered
   * 401 otherwise). Reading it on a public operation without credentials throws.
   */
  readonly caller: P;
  readonly op: Operation;
  /** The request's method and path as received (the path without its query string). */
  readonly method: string;
  readonly path: string;
  readonly clientIp: string;
  /** Aborted when the client goes away (a long wait or a stream can stop early). */
  readonly signal: AbortSignal | undefined;
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (a download); not validated against a JSON schema. */
  download?: { data: Buffer; contentType: string };
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

export type Handler<P extends Principal = Principal, O extends OperationShape = AnyOperation> = (
  ctx: HandlerContext<P>,
  input: HandlerInput<O>,
) => HandlerResult | Promise<HandlerResult>;

/** What an error renderer returns: the exact answer, plus the machine code the journal records. */
export interface RenderedError {
  status: number;
  headers: Record<string, string>;
  /** A JSON value, or a string sent as is when the headers give a non-JSON content type. */
  body: unknown;
  code: string;
}

/** What renderers and hooks may read of the request being answered. */
export interface RequestFacts {
  method: string;
  path: string;
  requestId: string;
  headers: IncomingHttpHeaders;
  /** The matched operation; null when none matched. */
  op: Operation | null;
}

export interface AuthRequest {
  method: string;
  /** The request path, without the query string. */
  path: string;
  headers: IncomingHttpHeaders;
  /** The matched operation; null when none matched (an unknown route). */
  op: Operation | null;
  now: Date;
  clientIp: string;
}

/** What the engine hands `authorize`: the authenticated caller and the operation being called. */
export interface AuthorizeRequest<P extends Principal = Principal> {
  principal: P;
  op: Operation;
  headers: IncomingHttpHeaders;
  now: Date;
}

/** The request as a provider may check it before the body is parsed (see `beforeParse`). */
export interface UnparsedRequest extends RequestFacts {
  contentType: string | undefined;
  bodyBytes: Buffer;
}

/** An API served through the pipeline: a provider, or the control plane. */
export interface ApiDefinition<P extends Principal = Principal> {
  readonly name: string;
  readonly handlers: Readonly<Record<string, Handler<P, any>>>;
  /** Largest body read for JSON and for multipart requests; beyond that, payload_too_large. */
  readonly bodyLimits: { json: number; multipart: number };
  /**
   * Keep the directories in an uploaded part's filename (`skill/SKILL.md`), for APIs whose uploads
   * name files by relative path; by default only the base name is kept, as most servers do.
   */
  readonly uploadPaths?: boolean;
  /** The main limiter, the one `/_mailsim/limits` configures. */
  readonly rateLimit?: RateLimitPolicy;
  /** Further limiters on particular operations (per-route windows, per-IP sign-up limits). */
  readonly extraRateLimits?: readonly RateLimitPolicy[];
  readonly idempotency?: IdempotencyPolicy;
  /** Whether a request without valid credentials to an unknown route is answered 401 before 404. */
  readonly authBeforeRouting: boolean;
  /**
   * Identifies the caller: the principal, or null when no usable credentials came. May throw the
   * API's own 401 (a malformed header, an expired key); on a public operation such a throw is
   * ignored and the call proceeds anonymously.
   */
  authenticate(services: EngineServices, req: AuthRequest): P | null;
  /** Decides whether the caller may call the operation: scopes, plan gates, quotas. Throws to refuse. */
  authorize?(services: EngineServices, req: AuthorizeRequest<P>): void;
  /** Renders an engine-made outcome in the API's envelope. */
  renderOutcome(outcome: EngineOutcome, req: RequestFacts): RenderedError;
  /** Renders an error the API's own handlers (or its authenticate/authorize) threw. */
  renderError(err: MailsimError, req: RequestFacts): RenderedError;
  /** Headers on every answer of this API, engine-made ones included (e.g. a request id). */
  responseHeaders?(req: RequestFacts): Record<string, string>;
  /** Request ids in the API's own format (shown in its headers or bodies); an engine format otherwise. */
  requestId?(ids: IdSource): string;
  /**
   * Refuses a request on its unparsed form, the way the real server's framework would before any
   * route runs (e.g. a production parser bug reproduced only with `--quirks`). Throws to refuse.
   */
  beforeParse?(services: EngineServices, req: UnparsedRequest): void;
  /** Whether requests are recorded in the request journal and can be hit by fault rules (default true). */
  readonly observed?: boolean;
}

/**
 * A table a provider owns. The control plane finds the API's GET routes for its rows from the
 * contract (`xx_things` → `/things/{id}`); `api` says where that guess cannot: the resource's path
 * segment when it is named otherwise (`workflows` for rules), the column whose value the item
 * route takes when it is not `id` (a domain by its name).
 */
export interface ProviderTable {
  name: string;
  tenantColumn: string | null;
  api?: { resource?: string; key?: string };
}

export interface ProviderDefinition<P extends Principal = Principal> extends ApiDefinition<P> {
  readonly title: string;
  readonly defaultPort: number;
  /** A read-only path printed at start as a ready-to-paste curl example, e.g. `/inboxes`. */
  readonly examplePath: string;
  /**
   * The path that lists the calling account's inboxes as `{data: [{id, address, …}]}`, for tools
   * that show them (the MCP server's list_inboxes); absent when the provider has no inboxes.
   */
  readonly inboxesPath?: string;
  readonly contractFile: string;
  /** How requests match the contract's paths (e.g. `exactPaths` for routes that end in a slash). */
  readonly routing?: ContractOptions;
  readonly migrationsDir: string;
  /** How this provider delivers webhooks (attempts, backoff, timeout, concurrency); a common default otherwise. */
  readonly webhookPolicy?: WebhookPolicy;
  /** Loads the seed into an empty database; returns what start-up should print. */
  seed(services: EngineServices): SeedSummary;
  /** Tables owned by this provider, each with a tenant column named in `tenantColumn`. */
  readonly tables: readonly ProviderTable[];
  /** Operations a dev API key cannot call, only a user's session (the seed's `sessionLogin`). */
  needsSession?(op: Operation): boolean;
  /** Called once after migrations: register job handlers, mail address resolvers, webhook signers. */
  start?(services: EngineServices): void;
  /** Provider-specific control-plane operations, declared in the provider's control contract. */
  readonly control?: ProviderControl;
}

/**
 * A provider's own control-plane operations (simulation triggers, downloads, code look-ups): a
 * contract fragment (`paths` under /_mailsim/) and its handlers by operationId.
 */
export interface ProviderControl {
  /** An OpenAPI document whose paths are merged into the control plane's contract on this provider's port. */
  readonly contractFile: string;
  /** Handlers by operationId (each typed by its own operation); their context's services are this provider's. */
  readonly handlers: Readonly<Record<string, Handler<Principal, any>>>;
}

export interface SeedSummary {
  apiKeys: { label: string; key: string }[];
  notes?: string[];
  /** A seeded user's login, for routes a dev API key cannot call (see `needsSession`). */
  sessionLogin?: { path: string; body: Record<string, string>; tokenField: string };
}
