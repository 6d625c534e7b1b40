/**
 * Commune's webhook signature (contracts/commune.md, "Webhook delivery"): `x-commune-signature:
 * v1=<lower-case hex HMAC-SHA256(secret, "{timestamp_ms}.{raw body}")>`, sent only when the inbox
 * webhook has a secret. The timestamp is fresh on every attempt, so the signature is computed per
 * attempt by the engine's signer hook, from the secret stored with the delivery.
 */
import { createHmac } from 'node:crypto';
import type { Store } from '../../../engine/store.js';
import type { WebhookSigner } from '../../../engine/webhooks.js';
import { webhookSecret } from '../store/webhook-meta.js';

export function signCommune(rawBody: string, timestampMs: number | string, secret: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestampMs}.${rawBody}`, 'utf8').digest('hex')}`;
}

/** Headers of one attempt, in the order Commune sets them (after the stored Content-Type). */
export function attemptHeaders(
  deliveryId: string,
  attempt: number,
  nowMs: number,
  body: string,
  secret: string | null,
): Record<string, string> {
  const headers: Record<string, string> = {
    'x-commune-delivery-id': deliveryId,
    'x-commune-timestamp': String(nowMs),
    'x-commune-attempt': String(attempt),
  };
  if (secret) headers['x-commune-signature'] = signCommune(body, nowMs, secret);
  return headers;
}

export function communeSigner(store: Store): WebhookSigner {
  return (a) => {
    return attemptHeaders(a.deliveryId, a.attempt, a.nowMs, a.body, webhookSecret(store.db, a.deliveryId));
  };
}
