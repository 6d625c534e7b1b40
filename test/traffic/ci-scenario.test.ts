/**
 * The "done when" test of the traffic-realism work, written the way a user writes it in CI: the
 * first two sends get 503, the third succeeds, and a retry with the same Idempotency-Key sends
 * exactly one email. No sleeps: the faults are counted, not timed, and mail is awaited by long poll.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, eventually, SEED_INBOX_ID, startTestServer } from '../helpers/server.js';

let server: MailsimServer;
let api: ReturnType<typeof client>;
const ctl = async (method: string, path: string, body?: unknown): Promise<any> => {
  const res = await fetch(server.url() + path, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return res.status === 204 ? null : res.json();
};

beforeAll(async () => {
  server = await startTestServer();
  api = client(server.url());
});
afterAll(() => server.close());

describe('CI: a flaky provider and an idempotent retry', () => {
  it('the first two sends get 503, the third succeeds, and the retry with the same Idempotency-Key sends exactly one email', async () => {
    // Arrange: the next two sends fail as an overloaded provider would.
    await ctl('POST', '/_mailsim/faults', {
      name: 'two-503s',
      match: { operation: 'sendMessage' },
      action: { type: 'status', status: 503 },
      times: 2,
    });
    const to = `ci-${randomUUID()}@example.com`;
    const idempotencyKey = randomUUID();
    const send = () =>
      api(
        'POST',
        `/inboxes/${SEED_INBOX_ID}/messages`,
        { to: [to], subject: 'Your order shipped', bodyText: 'It is on its way.' },
        { 'idempotency-key': idempotencyKey },
      );

    // Act: a client that retries on 5xx with the same key, then retries once more after success
    // (as if it had not seen the answer).
    const attempts = [];
    for (let i = 0; i < 5; i++) {
      const r = await send();
      attempts.push(r);
      if (r.status < 500) break;
    }
    const again = await send();

    // Assert: two 503s in AgentSend's envelope, then 202; the retry replays the same message.
    expect(attempts.map((r) => r.status)).toEqual([503, 503, 202]);
    expect(attempts[0]!.body).toEqual({
      error: { code: 'SERVICE_UNAVAILABLE', message: expect.any(String), status: 503 },
    });
    const sent = attempts[2]!;
    expect(again.status).toBe(202);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(sent.body);

    // Exactly one message and one email.
    const mail = await ctl('GET', `/_mailsim/mail/wait?to=${encodeURIComponent(to)}&timeout=10s`);
    expect(mail.subject).toBe('Your order shipped');
    await eventually(async () => (await api('GET', `/messages/${sent.body.id}`)).body.status === 'sent');
    expect((await ctl('GET', `/_mailsim/mail?to=${encodeURIComponent(to)}`)).total).toBe(1);
    const messages = await api('GET', `/inboxes/${SEED_INBOX_ID}/messages`);
    expect(messages.body.data.filter((m: any) => m.toAddresses.includes(to))).toHaveLength(1);

    // The journal shows what happened, newest first.
    const journal = await ctl('GET', '/_mailsim/requests?operation=sendMessage');
    expect(journal.data.map((e: any) => [e.status, e.fault, e.idempotentReplay])).toEqual([
      [202, null, true],
      [202, null, false],
      [503, 'two-503s', false],
      [503, 'two-503s', false],
    ]);
    expect(journal.data.every((e: any) => e.idempotencyKey === idempotencyKey && e.violations.length === 0)).toBe(true);
  });
});
