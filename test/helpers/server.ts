/**
 * Starts a real mailsim on an ephemeral loopback port for a test file, and a tiny fetch wrapper.
 */
import { startMailsim, type MailsimServer, type StartOptions } from '../../src/server.js';

export const DEV_KEY = 'ask_mailsim-dev-key-0123456789abcdefghijklmn';
export const SEED_ACCOUNT_ID = '7d4f0c1e-2a3b-4c5d-8e9f-0a1b2c3d4e5f';
export const SEED_INBOX_ID = '3c9a2b1d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
export const SEED_INBOX_ADDRESS = 'dev@agentsend.io';

export async function startTestServer(options: StartOptions = {}): Promise<MailsimServer> {
  return startMailsim({ db: ':memory:', ports: { agentsend: 0 }, smtp: false, logLevel: 'error', ...options });
}

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** A small client: JSON in, JSON out, never throws on HTTP errors. */
export function client(baseUrl: string, key: string | null = DEV_KEY, authStyle: 'bearer' | 'x-api-key' = 'bearer') {
  return async function call<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const h: Record<string, string> = { ...headers };
    if (key) {
      if (authStyle === 'bearer') h.authorization = `Bearer ${key}`;
      else h['x-api-key'] = key;
    }
    let payload: RequestInit['body'];
    if (body instanceof FormData || typeof body === 'string' || body instanceof Uint8Array)
      payload = body as RequestInit['body'];
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(baseUrl + path, { method, headers: h, body: payload });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  };
}

/** Polls `fn` until it returns a truthy value (for asynchronous status progression). */
export async function eventually<T>(
  fn: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  let last: unknown;
  while (performance.now() < deadline) {
    try {
      const v = await fn();
      if (v) return v as T;
    } catch (e) {
      last = e;
    }
    // The shared poll for what must happen over SMTP, HTTP or a real-time clock: no one engine wait covers it.
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`condition not met within ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
}
