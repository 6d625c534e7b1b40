/**
 * The seam between providers and the mail plane. Providers hand over outbound mail and register
 * which addresses they own; the mail plane turns mail into MIME, moves it over SMTP, keeps it in
 * the sink and hands inbound copies back to the owning provider.
 */
export interface MailAddress {
  address: string;
  name?: string | null;
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface OutboundMail {
  provider: string;
  tenant: string;
  from: MailAddress;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  text?: string | null;
  html?: string | null;
  /** Message-ID header including angle brackets, in the provider's format. */
  messageId: string;
  inReplyTo?: string | null;
  references?: string[];
  attachments?: MailAttachment[];
  date: Date;
  /** Extra headers a provider wants on the wire. */
  headers?: Record<string, string>;
}

export type DeliveryResult =
  | { ok: true; response: string; sinkId?: string }
  | { ok: false; error: string; permanent: boolean };

/** What parsing a message yields that every consumer shares. */
export interface MessageEssentials {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string | null;
  text: string | null;
  html: string | null;
  date: Date | null;
}

/** A parsed inbound message, handed to the provider that owns the recipient address. */
export interface InboundMail extends MessageEssentials {
  sinkId: string;
  headers: Record<string, string | string[]>;
  attachments: { filename: string; contentType: string; size: number; content: Buffer }[];
  /** The recipient (envelope RCPT TO) this copy is for. */
  recipient: string;
}

/** Claims an address for a provider: returns a delivery function or null when it is not ours. */
/** Where a delivered copy landed in the provider's own terms: its inbox, message and thread ids. */
export interface Landing {
  inboxId: string;
  messageId: string;
  threadId: string | null;
}

/**
 * Finds the inbox that owns an address; its function stores a copy there and tells where it landed
 * (null or nothing when it kept none, e.g. a message it already holds).
 */
export type MailboxResolver = (address: string) => ((mail: InboundMail) => Landing | null | undefined) | null;

export interface MailPlane {
  /** Composes and delivers one message; resolves once the SMTP transaction finished. */
  send(mail: OutboundMail): Promise<DeliveryResult>;
  registerMailboxes(provider: string, resolver: MailboxResolver): void;
  /** Called by engine.reset inside its transaction: forget mail of a provider (or all, or a tenant). */
  reset?(provider?: string, tenant?: string): void;
}

/**
 * Until the SMTP mail plane is running, delivery succeeds without leaving the process and local
 * recipients are not fed. Used by the in-process msw mode where no port may be opened.
 */
export class LoopbackOnlyMailPlane implements MailPlane {
  private readonly resolvers = new Map<string, MailboxResolver>();
  async send(mail: OutboundMail): Promise<DeliveryResult> {
    return { ok: true, response: `250 accepted ${mail.messageId}` };
  }
  registerMailboxes(provider: string, resolver: MailboxResolver): void {
    this.resolvers.set(provider, resolver);
  }
}
