/** `GET /v1/reference/api/`: the live schema, which is mailsim's own Gent contract. */
import type { Handler } from '../../../engine/provider.js';
import { gentDocument } from '../contract-document.js';

const getApiReference: Handler = (ctx) => {
  const doc = gentDocument();
  return {
    status: 200,
    body: { ...doc, servers: [{ url: ctx.baseUrl(), description: 'this emulator' }, ...(doc.servers ?? []).slice(1)] },
  };
};

export const handlers: Record<string, Handler> = { getApiReference };
