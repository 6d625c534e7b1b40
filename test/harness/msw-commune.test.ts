import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNE_DEV_KEY, createHandlers } from '../../src/testing/msw.js';

// Commune in process, on its production base URL, with no port: the same engine as the server.
const handlers = createHandlers({ provider: 'commune' });
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  server.close();
  handlers.close();
});

const call = (method: string, path: string, body?: unknown) =>
  fetch(`https://api.commune.email${path}`, {
    method,
    headers: { authorization: `Bearer ${COMMUNE_DEV_KEY}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

describe('msw mode for Commune', () => {
  it('creates an inbox and sends from it with Commune shapes', async () => {
    const inbox = await call('POST', '/v1/inboxes', { local_part: 'msw-agent' });
    expect(inbox.status).toBe(201);
    const created = (await inbox.json()) as { data: { id: string; address: string } };
    expect(created.data.address).toBe('msw-agent@commune.email');
    const send = await call('POST', '/v1/messages/send', {
      to: 'someone@example.com',
      subject: 'hi',
      text: 'hello',
      inbox_id: created.data.id,
    });
    expect(send.status).toBe(202);
    const sent = (await send.json()) as { data: { id: string; status: string } };
    expect(sent.data.id).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(sent.data.status).toBe('queued');
  });

  it('answers errors in Commune families', async () => {
    const res = await fetch('https://api.commune.email/v1/inboxes');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'Missing Authorization header' });
  });
});
