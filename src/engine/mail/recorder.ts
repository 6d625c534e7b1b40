/**
 * Records messages: the sink row plus the delivery to every local inbox that claims a recipient,
 * committed before the caller is told (and so before the SMTP 250).
 *
 * Group commit: messages that arrive together (many SMTP connections at once) share one SQLite
 * transaction, because the commit, not the inserts, is the expensive part.
 * Each message runs in its own savepoint inside it, and each delivery in a savepoint inside that,
 * so one failing message or inbox never takes the others down with it.
 */
import type { IdSource } from '../ids.js';
import { log } from '../log.js';
import type { Store } from '../store.js';
import type { Envelope } from './compose.js';
import { toInboundMail, type ParsedMessage } from './parse.js';
import type { Delivery, Direction, MailSink } from './sink.js';
import type { InboundMail, Landing } from './types.js';

export interface Origin {
  direction: Direction;
  provider: string | null;
  tenant: string | null;
  /** The emulated inbox that sent it, for `out`. */
  sender: string | null;
}

export interface Claim {
  provider: string;
  deliver: (mail: InboundMail) => Landing | null | undefined;
}

interface Pending {
  parsed: ParsedMessage;
  raw: Buffer;
  envelope: Envelope;
  origin: Origin;
  /** Owners already looked up (at RCPT time), by lower-cased address. */
  claims: Map<string, Claim> | undefined;
  resolve: (id: string) => void;
  reject: (e: unknown) => void;
}

/** Longest a committed-but-unacknowledged batch waits for messages still being parsed. */
const GATHER_MS = 2;
const MAX_BATCH = 200;

export class MailRecorder {
  private queue: Pending[] = [];
  private scheduled: 'soon' | 'gathering' | null = null;
  private gatherTimer: NodeJS.Timeout | null = null;
  /** Messages received but still being parsed: they will want to join the next batch. */
  private parsing = 0;

  constructor(
    private readonly store: Store,
    private readonly ids: IdSource,
    private readonly sink: MailSink,
    private readonly claim: (address: string) => Claim | null,
  ) {}

  /** Announces a message on its way (call before parsing it, then `record` or `abandon`). */
  expect(): void {
    this.parsing++;
  }

  abandon(): void {
    this.parsing--;
    this.schedule();
  }

  /** Resolves with the sink id once the message and its deliveries are committed. */
  record(
    parsed: ParsedMessage,
    raw: Buffer,
    envelope: Envelope,
    origin: Origin,
    o: { expected?: boolean; claims?: Map<string, Claim> } = {},
  ): Promise<string> {
    if (o.expected) this.parsing--;
    return new Promise((resolve, reject) => {
      this.queue.push({ parsed, raw, envelope, origin, claims: o.claims, resolve, reject });
      this.schedule();
    });
  }

  /**
   * Flushes on the next turn when nobody else is coming; while other messages are still being
   * parsed, waits (at most GATHER_MS) so they share the commit. One connection never waits.
   */
  private schedule(): void {
    if (this.queue.length === 0 || this.scheduled === 'soon') return;
    if (this.parsing > 0 && this.queue.length < MAX_BATCH) {
      if (this.scheduled === null) {
        this.scheduled = 'gathering';
        this.gatherTimer = setTimeout(() => this.flush(), GATHER_MS);
      }
      return;
    }
    if (this.gatherTimer) clearTimeout(this.gatherTimer);
    this.gatherTimer = null;
    this.scheduled = 'soon';
    setImmediate(() => this.flush());
  }

  private flush(): void {
    if (this.gatherTimer) clearTimeout(this.gatherTimer);
    this.gatherTimer = null;
    this.scheduled = null;
    if (this.queue.length === 0) return;
    const batch = this.queue;
    this.queue = [];
    const stored: { p: Pending; id: string }[] = [];
    const failed: { p: Pending; e: unknown }[] = [];
    try {
      this.store.tx(() => {
        for (const p of batch) {
          try {
            stored.push({ p, id: this.store.savepoint(() => this.recordOne(p)) });
          } catch (e) {
            failed.push({ p, e });
          }
        }
      });
    } catch (e) {
      // The commit itself failed: nothing of this batch is durable, so nobody gets a success.
      for (const { p } of stored) p.reject(e);
      for (const { p } of failed) p.reject(e);
      return;
    }
    for (const { p, e } of failed) p.reject(e);
    for (const { p, id } of stored) {
      this.sink.announce(id);
      p.resolve(id);
    }
  }

  private recordOne({ parsed, raw, envelope, origin, claims }: Pending): string {
    // Delivery is at least once (a send retried after a crash goes out again): a message already
    // here from the same sender to the same recipients is that message, not a new one; one that
    // reaches an inbox it already reached is not delivered there again.
    const copies = parsed.messageId ? this.sink.copiesOf(parsed.messageId) : [];
    const key = envelopeKey(envelope.from || null, envelope.to);
    const same = copies.find((c) => envelopeKey(c.envelopeFrom, c.envelopeTo) === key);
    if (same) return same.id;
    const reached = new Set(copies.flatMap((c) => c.delivered));
    const id = this.ids.uuid();
    const seen = new Set<string>();
    const deliveries: Delivery[] = [];
    const mailboxes: string[] = origin.sender ? [origin.sender] : [];
    let firstProvider: string | null = null;
    for (const rcpt of envelope.to) {
      const address = rcpt.trim().toLowerCase();
      if (seen.has(address) || reached.has(address)) continue;
      seen.add(address);
      const claim = claims?.get(address) ?? this.claim(address);
      if (!claim) continue;
      firstProvider ??= claim.provider;
      mailboxes.push(address);
      try {
        const landed = this.store.savepoint(() => claim.deliver(toInboundMail(parsed, id, address)));
        deliveries.push({ address, provider: claim.provider, ...(landed ?? {}) });
      } catch (e) {
        log.warn('inbound delivery failed', { address, provider: claim.provider, error: String(e) });
        deliveries.push({ address, provider: claim.provider, error: (e as Error).message ?? String(e) });
      }
    }
    this.sink.insert({
      id,
      direction: origin.direction,
      provider: origin.provider ?? firstProvider,
      tenant: origin.tenant,
      envelope: { from: envelope.from || null, to: envelope.to },
      parsed,
      raw,
      mailboxes,
      deliveries,
    });
    return id;
  }
}

/** Sender and the set of recipients, compared without case or order. */
function envelopeKey(from: string | null, to: readonly string[]): string {
  return `${(from ?? '').toLowerCase()}\n${[...new Set(to.map((a) => a.trim().toLowerCase()))].sort().join(',')}`;
}
