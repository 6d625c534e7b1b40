/**
 * The control plane as a node request handler that loads express only when first needed.
 * `GET /_mailsim/health` is answered directly, so a readiness probe after start does not wait for
 * (or pay for) the whole control plane.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Engine } from '../engine/engine.js';
import type { ControlExtension } from './index.js';

export function healthBody(engine: Engine, provider: string): Record<string, unknown> {
  return { status: 'ok', provider, providers: engine.providerNames(), now: engine.clock.now().toISOString() };
}

export function lazyControl(engine: Engine, provider: string, extensions: ControlExtension[]): (req: IncomingMessage, res: ServerResponse) => void {
  let app: Promise<(req: IncomingMessage, res: ServerResponse) => void> | null = null;
  return (req, res) => {
    if (req.method === 'GET' && (req.url === '/_mailsim/health' || req.url === '/_mailsim/health/')) {
      const body = JSON.stringify(healthBody(engine, provider));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    app ??= import('./index.js').then(({ createControlApp }) => createControlApp(engine, provider, extensions) as unknown as (req: IncomingMessage, res: ServerResponse) => void);
    app.then((handle) => handle(req, res), (e: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: { code: 'INTERNAL_ERROR', message: `control plane failed to load: ${String(e)}` } }));
    });
  };
}
