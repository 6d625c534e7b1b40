import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import type { DeliveryResult, MailPlane } from '../../src/engine/mail/types.js';
import { client, SEED_INBOX_ID, startTestServer } from '../helpers/server.js';

// Sends still on their way count against the daily limit; one deleted before it went out frees its slot.
let server: MailsimServer;
let api: ReturnType<typeof client>;
const release: ((r: DeliveryResult) => void)[] = [];

beforeAll(async () => {
  server = await startTestServer();
  api = client(server.url());
  server.engine.store.db.prepare('UPDATE as_inboxes SET daily_send_limit = 2 WHERE id = ?').run(SEED_INBOX_ID);
  // SMTP that never answers until told: every message stays `sending`.
  const stuck: MailPlane = { send: () => new Promise((resolve) => release.push(resolve)), registerMailboxes: () => undefined };
  server.engine.mail = stuck;
});
afterAll(async () => {
  for (const r of release) r({ ok: true, response: '250 ok' });
  await server.close();
});

const send = () => api('POST', `/inboxes/${SEED_INBOX_ID}/messages`, { to: ['a@example.com'], subject: 'pending' });

describe('pending sends and the daily limit', () => {
  it('counts queued and sending messages, and frees the slot of one deleted before delivery', async () => {
    const first = await send();
    const second = await send();
    expect([first.status, second.status]).toEqual([202, 202]);
    expect((await send()).status).toBe(429);

    expect((await api('DELETE', `/messages/${first.body.id}`)).status).toBe(204);
    expect((await send()).status).toBe(202);
    expect((await send()).status).toBe(429);
  });
});
