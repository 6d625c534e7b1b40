/**
 * Running the emulator's request pipeline without a socket: the same stages (faults, auth, rate
 * limit, idempotency, validation, handler, journal) as the HTTP server, called as a function.
 * `request()` is for tests that want an answer in one line; `fromFetchRequest()` and
 * `toFetchResponse()` adapt the Fetch API types msw hands around.
 */
import { BodyTooLarge } from '../engine/body.js';
import type { Engine } from '../engine/engine.js';
import type { FaultPlan } from '../engine/faults.js';
import { MALFORMED_BODY as MALFORMED_BYTES } from '../engine/faults.js';
import { spoiledBody } from '../engine/fetch-transport.js';

export { fromFetchRequest, spoiledBody, toFetchResponse } from '../engine/fetch-transport.js';
import type { Pipeline } from '../engine/pipeline.js';
import { controlPipelineOf } from '../control/api.js';

/** What `malformed` faults answer instead of the real body (the server writes the same bytes). */
export const MALFORMED_BODY = MALFORMED_BYTES.toString('utf8');

export interface InProcessRequest {
  method?: string;
  /** Path plus query string, e.g. `/inboxes?limit=5`. */
  path: string;
  headers?: Record<string, string>;
  /** Sent as `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** A string or bytes as is; FormData as multipart; anything else as JSON. */
  body?: unknown;
  remoteAddress?: string;
}

export interface InProcessResponse {
  /** 0 when a `reset` or `hang` fault means there is no answer at all. */
  status: number;
  headers: Record<string, string>;
  /** The body as the client would read it (spoiled by truncate and malformed faults). */
  text: string;
  /** `text` parsed as JSON, or undefined when empty or not JSON. */
  body: any;
  fault: FaultPlan | null;
}

/**
 * Sends one request through a provider's pipeline in this process.
 *
 * @example
 * const res = await request(engine, { method: 'POST', path: '/inboxes', apiKey: DEV_KEY, body: {} });
 * expect(res.status).toBe(201);
 */
export async function request(
  target: Engine | Pipeline,
  req: InProcessRequest,
  provider = 'agentsend',
): Promise<InProcessResponse> {
  // The control plane answers `/_mailsim/*` here too, as on every port.
  const pipeline =
    'process' in target
      ? target
      : req.path.startsWith('/_mailsim') && target.provider(provider)
        ? controlPipelineOf(target, provider)
        : target.provider(provider)?.pipeline;
  if (!pipeline) throw new Error(`provider ${provider} is not loaded in this engine`);
  const headers: Record<string, string> = Object.fromEntries(
    Object.entries(req.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
  );
  if (req.apiKey) headers.authorization = `Bearer ${req.apiKey}`;
  const raw = await encodeBody(req.body, headers);
  const out = await pipeline.process({
    method: (req.method ?? 'GET').toUpperCase(),
    url: req.path,
    headers,
    readBody: async (limit: number) => {
      if (raw.length > limit) throw new BodyTooLarge();
      return raw;
    },
    remoteAddress: req.remoteAddress ?? '127.0.0.1',
  });
  const bytes = spoiledBody(out);
  const text = bytes?.toString('utf8') ?? '';
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return {
    status: bytes === null ? 0 : out.status,
    headers: bytes === null ? {} : out.headers,
    text,
    body,
    fault: out.fault,
  };
}

async function encodeBody(body: unknown, headers: Record<string, string>): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body);
  if (body instanceof FormData) {
    // Let the Fetch implementation write the multipart encoding and its boundary.
    const encoded = new Response(body);
    headers['content-type'] = encoded.headers.get('content-type')!;
    return Buffer.from(await encoded.arrayBuffer());
  }
  headers['content-type'] ??= 'application/json';
  return Buffer.from(JSON.stringify(body), 'utf8');
}
