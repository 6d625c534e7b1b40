/**
 * Helpers for testing your own webhook handling against mailsim: a signature verifier written the
 * way AgentSend signs, and a tiny local receiver that records what it is sent.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Checks an `X-AgentSend-Signature` header: lowercase hex HMAC-SHA256 of the exact raw body, keyed by
 * the full secret including its `whsec_` prefix. Compares in constant time.
 *
 * @example
 * app.post('/hooks', express.raw({ type: 'application/json' }), (req, res) => {
 *   const signature = req.get('x-agentsend-signature');
 *   if (!verifyAgentSendSignature(req.body, signature, process.env.WEBHOOK_SECRET!)) return res.sendStatus(401);
 *   const { event, data } = JSON.parse(req.body.toString('utf8'));
 *   res.sendStatus(200);
 * });
 * @see https://agentsend.io/docs/webhooks
 */
export function verifyAgentSendSignature(
  rawBody: string | Buffer | Uint8Array,
  signatureHeader: string | string[] | null | undefined,
  secret: string,
): boolean {
  const header = Array.isArray(signatureHeader) ? signatureHeader[0] : signatureHeader;
  if (typeof header !== 'string' || typeof secret !== 'string' || secret === '') return false;
  const given = header.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(given)) return false;
  const body = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : Buffer.from(rawBody);
  const expected = createHmac('sha256', secret).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(given, 'hex'));
}

/** One request the receiver got. */
export interface ReceivedWebhook {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The exact body bytes as UTF-8 text: verify signatures against this, not a re-serialised `json`. */
  rawBody: string;
  /** The parsed body, or undefined if it was not JSON. */
  json: any;
}

/** What to answer: a status, or a status with a body, headers and a delay before answering. */
export type WebhookReply =
  | number
  | { status: number; body?: string; headers?: Record<string, string>; delayMs?: number };
export type WebhookResponder =
  | WebhookReply
  | ((request: ReceivedWebhook, index: number) => WebhookReply | Promise<WebhookReply>);

export interface WebhookReceiverOptions {
  /** How to answer; default 200. `index` counts requests from 0. */
  respondWith?: WebhookResponder;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (an ephemeral port). */
  port?: number;
}

export interface WebhookReceiver {
  /** e.g. http://127.0.0.1:54321/webhooks — register this as the webhook URL. */
  url: string;
  received: ReceivedWebhook[];
  /** Resolves with the first `n` requests once that many arrived; rejects after `timeoutMs`. */
  waitFor(n: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  /** Changes how later requests are answered. */
  respondWith(responder: WebhookResponder): void;
  close(): Promise<void>;
}

/**
 * Starts an HTTP receiver on an ephemeral loopback port that records every request.
 *
 * @example
 * const hooks = await startWebhookReceiver();
 * await api.post('/webhooks', { url: hooks.url, events: ['message.received'] });
 * const [first] = await hooks.waitFor(1);
 * expect(verifyAgentSendSignature(first.rawBody, first.headers['x-agentsend-signature'], secret)).toBe(true);
 * await hooks.close();
 */
export async function startWebhookReceiver(options: WebhookReceiverOptions = {}): Promise<WebhookReceiver> {
  let responder: WebhookResponder = options.respondWith ?? 200;
  const received: ReceivedWebhook[] = [];
  const waiters = new Set<() => void>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = rawBody ? JSON.parse(rawBody) : undefined;
      } catch {
        json = undefined;
      }
      const request: ReceivedWebhook = {
        method: req.method ?? 'POST',
        path: req.url ?? '/',
        headers: req.headers,
        rawBody,
        json,
      };
      const index = received.push(request) - 1;
      for (const w of waiters) w();
      void answer(request, index).then(
        (reply) => {
          if (res.destroyed) return;
          res.writeHead(reply.status, { 'content-type': 'text/plain', ...(reply.headers ?? {}) });
          res.end(reply.body ?? '');
        },
        () => {
          if (!res.destroyed) res.writeHead(500).end('receiver responder threw');
        },
      );
    });
  });

  async function answer(
    request: ReceivedWebhook,
    index: number,
  ): Promise<{ status: number; body?: string; headers?: Record<string, string> }> {
    const reply = typeof responder === 'function' ? await responder(request, index) : responder;
    const r = typeof reply === 'number' ? { status: reply } : reply;
    if (r.delayMs) await new Promise((resolve) => setTimeout(resolve, r.delayMs));
    return r;
  }

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host}:${port}/webhooks`,
    received,
    waitFor(n, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          if (received.length < n) return;
          cleanup();
          resolve(received.slice(0, n));
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`webhook receiver got ${received.length} of ${n} requests within ${timeoutMs} ms`));
        }, timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    respondWith(next) {
      responder = next;
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
