/**
 * Idempotency-Key on AgentSend's send: concurrent retries create one message and one email.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, eventually, SEED_INBOX_ID, startTestServer } from '../helpers/server.js';

let server: MailsimServer;
let api: ReturnType<typeof client>;
const ctl = async (path: string): Promise<any> => (await fetch(server.url() + path)).json();

beforeAll(async () => {
  server = await startTestServer();
  api = client(server.url());
});
afterAll(() => server.close());

describe('AgentSend sends with an Idempotency-Key', () => {
  it('50 concurrent retries of one key create exactly one message and one captured mail, and all get the same body', async () => {
    const to = `idem-${randomUUID()}@example.com`;
    const key = randomUUID();
    const body = { to: [to], subject: 'Once only', bodyText: 'Exactly one of me.' };
    const all = await Promise.all(
      Array.from({ length: 50 }, () =>
        api('POST', `/inboxes/${SEED_INBOX_ID}/messages`, body, { 'idempotency-key': key }),
      ),
    );
    expect(new Set(all.map((r) => r.status))).toEqual(new Set([202]));
    expect(new Set(all.map((r) => r.text)).size).toBe(1);
    expect(all.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(49);
    const id = all[0]!.body.id as string;

    await ctl(`/_mailsim/mail/wait?to=${encodeURIComponent(to)}&timeout=10s`);
    await eventually(async () => (await api('GET', `/messages/${id}`)).body.status === 'sent');
    expect((await ctl(`/_mailsim/mail?to=${encodeURIComponent(to)}`)).total).toBe(1);
    const messages = await api('GET', `/inboxes/${SEED_INBOX_ID}/messages?limit=100`);
    expect(messages.body.data.filter((m: any) => m.toAddresses.includes(to))).toHaveLength(1);
  });

  it('the same key with a different message is 422 IDEMPOTENCY_KEY_REUSED and sends nothing', async () => {
    const key = randomUUID();
    const first = await api(
      'POST',
      `/inboxes/${SEED_INBOX_ID}/messages`,
      { to: ['a@example.com'], subject: 'First', bodyText: '1' },
      { 'idempotency-key': key },
    );
    expect(first.status).toBe(202);
    const before = (await api('GET', `/inboxes/${SEED_INBOX_ID}/messages?limit=100`)).body.total;
    const reused = await api(
      'POST',
      `/inboxes/${SEED_INBOX_ID}/messages`,
      { to: ['a@example.com'], subject: 'Second', bodyText: '2' },
      { 'idempotency-key': key },
    );
    expect(reused.status).toBe(422);
    expect(reused.body).toEqual({
      error: { code: 'IDEMPOTENCY_KEY_REUSED', message: expect.any(String), status: 422 },
    });
    expect((await api('GET', `/inboxes/${SEED_INBOX_ID}/messages?limit=100`)).body.total).toBe(before);
  });
});
