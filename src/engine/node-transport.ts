/**
 * The node http transport: turns an IncomingMessage into a pipeline request, and writes the
 * pipeline's answer to the socket — plain, spoiled as a fault says (see faults.ts `deliveryOf`),
 * or held open for a stream.
 */
import { STATUS_CODES, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { readBody } from './body.js';
import type { PipelineRequest, PipelineResponse } from './exchange.js';
import { deliveryOf } from './faults.js';
import type { Pipeline } from './pipeline.js';
import type { ApiDefinition, RenderedError } from './provider.js';
import { renderInternal } from './answers.js';
import { log } from './log.js';

/** Connections the transport holds open (hang faults, streams), so shutdown can release them. */
export type OpenResponses = Set<ServerResponse>;

/**
 * A node request as the pipeline reads it. A class rather than an object literal: V8 keeps a
 * literal with a `get signal()` accessor in dictionary mode (a hash table of its own per request),
 * and under GET load that version promoted ~1.5 KB more per request to the old generation
 * (--trace-gc-nvp) and cost ~15% more CPU per request than these same members on a class.
 */
class NodeRequest implements PipelineRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly remoteAddress: string;
  /** Made only for a handler that reads `signal` (a long wait, a stream); most never do. */
  private gone: AbortController | null = null;
  private closedEarly = false;

  constructor(private readonly req: IncomingMessage) {
    this.method = req.method ?? 'GET';
    this.url = req.url ?? '/';
    this.headers = req.headers;
    this.remoteAddress = req.socket.remoteAddress ?? 'unknown';
  }

  readBody(limit: number): Promise<Buffer> {
    return readBody(this.req, limit);
  }

  get signal(): AbortSignal {
    if (!this.gone) {
      this.gone = new AbortController();
      if (this.closedEarly) this.gone.abort();
    }
    return this.gone.signal;
  }

  /** The client went away before the answer was complete. */
  clientGone(): void {
    this.closedEarly = true;
    this.gone?.abort();
  }
}

/** Runs one node request through the pipeline and writes the answer. Never throws. */
export async function serveNode(
  pipeline: Pipeline,
  req: IncomingMessage,
  res: ServerResponse,
  open: OpenResponses,
): Promise<void> {
  const request = new NodeRequest(req);
  res.on('close', () => {
    if (!res.writableFinished) request.clientGone();
  });
  let out: PipelineResponse;
  try {
    out = await pipeline.process(request);
  } catch (e) {
    // Last line of defence: whatever escaped the pipeline is answered as the API's own internal error.
    log.error('request failed outside the pipeline', { error: e instanceof Error ? e.stack : String(e) });
    const path = (req.url ?? '/').split('?')[0]!;
    const r = renderInternal(pipeline.api, {
      facts: () => ({ method: req.method ?? 'GET', path, requestId: '', headers: req.headers, op: null }),
    });
    const body = Buffer.from(typeof r.body === 'string' ? r.body : JSON.stringify(r.body));
    out = {
      status: r.status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...r.headers },
      body,
      errorCode: r.code,
      fault: null,
    };
  }
  if (out.stream) return openStream(req, res, out, open);
  const delivery = deliveryOf(out);
  switch (delivery.kind) {
    case 'reset':
      req.socket.resetAndDestroy();
      return;
    case 'hang':
      open.add(res);
      res.on('close', () => open.delete(res));
      return;
    case 'send':
      if (res.destroyed) return;
      out.headers['content-length'] = String(delivery.body.length);
      res.writeHead(out.status, out.headers);
      res.end(delivery.body);
      return;
    case 'truncate':
      if (res.destroyed) return;
      // Promise the whole body, send part of it, then close: the client sees a premature end.
      out.headers['content-length'] = String(delivery.body.length);
      res.writeHead(out.status, out.headers);
      res.write(delivery.sent, () => res.destroy());
      return;
  }
}

/** Writes the headers of a streamed result and hands the open response to its producer. */
function openStream(req: IncomingMessage, res: ServerResponse, out: PipelineResponse, open: OpenResponses): void {
  res.writeHead(out.status, out.headers);
  res.flushHeaders();
  open.add(res);
  const listeners: (() => void)[] = [];
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    open.delete(res);
    for (const l of listeners) l();
  };
  res.on('close', close);
  req.socket.setTimeout(0);
  out.stream!({
    write: (chunk) => {
      if (!closed) res.write(chunk);
    },
    end: () => {
      if (!closed) res.end();
    },
    onClose: (listener) => {
      if (closed) listener();
      else listeners.push(listener);
    },
  });
}

/**
 * A request node's HTTP parser could not read (bytes outside what a request line or header may
 * hold, a malformed header): answered in the API's envelope as an invalid request, then closed,
 * instead of node's bare `400 Bad Request`.
 */
export function answerUnreadable(api: ApiDefinition<any>, err: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || !String(err.code ?? '').startsWith('HPE_')) {
    socket.destroy();
    return;
  }
  const facts = { method: 'GET', path: '/', requestId: '', headers: {}, op: null };
  let r: RenderedError;
  try {
    r = api.renderOutcome(
      { kind: 'invalid_request', details: { request: [`the request could not be parsed (${err.code})`] } },
      facts,
    );
  } catch {
    r = renderInternal(api, { facts: () => facts });
  }
  const body = Buffer.from(typeof r.body === 'string' ? r.body : JSON.stringify(r.body));
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    ...r.headers,
    'content-length': String(body.length),
    connection: 'close',
  };
  const head = `HTTP/1.1 ${r.status} ${STATUS_CODES[r.status] ?? 'Error'}\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n')}\r\n\r\n`;
  socket.end(Buffer.concat([Buffer.from(head, 'latin1'), body]));
}
