/**
 * `request()`: the server's pipeline called as a function, for tests that need no socket at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { loadProvider } from '../../src/providers/index.js';
import { MALFORMED_BODY, request } from '../../src/testing/request.js';
import { AGENTSEND_DEV_KEY } from '../../src/testing/constants.js';

let engine: Engine;
beforeAll(async () => {
  engine = new Engine({ db: ':memory:', validation: 'strict', journalSize: 100, seed: true, settings: {} });
  engine.addProvider(await loadProvider('agentsend'));
});
afterAll(() => engine.close());

describe('request()', () => {
  it('runs JSON requests through auth, validation and the handler', async () => {
    const made = await request(engine, {
      method: 'POST',
      path: '/inboxes',
      apiKey: AGENTSEND_DEV_KEY,
      body: { displayName: 'in process' },
    });
    expect(made.status).toBe(201);
    expect(made.body.displayName).toBe('in process');
    expect(made.headers['content-type']).toMatch(/application\/json/);
    const listed = await request(engine, { path: '/inboxes?limit=1', apiKey: AGENTSEND_DEV_KEY });
    expect(listed.body.data).toHaveLength(1);
    expect((await request(engine, { path: '/inboxes' })).status).toBe(401);
  });

  it('encodes FormData as multipart, like fetch would', async () => {
    const form = new FormData();
    form.append('file', new Blob(['hello'], { type: 'text/plain' }), 'hello.txt');
    const up = await request(engine, { method: 'POST', path: '/attachments', apiKey: AGENTSEND_DEV_KEY, body: form });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ filename: 'hello.txt', size: 5 });
  });

  it('applies faults as a client would see them', async () => {
    const malformed = await request(engine, {
      path: '/account',
      apiKey: AGENTSEND_DEV_KEY,
      headers: { 'x-mailsim-fault': 'malformed' },
    });
    expect(malformed.text).toBe(MALFORMED_BODY);
    expect(malformed.body).toBeUndefined();
    const reset = await request(engine, {
      path: '/account',
      apiKey: AGENTSEND_DEV_KEY,
      headers: { 'x-mailsim-fault': 'reset' },
    });
    expect(reset).toMatchObject({ status: 0, text: '', fault: { action: { type: 'reset' } } });
  });

  it('bounds the body as the server does', async () => {
    const huge = await request(engine, {
      method: 'POST',
      path: '/inboxes',
      apiKey: AGENTSEND_DEV_KEY,
      body: 'x'.repeat(5 * 1024 * 1024),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
