/**
 * AgentSend webhook events: who gets them and exactly what they receive.
 *
 * Body `{"event","data","timestamp"}` (keys in that order, timestamp in epoch ms), signed with
 * lowercase hex HMAC-SHA256 of the raw body keyed by the full `whsec_…` secret (contracts/agentsend.md,
 * "Body, headers and signature are the real ones").
 * Call inside the transaction of the change that causes the event: the outbox row commits with it.
 *
 * `message.sent` to an address on the simulator domain (see simulation.ts) also schedules the
 * outcome that address asks for, as a durable job in the same transaction.
 */
import { createHmac } from 'node:crypto';
import type { EngineServices } from '../../../engine/provider.js';
import { bareAddress } from '../../shared/address.js';
import { messageRecipients } from '../store/messages.js';
import { activeWebhooks } from '../store/webhooks.js';

export const EVENTS = [
  'message.received',
  'message.sent',
  'message.delivered',
  'message.bounced',
  'message.complained',
  'domain.verified',
] as const;
export type AgentSendEvent = (typeof EVENTS)[number];

export function signAgentSend(rawBody: string, secret: string): string {
  return createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex');
}

export function emitEvent(
  services: EngineServices,
  tenant: string,
  event: AgentSendEvent,
  data: Record<string, unknown>,
): number {
  if (event === 'message.sent' && typeof data.messageId === 'string')
    scheduleSimulatedOutcome(services, tenant, data.messageId);
  let queued = 0;
  for (const hook of activeWebhooks(services.store.db, tenant)) {
    const events = JSON.parse(hook.events) as string[] | null;
    if (events && !events.includes(event)) continue;
    const body = JSON.stringify({ event, data, timestamp: services.clock.nowMs() });
    services.webhooks.enqueue({
      provider: 'agentsend',
      tenant,
      subscriptionId: hook.id,
      url: hook.url,
      event,
      body,
      headers: {
        'Content-Type': 'application/json',
        'X-AgentSend-Event': event,
        'X-AgentSend-Signature': signAgentSend(body, hook.secret),
        'X-AgentSend-Webhook-Id': hook.id,
      },
    });
    queued++;
  }
  return queued;
}

// ---- Simulator addresses -------------------------------------------------------------------------

/**
 * The local part picks what happens after `message.sent`. `.test` is reserved (RFC 2606), so this
 * mail can never reach somebody's real mailbox.
 */
export const SIMULATOR_DOMAIN = 'simulator.mailsim.test';
export const SIMULATOR_QUEUE = 'agentsend.simulated-outcome';
export const DEFAULT_DELAY_MINUTES = 10;
const MAX_DELAY_MINUTES = 7 * 24 * 60;

export type SimulatedOutcome =
  | { kind: 'delivered' }
  | { kind: 'bounced'; recipients: string[] }
  | { kind: 'complained' }
  | { kind: 'delayed'; minutes: number };

export interface SimulatedOutcomeJob {
  messageId: string;
  outcome: SimulatedOutcome;
}

/** `bounce+label@simulator.mailsim.test` → "bounce"; null for any other domain or an unknown local part. */
function simulatorVerb(address: string): { verb: string; minutes?: number } | null {
  const bare = bareAddress(address).toLowerCase();
  const at = bare.lastIndexOf('@');
  if (at <= 0 || bare.slice(at + 1) !== SIMULATOR_DOMAIN) return null;
  const local = bare.slice(0, at).split('+')[0]!;
  if (local === 'delivered' || local === 'bounce' || local === 'complaint') return { verb: local };
  const delay = /^delay(?:-(\d{1,5}))?$/.exec(local);
  if (delay) return { verb: 'delay', minutes: Math.min(Number(delay[1] ?? DEFAULT_DELAY_MINUTES), MAX_DELAY_MINUTES) };
  return null;
}

/**
 * What a message's recipients ask for. One message has one status, so the most severe outcome
 * wins: bounce, then complaint, then delay, then delivered. Ordinary addresses ask for nothing.
 */
export function simulatedOutcomeFor(recipients: string[]): SimulatedOutcome | null {
  const verbs = recipients.map((r) => ({ address: r, v: simulatorVerb(r) })).filter((x) => x.v !== null);
  const bounced = verbs.filter((x) => x.v!.verb === 'bounce').map((x) => x.address);
  if (bounced.length) return { kind: 'bounced', recipients: bounced };
  if (verbs.some((x) => x.v!.verb === 'complaint')) return { kind: 'complained' };
  const delays = verbs.filter((x) => x.v!.verb === 'delay').map((x) => x.v!.minutes!);
  if (delays.length) return { kind: 'delayed', minutes: Math.max(...delays) };
  if (verbs.length) return { kind: 'delivered' };
  return null;
}

function scheduleSimulatedOutcome(services: EngineServices, tenant: string, messageId: string): void {
  const row = messageRecipients(services.store.db, messageId);
  if (!row) return;
  const recipients = [row.to_addresses, row.cc_addresses, row.bcc_addresses].flatMap(
    (list) => JSON.parse(list) as string[],
  );
  const outcome = simulatedOutcomeFor(recipients);
  if (!outcome) return;
  const delayMs = outcome.kind === 'delayed' ? outcome.minutes * 60_000 : 0;
  // Due now (it runs once this transaction commits, after message.sent is in the outbox) or after the delay,
  // on the engine clock.
  services.jobs.enqueue({
    provider: 'agentsend',
    tenant,
    queue: SIMULATOR_QUEUE,
    payload: { messageId, outcome } satisfies SimulatedOutcomeJob,
    runAtMs: services.clock.nowMs() + delayMs,
  });
}
