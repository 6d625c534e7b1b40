/** AgentSend's traffic policies, as data for the engine. */
import type { IdempotencyPolicy } from '../../engine/idempotency.js';
import type { RateLimitPolicy } from '../../engine/ratelimit.js';

/**
 * The real server's global limiter (@fastify/rate-limit v10): 100 requests per 60 s, keyed by
 * account for authenticated calls and by client IP for public ones (§10.1). 401s carry no
 * x-ratelimit-* headers.
 */
export const RATE_LIMIT: RateLimitPolicy = {
  enabled: true,
  default: { max: 100, windowMs: 60_000 },
  headers: { limit: 'x-ratelimit-limit', remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset', retryAfter: 'retry-after' },
  omitHeadersOn: [401],
  message: (s) => `Rate limit exceeded. Try again in ${s} seconds.`,
};

/**
 * The docs promise Idempotency-Key on POST but the server has no implementation; mailsim follows
 * Stripe's semantics (see the IdempotencyKey parameter in contracts/agentsend.yaml).
 */
export const IDEMPOTENCY: IdempotencyPolicy = {
  header: 'idempotency-key',
  operations: 'all-posts',
  windowMs: 24 * 3600 * 1000,
  replayHeader: 'Idempotent-Replayed',
  compareRequest: true,
  maxKeyLength: 255,
};

/** Fastify's default JSON body limit is 1 MiB; uploads are capped at 10 MiB by the handler. */
export const BODY_LIMITS = { json: 1024 * 1024, multipart: 32 * 1024 * 1024 };

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_SEND_ATTACHMENTS_BYTES = 25 * 1024 * 1024;
export const DEFAULT_DOMAIN = 'agentsend.io';
