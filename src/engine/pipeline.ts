/**
 * The request pipeline for an emulated API: the one place a provider request is handled.
 *
 * Stages, in order (each numbered below where it happens):
 *   1. request id + one reading of the engine clock
 *   2. route match against the contract
 *   3. fault injection (status/reset/hang answer now; latency waits just before the handler, so
 *      inside the idempotency window; truncate/malformed/reset-after spoil the answer)
 *   4. authentication
 *   5. rate limit (its headers go on every later response except the policy's omitted statuses)
 *   6. body read (bounded)
 *   7. idempotency (replay, in-flight conflict, mismatch) — after auth and rate limit, so a 401 or
 *      a 429 is never stored, as Stripe documents
 *   8. body parse and request validation against the contract (a failure here stores no key);
 *      a policy with `afterValidation` looks its key up only here, after validation
 *   9. handler (a value or a typed MailsimError; handlers never touch the socket)
 *  10. response validation against the contract (strict: a violation becomes a 500)
 *  11. idempotency record, journal; the transport adapter then writes (or spoils) the response
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Contract, MatchResult, Operation, Violation } from './contract.js';
import { MailsimError, isMailsimError } from './errors.js';
import type { EngineServices, HandlerResult, Principal, ProviderDefinition, StreamChannel, UploadedFile } from './provider.js';
import type { Journal } from './journal.js';
import { BadFaultHeader, type FaultEngine, type FaultPlan } from './faults.js';
import { IdempotencyStore, type IdempotencyToken } from './idempotency.js';
import { RateLimiter } from './ratelimit.js';
import { BodyTooLarge, isJsonType, isMultipart, parseMultipart, readBody } from './body.js';
import { log } from './log.js';
import { openStream, write } from './node-transport.js';
import { credentialOf, declaresRawType, defaultCodeFor, parseQuery, replayedErrorCode } from './request-parts.js';

export type ValidationMode = 'strict' | 'warn' | 'off';

export interface PipelineDeps {
  services: EngineServices;
  journal: Journal;
  faults: FaultEngine;
  idempotency: IdempotencyStore;
  validation: () => ValidationMode;
  /** Connections held open by `hang` faults, so shutdown can release them. */
  hung: Set<ServerResponse>;
}

/** A request as the pipeline sees it, independent of the transport (node http, msw, proxy). */
export interface PipelineRequest {
  method: string;
  /** Path plus query string, e.g. `/inboxes?limit=5`. */
  url: string;
  headers: IncomingHttpHeaders;
  /** Reads the body, bounded; rejects with BodyTooLarge past `limit`. */
  readBody(limit: number): Promise<Buffer>;
  remoteAddress: string;
}

/**
 * What to send back. `fault` tells the transport how to spoil it: `reset` (destroy the connection
 * with a TCP RST instead of answering), `hang` (never answer), `truncate`, `malformed`.
 */
export interface PipelineResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  errorCode: string | null;
  fault: FaultPlan | null;
  /** Present for streamed results (server-sent events): the adapter keeps the response open. */
  stream?: (channel: StreamChannel) => void;
}

interface Outgoing {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  errorCode: string | null;
  stream?: (channel: StreamChannel) => void;
}

/** Per-request facts the stages hand to the end of the pipeline. */
interface RequestState {
  principal: Principal | null;
  rateHeaders: Record<string, string> | null;
  /** Statuses on which the rate-limit headers are left off (the policy's choice). */
  rateHeadersOmitOn: readonly number[] | null;
  replayed: boolean;
  idemKey: string | null;
  idemToken: IdempotencyToken | null;
  handlerStarted: boolean;
  violations: Violation[];
  /** Injected delay not yet waited for (waited before the handler, or before an early answer). */
  latencyMs: number;
}

const EMPTY = Buffer.alloc(0);
/** Stands in for a declared non-JSON body during validation: present, but not checked as JSON. */
const RAW_PAYLOAD = Symbol('raw payload');
const NO_VIOLATIONS: Violation[] = [];
const JSON_TYPE = 'application/json; charset=utf-8';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
// Request ids only label journal entries: a per-process prefix and a counter cost nothing per
// request (random bytes per request showed up in profiles) and stay unique across restarts.
const REQUEST_ID_PREFIX = `req_${randomBytes(4).toString('hex')}_`;
let requestCounter = 0;

export class ProviderPipeline {
  /** The main limiter (configurable through /_mailsim/limits). */
  readonly limiter: RateLimiter | null;
  /** The main limiter first, then the provider's per-operation ones. */
  readonly limiters: RateLimiter[];

  constructor(readonly def: ProviderDefinition, readonly contract: Contract, private readonly deps: PipelineDeps) {
    this.limiter = def.rateLimit ? new RateLimiter(def.rateLimit) : null;
    this.limiters = [...(this.limiter ? [this.limiter] : []), ...(def.extraRateLimits ?? []).map((p) => new RateLimiter(p))];
  }

  /** Node http adapter: runs the pipeline and writes the result to the socket. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const out = await this.process({
      method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers,
      readBody: (limit) => readBody(req, limit), remoteAddress: req.socket.remoteAddress ?? 'unknown',
    });
    const action = out.fault?.action.type;
    if (action === 'reset') {
      // A TCP RST, so clients see ECONNRESET rather than a clean close with an empty reply.
      req.socket.resetAndDestroy();
      return;
    }
    if (action === 'hang') {
      this.deps.hung.add(res);
      res.on('close', () => this.deps.hung.delete(res));
      return;
    }
    if (out.stream) return openStream(req, res, out, this.deps.hung);
    write(res, out, out.fault);
  }

  /** Runs every stage for one request and returns the response to send. */
  async process(req: PipelineRequest): Promise<PipelineResponse> {
    const started = performance.now();
    const { services, faults, journal } = this.deps;
    // 1. One reading of "now" per request.
    const now = services.clock.now();
    const requestId = REQUEST_ID_PREFIX + (++requestCounter).toString(36);
    const method = req.method.toUpperCase();
    const rawUrl = req.url;
    const q = rawUrl.indexOf('?');
    const path = q === -1 ? rawUrl : rawUrl.slice(0, q);
    const queryString = q === -1 ? '' : rawUrl.slice(q + 1);

    // 2. Route.
    const match = this.contract.match(method, path);
    const op: Operation | null = match.kind === 'match' ? match.op : null;
    const st: RequestState = { principal: null, rateHeaders: null, rateHeadersOmitOn: null, replayed: false, idemKey: null, idemToken: null, handlerStarted: false, violations: NO_VIOLATIONS, latencyMs: 0 };

    let fault: FaultPlan | null = null;
    let out: Outgoing;
    try {
      // 3. Fault injection.
      if (faults.wants(req.headers)) {
        fault = faults.decide({ provider: this.def.name, method, path, operationId: op?.id ?? null, headers: req.headers, apiKey: credentialOf(req.headers) });
        if (fault?.latencyMs) st.latencyMs = fault.latencyMs;
      }
      out = await this.run(req, st, method, path, rawUrl, queryString, match, op, now, requestId, fault);
    } catch (e) {
      out = this.errorOutgoing(e, op, path, method);
    }

    // 11. Store the answer under the key (only once the handler began: Stripe keeps nothing for
    // requests that failed before it), then rate-limit headers, then the journal.
    if (st.idemToken) {
      try {
        const storable = this.def.idempotency?.storeStatuses?.includes(out.status) ?? true;
        if (!st.handlerStarted || out.errorCode === 'CONTRACT_VIOLATION' || !storable) this.deps.idempotency.abandon(st.idemToken);
        else this.deps.idempotency.complete(st.idemToken, { status: out.status, headers: out.headers, body: out.body.toString('utf8') });
      } catch (e) {
        // The answer still goes out; the key stays in flight until a restart clears it.
        log.error(`could not record Idempotency-Key ${st.idemToken.key}`, { error: String(e) });
      }
    }
    if (st.latencyMs > 0) await sleep(st.latencyMs);
    if (st.rateHeaders && out.status !== 0 && !st.rateHeadersOmitOn!.includes(out.status)) {
      for (const name in st.rateHeaders) if (out.headers[name] === undefined) out.headers[name] = st.rateHeaders[name]!;
    }
    const authHeaders = st.principal?.responseHeaders;
    if (authHeaders && out.status !== 0) for (const name in authHeaders) if (out.headers[name] === undefined) out.headers[name] = authHeaders[name]!;
    journal.add({
      at: now.toISOString(), provider: this.def.name, requestId, method, path, query: queryString,
      operationId: op?.id ?? null, status: out.status, latencyMs: Math.round((performance.now() - started) * 100) / 100,
      tenant: st.principal?.tenant ?? null, idempotencyKey: st.idemKey ?? this.idempotencyKeyOf(req.headers, method, op), idempotentReplay: st.replayed, fault: fault?.label ?? null,
      errorCode: out.status === 0 ? fault!.action.type.toUpperCase() : out.errorCode, violations: st.violations, source: 'emulator',
    });
    return { status: out.status, headers: out.headers, body: out.body, errorCode: out.errorCode, fault, ...(out.stream ? { stream: out.stream } : {}) };
  }

  /** Stages 3 (the answering faults) to 10. Throws MailsimErrors for every error answer. */
  private async run(
    req: PipelineRequest, st: RequestState, method: string, path: string, rawUrl: string, queryString: string,
    match: MatchResult, op: Operation | null, now: Date, requestId: string, fault: FaultPlan | null,
  ): Promise<Outgoing> {
    const { services } = this.deps;
    const action = fault?.action;
    if (action && ((action.type === 'reset' && action.phase !== 'after') || action.type === 'hang')) return { status: 0, headers: {}, body: EMPTY, errorCode: null };
    if (action?.type === 'status') {
      const retryAfter = action.retryAfter ?? (action.status === 429 ? 1 : undefined);
      const headers = action.status === 429 && this.limiter ? this.limiter.exhaustedHeaders(retryAfter!) : retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {};
      const message = action.message ?? (action.status === 429 ? this.limiter?.policy.message(retryAfter!) : undefined) ?? `Injected fault: HTTP ${action.status}`;
      throw new MailsimError(action.status, action.code ?? defaultCodeFor(action.status), message, 'injected', { headers });
    }

    // 4. Authentication.
    const needsAuth = op ? !op.isPublic : this.def.authBeforeRouting;
    const principal = (st.principal = this.def.authenticate(services, { headers: req.headers, op, now }));
    if (needsAuth && !principal) throw new MailsimError(401, 'UNAUTHORIZED', 'Invalid or missing API key', 'unauthorized');
    if (match.kind !== 'match') throw new MailsimError(404, 'ROUTE_NOT_FOUND', `Route ${method}:${path} not found`, 'route_not_found');
    const o = match.op;

    // 5. Rate limits: every limiter that covers the operation counts the request; the first one
    // over its limit answers, and all their headers go on the response.
    for (const limiter of this.limiters) {
      if (!limiter.applies(o.id, principal?.plan)) continue;
      const verdict = limiter.check({
        tenant: principal?.tenant ?? null, plan: principal?.plan, credentialId: principal?.credentialId,
        credential: limiter.policy.keys ? credentialOf(req.headers) : null, clientIp: req.remoteAddress,
      }, now.getTime());
      st.rateHeaders = st.rateHeaders ? { ...st.rateHeaders, ...verdict.headers } : verdict.headers;
      st.rateHeadersOmitOn = limiter.policy.omitHeadersOn;
      if (verdict.limited) {
        const p = limiter.policy;
        throw p.error ? p.error(verdict.retryAfterSeconds, verdict.state) : new MailsimError(429, 'RATE_LIMIT_EXCEEDED', p.message(verdict.retryAfterSeconds), 'rate_limited');
      }
    }

    // 6. Body.
    const contentType = req.headers['content-type'];
    const multipart = isMultipart(contentType);
    let raw: Buffer;
    try {
      raw = await req.readBody(multipart ? this.def.bodyLimits.multipart : this.def.bodyLimits.json);
    } catch (e) {
      if (e instanceof BodyTooLarge) throw new MailsimError(413, 'PAYLOAD_TOO_LARGE', 'Request body is too large', 'payload_too_large');
      throw e;
    }

    // 7. Idempotency (or after validation, when the provider's policy says so).
    const idempotencyFirst = !this.def.idempotency?.afterValidation;
    if (idempotencyFirst) {
      const replay = this.beginIdempotency(req, st, method, rawUrl, raw, o, principal, now);
      if (replay) return replay;
    }

    // With --quirks, a production bug that SDK users hit: an empty body sent as JSON fails.
    if (raw.length === 0 && isJsonType(contentType) && services.config.quirks === true && this.def.quirks?.emptyJsonBody) throw this.def.quirks.emptyJsonBody();

    // 8. Parse and validate the request.
    let body: unknown;
    let rawPayload = false;
    let files: UploadedFile[] = [];
    if (raw.length > 0) {
      if (multipart) {
        try {
          const parsed = await parseMultipart(raw, contentType!);
          files = parsed.files;
          body = { ...parsed.fields, ...Object.fromEntries(parsed.files.map((f) => [f.field, '<binary>'])) };
        } catch {
          throw new MailsimError(400, 'VALIDATION_ERROR', 'Request validation failed', 'validation', { details: { body: ['malformed multipart body'] } });
        }
      } else if (isJsonType(contentType) || contentType === undefined) {
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch (e) {
          throw new MailsimError(400, 'VALIDATION_ERROR', 'Request validation failed', 'validation', { details: { body: ['malformed JSON'] }, extras: { malformedJson: (e as Error).message } });
        }
      } else if (declaresRawType(o, contentType)) {
        // XML, gzip and other declared non-JSON payloads reach the handler as `rawBody`.
        rawPayload = true;
      } else if (o.bodyContentTypes.length > 0 && !o.bodyContentTypes.some((t) => t.startsWith('multipart/'))) {
        // The real server's JSON schema check fails on a text/plain body with empty details (§10.6).
        throw new MailsimError(400, 'VALIDATION_ERROR', 'Request validation failed', 'validation', { details: {} });
      }
    }
    if (o.bodyContentTypes.length === 1 && o.bodyContentTypes[0]!.startsWith('multipart/') && !multipart) {
      throw new MailsimError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Expected a multipart/form-data upload', 'unsupported_media_type');
    }
    const params = match.params;
    const query = parseQuery(queryString);
    const mode = this.deps.validation();
    if (mode !== 'off') {
      const details = this.contract.validateRequest(o, { params, query, headers: req.headers as Record<string, unknown>, body: rawPayload ? RAW_PAYLOAD : body, multipart, raw: rawPayload });
      if (details) throw new MailsimError(400, 'VALIDATION_ERROR', 'Request validation failed', 'validation', { details });
    }
    if (!idempotencyFirst) {
      const replay = this.beginIdempotency(req, st, method, rawUrl, raw, o, principal, now);
      if (replay) return replay;
    }
    const handler = this.def.handlers[o.id];
    if (!handler) throw new MailsimError(501, 'NOT_IMPLEMENTED', `Operation ${o.id} is in the contract but not emulated yet`, 'not_implemented');

    // 9. Handler, after any injected latency (so a slow first request holds its Idempotency-Key).
    if (st.latencyMs > 0) {
      await sleep(st.latencyMs);
      st.latencyMs = 0;
    }
    st.handlerStarted = true;
    const result: HandlerResult = await handler(
      { ...services, requestId, now, principal, op: o, clientIp: req.remoteAddress },
      { params, query, body, headers: req.headers, files, rawBody: raw },
    );

    // 10. Response validation.
    if (result.stream) return { status: result.status, headers: { ...result.headers }, body: EMPTY, errorCode: null, stream: result.stream };
    if (result.raw) return { status: result.status, headers: { 'content-type': result.raw.contentType, ...result.headers }, body: result.raw.data, errorCode: null };
    if (mode !== 'off') {
      const violations = this.contract.validateResponse(o, result.status, result.body);
      if (violations.length) {
        st.violations = violations;
        this.reportViolations(o, result.status, violations);
        if (mode === 'strict') throw contractViolation(o, result.status, violations);
      }
    }
    if (result.body === undefined) return { status: result.status, headers: { ...result.headers }, body: EMPTY, errorCode: null };
    return { status: result.status, headers: { 'content-type': JSON_TYPE, ...result.headers }, body: Buffer.from(JSON.stringify(result.body)), errorCode: null };
  }

  /**
   * Starts an Idempotency-Key'd request: throws the in-flight and mismatch errors, returns the stored
   * answer for a replay, or records the key as in flight (the answer is stored in stage 11).
   */
  private beginIdempotency(
    req: PipelineRequest, st: RequestState, method: string, rawUrl: string, raw: Buffer, o: Operation, principal: Principal | null, now: Date,
  ): Outgoing | null {
    const policy = this.def.idempotency;
    const idemKey = policy ? req.headers[policy.header] : undefined;
    if (policy && typeof idemKey === 'string' && IdempotencyStore.applies(policy, method, o.id)) {
      if (idemKey.length === 0 || idemKey.length > policy.maxKeyLength) {
        throw new MailsimError(400, 'VALIDATION_ERROR', 'Request validation failed', 'validation', { details: { [policy.header]: [`must be 1-${policy.maxKeyLength} characters`] } });
      }
      st.idemKey = idemKey;
      // Keys belong to the account (Stripe); the credential is part of what makes a request "the same".
      const scope = principal ? `t:${principal.tenant}` : `ip:${req.remoteAddress}`;
      const fp = IdempotencyStore.fingerprint(method, rawUrl, raw, principal?.credentialId ?? '');
      const begun = this.deps.idempotency.begin(this.def.name, scope, idemKey, fp, policy, now.getTime());
      if (begun.kind === 'in_flight') throw new MailsimError(409, 'IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still being processed; retry after it completes.', 'idempotency_in_use');
      if (begun.kind === 'mismatch') throw new MailsimError(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request.', 'idempotency_mismatch');
      if (begun.kind === 'replay') {
        st.replayed = true;
        const headers = { ...begun.response.headers, [policy.replayHeader]: 'true' };
        return { status: begun.response.status, headers, body: Buffer.from(begun.response.body, 'utf8'), errorCode: replayedErrorCode(begun.response) };
      }
      st.idemToken = begun.token;
    }
    return null;
  }

  /** The key a covered request carried, for the journal, even when it failed before stage 7. */
  private idempotencyKeyOf(headers: IncomingHttpHeaders, method: string, op: Operation | null): string | null {
    const policy = this.def.idempotency;
    const key = policy ? headers[policy.header] : undefined;
    return typeof key === 'string' && op && IdempotencyStore.applies(policy!, method, op.id) ? key : null;
  }

  private errorOutgoing(e: unknown, op: Operation | null, path: string, method: string): Outgoing {
    if (isMailsimError(e)) return this.renderError(e, op, path, method);
    if (e instanceof BadFaultHeader) return this.renderError(new MailsimError(400, 'VALIDATION_ERROR', e.message, 'injected'), op, path, method);
    log.error(`unhandled error in ${this.def.name} ${method} ${path}`, { error: e instanceof Error ? e.stack : String(e) });
    return this.renderError(new MailsimError(500, 'INTERNAL_ERROR', 'Internal server error', 'internal'), op, path, method);
  }

  /** Renders an error in the provider's envelope and checks it against the contract too. */
  private renderError(err: MailsimError, op: Operation | null, path: string, method: string): Outgoing {
    const r = this.def.renderError(err, { op, path, method });
    const headers: Record<string, string> = { 'content-type': JSON_TYPE, ...r.headers };
    const engineMade = err.kind === 'not_implemented' || err.kind === 'contract_violation' || err.kind === 'injected';
    if (op && !engineMade && this.deps.validation() !== 'off') {
      const v = this.contract.validateResponse(op, r.status, r.body);
      if (v.length) {
        this.reportViolations(op, r.status, v);
        if (this.deps.validation() === 'strict') return this.renderError(contractViolation(op, r.status, v), op, path, method);
      }
    }
    // A provider may answer some errors in another media type (Express's HTML 404 page).
    const asText = typeof r.body === 'string' && !headers['content-type']!.includes('json');
    return { status: r.status, headers, body: Buffer.from(asText ? (r.body as string) : JSON.stringify(r.body)), errorCode: err.code };
  }

  private reportViolations(op: Operation, status: number, violations: Violation[]): void {
    log.warn(`contract violation in ${this.def.name}.${op.id} (${status})`, { violations });
  }
}

function contractViolation(op: Operation, status: number, violations: Violation[]): MailsimError {
  const first = violations[0]!;
  return new MailsimError(
    500, 'CONTRACT_VIOLATION',
    `Response of ${op.id} (${status}) violates the contract at '${first.pointer || '/'}': ${first.message}`,
    'contract_violation', { extras: { operationId: op.id, violations } },
  );
}
