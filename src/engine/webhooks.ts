/**
 * Webhook outbox seam. A provider builds the exact body and signature headers of an event (the
 * signature is over the raw body, so the body must be fixed before the first attempt) and hands it
 * to the engine inside the transaction of the change that caused it.
 */
export interface WebhookDelivery {
  provider: string;
  tenant: string;
  subscriptionId: string;
  url: string;
  event: string;
  body: string;
  headers: Record<string, string>;
}

export interface WebhookEngine {
  enqueue(delivery: WebhookDelivery): void;
}
