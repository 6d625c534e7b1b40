/**
 * Strict response checking with the engine's memory of the last answer that passed per operation:
 * identical bytes are not checked twice, and anything else still is. A broken answer after a
 * good one, and the same broken answer again, are each a 500 CONTRACT_VIOLATION.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTiny, tinyClient, type TinyServer } from './harness.js';

let server: TinyServer;
let api: ReturnType<typeof tinyClient>;

beforeAll(async () => {
  server = await startTiny({ idempotency: null, rateLimit: null });
  api = tinyClient(server.url);
});
afterAll(() => server?.close());

describe('strict response checking', () => {
  it('checks an answer that differs from the last one that passed, and never remembers a failure', async () => {
    expect((await api('POST', '/things', { name: 'good' })).status).toBe(201);
    for (let i = 0; i < 3; i++) {
      const broken = await api('POST', '/things', { name: 'bad-shape' });
      expect(broken.status).toBe(500);
      expect(broken.text).toContain('CONTRACT_VIOLATION');
    }
    expect((await api('POST', '/things', { name: 'good again' })).status).toBe(201);
  });

  it('answers a repeated identical read the same way every time', async () => {
    const first = await api('GET', '/things');
    const again = await api('GET', '/things');
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.text).toBe(first.text);
  });
});
