/**
 * A deliberately wrong Commune: a node http server on an ephemeral loopback port that forwards
 * every request to a real emulator and plants exactly one fault per chosen route, each a mistake a
 * Commune look-alike plausibly makes. The Commune contract test must catch each with a pointer.
 */
import { createServer, type Server } from 'node:http';
import { forward, listenOnLoopback } from '../helpers/listen.js';

export interface CommunePlanted {
  /** Step or error-case ids of the contract-test run that hit this fault. */
  caseIds: string[];
  describe: string;
}

export const COMMUNE_PLANTED: Record<string, CommunePlanted> = {
  wrongTypeInData: { caseIds: ['getInbox'], describe: 'GET an inbox answers {data:{createdAt: <number>}}' },
  wrongErrorFamily: {
    caseIds: ['getAttachment:unknown-id'],
    describe: 'an unknown attachment gets an AgentSend-style {error:{code,message}} body',
  },
  missingCursorField: { caseIds: ['listThreads'], describe: 'the first page of threads has no has_more' },
  deleteAnswers204: {
    caseIds: ['deleteDomainInbox', 'deleteInbox'],
    describe: 'DELETE an inbox answers 204 with no body instead of 200 {data:{ok:true}}',
  },
};

const ID = '[^/?]+';
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

export async function startBrokenCommuneServer(upstream: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const { method, url, path, up } = await forward(upstream, req);
    const text = await up.text();
    let status = up.status;
    let body: any = text && /json/.test(up.headers.get('content-type') ?? '') ? JSON.parse(text) : undefined;

    if (method === 'GET' && new RegExp(`^/v1/domains/${ID}/inboxes/${ID}$`).test(path) && status === 200)
      body.data.createdAt = 1_700_000_000;
    if (method === 'GET' && new RegExp(`^/v1/attachments/${ID}$`).test(path) && status === 404)
      body = { error: { code: 'NOT_FOUND', message: 'Attachment not found' } };
    if (method === 'GET' && path === '/v1/threads' && status === 200 && !url.includes('cursor=')) delete body.has_more;
    if (method === 'DELETE' && new RegExp(`^/v1/domains/${ID}/inboxes/${ID}$`).test(path) && status === 200) {
      status = 204;
      body = undefined;
    }

    const out: Record<string, string> = {};
    up.headers.forEach((v, k) => {
      if (!HOP_BY_HOP.has(k) && k !== 'content-type') out[k] = v;
    });
    if (body === undefined) {
      const passThrough = status === 204 ? '' : text;
      res
        .writeHead(status, {
          ...out,
          ...(passThrough ? { 'content-type': up.headers.get('content-type') ?? 'text/plain' } : {}),
        })
        .end(passThrough);
      return;
    }
    res.writeHead(status, { ...out, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  });
  return listenOnLoopback(server);
}
