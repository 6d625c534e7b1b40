/**
 * What the mail plane calls when something happens that Commune tells users about:
 *   - `emitCommuneEvent`: a webhook to the inbox's `webhook.endpoint` (today only `email.received`);
 *   - `recordDeliveryEvent`: the delivery ledger behind /v1/delivery/* (sent, delivered, bounced, …).
 * Both write in the caller's transaction, so nothing is announced for a change that rolled back.
 */
import { createHash } from 'node:crypto';
import type { EngineServices } from '../../../engine/provider.js';
import { insertWebhookMeta } from '../store/webhook-meta.js';

export { recordDeliveryEvent, isSuppressed, type DeliveryEventInput, type DeliveryEventType } from './ledger.js';

export const COMMUNE = 'commune';

/** The part of an inbox row this module needs. */
export interface WebhookInbox {
  id: string;
  webhook?: { endpoint: string; events?: string[]; secret?: string } | null;
}

/**
 * Queues one signed delivery of `payload` to the inbox's webhook; returns its `whd_` id, or null
 * when the inbox has no endpoint. `payload` is the whole body Commune posts (WebhookPayload in the
 * contract: domainId, inboxId, inboxAddress, event, email, message, …), serialised compactly once:
 * every attempt sends the same bytes. The headers (`x-commune-delivery-id`, `x-commune-timestamp`,
 * `x-commune-attempt`, and `x-commune-signature` only when the webhook has a secret) are computed
 * per attempt by domain/signer.ts. The inbox's `events` list is deliberately not consulted: Commune
 * ignores it and sends every inbound email (contracts/commune.md, "Webhook delivery").
 */
export function emitCommuneEvent(
  services: EngineServices,
  orgId: string,
  inbox: WebhookInbox,
  event: string,
  payload: Record<string, unknown>,
): string | null {
  const endpoint = inbox.webhook?.endpoint;
  if (!endpoint) return null;
  const body = JSON.stringify(payload);
  const id = services.webhooks.enqueue({
    provider: COMMUNE,
    tenant: orgId,
    subscriptionId: inbox.id,
    url: endpoint,
    event,
    body,
    headers: { 'Content-Type': 'application/json' },
  });
  if (typeof id !== 'string') return null; // a capturing test sink keeps no delivery log
  insertWebhookMeta(services.store.db, {
    delivery_id: id,
    org_id: orgId,
    inbox_id: inbox.id,
    message_id: messageIdOf(payload),
    secret: inbox.webhook?.secret || null,
    payload_hash: payloadHash(body),
  });
  return id;
}

/** The stored message's id, which Commune records with the delivery. */
function messageIdOf(payload: Record<string, unknown>): string {
  const pick = (o: unknown): string | undefined =>
    o && typeof o === 'object' && typeof (o as { message_id?: unknown }).message_id === 'string'
      ? (o as { message_id: string }).message_id
      : undefined;
  return pick(payload.message) ?? pick(payload.email) ?? '';
}

/** First 16 hex of SHA-256 of the body, as Commune's `payload_hash`. */
export function payloadHash(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 16);
}
