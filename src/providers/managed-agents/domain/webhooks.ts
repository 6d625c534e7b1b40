/**
 * Webhooks for session events on the engine outbox (contracts/managed-agents.md §Webhooks).
 *
 * The real service names its webhook events apart from the stream's (the stream's
 * `session.status_idle` is the webhook's `session.status_idled`) and sends only the type and the
 * object's id: `{type: "event", id, created_at, data: {type, id, organization_id}}`. Deliveries
 * follow the Standard Webhooks scheme the SDK's `beta.webhooks.unwrap` checks: `webhook-id` (the
 * event id, the same on every retry), `webhook-timestamp` (unix seconds of the attempt) and
 * `webhook-signature: v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>`, where the key is
 * the base64 after the secret's `whsec_`. Endpoints are registered on mailsim's control plane.
 */
import { createHmac } from 'node:crypto';
import type { EngineServices } from '../../../engine/provider.js';
import type { WebhookSigner } from '../../../engine/webhooks.js';
import { getWebhook, webhooksFor } from '../store/webhooks.js';
import { newId } from './ids.js';

export const PROVIDER = 'managed-agents';

/** Stream event type → webhook event type, for the events the real service announces. */
const WEBHOOK_TYPES: Record<string, string> = {
  'session.status_running': 'session.status_run_started',
  'session.status_idle': 'session.status_idled',
  'session.status_rescheduled': 'session.status_rescheduled',
  'session.status_terminated': 'session.status_terminated',
};
export const SESSION_WEBHOOK_TYPES = Object.values(WEBHOOK_TYPES);

export function signStandardWebhook(secret: string, msgId: string, timestampS: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${msgId}.${timestampS}.${body}`, 'utf8').digest('base64')}`;
}

/** Queues the webhook `streamType` means for every endpoint that wants it; call inside the change's transaction. */
export function enqueueSessionWebhooks(
  services: EngineServices,
  session: { id: string; tenant_id: string },
  streamType: string,
  nowMs: number,
): void {
  const type = WEBHOOK_TYPES[streamType];
  if (!type) return;
  for (const hook of webhooksFor(services.store.db, session.tenant_id)) {
    const wanted = JSON.parse(hook.event_types) as string[];
    if (wanted.length > 0 && !wanted.includes(type)) continue;
    const id = newId(services.ids, 'webhookEvent');
    const body = JSON.stringify({
      type: 'event',
      id,
      created_at: new Date(nowMs).toISOString(),
      data: { type, id: session.id, organization_id: session.tenant_id },
    });
    services.webhooks.enqueue({
      provider: PROVIDER,
      tenant: session.tenant_id,
      subscriptionId: hook.id,
      url: hook.url,
      event: type,
      body,
      headers: { 'content-type': 'application/json', 'webhook-id': id },
    });
  }
}

/** Signs every attempt afresh with the endpoint's secret and the attempt's engine time. */
export function managedAgentsSigner(services: EngineServices): WebhookSigner {
  return (a): Record<string, string> => {
    const hook = getWebhook(services.store.db, a.subscriptionId);
    if (!hook) return {};
    const msgId = (JSON.parse(a.body) as { id: string }).id;
    const t = Math.floor(a.nowMs / 1000);
    return { 'webhook-timestamp': String(t), 'webhook-signature': signStandardWebhook(hook.secret, msgId, t, a.body) };
  };
}
