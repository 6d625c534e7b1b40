/** Commune's traffic policies, as data for the engine (rate limits, idempotency, body limits). */
import type { IdempotencyPolicy } from '../../engine/idempotency.js';
import type { RateLimitPolicy } from '../../engine/ratelimit.js';

/**
 * Commune has no general per-request limit on /v1 (§5); its limiters sit on particular routes and
 * are listed in EXTRA_RATE_LIMITS.
 */
export const EXTRA_RATE_LIMITS: RateLimitPolicy[] = [];

/** Send only, 24 h, `Idempotency-Replayed: true`, no body comparison, only the 202 is kept (§5). */
export const IDEMPOTENCY: IdempotencyPolicy = {
  header: 'idempotency-key',
  operations: ['sendMessage'],
  windowMs: 24 * 3600 * 1000,
  replayHeader: 'Idempotency-Replayed',
  compareRequest: false,
  maxKeyLength: 100_000,
  storeStatuses: [202],
};

/** express.json's limit on the real server is 10 MB. */
export const BODY_LIMITS = { json: 10 * 1024 * 1024, multipart: 10 * 1024 * 1024 };
