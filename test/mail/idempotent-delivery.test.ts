/**
 * Delivery is at least once: a send retried after a crash reaches the SMTP listener again with the
 * same Message-ID. The receiving side recognises it, so it never shows as a duplicate in the sink
 * or in the recipient inbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, SEED_INBOX_ADDRESS, SEED_INBOX_ID } from '../helpers/server.js';
import { control, deliverRaw, startSmtpServer } from './helpers.js';

const message = (messageId: string, subject: string): Buffer =>
  Buffer.from(
    [
      'From: Sender <sender@example.org>',
      `To: ${SEED_INBOX_ADDRESS}`,
      `Subject: ${subject}`,
      `Message-ID: ${messageId}`,
      'Date: Thu, 01 Jan 2026 00:00:00 +0000',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'hello',
      '',
    ].join('\r\n'),
  );

describe('idempotent delivery by Message-ID', () => {
  let server: MailsimServer;
  beforeAll(async () => {
    server = await startSmtpServer();
  });
  afterAll(() => server.close());

  const inboxCount = async (subject: string): Promise<number> => {
    const list = await client(server.url())('GET', `/inboxes/${SEED_INBOX_ID}/messages?limit=100`);
    return (list.body.data as { subject: string }[]).filter((m) => m.subject === subject).length;
  };

  it('the same message delivered twice is stored and delivered once, and both transactions get the same sink id', async () => {
    const raw = message('<retry-1@example.org>', 'delivered twice');
    const first = await deliverRaw(server.smtp!.port, 'sender@example.org', [SEED_INBOX_ADDRESS], raw);
    const second = await deliverRaw(server.smtp!.port, 'sender@example.org', [SEED_INBOX_ADDRESS], raw);
    expect(first.data?.code).toBe(250);
    expect(second.data?.code).toBe(250);
    expect(/queued as (\S+)/.exec(second.data!.text)?.[1]).toBe(/queued as (\S+)/.exec(first.data!.text)?.[1]);
    const sink = await control(server)('GET', `/_mailsim/mail?subject=${encodeURIComponent('delivered twice')}`);
    expect(sink.body.total).toBe(1);
    expect(await inboxCount('delivered twice')).toBe(1);
  });

  it('a different message with another Message-ID is still delivered', async () => {
    await deliverRaw(
      server.smtp!.port,
      'sender@example.org',
      [SEED_INBOX_ADDRESS],
      message('<other-1@example.org>', 'another one'),
    );
    await deliverRaw(
      server.smtp!.port,
      'sender@example.org',
      [SEED_INBOX_ADDRESS],
      message('<other-2@example.org>', 'another one'),
    );
    expect(await inboxCount('another one')).toBe(2);
  });

  it('the same Message-ID sent on to a further recipient reaches only the inbox it had not reached', async () => {
    const raw = message('<fanout-1@example.org>', 'fan out');
    await deliverRaw(server.smtp!.port, 'sender@example.org', [SEED_INBOX_ADDRESS], raw);
    await deliverRaw(server.smtp!.port, 'sender@example.org', [SEED_INBOX_ADDRESS, 'nobody-here@example.org'], raw);
    expect(await inboxCount('fan out')).toBe(1);
  });
});
