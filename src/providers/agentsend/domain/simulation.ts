/**
 * What happens to a sent message after the SMTP transaction: delivery, bounce or complaint, which
 * the real server learns from SES notifications. mailsim has no SES, so these are triggered:
 *
 *   POST /_mailsim/messages/:id/deliver   {recipients?}                         → delivered, message.delivered
 *   POST /_mailsim/messages/:id/bounce    {bounceType?, bouncedRecipients?}     → bounced, message.bounced
 *   POST /_mailsim/messages/:id/complain  {complaintFeedbackType?}              → complained, message.complained
 *
 * or by sending to an address on the simulator domain (events.ts): delivered@, bounce@, complaint@,
 * delay@ / delay-N@ (delivered after 10 / N minutes of engine time).
 *
 * As in the real ses-event service, a bounce or complaint adds one to the inbox's bounceCount or
 * complaintCount, and the inbox is suspended once totalSent >= 100 and the bounce rate is over 5% or
 * the complaint rate over 0.1%. The status change, the counters and the outbox rows commit together.
 */
import type { EngineServices } from '../../../engine/provider.js';
import { emitEvent, SIMULATOR_QUEUE, type AgentSendEvent, type SimulatedOutcomeJob } from './events.js';
import { AUTO_SUSPEND } from '../policies.js';
import { countBounce, countComplaint, inboxById, suspendInbox } from '../store/inboxes.js';
import { messageById, setMessageStatus } from '../store/messages.js';
import type { InboxRow, MessageRow } from '../tables.js';

export type Outcome = 'deliver' | 'bounce' | 'complain';

const BOUNCE_TYPES = ['Permanent', 'Transient', 'Undetermined'] as const;

/** Which statuses each outcome may follow: SES reports a bounce or a complaint after a delivery too. */
const ALLOWED_FROM: Record<Outcome, readonly string[]> = {
  deliver: ['sent'],
  bounce: ['sent', 'delivered'],
  complain: ['sent', 'delivered'],
};

const RESULT: Record<Outcome, { status: string; event: AgentSendEvent }> = {
  deliver: { status: 'delivered', event: 'message.delivered' },
  bounce: { status: 'bounced', event: 'message.bounced' },
  complain: { status: 'complained', event: 'message.complained' },
};

export interface OutcomeInput {
  recipients?: string[];
  bounceType?: string;
  bouncedRecipients?: string[];
  complaintFeedbackType?: string;
}

export type OutcomeResult =
  | { ok: true; message: MessageRow; inbox: InboxRow | undefined; event: AgentSendEvent; webhooksQueued: number }
  | { ok: false; status: 400 | 404 | 409; code: string; message: string };

const allRecipients = (m: MessageRow): string[] =>
  [m.to_addresses, m.cc_addresses, m.bcc_addresses].flatMap((l) => JSON.parse(l) as string[]);

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s !== '');

function validate(outcome: Outcome, input: OutcomeInput): string | null {
  if (input.recipients !== undefined && !isStringList(input.recipients))
    return 'recipients must be a non-empty array of addresses';
  if (input.bouncedRecipients !== undefined && !isStringList(input.bouncedRecipients))
    return 'bouncedRecipients must be a non-empty array of addresses';
  if (
    outcome === 'bounce' &&
    input.bounceType !== undefined &&
    !BOUNCE_TYPES.includes(input.bounceType as (typeof BOUNCE_TYPES)[number])
  ) {
    return `bounceType must be one of ${BOUNCE_TYPES.join(', ')}`;
  }
  if (
    input.complaintFeedbackType !== undefined &&
    (typeof input.complaintFeedbackType !== 'string' || input.complaintFeedbackType === '')
  ) {
    return 'complaintFeedbackType must be a non-empty string';
  }
  return null;
}

/** Adds to the inbox's counter and suspends it by the provider's rule; returns the inbox as it ends up. */
function countAgainstInbox(
  services: EngineServices,
  inboxId: string,
  outcome: Outcome,
  now: string,
): InboxRow | undefined {
  const db = services.store.db;
  if (outcome === 'bounce') countBounce(db, inboxId, now);
  if (outcome === 'complain') countComplaint(db, inboxId, now);
  const inbox = inboxById(db, inboxId);
  if (inbox?.status !== 'active' || outcome === 'deliver' || inbox.total_sent < AUTO_SUSPEND.minTotalSent) return inbox;
  const bounceRate = inbox.bounce_count / inbox.total_sent;
  const complaintRate = inbox.complaint_count / inbox.total_sent;
  if (bounceRate <= AUTO_SUSPEND.maxBounceRate && complaintRate <= AUTO_SUSPEND.maxComplaintRate) return inbox;
  suspendInbox(db, inboxId, now);
  return inboxById(db, inboxId);
}

/** Moves a sent message to delivered, bounced or complained, and announces it, in one transaction. */
export function applyOutcome(
  services: EngineServices,
  messageId: string,
  outcome: Outcome,
  input: OutcomeInput = {},
): OutcomeResult {
  const invalid = validate(outcome, input);
  if (invalid) return { ok: false, status: 400, code: 'BAD_REQUEST', message: invalid };
  const db = services.store.db;
  return services.store.tx((): OutcomeResult => {
    const msg = messageById(db, messageId);
    if (!msg) return { ok: false, status: 404, code: 'NOT_FOUND', message: `no message ${messageId}` };
    if (msg.direction !== 'outbound' || !ALLOWED_FROM[outcome].includes(msg.status)) {
      return {
        ok: false,
        status: 409,
        code: 'CONFLICT',
        message:
          `message ${messageId} is ${msg.direction} and ${msg.status}; ` +
          `${outcome} applies to outbound messages that are ${ALLOWED_FROM[outcome].join(' or ')}`,
      };
    }
    const { status, event } = RESULT[outcome];
    const now = services.clock.now().toISOString();
    setMessageStatus(db, msg.id, status);
    const inbox = countAgainstInbox(services, msg.inbox_id, outcome, now);
    const base = { messageId: msg.id, inboxId: msg.inbox_id };
    const data =
      outcome === 'deliver'
        ? { ...base, recipients: input.recipients ?? allRecipients(msg) }
        : outcome === 'bounce'
          ? {
              ...base,
              bounceType: input.bounceType ?? 'Permanent',
              bouncedRecipients: input.bouncedRecipients ?? allRecipients(msg),
            }
          : { ...base, complaintFeedbackType: input.complaintFeedbackType ?? 'abuse' };
    const webhooksQueued = emitEvent(services, msg.account_id, event, data);
    const message = messageById(db, msg.id)!;
    return { ok: true, message, inbox, event, webhooksQueued };
  });
}

/** Runs the outcomes that simulator addresses scheduled after message.sent. */
export function startSimulation(services: EngineServices): void {
  services.jobs.register(SIMULATOR_QUEUE, {
    concurrency: 1,
    handler: (job: SimulatedOutcomeJob) => {
      const o = job.outcome;
      // A message moved on by hand meanwhile (e.g. bounced through the control plane) is left as it is:
      // a 409 here is not an error.
      if (o.kind === 'bounced')
        applyOutcome(services, job.messageId, 'bounce', { bounceType: 'Permanent', bouncedRecipients: o.recipients });
      else if (o.kind === 'complained')
        applyOutcome(services, job.messageId, 'complain', { complaintFeedbackType: 'abuse' });
      else applyOutcome(services, job.messageId, 'deliver');
      return { done: true };
    },
  });
}
