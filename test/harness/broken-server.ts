/**
 * A deliberately wrong AgentSend: a node http server on an ephemeral port that forwards to a real
 * emulator and then plants exactly one fault per chosen route. The contract test must catch each.
 */
import { createServer, type Server } from 'node:http';
import { forward, listenOnLoopback } from '../helpers/listen.js';

export interface Planted {
  /** Step or error-case id of the contract-test run that hits this fault. */
  caseId: string;
  describe: string;
}

/** The faults, keyed by what they break. */
export const PLANTED: Record<string, Planted> = {
  wrongType: { caseId: 'getInbox', describe: 'GET /inboxes/{id} answers id as a number' },
  missingField: { caseId: 'getMessage', describe: 'GET /messages/{id} leaves out subject' },
  wrongStatus: { caseId: 'createWebhook', describe: 'POST /webhooks answers 200 instead of 201' },
  wrongEnvelope: { caseId: 'getThread:unknown-id', describe: 'an unknown thread gets a framework-style 404 body' },
  undeclaredStatus: { caseId: 'deleteMessage', describe: 'DELETE /messages/{id} answers 200 with a body' },
};

const UUID = '[0-9a-f-]{36}';

export async function startBrokenServer(upstream: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const { method, url: path, up } = await forward(upstream, req);
    const text = await up.text();
    let status = up.status;
    let body: any = text ? JSON.parse(text) : undefined;

    if (method === 'GET' && new RegExp(`^/inboxes/${UUID}$`).test(path) && status === 200) body.id = 12345;
    if (method === 'GET' && new RegExp(`^/messages/${UUID}$`).test(path) && status === 200) delete body.subject;
    if (method === 'POST' && path === '/webhooks' && status === 201) status = 200;
    if (method === 'GET' && new RegExp(`^/threads/${UUID}$`).test(path) && status === 404)
      body = { message: 'Not Found', error: 'Not Found', statusCode: 404 };
    if (method === 'DELETE' && new RegExp(`^/messages/${UUID}$`).test(path) && status === 204) {
      status = 200;
      body = { deleted: true };
    }

    const out: Record<string, string> = {};
    up.headers.forEach((v, k) => {
      if (k.startsWith('x-ratelimit') || k === 'retry-after') out[k] = v;
    });
    if (body === undefined) {
      res.writeHead(status, out).end();
      return;
    }
    res.writeHead(status, { ...out, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  });
  return listenOnLoopback(server);
}
