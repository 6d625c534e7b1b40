/**
 * The typed control client (`mailsim/testing`) answers the same over HTTP and in msw mode, where
 * mail between emulated inboxes is delivered in process and readable through `handlers.mail`.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, type MailsimHandlers } from '../../src/testing/msw.js';
import { ControlError, createControlClient, type ControlClient } from '../../src/testing/control-client.js';
import type { MailsimServer } from '../../src/server.js';
import { AGENTSEND_DEV_KEY } from '../../src/testing/constants.js';
import { SEED_INBOX_ADDRESS, SEED_INBOX_ID, client, startTestServer } from '../helpers/server.js';

describe('the control client over HTTP', () => {
  let server: MailsimServer;
  let control: ControlClient;
  beforeAll(async () => {
    server = await startTestServer();
    control = createControlClient(server.url());
  });
  afterAll(() => server.close());

  it('reads and moves the clock, records faults, reads the journal and settles the queue', async () => {
    const frozen = await control.clock.freeze('2031-01-01T00:00:00.000Z');
    expect(frozen).toMatchObject({ mode: 'frozen', now: '2031-01-01T00:00:00.000Z' });
    expect((await control.clock.advance('25h')).now).toBe('2031-01-02T01:00:00.000Z');
    await control.faults.add({
      match: { operationId: 'getAccount' },
      action: { type: 'status', status: 503 },
      times: 1,
    });
    expect((await client(server.url())('GET', '/account')).status).toBe(503);
    const [entry] = (await control.requests.list({ operation: 'getAccount', limit: 1 })).data;
    expect(entry).toMatchObject({ status: 503, fault: expect.any(String) });
    const detail = await control.requests.get(entry!.id);
    expect(detail.request?.headers.authorization).not.toContain(AGENTSEND_DEV_KEY);
    expect((await control.queue.settle('5s')).idle).toBe(true);
    await control.reset();
    expect((await control.faults.list()).data).toEqual([]);
  });

  it('throws a ControlError carrying the status and the control envelope', async () => {
    const err = await control.mail.get('no-such-mail').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ControlError);
    expect(err).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });
});

describe('msw mode: the mail world in process', () => {
  let handlers: MailsimHandlers;
  const server = setupServer();
  beforeAll(async () => {
    handlers = createHandlers({ provider: 'agentsend' });
    server.use(...handlers);
    server.listen({ onUnhandledRequest: 'error' });
    await handlers.ready();
  });
  afterAll(() => {
    server.close();
    handlers.close();
  });

  it('a message sent to an emulated inbox arrives there and in the sink, readable through handlers.mail', async () => {
    const send = await fetch(`https://api.agentsend.io/inboxes/${SEED_INBOX_ID}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${AGENTSEND_DEV_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ to: [SEED_INBOX_ADDRESS], subject: 'to myself, in process', bodyText: 'hello' }),
    });
    expect(send.status).toBe(202);
    const mail = await handlers.mail.wait({ to: SEED_INBOX_ADDRESS, subject: 'to myself, in process', timeout: '5s' });
    expect(mail).toMatchObject({
      subject: 'to myself, in process',
      inboxes: expect.arrayContaining([SEED_INBOX_ADDRESS]),
    });
    expect((await handlers.mail.latest({ subject: 'to myself' }))?.id).toBe(mail.id);
    await handlers.control.queue.settle('5s');
    const inbox = await fetch(`https://api.agentsend.io/inboxes/${SEED_INBOX_ID}/messages`, {
      headers: { authorization: `Bearer ${AGENTSEND_DEV_KEY}` },
    });
    const messages = ((await inbox.json()) as { data: { subject: string; direction: string }[] }).data;
    expect(
      messages
        .filter((m) => m.subject === 'to myself, in process')
        .map((m) => m.direction)
        .sort(),
    ).toEqual(['inbound', 'outbound']);
  });

  it('handlers.reset() is POST /_mailsim/reset: faults, journal and the clock go back to the start', async () => {
    await handlers.control.clock.freeze('2040-01-01T00:00:00.000Z');
    await handlers.control.faults.add({
      action: { type: 'status', status: 500 },
      match: { operationId: 'listInboxes' },
    });
    await handlers.reset();
    expect((await handlers.control.faults.list()).data).toEqual([]);
    expect((await handlers.control.clock.get()).mode).toBe('real');
    expect((await handlers.mail.list()).total).toBe(0);
  });
});
