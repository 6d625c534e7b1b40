/**
 * The Fetch API transport: a `Request` in, a `Response` out, through the same pipeline the node
 * http transport serves — for msw mode and anything else that speaks fetch in process. Faults
 * act as a client would see them (see faults.ts `deliveryOf`): a reset is a network error, a hang
 * never settles until the client aborts or the transport is closed, a truncated body is short.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { BodyTooLarge } from './body.js';
import type { PipelineRequest, PipelineResponse } from './exchange.js';
import { deliveryOf } from './faults.js';
import type { Pipeline } from './pipeline.js';

/** Hung answers the transport holds; calling one releases it (as a network error). */
export type HeldAnswers = Set<() => void>;

export async function serveFetch(
  pipeline: Pipeline,
  request: Request,
  held: HeldAnswers,
  remoteAddress = '127.0.0.1',
): Promise<Response> {
  const out = await pipeline.process(fromFetchRequest(request, remoteAddress));
  if (out.stream) return streamResponse(out, request.signal);
  const delivery = deliveryOf(out);
  if (delivery.kind === 'reset') return Response.error();
  if (delivery.kind === 'hang') {
    return new Promise<Response>((resolve) => {
      const release = (): void => {
        held.delete(release);
        resolve(Response.error());
      };
      held.add(release);
      request.signal.addEventListener('abort', release, { once: true });
    });
  }
  return toFetchResponse(out);
}

/** Adapts a Fetch API Request to the pipeline's transport-neutral shape. */
export function fromFetchRequest(request: Request, remoteAddress = '127.0.0.1'): PipelineRequest {
  const url = new URL(request.url);
  const headers: IncomingHttpHeaders = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return {
    method: request.method.toUpperCase(),
    url: `${url.pathname}${url.search}`,
    headers,
    readBody: async (limit) => {
      if (!request.body) return Buffer.alloc(0);
      const declared = Number(request.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge();
      const data = Buffer.from(await request.arrayBuffer());
      if (data.length > limit) throw new BodyTooLarge();
      return data;
    },
    remoteAddress,
    signal: request.signal,
  };
}

/** The bytes a client receives, or null when the fault means no answer (reset, hang). */
export function spoiledBody(out: PipelineResponse): Buffer | null {
  const delivery = deliveryOf(out);
  if (delivery.kind === 'reset' || delivery.kind === 'hang') return null;
  return delivery.kind === 'truncate' ? delivery.sent : delivery.body;
}

/** Turns a pipeline answer into a Fetch Response (truncate and malformed faults spoil the body). */
export function toFetchResponse(out: PipelineResponse): Response {
  const bytes = spoiledBody(out) ?? Buffer.alloc(0);
  const headers = new Headers();
  for (const [k, v] of Object.entries(out.headers)) if (k.toLowerCase() !== 'content-length') headers.set(k, v);
  // Statuses that forbid a body (204, 304) must be built without one.
  const bodyless = out.status === 204 || out.status === 304 || bytes.length === 0;
  return new Response(bodyless ? null : bytes, { status: out.status, headers });
}

/**
 * A stream body that is not split when the Response is cloned: msw clones every mocked Response
 * for its lifecycle events, and a cloned body is a `tee()` whose cancel resolves only once both
 * branches are cancelled. Nothing reads or cancels msw's copy, so a client that stops reading (the
 * SDK's `break` cancels before it aborts) would wait forever. The copy gets an empty body instead.
 */
class UnsplitStream<T> extends ReadableStream<T> {
  override tee(): [ReadableStream<T>, ReadableStream<T>] {
    return [this, new ReadableStream<T>({ start: (c) => c.close() })];
  }
}

/** A streamed result (server-sent events) as a Response with a ReadableStream body. */
function streamResponse(out: PipelineResponse, signal: AbortSignal): Response {
  const listeners: (() => void)[] = [];
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    for (const l of listeners) l();
  };
  const encoder = new TextEncoder();
  const body = new UnsplitStream<Uint8Array>({
    start(controller) {
      signal.addEventListener(
        'abort',
        () => {
          close();
          try {
            controller.close();
          } catch {
            /* already closed */
          }
        },
        { once: true },
      );
      out.stream!({
        write: (chunk) => {
          if (!closed) controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : new Uint8Array(chunk));
        },
        end: () => {
          if (closed) return;
          close();
          controller.close();
        },
        onClose: (l) => {
          if (closed) l();
          else listeners.push(l);
        },
      });
    },
    cancel: close,
  });
  return new Response(body, { status: out.status, headers: out.headers });
}
