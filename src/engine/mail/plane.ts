/**
 * The mail plane: one mail world for every provider.
 *
 * Outbound: a provider's OutboundMail is composed into MIME and moved over real SMTP — to the
 * built-in listener (the sink), or to an external relay when one is configured (then the sink copy
 * and local delivery happen here). Without sockets (in-process mode) a direct path stores and
 * delivers the same way without SMTP.
 *
 * Inbound (any path): the message is parsed, every envelope recipient an emulated inbox claims gets
 * an InboundMail, and the sink row plus those deliveries are committed (see recorder.ts) before
 * anyone is told the message was accepted.
 */
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import type { Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
import type { Clock } from '../clock.js';
import type { IdSource } from '../ids.js';
import type { Store } from '../store.js';
import { log } from '../log.js';
import { composeMime, type Envelope } from './compose.js';
import { startSmtpListener, type SmtpListener } from './listener.js';
import { parseMessage, type ParsedMessage } from './parse.js';
import { MailRecorder, type Claim, type Origin } from './recorder.js';
import { MailSink } from './sink.js';
import type { DeliveryResult, MailboxResolver, MailPlane, OutboundMail } from './types.js';

export interface MailPlaneOptions {
  store: Store;
  clock: Clock;
  ids: IdSource;
  retention: number;
  /** SMTP listener settings; null runs the plane without sockets (direct transport). */
  smtp: { host: string; port: number; maxBytes: number } | null;
  /** smtp://[user:pass@]host:port or smtps://…; outbound goes there instead of the listener. */
  relay: string | null;
}

const EXTERNAL: Origin = { direction: 'in', provider: null, tenant: null, sender: null };

function failure(e: unknown): DeliveryResult {
  const err = e as { message?: string; responseCode?: number; response?: string };
  const code = err.responseCode;
  return { ok: false, error: err.response ?? err.message ?? String(e), permanent: code !== undefined && code >= 500 };
}

/**
 * nodemailer leaves Nagle's algorithm on, so the small last write of each message (the final ".")
 * waits for the peer's delayed ACK: 40 ms per message on loopback. Its pool takes an
 * already-connected socket from `getSocket`, so connect one here with no delay.
 */
const noDelaySocket: SMTPPool.Options['getSocket'] = (options, callback) => {
  const socket = connect({ host: options.host ?? '127.0.0.1', port: options.port ?? 25, noDelay: true });
  const timer = setTimeout(
    () => socket.destroy(new Error(`connection to ${options.host}:${options.port} timed out`)),
    options.connectionTimeout ?? 5000,
  );
  const failed = (e: Error): void => {
    clearTimeout(timer);
    callback(e, null);
  };
  socket.once('error', failed);
  socket.once('connect', () => {
    clearTimeout(timer);
    socket.off('error', failed);
    callback(null, { connection: socket });
  });
};

/** nodemailer is loaded on first use: a start without SMTP or relay never pays for it. */
const loadNodemailer = async () => (await import('nodemailer')).default;

async function relayTransport(url: string): Promise<Transporter> {
  const u = new URL(url);
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:')
    throw new Error(`smtpRelay must be smtp://host:port or smtps://host:port, got ${url}`);
  const secure = u.protocol === 'smtps:';
  const options: SMTPPool.Options = {
    pool: true,
    maxConnections: 5,
    getSocket: noDelaySocket,
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: Number(u.port) || (secure ? 465 : 25),
    secure,
    connectionTimeout: 5000,
    greetingTimeout: 5000,
    socketTimeout: 30_000,
    // A local relay (Mailpit, a test server) rarely has a certificate worth checking.
    tls: { rejectUnauthorized: false },
    ...(u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
  };
  return (await loadNodemailer()).createTransport(options);
}

export class SmtpMailPlane implements MailPlane {
  readonly sink: MailSink;
  private readonly recorder: MailRecorder;
  private readonly resolvers = new Map<string, MailboxResolver>();
  private listener: SmtpListener | null = null;
  /** How to reach our own listener; the transport itself is made on the first send (see `toSelf`). */
  private selfOptions: SMTPPool.Options | null = null;
  private selfTransport: Promise<Transporter> | null = null;
  private relay: Transporter | null = null;
  /** Outbound messages in flight to our own listener, by Message-ID, so it can tell who sent them. */
  private readonly pending = new Map<string, { origin: Origin; count: number }>();
  /** EHLO name of our own transport: lower case, random, so no outside client passes for it. */
  private readonly ownName = `mailsim-plane-${randomBytes(8).toString('hex')}`;

  constructor(private readonly o: MailPlaneOptions) {
    this.sink = new MailSink(o.store, o.clock, o.retention);
    this.recorder = new MailRecorder(o.store, o.ids, this.sink, (address) => this.claim(address));
  }

  /** Opens the SMTP listener (when configured) and the outbound transports. */
  async start(): Promise<void> {
    if (this.o.relay) this.relay = await relayTransport(this.o.relay);
    if (!this.o.smtp) return;
    this.listener = await startSmtpListener({
      ...this.o.smtp,
      isOwnSession: (s) => s.hostNameAppearsAs === this.ownName,
      lookup: (address) => this.claim(address),
      receive: (raw, envelope, own, claims) => this.receive(raw, envelope, own, claims),
    });
    const target = this.listener.host === '0.0.0.0' || this.listener.host === '::' ? '127.0.0.1' : this.listener.host;
    const options: SMTPPool.Options = {
      pool: true,
      maxConnections: 8,
      maxMessages: Infinity,
      getSocket: noDelaySocket,
      host: target,
      port: this.listener.port,
      name: this.ownName,
      ignoreTLS: true,
      connectionTimeout: 5000,
      greetingTimeout: 5000,
      socketTimeout: 30_000,
    };
    this.selfOptions = options;
    // The relay URL without its credentials.
    const relay = this.o.relay ? `, relaying outbound to ${this.o.relay.replace(/\/\/[^@/]*@/, '//')}` : '';
    log.info(`SMTP               smtp://${target}:${this.listener.port}   (mail sink: /_mailsim/mail)${relay}`);
  }

  /** Where the SMTP listener answers, or null without one. */
  smtpInfo(): { host: string; port: number } | null {
    return this.listener ? { host: this.listener.host, port: this.listener.port } : null;
  }

  /** The pooled transport to our own listener, made on first use: loading nodemailer is time a start need not pay. */
  private toSelf(options: SMTPPool.Options): Promise<Transporter> {
    this.selfTransport ??= loadNodemailer().then((nodemailer) => nodemailer.createTransport(options));
    return this.selfTransport;
  }

  async close(): Promise<void> {
    const self = this.selfTransport;
    this.selfOptions = null;
    this.selfTransport = null;
    (await self?.catch(() => null))?.close();
    this.relay?.close();
    this.relay = null;
    await this.listener?.close();
    this.listener = null;
  }

  reset(provider?: string, tenant?: string): void {
    this.sink.clear({ ...(provider ? { provider } : {}), ...(tenant ? { tenant } : {}) });
  }

  registerMailboxes(provider: string, resolver: MailboxResolver): void {
    this.resolvers.set(provider, resolver);
  }

  /** The provider inbox that owns an address, if any. */
  claim(address: string): Claim | null {
    const normalised = address.trim().toLowerCase();
    for (const [provider, resolve] of this.resolvers) {
      const deliver = resolve(normalised);
      if (deliver) return { provider, deliver };
    }
    return null;
  }

  async send(mail: OutboundMail): Promise<DeliveryResult> {
    let raw: Buffer;
    let envelope: Envelope;
    try {
      ({ raw, envelope } = await composeMime(mail));
    } catch (e) {
      return { ok: false, error: `message could not be composed: ${(e as Error).message}`, permanent: true };
    }
    if (envelope.to.length === 0) return { ok: false, error: 'no recipients', permanent: true };
    const origin: Origin = {
      direction: 'out',
      provider: mail.provider,
      tenant: mail.tenant,
      sender: mail.from.address,
    };

    if (this.relay) {
      let response: string;
      try {
        response = (await this.relay.sendMail({ envelope, raw })).response;
      } catch (e) {
        return failure(e);
      }
      // The relay has it; keep our copy and feed local inboxes as our own listener would.
      const sinkId = await this.ingest(raw, envelope, origin).catch((e: unknown) => {
        log.error('relayed message could not be kept in the sink', { error: String(e) });
        return undefined;
      });
      return { ok: true, response, ...(sinkId ? { sinkId } : {}) };
    }

    if (this.selfOptions) {
      const transport = this.toSelf(this.selfOptions);
      const key = mail.messageId.trim();
      const entry = this.pending.get(key);
      if (entry) entry.count++;
      else this.pending.set(key, { origin, count: 1 });
      try {
        const info = await (await transport).sendMail({ envelope, raw });
        const sinkId = /queued as (\S+)/.exec(info.response)?.[1];
        return { ok: true, response: info.response, ...(sinkId ? { sinkId } : {}) };
      } catch (e) {
        return failure(e);
      } finally {
        const left = this.pending.get(key);
        if (left && --left.count === 0) this.pending.delete(key);
      }
    }

    // In-process mode: no socket, same sink and same local delivery.
    try {
      const sinkId = await this.ingest(raw, envelope, origin);
      return { ok: true, response: `250 2.0.0 OK: queued as ${sinkId}`, sinkId };
    } catch (e) {
      return { ok: false, error: `message could not be stored: ${(e as Error).message}`, permanent: false };
    }
  }

  /** Called by the listener for every accepted DATA. */
  private receive(raw: Buffer, envelope: Envelope, own: boolean, claims: Map<string, Claim>): Promise<string> {
    return this.parseAndRecord(
      raw,
      envelope,
      (parsed) =>
        own
          ? (this.pending.get(parsed.messageId?.trim() ?? '')?.origin ?? { ...EXTERNAL, direction: 'out' })
          : EXTERNAL,
      claims,
    );
  }

  /** Parses and records a message that did not come through the listener. */
  ingest(raw: Buffer, envelope: Envelope, origin: Origin = EXTERNAL): Promise<string> {
    return this.parseAndRecord(raw, envelope, () => origin);
  }

  private async parseAndRecord(
    raw: Buffer,
    envelope: Envelope,
    originOf: (parsed: ParsedMessage) => Origin,
    claims?: Map<string, Claim>,
  ): Promise<string> {
    this.recorder.expect();
    let parsed: ParsedMessage;
    try {
      parsed = await parseMessage(raw);
    } catch (e) {
      this.recorder.abandon();
      throw e;
    }
    return this.recorder.record(parsed, raw, envelope, originOf(parsed), {
      expected: true,
      ...(claims ? { claims } : {}),
    });
  }
}
