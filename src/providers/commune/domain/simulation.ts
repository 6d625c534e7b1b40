/**
 * What happens to a sent message after Commune hands it to its sending provider, which the real
 * server learns from provider webhooks. mailsim has no provider, so these are triggered by hand:
 *
 *   POST /_mailsim/commune/messages/:id/deliver   {recipient?}
 *                                                 → delivered
 *   POST /_mailsim/commune/messages/:id/bounce    {recipient?, bounceType?, reason?, diagnostic?}
 *                                                 → bounced (+ suppression)
 *   POST /_mailsim/commune/messages/:id/complain  {recipient?, complaintType?}
 *                                                 → complained (+ suppression)
 *
 * `:id` is the stored message id or the `msg_…` id send returned. `bounceType` is `hard` (default,
 * also `Permanent`) or `soft` (`Temporary`/`Transient`); a hard bounce or a complaint suppresses the
 * recipient for the inbox, a third soft bounce for 7 days. The recipient defaults to the message's
 * first one. Everything lands in /v1/delivery/{metrics,events,suppressions}; Commune sends no
 * webhook for delivery events (contracts/commune.md, "The delivery ledger"), so none is queued.
 */
import type { EngineServices } from '../../../engine/provider.js';
import { recordDeliveryEvent, toRecipients, type DeliveryEventType } from './ledger.js';
import { anyOutboundMessage, messageBySeq } from '../store/messages.js';
import { messageSuppressions } from '../store/suppressions.js';
import type { MessageRow, SuppressionRow } from '../tables.js';

export type Outcome = 'deliver' | 'bounce' | 'complain';

const EVENT: Record<Outcome, DeliveryEventType> = { deliver: 'delivered', bounce: 'bounced', complain: 'complained' };
/** The provider reports a bounce or complaint after a delivery too, but nothing after those. */
const ALLOWED_FROM: Record<Outcome, readonly string[]> = {
  deliver: ['sent'],
  bounce: ['sent', 'delivered'],
  complain: ['sent', 'delivered'],
};
const HARD = ['hard', 'permanent'];
const SOFT = ['soft', 'temporary', 'transient'];

export interface OutcomeInput {
  recipient?: unknown;
  bounceType?: unknown;
  reason?: unknown;
  diagnostic?: unknown;
  complaintType?: unknown;
}

const optionalString = (v: unknown): boolean => v === undefined || (typeof v === 'string' && v !== '');

export type OutcomeResult =
  | { ok: true; event: DeliveryEventType; message: MessageRow; suppressions: SuppressionRow[] }
  | { ok: false; status: 400 | 404 | 409; message: string };

const fail = (status: 400 | 404 | 409, message: string): OutcomeResult => ({ ok: false, status, message });

export function applyOutcome(
  services: EngineServices,
  id: string,
  outcome: Outcome,
  input: OutcomeInput = {},
): OutcomeResult {
  for (const key of ['recipient', 'reason', 'diagnostic', 'complaintType', 'bounceType'] as const) {
    if (!optionalString(input[key])) return fail(400, `${key} must be a non-empty string`);
  }
  const bounceType = typeof input.bounceType === 'string' ? input.bounceType.toLowerCase() : 'hard';
  if (outcome === 'bounce' && ![...HARD, ...SOFT].includes(bounceType))
    return fail(400, 'bounceType must be hard or soft');
  const db = services.store.db;
  return services.store.tx((): OutcomeResult => {
    // Control routes carry no tenant: the id alone names the message.
    const msg = anyOutboundMessage(db, id);
    if (!msg) return fail(404, `no outbound message ${id}`);
    if (!ALLOWED_FROM[outcome].includes(msg.delivery_status)) {
      return fail(
        409,
        `message ${id} is ${msg.delivery_status}; ` +
          `${outcome} applies to messages that are ${ALLOWED_FROM[outcome].join(' or ')}`,
      );
    }
    const recipients = toRecipients(msg);
    const recipient = typeof input.recipient === 'string' ? input.recipient.trim().toLowerCase() : recipients[0];
    if (typeof input.recipient === 'string' && !recipients.includes(recipient!))
      return fail(400, `${input.recipient} is not a recipient of message ${id}`);
    recordDeliveryEvent(services, {
      orgId: msg.org_id,
      messageId: msg.message_id,
      type: EVENT[outcome],
      ...(recipient ? { recipient } : {}),
      ...(outcome === 'bounce'
        ? { bounceType: SOFT.includes(bounceType) ? ('soft' as const) : ('hard' as const) }
        : {}),
      ...(typeof input.reason === 'string' ? { reason: input.reason } : {}),
      ...(typeof input.diagnostic === 'string' ? { diagnostic: input.diagnostic } : {}),
      ...(typeof input.complaintType === 'string' ? { complaintType: input.complaintType } : {}),
    });
    return {
      ok: true,
      event: EVENT[outcome],
      message: messageBySeq(db, msg.seq)!,
      suppressions: messageSuppressions(db, msg.org_id, msg.message_id),
    };
  });
}
