/**
 * `mailsim proxy`: a drift detector. Forwards every request unchanged (method, path, headers,
 * body) to the real API, streams the real answer back unchanged, and checks both against the
 * contract with Prism. Violations go to the log and to a journal served at
 * `/_mailsim/requests` on the proxy's own port, in the same shape as the emulator's journal.
 */
import { randomBytes } from 'node:crypto';
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { Contract } from '../engine/contract.js';
import { Journal } from '../engine/journal.js';
import { log } from '../engine/log.js';
import { contractPath } from '../paths.js';
import { PrismContract, parseBody, type ContractViolation } from './validate.js';

export interface ProxyOptions {
  provider: string;
  /** Where requests really go, e.g. https://api.agentsend.io. */
  upstream: string;
  port?: number;
  host?: string;
  journalSize?: number;
  /** Largest request body accepted (it is buffered to be validated); default 32 MiB. */
  maxBodyBytes?: number;
  /** Largest response copy kept for validation; larger answers are forwarded but not checked. */
  maxValidatedBytes?: number;
}

export interface RunningProxy {
  url: string;
  port: number;
  journal: Journal;
  close(): Promise<void>;
}

/** Headers that describe one connection, not the message, and so are never forwarded. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

const forwardable = (headers: IncomingHttpHeaders): IncomingHttpHeaders =>
  Object.fromEntries(Object.entries(headers).filter(([k]) => !HOP_BY_HOP.has(k.toLowerCase())));

export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const upstream = new URL(options.upstream);
  if (upstream.protocol !== 'http:' && upstream.protocol !== 'https:')
    throw new Error(`--upstream must be an http(s) URL, got ${options.upstream}`);
  const prism = await PrismContract.load(options.provider);
  const contract = Contract.load(contractPath(options.provider));
  const journal = new Journal(options.journalSize ?? 1000);
  const maxBody = options.maxBodyBytes ?? 32 * 1024 * 1024;
  const maxValidated = options.maxValidatedBytes ?? 8 * 1024 * 1024;
  const basePath = upstream.pathname.replace(/\/+$/, '');

  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/_mailsim')) return control(req, res, journal, options);
    void forward(req, res).catch((e) => {
      log.error(`proxy: ${req.method} ${req.url} failed`, { error: String(e) });
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });

  async function forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const rawUrl = req.url ?? '/';
    const [path = '/', query = ''] = rawUrl.split(/\?(.*)/s, 2);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size > maxBody) {
        res.writeHead(413, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            error: {
              code: 'PAYLOAD_TOO_LARGE',
              message: `mailsim proxy buffers at most ${maxBody} bytes`,
              status: 413,
            },
          }),
        );
        return;
      }
      chunks.push(c as Buffer);
    }
    const body = Buffer.concat(chunks);
    const match = contract.match(method, path);
    const operationId = match.kind === 'match' ? match.op.id : null;
    const violations: ContractViolation[] = [];
    if (operationId)
      violations.push(
        ...checkRequest(prism, operationId, method, path, query, req.headers, body).map((v) => side('request', v)),
      );
    else
      violations.push({
        where: 'path',
        pointer: '',
        message: `request ${method} ${path} matches no operation in the contract`,
      });

    const target = new URL(`${basePath}${rawUrl}`, upstream);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers = { ...forwardable(req.headers), host: target.host };
    const upstreamReq = send(target, { method, headers });
    upstreamReq.on('error', (e) => {
      const message = `upstream ${upstream.origin} unreachable: ${e.message}`;
      log.warn(`proxy: ${message}`);
      record(journal, options.provider, {
        method,
        path,
        query,
        operationId,
        status: 502,
        started,
        errorCode: 'UPSTREAM_UNREACHABLE',
        violations,
      });
      if (!res.headersSent)
        res
          .writeHead(502, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { code: 'UPSTREAM_UNREACHABLE', message, status: 502 } }));
      else res.destroy();
    });
    upstreamReq.on('response', (up) => {
      res.writeHead(up.statusCode ?? 502, up.statusMessage, forwardable(up.headers));
      const copy: Buffer[] = [];
      let kept = 0;
      let truncated = false;
      up.on('data', (c: Buffer) => {
        res.write(c);
        if (kept + c.length <= maxValidated) {
          copy.push(c);
          kept += c.length;
        } else truncated = true;
      });
      up.on('end', () => {
        res.end();
        const status = up.statusCode ?? 0;
        const text = truncated ? null : decode(Buffer.concat(copy), up.headers['content-encoding']);
        if (operationId && text !== null) {
          const resHeaders = Object.fromEntries(
            Object.entries(up.headers).filter(([, v]) => typeof v === 'string'),
          ) as Record<string, string>;
          const parsed = parseBody(text, resHeaders['content-type']);
          if (parsed.error) violations.push(side('response', { where: 'body', pointer: '', message: parsed.error }));
          else
            violations.push(
              ...prism
                .validateResponse(operationId, { status, headers: resHeaders, body: parsed.body })
                .map((v) => side('response', v)),
            );
          const code = (parsed.body as { error?: { code?: unknown } } | undefined)?.error?.code;
          record(journal, options.provider, {
            method,
            path,
            query,
            operationId,
            status,
            started,
            errorCode: typeof code === 'string' ? code : null,
            violations,
          });
        } else {
          record(journal, options.provider, {
            method,
            path,
            query,
            operationId,
            status,
            started,
            errorCode: null,
            violations,
          });
        }
        for (const v of violations) {
          const at = `${v.where}${v.pointer ? ` ${v.pointer}` : ''}`;
          log.warn(`proxy: contract drift in ${operationId ?? `${method} ${path}`} (${status}): ${at}: ${v.message}`);
        }
      });
      up.on('error', () => res.destroy());
    });
    upstreamReq.end(body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3100, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host =
    options.host === undefined || options.host === '127.0.0.1' || options.host === '0.0.0.0'
      ? 'localhost'
      : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    journal,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Says which side broke the contract, unless Prism's message already does ("Response body ..."). */
function side(which: 'request' | 'response', v: ContractViolation): ContractViolation {
  return new RegExp(`^${which}\\b`, 'i').test(v.message) ? v : { ...v, message: `${which} ${v.message}` };
}

function checkRequest(
  prism: PrismContract,
  operationId: string,
  method: string,
  path: string,
  query: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
): ContractViolation[] {
  const flat = Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
  ) as Record<string, string>;
  const q: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(query)) {
    const prev = q[k];
    q[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  const contentType = flat['content-type'];
  const text = body.toString('utf8');
  const parsed = body.length === 0 ? undefined : contentType && /json/i.test(contentType) ? safeJson(text) : text;
  return prism.validateRequest(operationId, { method, path, query: q, headers: flat, body: parsed });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The response text for validation; the client still gets the original (possibly compressed) bytes. */
function decode(data: Buffer, encoding: string | string[] | undefined): string | null {
  const e = (Array.isArray(encoding) ? encoding[0] : encoding)?.toLowerCase().trim();
  try {
    if (!e || e === 'identity') return data.toString('utf8');
    if (e === 'gzip' || e === 'x-gzip') return gunzipSync(data).toString('utf8');
    if (e === 'deflate') return inflateSync(data).toString('utf8');
    if (e === 'br') return brotliDecompressSync(data).toString('utf8');
  } catch {
    return null;
  }
  return null;
}

interface Observed {
  method: string;
  path: string;
  query: string;
  operationId: string | null;
  status: number;
  started: number;
  errorCode: string | null;
  violations: ContractViolation[];
}

function record(journal: Journal, provider: string, o: Observed): number {
  return journal.add({
    atMs: Date.now(),
    provider,
    requestId: randomBytes(8).toString('hex'),
    method: o.method,
    path: o.path,
    query: o.query,
    operationId: o.operationId,
    status: o.status,
    latencyMs: Math.round((performance.now() - o.started) * 100) / 100,
    tenant: null,
    idempotentReplay: false,
    fault: null,
    errorCode: o.errorCode,
    source: 'proxy',
    violations: o.violations.map((v) => {
      const expected = v.expected !== undefined ? ` (expected ${v.expected}, got ${v.got ?? '?'})` : '';
      return { pointer: v.pointer, message: `${v.message}${expected} [${v.where}]` };
    }),
  });
}

function control(req: IncomingMessage, res: ServerResponse, journal: Journal, options: ProxyOptions): void {
  const url = new URL(req.url ?? '/', 'http://proxy.local');
  const send = (status: number, body?: unknown): void => {
    if (body === undefined) res.writeHead(status).end();
    else res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  };
  if (req.method === 'GET' && url.pathname === '/_mailsim/health')
    return send(200, { status: 'ok', mode: 'proxy', provider: options.provider, upstream: options.upstream });
  if (url.pathname === '/_mailsim/requests' && req.method === 'DELETE') {
    journal.clear();
    return send(204);
  }
  if (url.pathname === '/_mailsim/requests' && req.method === 'GET') {
    const q = url.searchParams;
    const limit = q.has('limit') ? Number(q.get('limit')) : 100;
    const status = q.has('status') ? Number(q.get('status')) : undefined;
    if (!Number.isInteger(limit) || limit < 1 || (status !== undefined && !Number.isInteger(status)))
      return send(400, { error: { code: 'BAD_REQUEST', message: 'status and limit must be integers' } });
    const data = journal.list({
      limit,
      ...(status !== undefined ? { status } : {}),
      violations: q.get('violations') === 'true',
      ...(q.get('path') ? { path: q.get('path')! } : {}),
      ...(q.get('operation') ? { operation: q.get('operation')! } : {}),
    });
    return send(200, { data, total: data.length });
  }
  send(404, {
    error: { code: 'NOT_FOUND', message: `no control endpoint ${req.method} ${url.pathname} on the proxy` },
  });
}
