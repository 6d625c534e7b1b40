/**
 * One HTTP/1.1 exchange over a bare socket, so the fuzzer can send what fetch refuses to: raw bytes
 * in the request line, repeated and odd headers, a body shorter than it claims. The answer is read
 * until the server closes (every request says `Connection: close`); a request nobody answers within
 * the timeout, or a connection dropped before any byte, is reported as such, never thrown.
 */
import { connect } from 'node:net';
import { connect as connectTls } from 'node:tls';

export interface RawRequest {
  method: string;
  /** Request target bytes as sent: path and query, already encoded (or deliberately not). */
  target: Buffer;
  headers: [string, string | Buffer][];
  body: Buffer;
}

export interface RawResponse {
  /** 0 when no status line arrived. */
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Why nothing (or nothing whole) came back: 'timeout', 'reset', or a socket error message. */
  transportError: string | null;
}

export function requestBytes(host: string, req: RawRequest): Buffer {
  const lines: Buffer[] = [Buffer.from(`${req.method} `), req.target, Buffer.from(' HTTP/1.1\r\n')];
  // The caller's own Host header, if it sends one, replaces the target's (a DNS-rebinding probe does).
  const ownHost = req.headers.some(([name]) => name.toLowerCase() === 'host');
  lines.push(Buffer.from(`${ownHost ? '' : `Host: ${host}\r\n`}Connection: close\r\n`));
  for (const [name, value] of req.headers)
    lines.push(Buffer.from(`${name}: `), Buffer.from(value), Buffer.from('\r\n'));
  lines.push(Buffer.from('\r\n'), req.body);
  return Buffer.concat(lines);
}

function dechunk(body: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const eol = body.indexOf('\r\n', at);
    if (eol === -1) break;
    const size = Number.parseInt(body.subarray(at, eol).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    out.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}

export function parseResponse(whole: Buffer, transportError: string | null): RawResponse {
  let bytes = whole;
  // Interim answers (`100 Continue` to `Expect: 100-continue`) come before the real one.
  while (/^HTTP\/1\.[01] 1\d\d /.test(bytes.subarray(0, 16).toString('latin1'))) {
    const end = bytes.indexOf('\r\n\r\n');
    if (end === -1) break;
    bytes = bytes.subarray(end + 4);
  }
  const split = bytes.indexOf('\r\n\r\n');
  const head = (split === -1 ? bytes : bytes.subarray(0, split)).toString('latin1');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = split === -1 ? Buffer.alloc(0) : bytes.subarray(split + 4);
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(body);
  return { status, headers, body, transportError: status === 0 ? (transportError ?? 'no answer') : null };
}

/** Sends `req` to `baseUrl` (http or https) and resolves with whatever came back. */
export function exchange(baseUrl: string, req: RawRequest, timeoutMs = 10_000): Promise<RawResponse> {
  const url = new URL(baseUrl);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = url.protocol === 'https:' ? connectTls({ host, port, servername: host }) : connect({ host, port });
    const chunks: Buffer[] = [];
    let settled = false;
    const done = (error: string | null): void => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(parseResponse(Buffer.concat(chunks), error));
    };
    socket.setTimeout(timeoutMs, () => done('timeout'));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => done(null));
    socket.on('close', () => done('reset'));
    socket.on('error', (e) => done(e.message));
    socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
      socket.write(requestBytes(url.host, req));
    });
  });
}
