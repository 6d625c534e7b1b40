import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, startTestServer } from '../helpers/server.js';

let server: MailsimServer;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  server = await startTestServer();
  api = client(server.url());
  for (let i = 0; i < 4; i++) await api('POST', '/inboxes', { displayName: `p${i}` });
});
afterAll(() => server.close());

describe('limit/offset pagination', () => {
  it('defaults to limit 20 offset 0 and reports the total', async () => {
    const r = await api('GET', '/inboxes');
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(5);
    expect(r.body.data).toHaveLength(5);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=-1', 'limit'],
    ['limit=abc', 'limit'],
    ['offset=-1', 'offset'],
    ['offset=1.5', 'offset'],
    ['offset=9007199254740993', 'offset'],
    ['offset=1e20', 'offset'],
  ])('rejects %s with 400 VALIDATION_ERROR naming the field', async (qs, field) => {
    const r = await api('GET', `/inboxes?${qs}`);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION_ERROR');
    expect(r.body.error.status).toBe(400);
    expect(Object.keys(r.body.error.details)).toEqual([field]);
  });

  it('accepts the edges 1 and 100', async () => {
    expect((await api('GET', '/inboxes?limit=1')).body.data).toHaveLength(1);
    expect((await api('GET', '/inboxes?limit=100')).body.data).toHaveLength(5);
  });

  it('pages through without overlap', async () => {
    const first = (await api('GET', '/inboxes?limit=2&offset=0')).body.data.map((i: { id: string }) => i.id);
    const second = (await api('GET', '/inboxes?limit=2&offset=2')).body.data.map((i: { id: string }) => i.id);
    expect(new Set([...first, ...second]).size).toBe(4);
  });

  it('returns an empty page with the real total for an offset beyond the end', async () => {
    const r = await api('GET', '/inboxes?offset=500');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ data: [], total: 5 });
  });
});
