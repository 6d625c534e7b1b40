/**
 * Runs the engine with the tiny synthetic provider on an ephemeral loopback port, through the same
 * `startMailsim` a real provider runs on (the pipeline for API paths, the control plane under
 * /_mailsim, the start-up traffic settings applied from a config).
 */
import type { Engine } from '../../src/engine/engine.js';
import type { Clock } from '../../src/engine/clock.js';
import type { MailsimConfig } from '../../src/config.js';
import { startMailsim } from '../../src/server.js';
import { tinyProvider, type TinyOptions } from './tiny/provider.js';

export interface TinyServer {
  url: string;
  engine: Engine;
  close(): Promise<void>;
}

export async function startTiny(
  options: TinyOptions & { config?: Partial<MailsimConfig>; clock?: Clock } = {},
): Promise<TinyServer> {
  const server = await startMailsim({
    db: ':memory:',
    logLevel: 'error',
    validation: 'strict',
    seed: true,
    host: '127.0.0.1',
    ...options.config,
    smtp: false,
    ports: { tiny: 0 },
    providers: [tinyProvider(options)],
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return { url: server.url('tiny'), engine: server.engine, close: () => server.close() };
}

/** JSON over fetch; never throws on HTTP errors. */
export function tinyClient(url: string, key: string | null = 'tk_alpha') {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const h: Record<string, string> = { ...headers };
    if (key) h.authorization = `Bearer ${key}`;
    if (body !== undefined) h['content-type'] ??= 'application/json';
    const res = await fetch(url + path, {
      method,
      headers: h,
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, body: json, text };
  };
}

/** Calls the control plane (JSON in, JSON out). */
export async function control(
  url: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: any }> {
  const res = await fetch(url + path, {
    method,
    ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
