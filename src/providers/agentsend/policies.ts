/** AgentSend's traffic policies, as data for the engine. */
import { isJsonType } from '../../engine/body.js';
import { MailsimError } from '../../engine/errors.js';
import type { IdempotencyPolicy } from '../../engine/idempotency.js';
import type { ApiDefinition } from '../../engine/provider.js';
import type { RateLimitPolicy } from '../../engine/ratelimit.js';
import type { WebhookPolicy } from '../../engine/webhooks.js';

/**
 * The real server's global limiter (@fastify/rate-limit v10): 100 requests per 60 s, keyed by
 * account for authenticated calls and by client IP for public ones (contracts/agentsend.md, "The global
 * rate limit is 100 requests per 60 s"). 401s carry no
 * x-ratelimit-* headers.
 */
export const RATE_LIMIT: RateLimitPolicy = {
  enabled: true,
  default: { max: 100, windowMs: 60_000 },
  headers: {
    limit: 'x-ratelimit-limit',
    remaining: 'x-ratelimit-remaining',
    reset: 'x-ratelimit-reset',
    retryAfter: 'retry-after',
  },
  omitHeadersOn: [401],
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
  // Shown once: new API keys, session tokens and webhook signing secrets are not kept at rest, so a
  // replay answers with them redacted (contracts/agentsend.md, Idempotency).
  secrets: {
    createApiKey: ['/key'],
    autoProvision: ['/apiKey'],
    signup: ['/token'],
    verifyCode: ['/token'],
    createWebhook: ['/secret'],
  },
};

/** Fastify's default JSON body limit is 1 MiB; uploads are capped at 10 MiB by the handler. */
export const BODY_LIMITS = { json: 1024 * 1024, multipart: 32 * 1024 * 1024 };

/**
 * With --quirks: Fastify 5 rejects an empty body sent with Content-Type: application/json before
 * any route runs, which breaks the official SDK's deletes and domain verify in production
 * (contracts/agentsend.md, "Empty body with `Content-Type: application/json` is accepted on bodiless
 * operations").
 */
export const rejectEmptyJsonBody: NonNullable<ApiDefinition['beforeParse']> = (services, req) => {
  if (services.config.quirks === true && req.bodyBytes.length === 0 && isJsonType(req.contentType)) {
    throw new MailsimError(500, 'INTERNAL_ERROR', 'Internal server error', 'internal');
  }
};

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_SEND_ATTACHMENTS_BYTES = 25 * 1024 * 1024;
export const DEFAULT_DOMAIN = 'agentsend.io';

/**
 * The real webhook worker (BullMQ): attempts=5 with the first try counted, exponential backoff
 * from 10 s (10, 20, 40, 80 s), a 30 s timeout per attempt, 5 deliveries at a time (contracts/agentsend.md,
 * "Retry policy is the real one").
 */
export const WEBHOOK_POLICY: WebhookPolicy = {
  attempts: 5,
  backoffMs: [10_000, 20_000, 40_000, 80_000],
  timeoutMs: 30_000,
  concurrency: 5,
};

/** Auto-suspend (ses-event service): once totalSent >= 100, bounce rate > 5% or complaint rate > 0.1%. */
export const AUTO_SUSPEND = { minTotalSent: 100, maxBounceRate: 0.05, maxComplaintRate: 0.001 } as const;
