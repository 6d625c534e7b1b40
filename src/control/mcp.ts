/**
 * `/_mailsim/mcp`: the MCP server on every port's control plane, over the Streamable HTTP
 * transport in stateless mode. The pipeline has admitted the request (Host, Origin, token) and
 * checked it is JSON; the SDK's web-standard transport gets it as a Fetch Request and answers a
 * Response, which goes back as a download (JSON, or nothing) or as a stream (an event stream).
 *
 * The tools call the control plane in process, through this port's control pipeline, with the
 * caller's own Host and credentials: they can do exactly what the caller may.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Engine } from '../engine/engine.js';
import { serveFetch, type HeldAnswers } from '../engine/fetch-transport.js';
import type { Handler, HandlerResult, StreamChannel } from '../engine/provider.js';
import { createControlClient } from '../testing/control-client.js';
import { TOKEN_HEADER } from './access.js';
import { controlPipelineOf } from './api.js';

/**
 * The MCP SDK and the tool definitions (zod schemas) are loaded on the first MCP request: loaded
 * with the control plane, they cost every start about a twentieth of its CPU time, for a feature
 * most runs never touch.
 */
async function mcpModules() {
  const [sdk, tools] = await Promise.all([
    import('@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js'),
    import('../mcp/server.js'),
  ]);
  return { Transport: sdk.WebStandardStreamableHTTPServerTransport, createMcpServer: tools.createMcpServer };
}

/** Headers that describe one hop or one body, not the request: a rebuilt Request sets its own. */
const HOP_HEADERS = new Set(['content-length', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'expect']);

function fetchHeaders(headers: IncomingHttpHeaders): Headers {
  const out = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_HEADERS.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) out.append(name, v);
  }
  return out;
}

/** A fetch that answers control requests in process, carrying the MCP caller's Host and credentials. */
function inProcessControl(
  engine: Engine,
  provider: string,
  caller: IncomingHttpHeaders,
  signal: AbortSignal | undefined,
): typeof fetch {
  const held: HeldAnswers = new Set();
  return async (input, init) => {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    for (const name of ['host', 'authorization', TOKEN_HEADER]) {
      const v = caller[name];
      if (typeof v === 'string') headers.set(name, v);
    }
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
    const local = new Request(request.url, { method: request.method, headers, body, ...(signal ? { signal } : {}) });
    return serveFetch(controlPipelineOf(engine, provider), local, held);
  };
}

/** Sends an event-stream body on as it is produced; `done` runs once, when it ends either way. */
function pump(body: ReadableStream<Uint8Array>, done: () => void): (channel: StreamChannel) => void {
  return (channel) => {
    const reader = body.getReader();
    channel.onClose(() => {
      reader.cancel().catch(() => undefined);
      done();
    });
    void (async () => {
      try {
        for (;;) {
          const { done: ended, value } = await reader.read();
          if (ended) break;
          channel.write(Buffer.from(value));
        }
      } catch {
        // The client went away, or the server closed the stream: nothing more to send.
      } finally {
        channel.end();
        done();
      }
    })();
  };
}

/** The SDK's Response as the pipeline's result. */
async function resultOf(response: Response, done: () => void): Promise<HandlerResult> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'content-length' && name !== 'content-type') headers[name] = value;
  });
  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith('text/event-stream') && response.body) {
    return {
      status: response.status,
      headers: { ...headers, 'content-type': type },
      stream: pump(response.body, done),
    };
  }
  const data = Buffer.from(await response.arrayBuffer());
  done();
  if (data.length === 0) return { status: response.status, headers };
  return { status: response.status, headers, download: { data, contentType: type || 'application/json' } };
}

export function mcpHandlers(engine: Engine, provider: string): Record<string, Handler> {
  // Stateless: no session to end and no server-initiated stream to open; MCP clients expect 405.
  const notAllowed: Handler = () => ({
    status: 405,
    headers: { allow: 'POST' },
    body: {
      jsonrpc: '2.0',
      error: { code: -32000, message: 'Method not allowed: this MCP server is stateless; POST JSON-RPC messages' },
      id: null,
    },
  });
  return {
    postMcp: async (ctx, input) => {
      const { Transport, createMcpServer } = await mcpModules();
      const base = engine.baseUrl(provider) ?? 'http://localhost';
      const control = createControlClient(base, {
        fetch: inProcessControl(engine, provider, input.headers, ctx.signal),
      });
      const server = createMcpServer({ control, baseUrl: base, fetch: globalThis.fetch });
      const transport = new Transport({ sessionIdGenerator: undefined });
      await server.connect(transport);
      let closed = false;
      const done = (): void => {
        if (closed) return;
        closed = true;
        void server.close();
      };
      const request = new Request(new URL(ctx.path, base), {
        method: 'POST',
        headers: fetchHeaders(input.headers),
        body: input.bodyBytes,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      });
      return resultOf(await transport.handleRequest(request), done);
    },
    openMcpStream: notAllowed,
    closeMcpSession: notAllowed,
  };
}
