import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import type { DeliveryResult, MailPlane } from '../../src/engine/mail/types.js';
import { client, eventually, SEED_INBOX_ID, startTestServer } from '../helpers/server.js';

// Sends still on their way count against the daily limit. One deleted while it waits in the queue
// frees its slot; one deleted while its SMTP transaction runs does not (the mail still goes out).
let server: MailsimServer;
let api: ReturnType<typeof client>;
const release: ((r: DeliveryResult) => void)[] = [];
let mode: 'stuck' | 'fail' = 'stuck';

beforeAll(async () => {
  server = await startTestServer();
  api = client(server.url());
  server.engine.store.db.prepare('UPDATE as_inboxes SET daily_send_limit = 2 WHERE id = ?').run(SEED_INBOX_ID);
  // SMTP that either never answers until told (the message stays `sending`) or fails for now
  // (the message goes back to `queued` for a retry 30 s of engine time later).
  const plane: MailPlane = {
    send: () =>
      mode === 'stuck'
        ? new Promise((resolve) => release.push(resolve))
        : Promise.resolve({ ok: false, error: '451 try later', permanent: false }),
    registerMailboxes: () => undefined,
  };
  server.engine.mail = plane;
});
afterAll(async () => {
  for (const r of release) r({ ok: true, response: '250 ok' });
  await server.close();
});

const send = () => api('POST', `/inboxes/${SEED_INBOX_ID}/messages`, { to: ['a@example.com'], subject: 'pending' });
const status = async (id: string) => (await api('GET', `/messages/${id}`)).body.status as string;

describe('pending sends and the daily limit', () => {
  it('counts a message being sent even after it is deleted', async () => {
    const first = await send();
    const second = await send();
    expect([first.status, second.status]).toEqual([202, 202]);
    await eventually(async () => (await status(first.body.id)) === 'sending');
    expect((await send()).status).toBe(429);
    expect((await api('DELETE', `/messages/${first.body.id}`)).status).toBe(204);
    expect((await send()).status).toBe(429);
    for (const r of release.splice(0)) r({ ok: true, response: '250 ok' });
    await eventually(async () => (await status(second.body.id)) === 'sent');
  });

  it('frees the slot of a message deleted while it waits in the queue for a retry', async () => {
    server.engine.store.db
      .prepare('UPDATE as_inboxes SET sends_today = 0, daily_send_limit = 1 WHERE id = ?')
      .run(SEED_INBOX_ID);
    mode = 'fail';
    const queued = await send();
    expect(queued.status).toBe(202);
    await eventually(async () => (await api('GET', `/messages/${queued.body.id}`)).body.retryCount === 1);
    expect(await status(queued.body.id)).toBe('queued');
    expect((await send()).status).toBe(429);
    expect((await api('DELETE', `/messages/${queued.body.id}`)).status).toBe(204);
    expect((await send()).status).toBe(202);
  });
});

describe('a message deleted while sending whose attempt then fails', () => {
  it('gives its slot back at once: the retry would find nothing to send', async () => {
    const own = await startTestServer();
    try {
      const ownApi = client(own.url());
      own.engine.store.db.prepare('UPDATE as_inboxes SET daily_send_limit = 1 WHERE id = ?').run(SEED_INBOX_ID);
      const answers: ((r: DeliveryResult) => void)[] = [];
      own.engine.mail = {
        send: () => new Promise((resolve) => answers.push(resolve)),
        registerMailboxes: () => undefined,
      };
      const sent = await ownApi('POST', `/inboxes/${SEED_INBOX_ID}/messages`, { to: ['a@example.com'], subject: 'x' });
      expect(sent.status).toBe(202);
      await eventually(async () => answers.length === 1);
      expect((await ownApi('DELETE', `/messages/${sent.body.id}`)).status).toBe(204);
      answers[0]!({ ok: false, error: '451 try later', permanent: false });
      await own.engine.queue.idle();
      const again = await ownApi('POST', `/inboxes/${SEED_INBOX_ID}/messages`, { to: ['b@example.com'], subject: 'y' });
      expect(again.status).toBe(202);
    } finally {
      await own.close();
    }
  });
});
