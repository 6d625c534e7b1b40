/** `GET /v1/reference/api/`: the live schema, which is mailsim's own Gent contract. */
import type { GentHandler, GentHandlers } from '../auth.js';
import { gentDocument } from '../domain/contract.js';

const getApiReference: GentHandler<'getApiReference'> = (ctx) => {
  const doc = gentDocument();
  return {
    status: 200,
    body: { ...doc, servers: [{ url: ctx.baseUrl(), description: 'this emulator' }, ...(doc.servers ?? []).slice(1)] },
  };
};

export const handlers = { getApiReference } satisfies Partial<GentHandlers>;
