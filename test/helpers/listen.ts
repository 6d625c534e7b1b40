/** Starts a test's own HTTP server on an ephemeral loopback port; `close` also drops open connections. */
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function listenOnLoopback(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Forwards a request unchanged to `upstream` (same method, path, headers and body) and returns the answer. */
export async function forward(
  upstream: string,
  req: IncomingMessage,
): Promise<{ method: string; url: string; path: string; up: Response }> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v;
  const method = req.method ?? 'GET';
  const url = req.url ?? '/';
  const up = await fetch(upstream + url, {
    method,
    headers,
    ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
  });
  return { method, url, path: url.split('?')[0]!, up };
}
