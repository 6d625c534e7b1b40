/**
 * The request pipeline for an emulated API: the one place a provider request is handled.
 *
 * Stages, in order (each numbered below where it happens):
 *   1. request id + one reading of the engine clock
 *   2. route match against the contract
 *   3. fault injection (status/reset/hang answer now; latency waits before the handler;
 *      truncate/malformed spoil the write)
 *   4. authentication
 *   5. rate limit (its headers go on every later response except the policy's omitted statuses)
 *   6. body read (bounded) and parse
 *   7. idempotency (replay, in-flight conflict, mismatch) — after auth and rate limit, so a 401 or
 *      a 429 is never cached, as Stripe documents
 *   8. request validation against the contract
 *   9. handler (a value or a typed MailsimError; handlers never touch the socket)
 *  10. response validation against the contract (strict: a violation becomes a 500)
 *  11. idempotency record, journal; the transport adapter then writes (or spoils) the response
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Contract, Operation, Violation } from './contract.js';
import { MailsimError, isMailsimError } from './errors.js';
import type { EngineServices, HandlerResult, Principal, ProviderDefinition, UploadedFile } from './provider.js';
import type { Journal } from './journal.js';
import type { FaultEngine, FaultPlan } from './faults.js';
import { IdempotencyStore } from './idempotency.js';
import { RateLimiter } from './ratelimit.js';
import { BodyTooLarge, isJsonType, isMultipart, parseMultipart, readBody } from './body.js';
import { log } from './log.js';

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

/** What to send back. `fault` tells the transport how to spoil it (reset, hang, truncate). */
export interface PipelineResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  errorCode: string | null;
  fault: FaultPlan | null;
}

interface Outgoing {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  errorCode: string | null;
}

const EMPTY = Buffer.alloc(0);
const JSON_TYPE = 'application/json; charset=utf-8';

export class ProviderPipeline {
  readonly limiter: RateLimiter | null;

  constructor(readonly def: ProviderDefinition, readonly contract: Contract, private readonly deps: PipelineDeps) {
    this.limiter = def.rateLimit ? new RateLimiter(def.rateLimit) : null;
  }

  /** Node http adapter: runs the pipeline and writes the result to the socket. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const out = await this.process({
      method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers,
      readBody: (limit) => readBody(req, limit), remoteAddress: req.socket.remoteAddress ?? 'unknown',
    });
    const action = out.fault?.action.type;
    if (action === 'reset') {
      req.socket.destroy();
      return;
    }
    if (action === 'hang') {
      this.deps.hung.add(res);
      res.on('close', () => this.deps.hung.delete(res));
      return;
    }
    write(res, out, out.fault);
  }

  /** Runs every stage for one request and returns the response to send. */
  async process(req: PipelineRequest): Promise<PipelineResponse> {
    const started = performance.now();
    const { services, journal } = this.deps;
    // 1. One reading of "now" per request.
    const now = services.clock.now();
    const requestId = services.ids.token(16);
    const method = (req.method ?? 'GET').toUpperCase();
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const path = q === -1 ? rawUrl : rawUrl.slice(0, q);
    const queryString = q === -1 ? '' : rawUrl.slice(q + 1);
    const clientIp = req.remoteAddress;

    // 2. Route.
    const match = this.contract.match(method, path);
    const op: Operation | null = match.kind === 'match' ? match.op : null;

    let principal: Principal | null = null;
    let rateHeaders: Record<string, string> = {};
    let replayed = false;
    let idemToken: { provider: string; scope: string; key: string } | null = null;
    let violations: Violation[] = [];

    // 3. Fault injection.
    const fault = this.deps.faults.decide({
      provider: this.def.name, method, path, operationId: op?.id ?? null,
      headers: req.headers, apiKey: credentialOf(req.headers),
    });

    let response: PipelineResponse | null = null;
    const finish = (out: Outgoing): void => {
      if (this.limiter && !this.limiter.policy.omitHeadersOn.includes(out.status)) Object.assign(out.headers, rateHeaders, out.headers);
      if (idemToken) {
        if (out.status >= 500 && out.errorCode === 'CONTRACT_VIOLATION') this.deps.idempotency.abandon(idemToken);
        else this.deps.idempotency.complete(idemToken, { status: out.status, headers: withoutRateHeaders(out.headers, this.limiter), body: out.body.toString('utf8') });
      }
      response = { ...out, fault };
      journal.add({
        at: now.toISOString(), provider: this.def.name, requestId, method, path, query: queryString,
        operationId: op?.id ?? null, status: out.status, latencyMs: Math.round((performance.now() - started) * 100) / 100,
        tenant: principal?.tenant ?? null, idempotentReplay: replayed, fault: fault?.label ?? null,
        errorCode: out.errorCode, violations, source: 'emulator',
      });
    };
    const fail = (err: MailsimError): PipelineResponse => {
      finish(this.renderError(err, op, path, method));
      return response!;
    };

    try {
      if (fault?.action.type === 'reset' || fault?.action.type === 'hang') {
        journal.add({ at: now.toISOString(), provider: this.def.name, requestId, method, path, query: queryString, operationId: op?.id ?? null, status: 0, latencyMs: 0, tenant: null, idempotentReplay: false, fault: fault.label, errorCode: fault.action.type.toUpperCase(), violations: [], source: 'emulator' });
        return { status: 0, headers: {}, body: EMPTY, errorCode: null, fault };
      }
      if (fault?.action.type === 'status') {
        const a = fault.action;
        const headers = a.status === 429 && this.limiter ? this.limiter.exhaustedHeaders(this.limiter.policy.default, 60) : {};
        throw new MailsimError(a.status, a.code ?? defaultCodeFor(a.status), a.message ?? `Injected fault: HTTP ${a.status}`, 'injected', { headers });
      }

      // 4. Authentication.
      const needsAuth = op ? !op.isPublic : this.def.authBeforeRouting;
      principal = this.def.authenticate(services, { headers: req.headers, op, now });
      if (needsAuth && !principal) throw new MailsimError(401, 'UNAUTHORIZED', 'Invalid or missing API key', 'unauthorized');
      if (match.kind !== 'match') throw new MailsimError(404, 'ROUTE_NOT_FOUND', `Route ${method}:${path} not found`, 'route_not_found');

      // 5. Rate limit.
      if (this.limiter?.policy.enabled && (!this.limiter.policy.operations || this.limiter.policy.operations.includes(op!.id))) {
        const key = principal ? `t:${principal.tenant}` : `ip:${clientIp}`;
        const verdict = this.limiter.hit(key, now.getTime(), this.limiter.ruleFor(principal?.plan, principal?.credentialId));
        rateHeaders = verdict.headers;
        if (verdict.limited) {
          throw new MailsimError(429, 'RATE_LIMIT_EXCEEDED', this.limiter.policy.message(verdict.retryAfterSeconds), 'rate_limited');
        }
      }

      // 6. Body.
      const contentType = req.headers['content-type'];
      const multipart = isMultipart(contentType);
      let raw: Buffer = EMPTY;
      try {
        raw = await req.readBody(multipart ? this.def.bodyLimits.multipart : this.def.bodyLimits.json);
      } catch (e) {
        if (e instanceof BodyTooLarge) throw new MailsimError(413, 'PAYLOAD_TOO_LARGE', 'Request body is too large', 'payload_too_large');
        throw e;
      }

      // 7. Idempotency.
      const policy = this.def.idempotency;
      const idemKey = policy ? req.headers[policy.header] : undefined;
      if (policy && typeof idemKey === 'string' && IdempotencyStore.applies(policy, method, op!.id)) {
        if (idemKey.length === 0 || idemKey.length > policy.maxKeyLength) {
          throw new MailsimError(400, 'VALIDATION_ERROR', 'Request validation failed', 'validation', { details: { [policy.header]: [`must be 1-${policy.maxKeyLength} characters`] } });
        }
        const scope = principal?.credentialId ?? `ip:${clientIp}`;
        const fp = IdempotencyStore.fingerprint(method, rawUrl, raw, scope);
        const begun = this.deps.idempotency.begin(this.def.name, scope, idemKey, fp, policy, now.getTime());
        if (begun.kind === 'in_flight') throw new MailsimError(409, 'IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still being processed; retry after it completes.', 'idempotency_in_use');
        if (begun.kind === 'mismatch') throw new MailsimError(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request.', 'idempotency_mismatch');
        if (begun.kind === 'replay') {
          replayed = true;
          const headers = { ...begun.response.headers, [policy.replayHeader]: 'true' };
          finish({ status: begun.response.status, headers, body: Buffer.from(begun.response.body, 'utf8'), errorCode: null });
          return response!;
        }
        idemToken = begun.token;
      }

      // 8. Parse and validate the request.
      let body: unknown;
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
          } catch {
            throw new MailsimError(400, 'VALIDATION_ERROR', 'Request validation failed', 'validation', { details: { body: ['malformed JSON'] } });
          }
        } else if (op!.bodyContentTypes.length > 0 && !op!.bodyContentTypes.some((t) => t.startsWith('multipart/'))) {
          // The real server's JSON schema check fails on a text/plain body with empty details (§10.6).
          throw new MailsimError(400, 'VALIDATION_ERROR', 'Request validation failed', 'validation', { details: {} });
        }
      }
      if (op!.bodyContentTypes.some((t) => t.startsWith('multipart/')) && !multipart && op!.bodyContentTypes.length === 1) {
        throw new MailsimError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Expected a multipart/form-data upload', 'unsupported_media_type');
      }
      const params = match.params;
      const query = parseQuery(queryString);
      const mode = this.deps.validation();
      if (mode !== 'off') {
        const details = this.contract.validateRequest(op!, { params, query, headers: req.headers as Record<string, unknown>, body, multipart });
        if (details) throw new MailsimError(400, 'VALIDATION_ERROR', 'Request validation failed', 'validation', { details });
      }

      // 9. Handler.
      if (fault?.latencyMs) await new Promise((r) => setTimeout(r, fault.latencyMs));
      const handler = this.def.handlers[op!.id];
      if (!handler) throw new MailsimError(501, 'NOT_IMPLEMENTED', `Operation ${op!.id} is in the contract but not emulated yet`, 'not_implemented');
      const result: HandlerResult = await handler(
        { ...services, requestId, now, principal, op: op!, clientIp },
        { params, query, body: body ?? (op!.bodyContentTypes.length ? undefined : undefined), headers: req.headers, files },
      );

      // 10. Response validation.
      if (result.raw) {
        finish({ status: result.status, headers: { 'content-type': result.raw.contentType, ...result.headers }, body: result.raw.data, errorCode: null });
        return response!;
      }
      violations = mode === 'off' ? [] : this.contract.validateResponse(op!, result.status, result.body);
      if (violations.length) {
        this.reportViolations(op!, result.status, violations);
        if (mode === 'strict') throw contractViolation(op!, result.status, violations);
      }
      finish({ status: result.status, headers: { ...(result.body === undefined ? {} : { 'content-type': JSON_TYPE }), ...result.headers }, body: result.body === undefined ? EMPTY : Buffer.from(JSON.stringify(result.body)), errorCode: null });
      return response!;
    } catch (e) {
      if (isMailsimError(e)) return fail(e);
      log.error(`unhandled error in ${this.def.name} ${method} ${path}`, { error: e instanceof Error ? e.stack : String(e) });
      return fail(new MailsimError(500, 'INTERNAL_ERROR', 'Internal server error', 'internal'));
    }
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
    return { status: r.status, headers, body: Buffer.from(JSON.stringify(r.body)), errorCode: err.code };
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

function defaultCodeFor(status: number): string {
  return ({ 400: 'BAD_REQUEST', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT', 429: 'RATE_LIMIT_EXCEEDED', 500: 'INTERNAL_ERROR', 502: 'BAD_GATEWAY', 503: 'SERVICE_UNAVAILABLE', 504: 'GATEWAY_TIMEOUT' } as Record<number, string>)[status] ?? `HTTP_${status}`;
}

function credentialOf(headers: IncomingHttpHeaders): string | null {
  const auth = headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const key = headers['x-api-key'];
  return typeof key === 'string' ? key : null;
}

function parseQuery(qs: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!qs) return out;
  for (const [k, v] of new URLSearchParams(qs)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

function withoutRateHeaders(headers: Record<string, string>, limiter: RateLimiter | null): Record<string, string> {
  if (!limiter) return headers;
  const names = new Set(Object.values(limiter.policy.headers).map((h) => h.toLowerCase()));
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !names.has(k.toLowerCase())));
}

function write(res: ServerResponse, out: PipelineResponse, fault: FaultPlan | null): void {
  if (res.destroyed) return;
  let body = out.body;
  if (fault?.action.type === 'malformed') body = Buffer.from('{"error": {"code": "MALFORMED', 'utf8');
  if (fault?.action.type === 'truncate') {
    // Promise the whole body, send half, then close: the client sees a premature end.
    res.writeHead(out.status, { ...out.headers, 'content-length': String(body.length) });
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
    return;
  }
  res.writeHead(out.status, { ...out.headers, 'content-length': String(body.length) });
  res.end(body);
}
