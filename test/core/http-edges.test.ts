import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, DEV_KEY, startTestServer } from '../helpers/server.js';

let server: MailsimServer;
let url: string;

beforeAll(async () => {
  server = await startTestServer();
  url = server.url();
});
afterAll(() => server.close());

const UNAUTHORIZED = { error: { code: 'UNAUTHORIZED', message: 'Invalid or missing API key', status: 401 } };

describe('authentication', () => {
  it('accepts both Authorization: Bearer and x-api-key', async () => {
    expect((await client(url, DEV_KEY, 'bearer')('GET', '/account')).status).not.toBe(401);
    expect((await client(url, DEV_KEY, 'bearer')('GET', '/inboxes')).status).toBe(200);
    expect((await client(url, DEV_KEY, 'x-api-key')('GET', '/inboxes')).status).toBe(200);
  });

  it('answers no key, a wrong key and a malformed header with the exact 401 envelope and no rate-limit headers', async () => {
    const variants: Record<string, string>[] = [
      {},
      { authorization: 'Bearer ask_wrongwrongwrongwrongwrongwrongwrongwrong' },
      { authorization: 'Basic abc' },
      { 'x-api-key': 'nope' },
    ];
    for (const headers of variants) {
      const res = await fetch(`${url}/inboxes`, { headers });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual(UNAUTHORIZED);
      expect(res.headers.get('x-ratelimit-limit')).toBeNull();
    }
  });

  it('keeps /health public', async () => {
    const r = await client(url, null)('GET', '/health');
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('ok');
    expect(Date.parse(r.body.timestamp)).not.toBeNaN();
  });
});

describe('malformed requests', () => {
  const api = () => client(url);

  it('answers malformed JSON with 400 VALIDATION_ERROR, never 500', async () => {
    const r = await api()('POST', '/inboxes', '{"displayName": ', { 'content-type': 'application/json' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_ERROR');
  });

  it('answers a text/plain body with 400 VALIDATION_ERROR and empty details, like the real server', async () => {
    const r = await api()('POST', '/inboxes', 'hello', { 'content-type': 'text/plain' });
    expect(r.status).toBe(400);
    expect(r.body.error).toEqual({
      code: 'VALIDATION_ERROR',
      message: 'Request validation failed',
      status: 400,
      details: {},
    });
  });

  it('answers a JSON body over 1 MiB with 413 in the envelope', async () => {
    const r = await api()('POST', '/inboxes', JSON.stringify({ displayName: 'x'.repeat(1_100_000) }), {
      'content-type': 'application/json',
    });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an unknown route with a valid key as Fastify does, and without a key with 401 first', async () => {
    const known = await api()('GET', '/no-such-thing');
    expect(known.status).toBe(404);
    expect(known.body).toEqual({ message: 'Route GET:/no-such-thing not found', error: 'Not Found', statusCode: 404 });
    const anonymous = await client(url, null)('GET', '/no-such-thing');
    expect(anonymous.status).toBe(401);
  });

  it('answers a wrong method on a known path as an unknown route', async () => {
    const r = await api()('PATCH', '/inboxes');
    expect(r.status).toBe(404);
  });

  it('rejects a JSON array body where an object is required', async () => {
    const r = await api()('POST', '/inboxes', [1, 2]);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_ERROR');
  });
});

describe('control plane', () => {
  it('reports health with the running providers', async () => {
    const r = await client(url, null)('GET', '/_mailsim/health');
    expect(r.status).toBe(200);
    expect(r.body.providers).toContain('agentsend');
  });

  it('journals requests with their operation, status and latency', async () => {
    await client(url)('GET', '/inboxes?limit=3');
    const r = await client(url, null)('GET', '/_mailsim/requests?operation=listInboxes&limit=1');
    expect(r.body.data[0]).toMatchObject({
      operationId: 'listInboxes',
      status: 200,
      method: 'GET',
      path: '/inboxes',
      query: 'limit=3',
    });
    expect(typeof r.body.data[0].latencyMs).toBe('number');
  });

  it('resets to the seed without a restart', async () => {
    await client(url)('POST', '/inboxes', { displayName: 'to be reset' });
    const reset = await client(url, null)('POST', '/_mailsim/reset');
    expect(reset.status).toBe(200);
    const list = await client(url)('GET', '/inboxes');
    expect(list.body.total).toBe(1);
    expect(list.body.data[0].address).toBe('dev@agentsend.io');
  });

  it('answers an unknown control path with 404 JSON', async () => {
    const r = await client(url, null)('GET', '/_mailsim/nope');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('NOT_FOUND');
  });
});
