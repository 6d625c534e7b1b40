/**
 * Inbound mail from real SMTP clients: nodemailer, swaks (when installed) and a raw dialogue.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import type { InboundMail } from '../../src/engine/mail/types.js';
import { client, SEED_INBOX_ADDRESS, SEED_INBOX_ID } from '../helpers/server.js';
import { control, deliverRaw, recordingMailboxes, smtpClient, startSmtpServer, TEST_DOMAIN } from './helpers.js';

const run = promisify(execFile);
const MAX_BYTES = 64 * 1024;

async function swaksPath(): Promise<string | null> {
  try {
    const { stdout } = await run('sh', ['-c', 'command -v swaks']);
    return stdout.trim() || null;
  } catch {
    return null;
  }
}

describe('inbound SMTP', () => {
  let server: MailsimServer;
  let received: InboundMail[];
  const api = () => client(server.url());

  beforeAll(async () => {
    server = await startSmtpServer({ smtpMaxBytes: MAX_BYTES });
    received = recordingMailboxes(server);
  });
  afterAll(async () => server.close());

  it('listens on an ephemeral loopback port', () => {
    expect(server.smtp).not.toBeNull();
    expect(server.smtp!.port).toBeGreaterThan(0);
    expect(server.smtp!.host).toBe('127.0.0.1');
  });

  it('accepts a message from nodemailer for an AgentSend inbox and it shows up inbound in that inbox', async () => {
    const info = await smtpClient(server).sendMail({
      from: 'Outside Person <outside@example.org>',
      to: SEED_INBOX_ADDRESS,
      subject: 'Hello from outside',
      text: 'Your code is 424242',
      html: '<p>Your code is <b>424242</b></p>',
      attachments: [{ filename: 'note.txt', content: 'attached words' }],
    });
    expect(info.response).toMatch(/^250 .*queued as \S+/);
    const sinkId = /queued as (\S+)/.exec(info.response)![1]!;

    const stored = await control(server)('GET', `/_mailsim/mail/${sinkId}`);
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({
      direction: 'in',
      provider: 'agentsend',
      subject: 'Hello from outside',
      from: { address: 'outside@example.org', name: 'Outside Person' },
      envelope: { from: 'outside@example.org', to: [SEED_INBOX_ADDRESS] },
      inboxes: [SEED_INBOX_ADDRESS],
      deliveries: [{ address: SEED_INBOX_ADDRESS, provider: 'agentsend' }],
    });
    expect(stored.body.text).toContain('424242');
    expect(stored.body.attachments).toMatchObject([{ index: 0, filename: 'note.txt', size: 14 }]);

    const list = await api()('GET', `/inboxes/${SEED_INBOX_ID}/messages`);
    expect(list.status).toBe(200);
    const inbound = (list.body.data as any[]).find((m) => m.subject === 'Hello from outside');
    expect(inbound).toMatchObject({ direction: 'inbound', status: 'received', fromAddress: 'outside@example.org' });
  });

  it('rejects RCPT TO an address no emulated inbox owns with 550 5.1.1, and keeps the known ones', async () => {
    const r = await deliverRaw(
      server.smtp!.port,
      'a@example.org',
      ['nobody@nowhere.example', `known@${TEST_DOMAIN}`],
      Buffer.from('Subject: partly known\r\n\r\nhello\r\n'),
    );
    expect(r.rcpt[0]!.code).toBe(550);
    expect(r.rcpt[0]!.text).toMatch(/^550 5\.1\.1 /);
    expect(r.rcpt[1]!.code).toBe(250);
    expect(r.data?.code).toBe(250);
    const last = received.at(-1)!;
    expect(last.recipient).toBe(`known@${TEST_DOMAIN}`);
    expect(last.subject).toBe('partly known');

    await expect(
      smtpClient(server).sendMail({ from: 'a@example.org', to: 'ghost@nowhere.example', subject: 'x', text: 'x' }),
    ).rejects.toMatchObject({ responseCode: 550 });
  });

  it('answers 552 for a message over the size limit, declared or not, and stores nothing', async () => {
    const before = (await control(server)('GET', '/_mailsim/mail?limit=1')).body.total;
    const big = Buffer.from(
      `Subject: too big\r\n\r\n${'y'
        .repeat(76)
        .concat('\r\n')
        .repeat(Math.ceil(MAX_BYTES / 78) + 10)}`,
    );
    // A client that does not declare SIZE: the limit is enforced on the DATA stream.
    const r = await deliverRaw(server.smtp!.port, 'big@example.org', [`big@${TEST_DOMAIN}`], big);
    expect(r.data?.code).toBe(552);
    expect(r.data?.text).toMatch(/^552 5\.3\.4 /);
    // nodemailer declares SIZE on MAIL FROM; either way the answer is 552.
    await expect(
      smtpClient(server).sendMail({ envelope: { from: 'big@example.org', to: [`big@${TEST_DOMAIN}`] }, raw: big }),
    ).rejects.toMatchObject({ responseCode: 552 });
    expect((await control(server)('GET', '/_mailsim/mail?limit=1')).body.total).toBe(before);
    // The listener still takes the next message.
    const ok = await deliverRaw(
      server.smtp!.port,
      'big@example.org',
      [`big@${TEST_DOMAIN}`],
      Buffer.from('Subject: small\r\n\r\nok\r\n'),
    );
    expect(ok.data?.code).toBe(250);
  });

  it('takes many messages at once over parallel connections, each committed and acknowledged once', async () => {
    const transport = nodemailer.createTransport({
      pool: true,
      maxConnections: 10,
      host: '127.0.0.1',
      port: server.smtp!.port,
      ignoreTLS: true,
    });
    try {
      const infos = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          transport.sendMail({
            from: 'burst@example.org',
            to: `burst${i % 4}@${TEST_DOMAIN}`,
            subject: `burst ${i}`,
            text: `n=${i}`,
          }),
        ),
      );
      const ids = infos.map((info) => /queued as (\S+)/.exec(info.response)![1]!);
      expect(new Set(ids).size).toBe(40);
      const list = await control(server)('GET', '/_mailsim/mail?subject=burst&limit=100');
      expect(list.body.total).toBe(40);
      expect(
        received
          .filter((m) => m.subject?.startsWith('burst '))
          .map((m) => m.sinkId)
          .sort(),
      ).toEqual([...ids].sort());
    } finally {
      transport.close();
    }
  });

  it('a delivery that throws is recorded on that message only; the message is still kept and acknowledged', async () => {
    server.engine.mail.registerMailboxes('broken', (address) =>
      address === 'explode@broken.test'
        ? () => {
            throw new Error('inbox exploded');
          }
        : null,
    );
    const infos = await Promise.all([
      smtpClient(server).sendMail({
        from: 'a@example.org',
        to: ['explode@broken.test', `fine@${TEST_DOMAIN}`],
        subject: 'half broken',
        text: 'x',
      }),
      smtpClient(server).sendMail({
        from: 'a@example.org',
        to: `fine@${TEST_DOMAIN}`,
        subject: 'unaffected',
        text: 'x',
      }),
    ]);
    const [broken, fine] = await Promise.all(
      infos.map((info) => control(server)('GET', `/_mailsim/mail/${/queued as (\S+)/.exec(info.response)![1]}`)),
    );
    expect(broken!.body.deliveries).toEqual([
      { address: 'explode@broken.test', provider: 'broken', error: 'inbox exploded' },
      { address: `fine@${TEST_DOMAIN}`, provider: 'recorder' },
    ]);
    expect(fine!.body.deliveries).toEqual([{ address: `fine@${TEST_DOMAIN}`, provider: 'recorder' }]);
    expect(received.some((m) => m.subject === 'half broken' && m.recipient === `fine@${TEST_DOMAIN}`)).toBe(true);
  });

  it('accepts any AUTH credentials, so apps configured with a login work', async () => {
    const authed = nodemailer.createTransport({
      host: '127.0.0.1',
      port: server.smtp!.port,
      secure: false,
      ignoreTLS: true,
      auth: { user: 'app', pass: 'secret' },
    });
    const info = await authed.sendMail({
      from: 'app@example.org',
      to: `auth@${TEST_DOMAIN}`,
      subject: 'with auth',
      text: 'x',
    });
    expect(info.accepted).toEqual([`auth@${TEST_DOMAIN}`]);
  });

  it('takes a message from swaks (skipped with a reason when swaks is not installed)', async (ctx) => {
    const swaks = await swaksPath();
    if (!swaks) {
      ctx.skip('swaks is not installed (apt-get install -y swaks)');
      return;
    }
    const { stdout } = await run(swaks, [
      '--to',
      SEED_INBOX_ADDRESS,
      '--from',
      'swaks@example.org',
      '--server',
      `127.0.0.1:${server.smtp!.port}`,
      '--header',
      'Subject: sent with swaks',
      '--body',
      'swaks body text',
    ]);
    expect(stdout).toMatch(/<- {2}250 .*queued as/);
    const found = await control(server)('GET', `/_mailsim/mail?subject=${encodeURIComponent('sent with swaks')}`);
    expect(found.body.data).toHaveLength(1);
    expect(found.body.data[0]).toMatchObject({ direction: 'in', inboxes: [SEED_INBOX_ADDRESS] });
    const list = await api()('GET', `/inboxes/${SEED_INBOX_ID}/messages`);
    expect((list.body.data as any[]).some((m) => m.subject === 'sent with swaks' && m.direction === 'inbound')).toBe(
      true,
    );
  });
});
