/**
 * The control plane as a node request handler, built on first use. `GET /_mailsim/health` is
 * answered directly (with the same body the control API gives), so a readiness probe right after
 * start neither waits for nor pays for loading the control contract.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Engine } from '../engine/engine.js';
import { serveNode } from '../engine/node-transport.js';
import { controlPipelineOf } from './api.js';
import { healthBody } from './state.js';

export function lazyControl(
  engine: Engine,
  provider: string,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    if (req.method === 'GET' && (req.url === '/_mailsim/health' || req.url === '/_mailsim/health/')) {
      const body = JSON.stringify(healthBody(engine, provider));
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
      return;
    }
    await serveNode(controlPipelineOf(engine, provider), req, res, engine.open);
  };
}
