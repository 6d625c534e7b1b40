/**
 * Shared set-up for the mail plane tests: a mailsim with its SMTP listener on an ephemeral port, a
 * recording mailbox provider, a nodemailer client and a byte-exact SMTP dialogue for malformed mail.
 */
import { connect, type Socket } from 'node:net';
import nodemailer from 'nodemailer';
import type { MailsimServer, StartOptions } from '../../src/server.js';
import type { InboundMail } from '../../src/engine/mail/types.js';
import { SmtpMailPlane } from '../../src/engine/mail/plane.js';
import { client, startTestServer } from '../helpers/server.js';

export const TEST_DOMAIN = 'mailbox.test';

export async function startSmtpServer(options: StartOptions = {}): Promise<MailsimServer> {
  return startTestServer({ smtp: true, smtpPort: 0, rateLimits: false, ...options });
}

export function plane(server: MailsimServer): SmtpMailPlane {
  const mail = server.engine.mail;
  if (!(mail instanceof SmtpMailPlane)) throw new Error('the SMTP mail plane is not installed');
  return mail;
}

/**
 * Resolves when the next mail wait (`GET /_mailsim/mail/wait`) starts listening for new mail, i.e.
 * when the sink gains a `stored` listener. Call it before starting the wait.
 */
export function nextMailWaiter(server: MailsimServer): Promise<void> {
  const sink = plane(server).sink;
  return new Promise((resolve) => {
    const onListener = (event: string | symbol): void => {
      if (event !== 'stored') return;
      sink.off('newListener', onListener);
      resolve();
    };
    sink.on('newListener', onListener);
  });
}

/** A provider stand-in that owns every address @mailbox.test and records what it receives. */
export function recordingMailboxes(server: MailsimServer): InboundMail[] {
  const received: InboundMail[] = [];
  server.engine.mail.registerMailboxes('recorder', (address) =>
    address.endsWith(`@${TEST_DOMAIN}`)
      ? (mail) => {
          received.push(mail);
          return null;
        }
      : null,
  );
  return received;
}

export function control(server: MailsimServer) {
  return client(server.url(), null);
}

export function smtpClient(server: MailsimServer) {
  return nodemailer.createTransport({ host: '127.0.0.1', port: server.smtp!.port, secure: false, ignoreTLS: true });
}

/** One SMTP reply: its code and full text (multi-line replies joined). */
export interface Reply {
  code: number;
  text: string;
}

/**
 * Speaks SMTP line by line over a socket, so a test controls every byte of the message (no client
 * library rewrites broken mail). `data` is dot-stuffed here and must end with CRLF.
 */
export class SmtpDialogue {
  private buffer = '';
  private waiting: ((r: Reply) => void) | null = null;
  private readonly replies: Reply[] = [];

  private constructor(private readonly socket: Socket) {
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      for (;;) {
        const m = /^((?:\d{3}-[^\r\n]*\r\n)*)(\d{3}) ([^\r\n]*)\r\n/.exec(this.buffer);
        if (!m) break;
        this.buffer = this.buffer.slice(m[0].length);
        const reply = { code: Number(m[2]), text: m[0].trim() };
        if (this.waiting) {
          const w = this.waiting;
          this.waiting = null;
          w(reply);
        } else this.replies.push(reply);
      }
    });
  }

  static async open(port: number): Promise<SmtpDialogue> {
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const d = new SmtpDialogue(socket);
    const greeting = await d.reply();
    if (greeting.code !== 220) throw new Error(`unexpected greeting ${greeting.text}`);
    return d;
  }

  reply(): Promise<Reply> {
    const next = this.replies.shift();
    if (next) return Promise.resolve(next);
    return new Promise((resolve, reject) => {
      // A deadline, not a sleep: a reply that never comes fails the test instead of hanging it.
      const timer = setTimeout(() => reject(new Error('no SMTP reply within 10 s')), 10_000);
      this.waiting = (r) => {
        clearTimeout(timer);
        resolve(r);
      };
    });
  }

  async command(line: string): Promise<Reply> {
    this.socket.write(`${line}\r\n`);
    return this.reply();
  }

  /** DATA, the message bytes (dot-stuffed), the final dot; returns the reply to the final dot. */
  async data(message: Buffer): Promise<Reply> {
    const go = await this.command('DATA');
    if (go.code !== 354) return go;
    const body =
      message.subarray(-2).toString('latin1') === '\r\n' ? message : Buffer.concat([message, Buffer.from('\r\n')]);
    const stuffed = Buffer.from(body.toString('latin1').replace(/(^|\r\n)\./g, '$1..'), 'latin1');
    this.socket.write(stuffed);
    this.socket.write('.\r\n');
    return this.reply();
  }

  async close(): Promise<void> {
    try {
      await this.command('QUIT');
    } catch {
      /* already gone */
    }
    this.socket.destroy();
  }
}

/** Sends one message with an exact envelope; returns every reply along the way. */
export async function deliverRaw(
  port: number,
  from: string,
  to: string[],
  message: Buffer,
): Promise<{ rcpt: Reply[]; data: Reply | null }> {
  const d = await SmtpDialogue.open(port);
  try {
    await d.command('EHLO client.test');
    await d.command(`MAIL FROM:<${from}>`);
    const rcpt: Reply[] = [];
    for (const r of to) rcpt.push(await d.command(`RCPT TO:<${r}>`));
    const data = rcpt.some((r) => r.code === 250) ? await d.data(message) : null;
    return { rcpt, data };
  } finally {
    await d.close();
  }
}
