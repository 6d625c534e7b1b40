import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, DEV_KEY, SEED_ACCOUNT_ID, startTestServer } from '../helpers/server.js';

const ALL_EVENTS = [
  'message.received',
  'message.sent',
  'message.delivered',
  'message.bounced',
  'message.complained',
  'domain.verified',
];
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

let server: MailsimServer;
let api: ReturnType<typeof client>;
let other: ReturnType<typeof client>;

beforeAll(async () => {
  server = await startTestServer({ rateLimits: false });
  api = client(server.url());
  const provisioned = await client(server.url(), null)('POST', '/auth/auto-provision', {
    deviceId: 'webhook-tenant-b-device',
  });
  other = client(server.url(), provisioned.body.apiKey);
});
afterAll(() => server.close());

describe('webhooks CRUD', () => {
  it('creates a webhook with a whsec_ secret and every event when events is omitted', async () => {
    const r = await api('POST', '/webhooks', { url: 'http://localhost:9999/hook' });
    expect(r.status).toBe(201);
    expect(r.body.secret).toMatch(/^whsec_[0-9a-f]{48}$/);
    expect(r.body).toMatchObject({
      accountId: SEED_ACCOUNT_ID,
      url: 'http://localhost:9999/hook',
      events: ALL_EVENTS,
      description: null,
      isActive: true,
    });
    expect(r.body.createdAt).toBe(r.body.updatedAt);
  });

  it('treats events null and [] as every event, and keeps an explicit list and description', async () => {
    for (const events of [null, []]) {
      const r = await api('POST', '/webhooks', { url: 'https://example.com/h', events });
      expect(r.status).toBe(201);
      expect(r.body.events).toEqual(ALL_EVENTS);
    }
    const r = await api('POST', '/webhooks', {
      url: 'http://127.0.0.1:8080/in',
      events: ['message.sent', 'domain.verified'],
      description: 'CI receiver',
    });
    expect(r.status).toBe(201);
    expect(r.body.events).toEqual(['message.sent', 'domain.verified']);
    expect(r.body.description).toBe('CI receiver');
  });

  it('rejects a missing url, a non-URL, an unknown event, wrong types and a 2049-char url', async () => {
    const cases: [unknown, string][] = [
      [{}, 'url'],
      [{ url: 'not a url' }, 'url'],
      [{ url: 'https://example.com/h', events: ['message.opened'] }, 'events'],
      [{ url: 42 }, 'url'],
      [{ url: 'https://example.com/h', events: 'message.sent' }, 'events'],
      [{ url: 'https://example.com/h', description: 7 }, 'description'],
      [{ url: `https://example.com/${'a'.repeat(2049 - 'https://example.com/'.length)}` }, 'url'],
      [{ url: 'https://example.com/h', description: 'd'.repeat(256) }, 'description'],
    ];
    for (const [body, field] of cases) {
      const r = await api('POST', '/webhooks', body);
      expect(r.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION_ERROR');
      expect(r.body.error.message).toBe('Request validation failed');
      expect(r.body.error.details[field]).toBeDefined();
    }
  });

  it('answers malformed JSON with 400 VALIDATION_ERROR', async () => {
    const r = await api('POST', '/webhooks', '{"url": ', { 'content-type': 'application/json' });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'VALIDATION_ERROR', status: 400 });
  });

  it('lists without secret and accountId, and gets with accountId but no secret', async () => {
    const created = (await api('POST', '/webhooks', { url: 'https://example.com/listed' })).body;
    const list = await api('GET', '/webhooks');
    expect(list.status).toBe(200);
    expect(Object.keys(list.body)).toEqual(['data']);
    const listed = list.body.data.find((w: { id: string }) => w.id === created.id);
    expect(listed).toBeDefined();
    expect(listed).not.toHaveProperty('secret');
    expect(listed).not.toHaveProperty('accountId');

    const got = await api('GET', `/webhooks/${created.id}`);
    expect(got.status).toBe(200);
    expect(got.body.accountId).toBe(SEED_ACCOUNT_ID);
    expect(got.body).not.toHaveProperty('secret');
    const { secret: _secret, ...withoutSecret } = created;
    expect(got.body).toEqual(withoutSecret);
  });

  it('updates only the fields sent and never rotates the secret', async () => {
    const created = (
      await api('POST', '/webhooks', { url: 'https://example.com/v1', events: ['message.sent'], description: 'first' })
    ).body;
    server.engine.clock.advance(1000);
    const r = await api('PUT', `/webhooks/${created.id}`, { url: 'https://example.com/v2', isActive: false });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      id: created.id,
      accountId: SEED_ACCOUNT_ID,
      url: 'https://example.com/v2',
      isActive: false,
      events: ['message.sent'],
      description: 'first',
    });
    expect(r.body).not.toHaveProperty('secret');
    expect(Date.parse(r.body.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
    expect(r.body.createdAt).toBe(created.createdAt);

    const reset = await api('PUT', `/webhooks/${created.id}`, { events: [], description: null });
    expect(reset.body.events).toEqual(ALL_EVENTS);
    expect(reset.body.description).toBeNull();
    expect(reset.body.url).toBe('https://example.com/v2');

    const row = server.engine.store.db.prepare('SELECT secret FROM as_webhooks WHERE id = ?').get(created.id) as {
      secret: string;
    };
    expect(row.secret).toBe(created.secret);
  });

  it('rejects invalid update fields', async () => {
    const created = (await api('POST', '/webhooks', { url: 'https://example.com/u' })).body;
    const badActive = await api('PUT', `/webhooks/${created.id}`, { isActive: 'no' });
    expect(badActive.status).toBe(400);
    expect(badActive.body.error.details.isActive).toBeDefined();
    const badUrl = await api('PUT', `/webhooks/${created.id}`, { url: `https://e.com/${'x'.repeat(2040)}` });
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.error.details.url).toBeDefined();
  });

  it('hard-deletes; the webhook is then 404 everywhere', async () => {
    const created = (await api('POST', '/webhooks', { url: 'https://example.com/gone' })).body;
    const del = await api('DELETE', `/webhooks/${created.id}`);
    expect(del.status).toBe(204);
    expect(del.text).toBe('');
    expect(server.engine.store.db.prepare('SELECT 1 FROM as_webhooks WHERE id = ?').get(created.id)).toBeUndefined();
    for (const [method, body] of [
      ['GET', undefined],
      ['PUT', { isActive: true }],
      ['DELETE', undefined],
    ] as const) {
      const r = await api(method, `/webhooks/${created.id}`, body);
      expect(r.status).toBe(404);
      expect(r.body).toEqual({
        error: { code: 'NOT_FOUND', message: `Webhook '${created.id}' not found`, status: 404 },
      });
    }
  });

  it('accepts DELETE with Content-Type: application/json and an empty body (the official SDK sends that)', async () => {
    const created = (await api('POST', '/webhooks', { url: 'https://example.com/sdk' })).body;
    const r = await fetch(`${server.url()}/webhooks/${created.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${DEV_KEY}`, 'content-type': 'application/json' },
    });
    expect(r.status).toBe(204);
  });

  it('answers an unknown id with the exact 404 and a malformed id with 400 and details', async () => {
    const unknown = await api('GET', `/webhooks/${UNKNOWN_ID}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      error: { code: 'NOT_FOUND', message: `Webhook '${UNKNOWN_ID}' not found`, status: 404 },
    });
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const bad = await api(method, '/webhooks/not-a-uuid', method === 'PUT' ? {} : undefined);
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('VALIDATION_ERROR');
      expect(bad.body.error.details.id).toBeDefined();
    }
  });

  it("keeps tenants apart: another account's webhook is 404 and absent from its list", async () => {
    const mine = (await api('POST', '/webhooks', { url: 'https://example.com/mine' })).body;
    expect((await other('GET', `/webhooks/${mine.id}`)).status).toBe(404);
    expect((await other('PUT', `/webhooks/${mine.id}`, { isActive: false })).status).toBe(404);
    expect((await other('DELETE', `/webhooks/${mine.id}`)).status).toBe(404);
    expect((await other('GET', '/webhooks')).body.data).toEqual([]);
    expect((await api('GET', `/webhooks/${mine.id}`)).body.isActive).toBe(true);
  });

  it('authenticates with Bearer and x-api-key, and answers no or bad credentials with the exact 401', async () => {
    expect((await client(server.url(), DEV_KEY, 'x-api-key')('GET', '/webhooks')).status).toBe(200);
    const unauthorized = { error: { code: 'UNAUTHORIZED', message: 'Invalid or missing API key', status: 401 } };
    for (const call of [
      client(server.url(), null),
      client(server.url(), 'ask_not-a-real-key'),
      client(server.url(), 'garbage', 'x-api-key'),
    ]) {
      const r = await call('POST', '/webhooks', { url: 'https://example.com/x' });
      expect(r.status).toBe(401);
      expect(r.body).toEqual(unauthorized);
    }
  });

  it('recorded no contract violations', () => {
    expect(server.engine.journal.list({ violations: true })).toEqual([]);
  });
});
