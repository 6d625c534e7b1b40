/**
 * The SMTP listener (smtp-server): the built-in sink's front door for any SMTP client and for the
 * mail plane's own outbound transport.
 *
 * A message is acknowledged with 250 only after `receive` resolved, i.e. after its SQLite
 * transaction committed, so nothing a client was told is accepted can be lost. Recipients nobody
 * owns get 550 5.1.1 (except on the plane's own sessions, which may send anywhere); a message over
 * the size limit gets 552.
 */
import type { SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { log } from '../log.js';
import type { Envelope } from './compose.js';

export interface SmtpListenerOptions<Claim> {
  host: string;
  port: number;
  maxBytes: number;
  /** Whether a session is the mail plane's own outbound transport (identified by its EHLO name). */
  isOwnSession(session: SMTPServerSession): boolean;
  /** The emulated inbox that owns this address, or null. */
  lookup(address: string): Claim | null;
  /**
   * Parses, stores and delivers one message; resolves with its sink id once committed. `claims`
   * are the owners found at RCPT time (lower-cased address → claim), so they are not looked up twice.
   */
  receive(raw: Buffer, envelope: Envelope, own: boolean, claims: Map<string, Claim>): Promise<string>;
}

export interface SmtpListener {
  host: string;
  port: number;
  close(): Promise<void>;
}

const smtpError = (code: number, message: string): Error & { responseCode: number } =>
  Object.assign(new Error(message), { responseCode: code });

export async function startSmtpListener<Claim>(o: SmtpListenerOptions<Claim>): Promise<SmtpListener> {
  // One map per mail transaction: smtp-server gives every transaction a fresh envelope object.
  const claimsByEnvelope = new WeakMap<object, Map<string, Claim>>();
  // Loaded here, not at module load, so a start with --no-smtp never pays for it.
  const { SMTPServer } = await import('smtp-server');
  const server = new SMTPServer({
    name: 'mailsim',
    banner: 'mailsim ESMTP (emulated mail, nothing leaves this machine)',
    size: o.maxBytes,
    // 552 5.3.4 for an oversized message whatever onData says (onData also refuses to store it).
    rejectOversized: true,
    hideENHANCEDSTATUSCODES: false,
    logger: false,
    disableReverseLookup: true,
    // On shutdown, idle sessions (a pooled client's) are told 421 and closed after 1 s rather than
    // smtp-server's 30 s, so stopping mailsim does not hang while an app keeps connections open.
    closeTimeout: 1000,
    // No certificate worth verifying: clients that try STARTTLS opportunistically would fail on
    // the self-signed one, so it is not offered (like Mailpit's default).
    disabledCommands: ['STARTTLS'],
    // Accept any credentials, so apps configured with a user and password work unchanged.
    authOptional: true,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'anonymous' });
    },
    onRcptTo(address, session, callback) {
      if (o.isOwnSession(session)) return callback();
      const claim = o.lookup(address.address);
      if (claim) {
        let claims = claimsByEnvelope.get(session.envelope);
        if (!claims) claimsByEnvelope.set(session.envelope, (claims = new Map()));
        claims.set(address.address.trim().toLowerCase(), claim);
        return callback();
      }
      callback(smtpError(550, `<${address.address}>: Recipient address rejected: no emulated inbox has this address`));
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, reply) {
      let answered = false;
      const callback = (err: Error | null, message?: string): void => {
        if (answered) return;
        answered = true;
        reply(err, message);
      };
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        // Past the limit only the flag matters: do not hold the rest of an oversized message.
        if (!stream.sizeExceeded) chunks.push(chunk);
      });
      stream.once('error', (e) => callback(smtpError(451, `Error: ${e.message}`)));
      stream.once('end', () => {
        if (stream.sizeExceeded) {
          callback(smtpError(552, `Error: message exceeds fixed maximum message size ${o.maxBytes}`));
          return;
        }
        const mailFrom = session.envelope.mailFrom;
        const envelope: Envelope = {
          from: mailFrom ? mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        const claims = claimsByEnvelope.get(session.envelope) ?? new Map<string, Claim>();
        o.receive(Buffer.concat(chunks), envelope, o.isOwnSession(session), claims).then(
          (id) => callback(null, `OK: queued as ${id}`),
          (e: unknown) => {
            log.error('SMTP message could not be stored', { error: String(e) });
            callback(smtpError(451, 'Error: local error in processing, try again'));
          },
        );
      });
    },
  });
  server.on('error', (e) => log.warn('SMTP listener error', { error: String(e) }));

  await new Promise<void>((resolve, reject) => {
    const onError = (e: Error): void => reject(e);
    server.server.once('error', onError);
    server.listen(o.port, o.host, () => {
      server.server.off('error', onError);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    host: o.host,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
