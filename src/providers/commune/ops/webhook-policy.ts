/**
 * Commune's webhook delivery policy (shared/providers/commune.md §7): 8 attempts in all; after failed
 * attempt n the wait is 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h (n = 1…7), each ±25 % jitter;
 * 10 s timeout (Commune allows 30 s on retries, the engine has one timeout per policy, so the first
 * attempt's 10 s is used throughout — a slower receiver is a failure either way); delivery ids
 * `whd_` + 20 hex; a manual retry of a dead delivery gets one attempt, because Commune's attempt
 * count is already at the maximum.
 */
import type { WebhookPolicy } from '../../../engine/webhooks.js';

export const RETRY_DELAYS_S = [5, 30, 120, 600, 1800, 3600, 7200] as const;

export const WEBHOOK_POLICY: WebhookPolicy = {
  attempts: 8,
  backoffMs: RETRY_DELAYS_S.map((s) => s * 1000),
  timeoutMs: 10_000,
  concurrency: 5,
  jitter: 0.25,
  deliveryId: (ids) => `whd_${ids.hex(10)}`,
  manualRetryAttempts: 1,
};
