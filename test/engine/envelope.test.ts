/**
 * The engine is provider-neutral: run the tiny provider with a third, deliberately different error
 * envelope (Anthropic-style `{"type":"error","error":{"type","message"},"request_id"}` with a
 * `request-id` header) and make every answer the engine itself makes happen over real HTTP. Each
 * must come out in that envelope, carry the header's id in its body, be journaled with a machine
 * code, and validate against tiny-anthropic.yaml with the engine's own Contract validator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Contract, type Operation } from '../../src/engine/contract.js';
import type { OutcomeKind } from '../../src/engine/outcomes.js';
import { fixturePath } from '../../src/paths.js';
import { startTiny, tinyClient, type TinyServer } from './harness.js';
import type { AnthropicErrorType } from './tiny/anthropic.js';

const contract = Contract.load(fixturePath('contracts', 'tiny-anthropic.yaml'));

/**
 * Answers to requests no operation matched are declared under components/responses. The same
 * document with one catch-all operation whose responses are those entries lets the engine's
 * validator check them exactly as it checks an operation's own.
 */
const unrouted = new Contract('tiny-anthropic-unrouted.yaml', {
  ...contract.document,
  paths: {
    '/{any}': {
      get: {
        operationId: 'unrouted',
        responses: {
          '401': { $ref: '#/components/responses/Unauthenticated' },
          '404': { $ref: '#/components/responses/RouteNotFound' },
          '405': { $ref: '#/components/responses/MethodNotAllowed' },
        },
      },
    },
  },
});

/** Every kind of engine-made answer; the type makes this list grow with the union. */
const EVERY_OUTCOME: Record<OutcomeKind, true> = {
  unauthenticated: true,
  unknown_route: true,
  method_not_allowed: true,
  payload_too_large: true,
  unsupported_media_type: true,
  malformed_body: true,
  invalid_request: true,
  rate_limited: true,
  idempotency_in_use: true,
  idempotency_mismatch: true,
  not_implemented: true,
  contract_violation: true,
  injected_fault: true,
  internal: true,
};

interface Reply {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

interface Case {
  name: string;
  /** The outcome the engine must have met. */
  kind: OutcomeKind;
  status: number;
  type: AnthropicErrorType;
  /** The operation whose declared responses the answer must match; null when no operation matched. */
  operationId: string | null;
  send(): Promise<Reply>;
  /** Anything more this answer must show. */
  also?(reply: Reply): void;
}

let tiny: TinyServer;
/** Outcome kind the provider was asked to render, by request id. */
const rendered = new Map<string, OutcomeKind>();
const met = new Set<OutcomeKind>();
const alpha = (): ReturnType<typeof tinyClient> => tinyClient(tiny.url, 'tk_alpha');

beforeAll(async () => {
  tiny = await startTiny({
    envelope: 'anthropic',
    observeOutcome: (outcome, req) => {
      rendered.set(req.requestId, outcome.kind);
    },
    // tk_beta gets a window of its own of one request, so one case can be rate limited.
    config: { logLevel: 'silent', limits: { tiny: { keys: { tk_beta: '1/60s' } } } },
  });
});
afterAll(async () => {
  await tiny?.close();
});

const CASES: Case[] = [
  {
    name: 'missing credentials on a secured operation',
    kind: 'unauthenticated',
    status: 401,
    type: 'authentication_error',
    operationId: 'listThings',
    send: () => tinyClient(tiny.url, null)('GET', '/things'),
  },
  {
    name: 'unknown credentials on an unknown route (401 before 404)',
    kind: 'unauthenticated',
    status: 401,
    type: 'authentication_error',
    operationId: null,
    send: () => tinyClient(tiny.url, 'tk_nope')('GET', '/nowhere'),
  },
  {
    name: 'an unknown route',
    kind: 'unknown_route',
    status: 404,
    type: 'not_found_error',
    operationId: null,
    send: () => alpha()('GET', '/nowhere'),
  },
  {
    name: 'a method the path does not take',
    kind: 'method_not_allowed',
    status: 405,
    type: 'invalid_request_error',
    operationId: null,
    send: () => alpha()('PUT', '/things/th_1', { name: 'x' }),
  },
  {
    name: 'a body over the 64 KiB limit',
    kind: 'payload_too_large',
    status: 413,
    type: 'request_too_large',
    operationId: 'createThing',
    send: () => alpha()('POST', '/things', { name: 'x'.repeat(70 * 1024) }),
  },
  {
    name: 'a text/plain body to a JSON operation',
    kind: 'unsupported_media_type',
    status: 415,
    type: 'invalid_request_error',
    operationId: 'createThing',
    send: () => alpha()('POST', '/things', 'name=x', { 'content-type': 'text/plain' }),
  },
  {
    name: 'malformed JSON',
    kind: 'malformed_body',
    status: 400,
    type: 'invalid_request_error',
    operationId: 'createThing',
    send: () => alpha()('POST', '/things', '{"name":'),
  },
  {
    name: 'a body the contract rejects',
    kind: 'invalid_request',
    status: 400,
    type: 'invalid_request_error',
    operationId: 'sendMessage',
    send: () => alpha()('POST', '/messages', { to: '' }),
  },
  {
    name: 'an Idempotency-Key over 255 characters',
    kind: 'invalid_request',
    status: 400,
    type: 'invalid_request_error',
    operationId: 'createThing',
    send: () => alpha()('POST', '/things', { name: 'k' }, { 'idempotency-key': 'k'.repeat(256) }),
  },
  {
    name: 'the second request in a one-request window',
    kind: 'rate_limited',
    status: 429,
    type: 'rate_limit_error',
    operationId: 'listThings',
    send: async () => {
      const beta = tinyClient(tiny.url, 'tk_beta');
      expect((await beta('GET', '/things')).status).toBe(200);
      return beta('GET', '/things');
    },
    also: (reply) => expect(reply.headers.get('retry-after')).toMatch(/^[1-9][0-9]*$/),
  },
  {
    name: 'a duplicate while the first request under its key still runs',
    kind: 'idempotency_in_use',
    status: 409,
    type: 'invalid_request_error',
    operationId: 'createThing',
    send: async () => {
      const key = 'envelope-in-flight';
      // Injected latency holds the first request inside its idempotency window, before its handler.
      const slow = { 'idempotency-key': key, 'x-mailsim-fault': 'latency=300' };
      const first = alpha()('POST', '/things', { name: 'slow' }, slow);
      const inFlight = tiny.engine.store.db.prepare(
        "SELECT 1 FROM idempotency_keys WHERE key = ? AND state = 'in_flight'",
      );
      while (!inFlight.get(key)) await new Promise((r) => setImmediate(r));
      const duplicate = await alpha()('POST', '/things', { name: 'slow' }, { 'idempotency-key': key });
      expect((await first).status).toBe(201);
      return duplicate;
    },
  },
  {
    name: 'a key reused for a different request',
    kind: 'idempotency_mismatch',
    status: 422,
    type: 'invalid_request_error',
    operationId: 'sendMessage',
    send: async () => {
      const key = 'envelope-reused';
      const keyed = { 'idempotency-key': key };
      expect((await alpha()('POST', '/messages', { to: 'a@example.com', text: 'one' }, keyed)).status).toBe(202);
      return alpha()('POST', '/messages', { to: 'a@example.com', text: 'two' }, keyed);
    },
  },
  {
    name: 'an operation in the contract without a handler',
    kind: 'not_implemented',
    status: 501,
    type: 'api_error',
    operationId: 'deleteThing',
    send: () => alpha()('DELETE', '/things/th_1'),
  },
  {
    name: 'a handler answer that breaks the contract',
    kind: 'contract_violation',
    status: 500,
    type: 'api_error',
    operationId: 'createThing',
    send: () => alpha()('POST', '/things', { name: 'bad-shape' }),
  },
  {
    name: 'an injected 503',
    kind: 'injected_fault',
    status: 503,
    type: 'api_error',
    operationId: 'listThings',
    send: () => alpha()('GET', '/things', undefined, { 'x-mailsim-fault': '503' }),
  },
  {
    name: 'an injected 529 on a public operation',
    kind: 'injected_fault',
    status: 529,
    type: 'overloaded_error',
    operationId: 'ping',
    send: () => tinyClient(tiny.url, null)('GET', '/ping', undefined, { 'x-mailsim-fault': '529' }),
  },
  {
    name: 'an injected 429',
    kind: 'injected_fault',
    status: 429,
    type: 'rate_limit_error',
    operationId: 'getThing',
    send: () => alpha()('GET', '/things/th_1', undefined, { 'x-mailsim-fault': '429' }),
    also: (reply) => expect(reply.headers.get('retry-after')).toBe('1'),
  },
  {
    name: 'an unreadable fault header',
    kind: 'injected_fault',
    status: 400,
    type: 'invalid_request_error',
    operationId: 'listThings',
    send: () => alpha()('GET', '/things', undefined, { 'x-mailsim-fault': 'sometimes' }),
  },
  {
    name: 'a handler that throws a plain Error',
    kind: 'internal',
    status: 500,
    type: 'api_error',
    operationId: 'createThing',
    send: () => alpha()('POST', '/things', { name: 'crash' }),
  },
];

/** The checks every error answer of this API must pass; returns the journal's code for it. */
function expectEnvelope(
  reply: Reply,
  status: number,
  type: AnthropicErrorType,
  operationId: string | null,
): string | null {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.headers.get('content-type')).toContain('application/json');
  expect(reply.body).toEqual({
    type: 'error',
    error: { type, message: expect.any(String) },
    request_id: expect.any(String),
  });
  expect(reply.body.error.message.length).toBeGreaterThan(0);
  const requestId = reply.headers.get('request-id');
  expect(requestId).toMatch(/^req_[0-9A-Za-z]{24}$/);
  expect(reply.body.request_id).toBe(requestId);

  const op: Operation = operationId ? contract.byId.get(operationId)! : unrouted.byId.get('unrouted')!;
  expect(op, `operation ${operationId}`).toBeDefined();
  expect((operationId ? contract : unrouted).validateResponse(op, status, reply.body)).toEqual([]);

  const entry = tiny.engine.journal.list().find((e) => e.requestId === requestId);
  expect(entry, `journal entry for ${requestId}`).toBeDefined();
  expect(entry!.status).toBe(status);
  expect(entry!.operationId).toBe(operationId);
  expect(entry!.errorCode).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
  return entry!.errorCode;
}

describe('engine-made answers in an Anthropic-style envelope', () => {
  for (const c of CASES) {
    it(`${c.kind}: ${c.name} → ${c.status} ${c.type}`, async () => {
      const reply = await c.send();
      expectEnvelope(reply, c.status, c.type, c.operationId);
      expect(rendered.get(reply.body.request_id)).toBe(c.kind);
      c.also?.(reply);
      met.add(c.kind);
    });
  }

  it('met every kind of outcome the engine makes', () => {
    expect([...met].sort()).toEqual(Object.keys(EVERY_OUTCOME).sort());
  });

  it("journals the Anthropic error type as an engine-made answer's code, or a fault rule's own code", async () => {
    const unknown = await alpha()('GET', '/nowhere');
    expect(expectEnvelope(unknown, 404, 'not_found_error', null)).toBe('not_found_error');
    const custom = await alpha()('GET', '/things', undefined, { 'x-mailsim-fault': '503:DB_DOWN' });
    expect(expectEnvelope(custom, 503, 'api_error', 'listThings')).toBe('DB_DOWN');
  });
});

describe("the tiny handlers' own errors", () => {
  it("come out in the same envelope, with the handler's code in the journal", async () => {
    const missing = await alpha()('GET', '/things/th_999999');
    expect(expectEnvelope(missing, 404, 'not_found_error', 'getThing')).toBe('NOT_FOUND');
    expect(rendered.has(missing.body.request_id)).toBe(false);
    const boom = await alpha()('POST', '/things', { name: 'boom' });
    expect(expectEnvelope(boom, 400, 'invalid_request_error', 'createThing')).toBe('BOOM');
  });

  it('successes carry the request-id header too', async () => {
    const ok = await alpha()('GET', '/things');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('request-id')).toMatch(/^req_[0-9A-Za-z]{24}$/);
    expect(contract.validateResponse(contract.byId.get('listThings')!, 200, ok.body)).toEqual([]);
  });
});
