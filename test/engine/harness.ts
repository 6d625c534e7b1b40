/**
 * Runs the engine with the tiny synthetic provider on an ephemeral loopback port, wired the way
 * src/server.ts wires a real provider: the pipeline for API paths, the control plane under
 * /_mailsim, the start-up traffic settings applied from a config.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Engine } from '../../src/engine/engine.js';
import { Clock } from '../../src/engine/clock.js';
import { setLogLevel } from '../../src/engine/log.js';
import { createControlApp } from '../../src/control/index.js';
import { applyTrafficConfig } from '../../src/control/scenarios.js';
import { buildConfig, type MailsimConfig } from '../../src/config.js';
import { tinyProvider, type TinyOptions } from './tiny/provider.js';

export interface TinyServer {
  url: string;
  engine: Engine;
  close(): Promise<void>;
}

export async function startTiny(options: TinyOptions & { config?: Partial<MailsimConfig>; clock?: Clock } = {}): Promise<TinyServer> {
  const config = buildConfig({ db: ':memory:', logLevel: 'error', ...options.config });
  setLogLevel(config.logLevel);
  const clock = options.clock ?? new Clock();
  if (config.clockFrozenAt) {
    clock.setMode('frozen');
    clock.set(Date.parse(config.clockFrozenAt));
  }
  const engine = new Engine({ db: config.db, validation: 'strict', journalSize: config.journalSize, seed: true, settings: {}, clock });
  engine.addProvider(tinyProvider(options));
  applyTrafficConfig(engine, config);
  const pipeline = engine.provider('tiny')!.pipeline;
  const control = createControlApp(engine, 'tiny');
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/_mailsim')) control(req, res);
    else void pipeline.handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  engine.setBaseUrl('tiny', url);
  return {
    url,
    engine,
    async close() {
      for (const res of engine.hung) res.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      engine.close();
    },
  };
}

/** JSON over fetch; never throws on HTTP errors. */
export function tinyClient(url: string, key: string | null = 'tk_alpha') {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const h: Record<string, string> = { ...headers };
    if (key) h.authorization = `Bearer ${key}`;
    if (body !== undefined) h['content-type'] ??= 'application/json';
    const res = await fetch(url + path, { method, headers: h, ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}) });
    const text = await res.text();
    let json: any;
    try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
    return { status: res.status, headers: res.headers, body: json, text };
  };
}

/** Calls the control plane (JSON in, JSON out). */
export async function control(url: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(url + path, { method, ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
