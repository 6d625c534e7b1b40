/** A provider's webhook delivery policy: its shape, its check, and the wait before each retry. */
import type { IdSource } from './ids.js';
import type { DeliveryRow } from './webhook-rows.js';

/** How a provider delivers webhooks, as data. */
export interface WebhookPolicy {
  /** Attempts in all, the first one included. */
  attempts: number;
  /** Wait before attempt 2, 3, …; the last value repeats if there are more attempts than values. */
  backoffMs: readonly number[];
  /** Per attempt, wall time (it bounds a real network request). */
  timeoutMs: number;
  /** Attempts of this provider in flight at once. */
  concurrency: number;
  /** Each backoff is spread uniformly over ±this fraction of itself (0.25 = ±25 %); none by default. */
  jitter?: number;
  /** Delivery ids in the provider's format; a UUID by default. */
  deliveryId?: (ids: IdSource) => string;
  /** Attempts a manual retry of a dead or delivered delivery gets; a full round (`attempts`) by default. */
  manualRetryAttempts?: number;
}

/** For a provider that declares no policy: a common shape (5 tries, exponential from 10 s). */
export const DEFAULT_WEBHOOK_POLICY: WebhookPolicy = {
  attempts: 5,
  backoffMs: [10_000, 20_000, 40_000, 80_000],
  timeoutMs: 30_000,
  concurrency: 5,
};

export function validatePolicy(p: WebhookPolicy): void {
  const ok =
    Number.isInteger(p.attempts) &&
    p.attempts >= 1 &&
    Number.isInteger(p.concurrency) &&
    p.concurrency >= 1 &&
    p.timeoutMs > 0 &&
    p.backoffMs.length > 0 &&
    p.backoffMs.every((ms) => Number.isFinite(ms) && ms >= 0) &&
    (p.jitter === undefined || (p.jitter >= 0 && p.jitter < 1)) &&
    (p.manualRetryAttempts === undefined ||
      (Number.isInteger(p.manualRetryAttempts) && p.manualRetryAttempts >= 1 && p.manualRetryAttempts <= p.attempts));
  if (!ok) throw new RangeError(`invalid webhook policy ${JSON.stringify(p)}`);
}

/** Wait after the `round`-th failed attempt (1-based); `unit` in [0, 1) places it within the jitter band. */
export function backoffAfter(policy: WebhookPolicy, round: number, unit = 0.5): number {
  const base = policy.backoffMs[Math.min(round, policy.backoffMs.length) - 1]!;
  const jitter = policy.jitter ?? 0;
  return Math.round(base * (1 + jitter * (2 * unit - 1)));
}

/** The provider's policy with a delivery's own attempts and backoff, when it carries them. */
export function scheduleOf(
  policy: WebhookPolicy,
  row: Pick<DeliveryRow, 'max_attempts' | 'backoff_ms'>,
): WebhookPolicy {
  if (row.max_attempts === null && row.backoff_ms === null) return policy;
  return {
    ...policy,
    ...(row.max_attempts !== null ? { attempts: row.max_attempts } : {}),
    ...(row.backoff_ms !== null ? { backoffMs: JSON.parse(row.backoff_ms) as number[] } : {}),
  };
}
