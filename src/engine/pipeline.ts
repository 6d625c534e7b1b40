/**
 * The request pipeline: the one place a request to an emulated API (or the control plane) is
 * handled, whatever the transport. Read `process` top to bottom; each numbered stage is one step.
 *
 *   1. request id and one reading of the engine clock (the Exchange)
 *   2. route: the contract's operation for method + path
 *   3. fault injection: decide; a drop (reset, hang) or an injected status answers now, latency
 *      waits just before the handler (inside the idempotency window), other faults spoil the answer
 *   4. authenticate: credentials → principal (401 when a secured route gets none)
 *   5. authorize: the API's scopes, plan gates and quotas for this operation
 *   6. rate limits (their headers go on every later answer but the statuses a policy omits)
 *   7. body read (bounded), and the API's check of the unparsed request
 *   8. idempotency: replay, in-flight conflict, mismatch — after 4–6, so a 401 or 429 is never stored
 *   9. body parse and request validation (a policy with `afterValidation` claims its key only here)
 *  10. handler (a value, or a thrown API error; handlers never touch the socket). When a key is
 *      claimed and the handler is synchronous, the handler and the stored answer commit in one
 *      transaction, so a crash cannot leave a side effect without its answer.
 *  11. response validation against the contract (strict: a violation becomes a 500)
 *  12. finish: store the answer under the key, add rate-limit and API headers, journal
 *
 * A GET without a body whose handler is synchronous runs 4-11 without yielding, inside one SQLite
 * read transaction (Store.read), so its queries share one set of file locks.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Answers, type Answer, type ValidationMode } from './answers.js';
import { BodyTooLarge, parseRequestBody } from './body.js';
import type { Contract, Operation } from './contract.js';
import { Exchange, type PipelineRequest, type PipelineResponse } from './exchange.js';
import { earlyAnswer, type FaultEngine } from './faults.js';
import { claimKey, keyCarried, redact, replayed, withoutCookies, type IdempotencyStore } from './idempotency.js';
import { captured, type Journal } from './journal.js';
import { log } from './log.js';
import { fail } from './outcomes.js';
import type { ApiDefinition, EngineServices, Handler, HandlerContext, Principal } from './provider.js';
import { RateLimiter, countRequest } from './ratelimit.js';
import { carriesNoBody, credentialOf, parseQuery } from './request-parts.js';

export type { PipelineRequest, PipelineResponse } from './exchange.js';
export type { ValidationMode } from './answers.js';

export interface PipelineDeps {
  services: EngineServices;
  journal: Journal;
  faults: FaultEngine;
  idempotency: IdempotencyStore;
  validation: () => ValidationMode;
}

const EMPTY = Buffer.alloc(0);
const NO_ANSWER: Answer = { status: 0, headers: {}, body: EMPTY, errorCode: null };
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
// Request ids only label journal entries: a per-process prefix and a counter cost nothing per
// request (random bytes per request showed up in profiles) and stay unique across restarts.
const REQUEST_ID_PREFIX = `req_${randomBytes(4).toString('hex')}_`;
let requestCounter = 0;
/** Where a handler context keeps its request, for the lazy `signal`. */
const REQUEST = Symbol('request');

export class Pipeline {
  /** The main limiter (configurable through /_mailsim/limits). */
  readonly limiter: RateLimiter | null;
  /** The main limiter first, then the API's per-operation ones. */
  readonly limiters: RateLimiter[];
  private readonly answers: Answers;
  private readonly observed: boolean;
  private contextBase: object | undefined;

  constructor(
    readonly api: ApiDefinition<any>,
    readonly contract: Contract,
    private readonly deps: PipelineDeps,
  ) {
    this.limiter = api.rateLimit ? new RateLimiter(api.rateLimit) : null;
    this.limiters = [
      ...(this.limiter ? [this.limiter] : []),
      ...(api.extraRateLimits ?? []).map((p) => new RateLimiter(p)),
    ];
    this.answers = new Answers(api, contract, deps.validation);
    this.observed = api.observed !== false;
  }

  /** Runs every stage for one request and returns the answer to send. */
  async process(req: PipelineRequest): Promise<PipelineResponse> {
    // 1. One request id and one reading of "now" for the whole request.
    const requestId =
      this.api.requestId?.(this.deps.services.ids) ?? REQUEST_ID_PREFIX + (++requestCounter).toString(36);
    const x = new Exchange(req, requestId, this.deps.services.clock.now(), performance.now());
    let answer: Answer;
    try {
      answer = await this.stages(x);
    } catch (e) {
      answer = this.answers.failure(x, e);
    }
    return this.finish(x, answer);
  }

  private async stages(x: Exchange): Promise<Answer> {
    const { services } = this.deps;
    const api = this.api;

    // 2. Route.
    const match = this.contract.match(x.method, x.path);
    if (match.kind === 'match') {
      x.op = match.op;
      x.params = match.params;
    }

    // 3. Fault injection.
    if (this.observed && this.deps.faults.wants(x.headers)) {
      x.fault = this.deps.faults.decide({
        provider: api.name,
        method: x.method,
        path: x.path,
        operationId: x.op?.id ?? null,
        headers: x.headers,
        apiKey: credentialOf(x.headers),
      });
      if (x.fault) {
        x.latencyMs = x.fault.latencyMs ?? 0;
        const early = earlyAnswer(x.fault);
        if (early.kind === 'drop') return NO_ANSWER;
        if (early.kind === 'answer') {
          const { kind: _, ...injected } = early;
          // An injected 429 carries the main limiter's full set of headers, so client retry logic runs for real.
          const retryAfter = injected.retryAfterSeconds;
          if (injected.status === 429 && this.limiter)
            x.addRateHeaders(this.limiter.exhaustedHeaders(retryAfter ?? 1, x.now.getTime()), []);
          else if (retryAfter !== undefined) x.addRateHeaders({ 'retry-after': String(retryAfter) }, []);
          throw fail({ kind: 'injected_fault', ...injected });
        }
      }
    }

    // A GET without a body whose handler is synchronous runs stages 4-11 without yielding once, so
    // all its queries (the key lookup and the handler's) share one SQLite read transaction: on a
    // file database each statement outside a transaction takes and drops the file's read locks,
    // a few system calls apiece, which was about a sixth of a GET's server time.
    const handler = x.op ? api.handlers[x.op.id] : undefined;
    if (x.op && handler && x.method === 'GET' && x.latencyMs === 0 && !isAsync(handler) && carriesNoBody(x.headers)) {
      const op = x.op;
      return services.store.read(() => {
        this.admit(x);
        return this.handle(x, op, handler);
      });
    }

    this.admit(x);

    // 7. Body, read bounded; then the API may refuse it unparsed, as its real framework would.
    const limit = x.headers['content-type']?.toLowerCase().startsWith('multipart/form-data')
      ? api.bodyLimits.multipart
      : api.bodyLimits.json;
    try {
      x.bodyBytes = await x.request.readBody(limit);
    } catch (e) {
      if (e instanceof BodyTooLarge) throw fail({ kind: 'payload_too_large', limitBytes: limit });
      throw e;
    }
    return this.handle(x, x.op!, handler);
  }

  /** 4-6. Authenticate, authorize, count against the rate limits; a route that does not exist fails here. */
  private admit(x: Exchange): void {
    const { services } = this.deps;
    const api = this.api;
    const op = x.op;
    // 4. On a public operation bad credentials are ignored, as a public route never reads them.
    const needsAuth = op ? !op.isPublic : api.authBeforeRouting;
    const authRequest = { method: x.method, path: x.path, headers: x.headers, op, now: x.now, clientIp: x.clientIp };
    if (op?.isPublic) {
      try {
        x.principal = api.authenticate(services, authRequest);
      } catch {
        x.principal = null;
      }
    } else {
      x.principal = api.authenticate(services, authRequest);
    }
    if (needsAuth && !x.principal) throw fail({ kind: 'unauthenticated' });
    if (!op) {
      const match = this.contract.match(x.method, x.path);
      if (match.kind === 'method_not_allowed')
        throw fail({ kind: 'method_not_allowed', method: x.method, path: x.path, allowed: match.allowed });
      throw fail({ kind: 'unknown_route', method: x.method, path: x.path });
    }

    // 5. Authorize.
    if (x.principal && api.authorize)
      api.authorize(services, { principal: x.principal, op, headers: x.headers, now: x.now });

    // 6. Rate limits.
    countRequest(this.limiters, x);
  }

  /**
   * 8-11 once the body is read: idempotency (unless the policy claims after validation), the API's
   * look at the unparsed request, parsing, validation, the handler. Nothing here yields unless the
   * body is multipart, a latency is injected or the handler is async.
   */
  private handle(x: Exchange, op: Operation, handler: Handler<Principal> | undefined): Answer | Promise<Answer> {
    const policy = this.api.idempotency;
    if (policy && !policy.afterValidation) {
      const replay = claimKey(x, this.api.name, policy, this.deps.idempotency);
      if (replay) return replayed(replay);
    }
    this.api.beforeParse?.(this.deps.services, x.unparsed());
    const parsing = parseRequestBody(x, op, this.api.uploadPaths === true);
    return parsing ? parsing.then(() => this.run(x, op, handler)) : this.run(x, op, handler);
  }

  /** 9-11 on the parsed body; the handler after any injected latency (so a slow first request holds its key). */
  private run(x: Exchange, op: Operation, handler: Handler<Principal> | undefined): Answer | Promise<Answer> {
    const replay = this.validate(x, op);
    if (replay) return replay;
    if (!handler) throw fail({ kind: 'not_implemented', operationId: op.id });
    if (x.latencyMs === 0) return this.invoke(x, op, handler);
    return sleep(x.latencyMs).then(() => {
      x.latencyMs = 0;
      return this.invoke(x, op, handler);
    });
  }

  /** 9. Validate the parsed request; a policy with `afterValidation` claims its key here. */
  private validate(x: Exchange, op: Operation): Answer | null {
    x.query = parseQuery(x.queryString);
    if (this.deps.validation() !== 'off') {
      const details = this.contract.validateRequest(op, {
        params: x.params,
        query: x.query,
        headers: x.headers as Record<string, unknown>,
        body: x.body,
        multipart: x.multipart,
        opaque: x.opaqueBody,
      });
      if (details) throw fail({ kind: 'invalid_request', details });
    }
    const policy = this.api.idempotency;
    if (policy?.afterValidation) {
      const replay = claimKey(x, this.api.name, policy, this.deps.idempotency);
      if (replay) return replayed(replay);
    }
    return null;
  }

  /** 10-11. The handler, then response validation (in Answers.result). */
  private invoke(x: Exchange, op: Operation, handler: Handler<Principal>): Answer | Promise<Answer> {
    const { services } = this.deps;
    const ctx = this.handlerContext(x);
    const input = {
      params: x.params,
      query: x.query,
      body: x.body,
      headers: x.headers,
      files: x.files,
      bodyBytes: x.bodyBytes,
    };
    x.handlerStarted = true;
    const claim = x.idempotencyClaim;
    if (claim && !isAsync(handler)) {
      // The side effect and the answer stored under the key commit together.
      return services.store.tx(() => {
        let answer: Answer;
        try {
          const result = handler(ctx, input);
          if (isThenable(result)) throw new Error(`handler ${op.id} returned a promise; declare it async`);
          answer = this.answers.result(x, op, result);
        } catch (e) {
          answer = this.answers.failure(x, e);
        }
        this.storeUnderKey(x, answer);
        return answer;
      });
    }
    const result = handler(ctx, input);
    return isThenable(result)
      ? Promise.resolve(result).then((value) => this.answers.result(x, op, value))
      : this.answers.result(x, op, result);
  }

  /** 12. Store the answer under the key, add headers, journal. */
  private async finish(x: Exchange, answer: Answer): Promise<PipelineResponse> {
    if (x.idempotencyClaim) this.storeUnderKey(x, answer);
    if (x.latencyMs > 0) await sleep(x.latencyMs);
    const headers = answer.headers;
    if (answer.status !== 0) {
      if (x.rateHeaders && !x.rateHeadersOmitOn.includes(answer.status)) addMissing(headers, x.rateHeaders);
      if (x.principal?.responseHeaders) addMissing(headers, x.principal.responseHeaders);
      if (this.api.responseHeaders) addMissing(headers, this.api.responseHeaders(x.facts()));
    }
    if (this.observed) {
      this.deps.journal.add({
        atMs: x.now.getTime(),
        provider: this.api.name,
        requestId: x.requestId,
        method: x.method,
        path: x.path,
        query: x.queryString,
        operationId: x.op?.id ?? null,
        status: answer.status,
        latencyMs: Math.round((performance.now() - x.startedAt) * 100) / 100,
        tenant: x.principal?.tenant ?? null,
        idempotencyKey: keyCarried(x, this.api.idempotency),
        idempotentReplay: x.replayed,
        fault: x.fault?.label ?? null,
        errorCode: answer.status === 0 ? x.fault!.action.type.toUpperCase() : answer.errorCode,
        violations: x.violations,
        source: 'emulator',
        exchange: {
          request: { headers: x.headers, body: captured(x.bodyBytes) },
          response: { headers, body: captured(answer.body) },
        },
        requestBytes: x.bodyBytes.length,
        responseBytes: answer.body.length,
      });
    }
    return {
      status: answer.status,
      headers,
      body: answer.body,
      errorCode: answer.errorCode,
      fault: x.fault,
      ...(answer.stream ? { stream: answer.stream } : {}),
    };
  }

  /**
   * Stores the answer under the claimed key, once: only when the handler began (nothing is kept
   * for requests that failed before it, as Stripe documents), never a contract violation, and only
   * the statuses the policy keeps. Otherwise the key is released for a retry.
   */
  private storeUnderKey(x: Exchange, answer: Answer): void {
    const claim = x.idempotencyClaim;
    if (!claim) return;
    x.idempotencyClaim = null;
    try {
      const storable = this.api.idempotency?.storeStatuses?.includes(answer.status) ?? true;
      if (!x.handlerStarted || x.brokeContract || !storable) this.deps.idempotency.abandon(claim);
      else {
        const secrets = this.api.idempotency?.secrets?.[x.op!.id];
        const body = answer.body.toString('utf8');
        this.deps.idempotency.complete(claim, {
          status: answer.status,
          headers: withoutCookies(answer.headers),
          body: secrets ? redact(body, secrets) : body,
          errorCode: answer.errorCode,
        });
      }
    } catch (e) {
      // The answer still goes out; the key stays in flight until a restart clears it.
      log.error(`could not record Idempotency-Key ${claim.key}`, { error: String(e) });
    }
  }

  /**
   * The handler's view of one request: its own fields over the engine's services, which it reaches
   * through the prototype instead of a copy per request; `signal` is read from the transport only
   * when a handler asks (a node transport makes its AbortController on that first read).
   */
  private handlerContext(x: Exchange): HandlerContext<Principal> {
    const principal = x.principal;
    this.contextBase ??= Object.create(this.deps.services, {
      signal: {
        get(this: { [REQUEST]: PipelineRequest }) {
          return this[REQUEST].signal;
        },
      },
    }) as object;
    const ctx = Object.create(this.contextBase) as Record<PropertyKey, unknown>;
    ctx[REQUEST] = x.request;
    ctx.requestId = x.requestId;
    ctx.now = x.now;
    ctx.principal = principal;
    ctx.op = x.op!;
    ctx.method = x.method;
    ctx.path = x.path;
    ctx.clientIp = x.clientIp;
    if (principal) ctx.caller = principal;
    else {
      Object.defineProperty(ctx, 'caller', {
        get: () => {
          throw new Error(`${x.op!.id} read the caller, but the operation is public and none authenticated`);
        },
      });
    }
    return ctx as unknown as HandlerContext<Principal>;
  }
}

function addMissing(target: Record<string, string>, extra: Record<string, string>): void {
  for (const name in extra) if (target[name] === undefined) target[name] = extra[name]!;
}

const isAsync = (handler: Handler<Principal>): boolean => handler.constructor.name === 'AsyncFunction';

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof (v as { then?: unknown } | null)?.then === 'function';
}
