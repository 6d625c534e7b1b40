/** Commune's webhook delivery policy (§ webhooks): set by the operations module. */
import { DEFAULT_WEBHOOK_POLICY, type WebhookPolicy } from '../../../engine/webhooks.js';

export const WEBHOOK_POLICY: WebhookPolicy = { ...DEFAULT_WEBHOOK_POLICY };
