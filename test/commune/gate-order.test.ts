/** Which 403 a caller gets when both the plan gate and the scope would refuse it (contract order). */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client } from '../helpers/server.js';
import { addOrg, COMMUNE_KEY, expectNoViolations, SHARED_DOMAIN_ID, startCommune } from './agents-helpers.js';

let server: MailsimServer;
let freeReadOnly: ReturnType<typeof client>;

beforeAll(async () => {
  ({ server } = await startCommune({ rateLimits: false }));
  freeReadOnly = client(
    server.url('commune'),
    addOrg(server, { id: 'f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1', tier: 'free', permissions: ['read'] }),
  );
});
afterAll(async () => {
  expectNoViolations(server);
  await server.close();
});

describe('Idempotency-Key after validation', () => {
  test('a replay with an invalid body is rejected as invalid, as Commune validates before the key lookup', async () => {
    const api = client(server.url('commune'), COMMUNE_KEY);
    const key = { 'idempotency-key': 'order-check-1' };
    const first = await api('POST', '/v1/messages/send', { to: 'a@example.com', subject: 'once', text: 'hi' }, key);
    expect(first.status).toBe(202);
    const replay = await api('POST', '/v1/messages/send', { to: 'a@example.com', subject: 'once', text: 'hi' }, key);
    expect(replay.headers.get('idempotency-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    const invalid = await api('POST', '/v1/messages/send', { to: 'a@example.com' }, key);
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toBe('Invalid request');
  });
});

describe('plan gate and scope order', () => {
  test('search checks the plan first', async () => {
    const res = await freeReadOnly('GET', '/v1/search/threads?q=hello&inbox_id=x');
    expect(res.status).toBe(403);
    expect(res.body.error).toBe('This feature requires a paid plan');
  });

  test('the extraction schema checks the scope first', async () => {
    const res = await freeReadOnly(
      'PUT',
      `/v1/domains/${SHARED_DOMAIN_ID}/inboxes/00000000-0000-4000-8000-000000000000/extraction-schema`,
      { name: 's', schema: { type: 'object', properties: {} } },
    );
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: 'Insufficient permissions', required: ['inboxes:write'] });
  });
});
