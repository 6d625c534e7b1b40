import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, GENT_DEV_INBOX_ID, GENT_DEV_LOGIN, GENT_DEV_TOKEN } from '../../src/testing/msw.js';

// Gent in process, on its production base URL, with no port: the same engine as the server.
const handlers = createHandlers({ provider: 'gent' });
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  server.close();
  handlers.close();
});

const call = (method: string, path: string, body?: unknown, token: string | null = GENT_DEV_TOKEN) =>
  fetch(`https://api.gent.mx${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

describe('msw mode for Gent', () => {
  it('logs in, mints a token whose sends are held, and sends with Gent shapes', async () => {
    const login = await call('POST', '/auth/login/', GENT_DEV_LOGIN, null);
    expect(login.status).toBe(200);
    const { access_token } = (await login.json()) as { access_token: string };
    const token = await call(
      'POST',
      '/v1/tokens/',
      { inbox_id: GENT_DEV_INBOX_ID, label: 'msw', scopes: ['email:send'], requires_approval: ['email:send'] },
      access_token,
    );
    expect(token.status).toBe(201);
    const held = await call(
      'POST',
      '/v1/messages/',
      { to: [{ email: 'someone@example.com' }], text_body: 'hi' },
      ((await token.json()) as { token: string }).token,
    );
    expect(held.status).toBe(202);
    expect(await held.json()).toEqual({ queued: true, approval_id: expect.stringMatching(/^apr_/) });
    const sent = await call('POST', '/v1/messages/', {
      to: [{ email: 'someone@example.com' }],
      subject: 'from Gent, in process',
      text_body: 'hi',
    });
    expect(sent.status).toBe(201);
    expect(await sent.json()).toEqual({
      message_id: expect.stringMatching(/^msg_/),
      thread_id: expect.stringMatching(/^thr_/),
    });
    // Only the unheld send leaves, as real MIME to the sink.
    const mail = await handlers.mail.wait({ to: 'someone@example.com', subject: 'from Gent', timeout: '5s' });
    expect(mail).toMatchObject({ provider: 'gent', from: { address: 'agent@gent.mailsim.test' } });
    expect((await handlers.mail.list({ to: 'someone@example.com' })).data).toHaveLength(1);
  });

  it("answers errors in Gent's envelope", async () => {
    const res = await call('GET', '/v1/messages/', undefined, null);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      detail: 'Authentication credentials were not provided or are not valid.',
      code: 'not_authenticated',
    });
  });
});
