/**
 * A deliberately wrong Gent: forwards every request to a real emulator and plants one fault per
 * chosen route, each a mistake a Gent look-alike plausibly makes. The Gent contract test must catch
 * each with a pointer.
 */
import { createServer, type Server } from 'node:http';
import { forward, listenOnLoopback } from '../helpers/listen.js';

export const GENT_PLANTED: Record<string, { caseIds: string[]; describe: string }> = {
  stringIsRead: { caseIds: ['getMessage'], describe: 'a message answers is_read as a string' },
  envelopeWithoutCode: { caseIds: ['getMessage:unknown-id'], describe: "an unknown message's 404 has no `code`" },
  approvalsWrapped: {
    caseIds: ['listApprovals'],
    describe: 'the approvals list is wrapped in {results} instead of a bare array',
  },
  createAnswers200: { caseIds: ['createTask'], describe: 'creating a task answers 200 instead of 201' },
};

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

export async function startBrokenGentServer(upstream: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const { method, path, up } = await forward(upstream, req);
    const text = await up.text();
    let status = up.status;
    let body: any = text && /json/.test(up.headers.get('content-type') ?? '') ? JSON.parse(text) : undefined;

    if (method === 'GET' && /^\/v1\/messages\/msg_[^/]+\/$/.test(path) && status === 200) body.is_read = 'no';
    if (method === 'GET' && /^\/v1\/messages\/[^/]+\/$/.test(path) && status === 404) delete body.code;
    if (method === 'GET' && path === '/v1/approvals/' && status === 200) body = { results: body };
    if (method === 'POST' && path === '/v1/tasks/' && status === 201) status = 200;

    const out: Record<string, string> = {};
    up.headers.forEach((v, k) => {
      if (!HOP_BY_HOP.has(k) && k !== 'content-type') out[k] = v;
    });
    if (body === undefined) {
      res
        .writeHead(status, {
          ...out,
          ...(text ? { 'content-type': up.headers.get('content-type') ?? 'text/plain' } : {}),
        })
        .end(status === 204 ? '' : text);
      return;
    }
    res.writeHead(status, { ...out, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  });
  return listenOnLoopback(server);
}
