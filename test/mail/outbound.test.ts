/**
 * Outbound: a provider's OutboundMail becomes an RFC 5322 message on the wire, reaches the sink over
 * SMTP (or without a socket in the in-process mode) and every local recipient, Bcc included.
 */
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import type { InboundMail, OutboundMail } from '../../src/engine/mail/types.js';
import { startTestServer } from '../helpers/server.js';
import { control, plane, recordingMailboxes, startSmtpServer, TEST_DOMAIN } from './helpers.js';

const DATE = new Date('2026-03-04T05:06:07.000Z');

function outbound(overrides: Partial<OutboundMail> = {}): OutboundMail {
  return {
    provider: 'agentsend',
    tenant: 'tenant-1',
    from: { address: `alice@${TEST_DOMAIN}`, name: 'Alice Example' },
    to: [`bob@${TEST_DOMAIN}`],
    cc: [`carol@${TEST_DOMAIN}`],
    bcc: [`dave@${TEST_DOMAIN}`, 'eve@outside.example'],
    subject: 'Quarterly numbers',
    text: 'Plain words',
    html: '<p>Rich <b>words</b></p>',
    messageId: `<${Math.random().toString(36).slice(2)}@agentsend.io>`,
    inReplyTo: '<parent@agentsend.io>',
    references: ['<root@agentsend.io>', '<parent@agentsend.io>'],
    attachments: [{ filename: 'report.csv', contentType: 'text/csv', content: Buffer.from('a,b\n1,2\n') }],
    date: DATE,
    ...overrides,
  };
}

function describeMode(mode: 'SMTP listener' | 'in-process (no sockets)', start: () => Promise<MailsimServer>): void {
  describe(`outbound through the ${mode}`, () => {
    let server: MailsimServer;
    let received: InboundMail[];
    beforeAll(async () => {
      server = await start();
      received = recordingMailboxes(server);
    });
    afterAll(async () => server.close());

    it('composes the message, stores it raw and parsed, and delivers to every local recipient including Bcc', async () => {
      const mail = outbound();
      const result = await plane(server).send(mail);
      expect(result).toMatchObject({ ok: true, response: expect.stringMatching(/^250 /) });
      if (!result.ok) return;
      expect(result.sinkId).toBeTruthy();

      const rawRes = await fetch(`${server.url()}/_mailsim/mail/${result.sinkId}/raw`);
      const raw = Buffer.from(await rawRes.arrayBuffer());
      const head = raw.subarray(0, raw.indexOf('\r\n\r\n')).toString();
      expect(head).toMatch(/^From: Alice Example <alice@mailbox\.test>$/m);
      expect(head).toMatch(/^To: bob@mailbox\.test$/m);
      expect(head).toMatch(/^Cc: carol@mailbox\.test$/m);
      expect(head).not.toMatch(/^Bcc:/im);
      expect(head).not.toContain('dave@');
      expect(head).toMatch(/^Date: Wed, 04 Mar 2026 05:06:07 \+0000$/m);
      expect(head).toContain(`Message-ID: ${mail.messageId}`);

      const parsed = await simpleParser(raw);
      expect(parsed.subject).toBe('Quarterly numbers');
      expect(parsed.text?.trim()).toBe('Plain words');
      expect(parsed.html).toBe('<p>Rich <b>words</b></p>');
      expect(parsed.inReplyTo).toBe('<parent@agentsend.io>');
      expect(parsed.references).toEqual(['<root@agentsend.io>', '<parent@agentsend.io>']);
      expect(parsed.attachments.map((a) => [a.filename, a.contentType, a.content.toString()])).toEqual([
        ['report.csv', 'text/csv', 'a,b\n1,2\n'],
      ]);
      expect(raw.toString()).toMatch(/multipart\/alternative/);

      const stored = await control(server)('GET', `/_mailsim/mail/${result.sinkId}`);
      expect(stored.body).toMatchObject({
        direction: 'out',
        provider: 'agentsend',
        tenant: 'tenant-1',
        messageId: mail.messageId,
        envelope: {
          from: `alice@${TEST_DOMAIN}`,
          to: [`bob@${TEST_DOMAIN}`, `carol@${TEST_DOMAIN}`, `dave@${TEST_DOMAIN}`, 'eve@outside.example'],
        },
        inboxes: [`alice@${TEST_DOMAIN}`, `bob@${TEST_DOMAIN}`, `carol@${TEST_DOMAIN}`, `dave@${TEST_DOMAIN}`],
      });
      expect(stored.body.headers.bcc).toBeUndefined();

      const mine = received.filter((m) => m.messageId === mail.messageId);
      expect(mine.map((m) => m.recipient).sort()).toEqual([
        `bob@${TEST_DOMAIN}`,
        `carol@${TEST_DOMAIN}`,
        `dave@${TEST_DOMAIN}`,
      ]);
      const bcc = mine.find((m) => m.recipient === `dave@${TEST_DOMAIN}`)!;
      expect(bcc).toMatchObject({
        sinkId: result.sinkId,
        subject: 'Quarterly numbers',
        inReplyTo: '<parent@agentsend.io>',
        from: { address: `alice@${TEST_DOMAIN}`, name: 'Alice Example' },
      });
      expect(bcc.headers.bcc).toBeUndefined();
      expect(bcc.attachments[0]).toMatchObject({ filename: 'report.csv', size: 8 });
    });

    it('sends a message with no body parts and no reply headers', async () => {
      const mail = outbound({
        text: null,
        html: null,
        attachments: [],
        inReplyTo: null,
        references: [],
        cc: [],
        bcc: [],
      });
      const result = await plane(server).send(mail);
      expect(result.ok).toBe(true);
      const received2 = received.find((m) => m.messageId === mail.messageId)!;
      expect(received2.inReplyTo).toBeNull();
      expect(received2.references).toEqual([]);
    });
  });
}

describeMode('SMTP listener', () => startSmtpServer());
describeMode('in-process (no sockets)', () => startTestServer());

describe('in-process mode', () => {
  it('opens no SMTP port and still keeps one mail world', async () => {
    const server = await startTestServer();
    try {
      expect(server.smtp).toBeNull();
      const received = recordingMailboxes(server);
      const result = await plane(server).send(outbound({ bcc: [] }));
      expect(result).toMatchObject({ ok: true, response: expect.stringMatching(/^250 .*queued as /) });
      expect(received.map((m) => m.recipient).sort()).toEqual([`bob@${TEST_DOMAIN}`, `carol@${TEST_DOMAIN}`]);
    } finally {
      await server.close();
    }
  });
});
