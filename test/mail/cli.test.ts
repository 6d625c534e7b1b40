/**
 * `mailsim mail ls|show|raw|wait` against a running emulator over HTTP.
 */
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../../src/cli/mail.js';
import type { MailsimServer } from '../../src/server.js';
import { nextMailWaiter, recordingMailboxes, smtpClient, startSmtpServer, TEST_DOMAIN } from './helpers.js';

function capture(): Io & { stdout: () => string; stderr: () => string; bytes: () => Buffer } {
  const out: Buffer[] = [];
  let err = '';
  return {
    out: (t) => {
      out.push(Buffer.from(t));
    },
    err: (t) => {
      err += t;
    },
    stdout: () => Buffer.concat(out).toString(),
    stderr: () => err,
    bytes: () => Buffer.concat(out),
  };
}

describe('mailsim mail', () => {
  let server: MailsimServer;
  let id: string;
  const url = () => ['--url', server.url()];

  beforeAll(async () => {
    server = await startSmtpServer();
    recordingMailboxes(server);
    const info = await smtpClient(server).sendMail({
      from: 'Shop <shop@example.org>',
      to: `cli@${TEST_DOMAIN}`,
      subject: 'Your receipt',
      text: 'Total: 12.50',
      attachments: [{ filename: 'receipt.pdf', content: Buffer.from('%PDF-1.4 fake') }],
    });
    id = /queued as (\S+)/.exec(info.response)![1]!;
  });
  afterAll(async () => server.close());

  it('ls prints a table of matching messages', async () => {
    const io = capture();
    expect(await run(['ls', ...url(), '--to', `cli@${TEST_DOMAIN}`], io)).toBe(0);
    expect(io.stdout()).toMatch(/^ID\s+RECEIVED\s+DIR\s+FROM\s+TO\s+SUBJECT/);
    expect(io.stdout()).toContain(id);
    expect(io.stdout()).toContain('Your receipt');
    expect(io.stdout()).toContain('1 of 1');
    const none = capture();
    expect(await run(['ls', ...url(), '--subject', 'nothing like this'], none)).toBe(0);
    expect(none.stdout()).toBe('no messages\n');
  });

  it('show prints headers, attachments and the text; --json gives the API answer', async () => {
    const io = capture();
    expect(await run(['show', id, ...url()], io)).toBe(0);
    expect(io.stdout()).toContain('From:        Shop <shop@example.org>');
    expect(io.stdout()).toContain('Attachment:  [0] receipt.pdf');
    expect(io.stdout()).toContain('Total: 12.50');
    const json = capture();
    expect(await run(['show', id, ...url(), '--json'], json)).toBe(0);
    expect(JSON.parse(json.stdout())).toMatchObject({ id, subject: 'Your receipt' });
  });

  it('raw writes the exact stored bytes', async () => {
    const io = capture();
    expect(await run(['raw', id, ...url()], io)).toBe(0);
    const stored = Buffer.from(await (await fetch(`${server.url()}/_mailsim/mail/${id}/raw`)).arrayBuffer());
    expect(io.bytes().equals(stored)).toBe(true);
    const missing = capture();
    expect(await run(['raw', 'no-such-id', ...url()], missing)).toBe(1);
    expect(missing.stderr()).toContain('404');
  });

  it('wait prints a message that arrives later, and exits 1 on timeout', async () => {
    const io = capture();
    const listening = nextMailWaiter(server);
    const waiting = run(['wait', ...url(), '--to', `later@${TEST_DOMAIN}`, '--timeout', '10s'], io);
    await listening;
    await smtpClient(server).sendMail({
      from: 'x@example.org',
      to: `later@${TEST_DOMAIN}`,
      subject: 'Arrived later',
      text: 'link: https://example.org/verify?t=1',
    });
    expect(await waiting).toBe(0);
    expect(io.stdout()).toContain('Subject:     Arrived later');

    const none = capture();
    expect(await run(['wait', ...url(), '--to', `never@${TEST_DOMAIN}`, '--timeout', '200ms'], none)).toBe(1);
    expect(none.stderr()).toMatch(/no matching message/);
  });

  it('explains usage errors and an emulator that is not running', async () => {
    const io = capture();
    expect(await run(['show'], io)).toBe(2);
    expect(io.stderr()).toContain('needs a message id');
    const down = capture();
    const closed = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    expect(await run(['ls', '--url', `http://127.0.0.1:${closed}`], down)).toBe(1);
    expect(down.stderr()).toContain('no mailsim answering');
  });
});
