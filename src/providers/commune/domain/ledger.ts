/**
 * The delivery ledger: what happened to each outbound message after send (contracts/commune.md, "The delivery
 * ledger"). The mail plane records `sent` when it hands a message over, and the bounce/complaint
 * simulation (domain/simulation.ts) records the outcome. Each call stores one delivery event, moves the
 * message's `delivery_status` on cm_messages forward (never back: sent < delivered <
 * bounced|failed|complained), stamps its `delivery_data`, and adds suppressions the way Commune's
 * event handlers do: a hard bounce or a complaint suppresses the recipient for the inbox; a third
 * soft bounce in a row suppresses it for 7 days. An event for an unknown message is kept as an
 * orphan (it counts in the metrics' orphan_events) and changes nothing else.
 */
import type { EngineServices } from '../../../engine/provider.js';
import { bareAddress } from '../../shared/address.js';
import { bounceHistory, insertDeliveryEvent } from '../store/delivery-events.js';
import { outboundMessage, setDeliveryState } from '../store/messages.js';
import { replaceSuppression, suppressed } from '../store/suppressions.js';
import type { MessageRow } from '../tables.js';

export const DELIVERY_EVENT_TYPES = [
  'sent',
  'delivered',
  'bounced',
  'complained',
  'failed',
  'delivery_delayed',
  'suppressed',
  'opened',
  'clicked',
] as const;
export type DeliveryEventType = (typeof DELIVERY_EVENT_TYPES)[number];

export interface DeliveryEventInput {
  orgId: string;
  /** The stored message id (the one message lists show as `message_id`). */
  messageId: string;
  type: DeliveryEventType;
  /** Used only when the message is unknown (an orphan event); otherwise the message's own. */
  inboxId?: string | null;
  domainId?: string | null;
  /** The recipient(s) the event is about; the message's `to` recipients by default. */
  recipient?: string | string[];
  /** Bounces: `hard` (permanent, the default) or `soft` (temporary). */
  bounceType?: 'hard' | 'soft';
  /** Bounce message, failure reason or suppression reason. */
  reason?: string;
  diagnostic?: string;
  complaintType?: string;
  /** Extra fields for the stored `event_data`. */
  data?: Record<string, unknown>;
}

const STATUS_RANK: Record<string, number> = {
  sent: 0,
  delivered: 1,
  bounced: 2,
  failed: 2,
  complained: 2,
  suppressed: 2,
};
/** The `delivery_data` timestamp each event stamps. */
const STAMP: Partial<Record<DeliveryEventType, string>> = {
  sent: 'sent_at',
  delivered: 'delivered_at',
  bounced: 'bounced_at',
  complained: 'complained_at',
  failed: 'failed_at',
  suppressed: 'failed_at',
};
/** The message status an event moves to (Commune records a suppressed send as `failed`). */
const STATUS_OF: Partial<Record<DeliveryEventType, string>> = {
  sent: 'sent',
  delivered: 'delivered',
  bounced: 'bounced',
  complained: 'complained',
  failed: 'failed',
  suppressed: 'failed',
};

const SOFT_BOUNCE_THRESHOLD = 3;
const SOFT_BOUNCE_SUPPRESSION_MS = 7 * 24 * 3600_000;

const bare = (address: string): string => bareAddress(address).toLowerCase();
const list = (r: string | string[] | undefined): string[] =>
  (r === undefined ? [] : Array.isArray(r) ? r : [r]).map(bare).filter(Boolean);

/** An outbound message of the organisation, by stored id or by the `msg_` id send returned. */
export function findOutboundMessage(services: EngineServices, orgId: string, id: string): MessageRow | undefined {
  return outboundMessage(services.store.db, orgId, id);
}

/** The `to` recipients of a stored message, bare and lower-cased. */
export function toRecipients(msg: MessageRow): string[] {
  return (JSON.parse(msg.participants) as { role: string; identity: string }[])
    .filter((p) => p.role === 'to')
    .map((p) => bare(p.identity));
}

/** Records one delivery event; call inside the transaction of the change that causes it. */
export function recordDeliveryEvent(services: EngineServices, e: DeliveryEventInput): void {
  const db = services.store.db;
  const now = services.clock.now().toISOString();
  const msg = findOutboundMessage(services, e.orgId, e.messageId);
  const messageId = msg?.message_id ?? e.messageId;
  const inboxId = msg ? msg.inbox_id : (e.inboxId ?? null);
  const domainId = msg ? msg.domain_id : (e.domainId ?? null);
  const recipients = list(e.recipient).length ? list(e.recipient) : msg ? toRecipients(msg) : [];

  const eventData: Record<string, unknown> = {
    email_id: messageId,
    to: recipients,
    ...(msg?.subject ? { subject: msg.subject } : {}),
    created_at: now,
  };
  if (!msg) Object.assign(eventData, { orphan: true, orphan_reason: 'message_not_found' });
  const bounceReason = e.reason ?? defaultBounceReason(e.bounceType);
  if (e.type === 'bounced')
    eventData.bounce = {
      type: e.bounceType === 'soft' ? 'Temporary' : 'Permanent',
      message: bounceReason,
      ...(e.diagnostic ? { diagnosticCode: [e.diagnostic] } : {}),
    };
  if (e.type === 'complained') eventData.complaint = { type: e.complaintType ?? 'abuse' };
  if (e.type === 'failed') eventData.failed = { reason: e.reason ?? 'Unknown' };
  if (e.type === 'suppressed') eventData.suppressed = { reason: e.reason ?? 'suppressed' };
  Object.assign(eventData, e.data ?? {});

  insertDeliveryEvent(db, {
    id: services.ids.hex(12),
    org_id: e.orgId,
    message_id: messageId,
    event_type: e.type,
    event_data: JSON.stringify(eventData),
    inbox_id: inboxId,
    domain_id: domainId,
    processed_at: now,
  });
  if (!msg) return;

  updateMessage(services, msg, e, now, bounceReason);
  const recipient = recipients[0];
  if (!recipient) return;
  if (e.type === 'bounced') addBounceSuppression(services, e, msg, recipient, now, bounceReason);
  if (e.type === 'complained') {
    addSuppression(services, e.orgId, msg, recipient, 'complaint', 'spam', now, null, {
      complaint_type: e.complaintType ?? 'abuse',
      ...(msg.subject ? { original_subject: msg.subject } : {}),
    });
  }
}

/** Moves the status forward and stamps delivery_data (only the keys the contract's DeliveryData has). */
function updateMessage(
  services: EngineServices,
  msg: MessageRow,
  e: DeliveryEventInput,
  now: string,
  bounceReason: string,
): void {
  const stamp = STAMP[e.type];
  const next = STATUS_OF[e.type];
  const advances = next !== undefined && STATUS_RANK[next]! > (STATUS_RANK[msg.delivery_status] ?? 0);
  if (!stamp || (!advances && e.type !== 'sent')) return;
  const data = { ...(msg.delivery_data ? (JSON.parse(msg.delivery_data) as Record<string, unknown>) : {}) };
  if (e.type === 'sent' && data.sent_at) return; // a repeated sent event does not move sent_at
  data[stamp] = now;
  if (e.type === 'bounced')
    Object.assign(data, { bounce_reason: bounceReason, bounce_type: e.bounceType === 'soft' ? 'soft' : 'hard' });
  if (e.type === 'failed' || e.type === 'suppressed')
    data.failure_reason = e.type === 'suppressed' ? 'suppressed' : (e.reason ?? 'Unknown');
  setDeliveryState(services.store.db, msg.seq, advances ? next : msg.delivery_status, JSON.stringify(data));
}

function defaultBounceReason(type: 'hard' | 'soft' | undefined): string {
  return type === 'soft'
    ? 'Mailbox temporarily unavailable (simulated)'
    : 'Recipient address rejected: user unknown (simulated)';
}

function addBounceSuppression(
  services: EngineServices,
  e: DeliveryEventInput,
  msg: MessageRow,
  recipient: string,
  now: string,
  reason: string,
): void {
  const original = msg.subject ? { original_subject: msg.subject } : {};
  if (e.bounceType !== 'soft') {
    addSuppression(services, e.orgId, msg, recipient, 'bounce', 'hard', now, null, {
      bounce_reason: reason,
      ...(e.diagnostic ? { bounce_diagnostic: e.diagnostic } : {}),
      ...original,
    });
    return;
  }
  // Soft bounces count per recipient until a delivery resets them, as Commune's security store does.
  let count = 0;
  for (const r of bounceHistory(services.store.db, e.orgId)) {
    const d = JSON.parse(r.event_data) as { to?: string[]; bounce?: { type?: string } };
    if (!d.to?.includes(recipient)) continue;
    if (r.event_type === 'delivered') break;
    if (d.bounce?.type === 'Temporary') count++;
  }
  if (count >= SOFT_BOUNCE_THRESHOLD) {
    const expires = new Date(services.clock.nowMs() + SOFT_BOUNCE_SUPPRESSION_MS).toISOString();
    addSuppression(services, e.orgId, msg, recipient, 'bounce', 'soft', now, expires, {
      bounce_reason: reason,
      soft_bounce_count: count,
      ...original,
    });
  }
}

function addSuppression(
  services: EngineServices,
  orgId: string,
  msg: MessageRow,
  email: string,
  reason: string,
  type: string,
  now: string,
  expiresAt: string | null,
  metadata: Record<string, unknown>,
): void {
  replaceSuppression(services.store.db, {
    id: services.ids.hex(12),
    org_id: orgId,
    email,
    reason,
    type,
    inbox_id: msg.inbox_id,
    domain_id: msg.domain_id,
    message_id: msg.message_id,
    created_at: now,
    expires_at: expiresAt,
    metadata: JSON.stringify(metadata),
  });
}

/** Whether mail from this inbox (or domain) to `email` is suppressed now; the sending path may skip such recipients. */
export function isSuppressed(
  services: EngineServices,
  orgId: string,
  email: string,
  inboxId?: string | null,
  domainId?: string | null,
): boolean {
  return suppressed(services.store.db, {
    orgId,
    email: bare(email),
    nowIso: services.clock.now().toISOString(),
    inboxId: inboxId ?? null,
    domainId: domainId ?? null,
  });
}
