/**
 * Commune's traffic policies, as data for the engine (rate limits, idempotency, body limits), and
 * the per-tier limits the handlers read (contracts/commune.md, "Rate limits and idempotency" and "Per-tier limits").
 *
 * Commune has no general per-request limit on /v1; its limiters sit on particular routes, and
 * their headers appear only there:
 *  - send: hourly and daily sliding logs per org (`X-RateLimit-*-Hour` / `-Day`), then a burst
 *    detector (15 per 10 s, 50 per 60 s; no headers, rejected attempts count);
 *  - inbox create and domain create: a daily sliding log per org (`X-RateLimit-*-Day`);
 *  - agent sign-up routes: express-rate-limit per client IP (draft-6 `RateLimit-*` headers);
 *  - feedback: express-rate-limit per org.
 * Enterprise orgs skip the org limiters entirely and get no headers. The per-inbox daily send cap
 * needs the request body, so the send handler applies it (`countInboxDailySend`).
 */
import type { IdempotencyPolicy } from '../../engine/idempotency.js';
import type { LimitState, RateLimitPolicy } from '../../engine/ratelimit.js';
import type { WebhookPolicy } from '../../engine/webhooks.js';
import { errors } from './errors.js';

export type Tier = 'free' | 'agent_pro' | 'business' | 'enterprise';

export interface TierLimits {
  emailsPerHour: number;
  emailsPerDay: number;
  emailsPerInboxPerDay: number;
  inboxesPerDay: number;
  /** Infinity = no cap. */
  maxInboxes: number;
  domainsPerDay: number;
  maxCustomDomains: number;
  attachmentStorageBytes: number;
}

const MB = 1024 * 1024;

/** Commune's config/rateLimits.ts. Enterprise values exist but every org limiter skips enterprise. */
export const TIER_LIMITS: Record<Tier, TierLimits> = {
  free: {
    emailsPerHour: 10,
    emailsPerDay: 50,
    emailsPerInboxPerDay: 20,
    inboxesPerDay: 2,
    maxInboxes: 2,
    domainsPerDay: 0,
    maxCustomDomains: 0,
    attachmentStorageBytes: 100 * MB,
  },
  agent_pro: {
    emailsPerHour: 200,
    emailsPerDay: 1000,
    emailsPerInboxPerDay: 100,
    inboxesPerDay: 10,
    maxInboxes: 25,
    domainsPerDay: 3,
    maxCustomDomains: 3,
    attachmentStorageBytes: 1024 * MB,
  },
  business: {
    emailsPerHour: 1000,
    emailsPerDay: 5000,
    emailsPerInboxPerDay: 500,
    inboxesPerDay: 25,
    maxInboxes: 100,
    domainsPerDay: 5,
    maxCustomDomains: 10,
    attachmentStorageBytes: 5 * 1024 * MB,
  },
  enterprise: {
    emailsPerHour: 5000,
    emailsPerDay: 25000,
    emailsPerInboxPerDay: 1000,
    inboxesPerDay: 50,
    maxInboxes: Infinity,
    domainsPerDay: 10,
    maxCustomDomains: Infinity,
    attachmentStorageBytes: Infinity,
  },
};

/** An unknown tier is treated as free, as Commune does. */
export function tierLimits(tier: string): TierLimits {
  return TIER_LIMITS[tier as Tier] ?? TIER_LIMITS.free;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const SKIP_ENTERPRISE = ['enterprise'];

function perTier(
  pick: (l: TierLimits) => number,
  windowMs: number,
  tiers: Tier[] = ['free', 'agent_pro', 'business', 'enterprise'],
) {
  return Object.fromEntries(tiers.map((t) => [t, { max: pick(TIER_LIMITS[t]), windowMs }]));
}

/**
 * Commune's sliding-log headers (`X-RateLimit-Limit-Hour` …): Remaining counts this request, and
 * Reset is always now + window in Unix seconds (a quirk: not when the oldest entry leaves).
 */
function slidingHeaders(suffix: 'Hour' | 'Day') {
  return (s: LimitState): Record<string, string> => {
    const headers: Record<string, string> = {
      [`X-RateLimit-Limit-${suffix}`]: String(s.limit),
      [`X-RateLimit-Remaining-${suffix}`]: String(s.remaining),
      [`X-RateLimit-Reset-${suffix}`]: String(Math.ceil((s.nowMs + s.windowMs) / 1000)),
    };
    if (s.limited) headers['Retry-After'] = String(s.resetSeconds);
    return headers;
  };
}

function orgSlidingLimit(o: {
  operations: string[];
  suffix: 'Hour' | 'Day';
  windowMs: number;
  pick: (l: TierLimits) => number;
  message: string;
  skip?: string[];
}): RateLimitPolicy {
  return {
    enabled: true,
    operations: o.operations,
    algorithm: 'sliding',
    countRejected: false,
    default: { max: o.pick(TIER_LIMITS.free), windowMs: o.windowMs },
    plans: perTier(o.pick, o.windowMs),
    skipPlans: o.skip ?? SKIP_ENTERPRISE,
    headers: {
      limit: `X-RateLimit-Limit-${o.suffix}`,
      remaining: `X-RateLimit-Remaining-${o.suffix}`,
      reset: `X-RateLimit-Reset-${o.suffix}`,
      retryAfter: 'Retry-After',
    },
    omitHeadersOn: [],
    formatHeaders: slidingHeaders(o.suffix),
    error: (retryAfter) => errors.context(429, o.message, { retryAfter }),
  };
}

/** express-rate-limit with `standardHeaders: true`: draft-6 headers, a fixed window that counts every request. */
function expressRateLimit(o: {
  operations: string[];
  max: number;
  windowMs: number;
  keyBy: 'ip' | 'tenant-or-ip';
  message: string;
}): RateLimitPolicy {
  return {
    enabled: true,
    operations: o.operations,
    algorithm: 'fixed',
    keyBy: o.keyBy,
    default: { max: o.max, windowMs: o.windowMs },
    headers: {
      limit: 'RateLimit-Limit',
      remaining: 'RateLimit-Remaining',
      reset: 'RateLimit-Reset',
      retryAfter: 'Retry-After',
    },
    omitHeadersOn: [],
    formatHeaders: (s) => ({
      'RateLimit-Policy': `${s.limit};w=${Math.round(s.windowMs / 1000)}`,
      'RateLimit-Limit': String(s.limit),
      'RateLimit-Remaining': String(s.remaining),
      'RateLimit-Reset': String(s.resetSeconds),
      ...(s.limited ? { 'Retry-After': String(s.resetSeconds) } : {}),
    }),
    error: () => errors.plain(429, o.message),
  };
}

export const BURST_RETRY_AFTER_S = 10;

/** One log, two windows; every attempt is logged, rejected ones too, and no header is sent. */
const sendBurst: RateLimitPolicy = {
  enabled: true,
  operations: ['sendMessage'],
  algorithm: 'sliding',
  countRejected: true,
  default: { max: 15, windowMs: 10_000 },
  extraWindows: [{ max: 50, windowMs: 60_000 }],
  skipPlans: SKIP_ENTERPRISE,
  // Never sent: formatHeaders answers none, as Commune's burst detector sets no header.
  headers: {
    limit: 'X-Burst-Limit',
    remaining: 'X-Burst-Remaining',
    reset: 'X-Burst-Reset',
    retryAfter: 'Retry-After',
  },
  omitHeadersOn: [],
  formatHeaders: () => ({}),
  error: (_retryAfter, state) =>
    errors.context(429, 'Send rate too high — slow down', {
      reasons: state.windows
        .filter((w) => w.exceeded)
        .map((w) => `${w.count} emails in ${w.windowMs / 1000}s (max: ${w.max})`),
      retryAfter: BURST_RETRY_AFTER_S,
    }),
};

/** In Commune's middleware order: a request stops at the first limiter that refuses it. */
export const EXTRA_RATE_LIMITS: RateLimitPolicy[] = [
  orgSlidingLimit({
    operations: ['sendMessage'],
    suffix: 'Hour',
    windowMs: HOUR,
    pick: (l) => l.emailsPerHour,
    message: 'Hourly email rate limit exceeded',
  }),
  orgSlidingLimit({
    operations: ['sendMessage'],
    suffix: 'Day',
    windowMs: DAY,
    pick: (l) => l.emailsPerDay,
    message: 'Daily email rate limit exceeded',
  }),
  sendBurst,
  orgSlidingLimit({
    operations: ['createInbox', 'createDomainInbox'],
    suffix: 'Day',
    windowMs: DAY,
    pick: (l) => l.inboxesPerDay,
    message: 'Inbox creation rate limit exceeded',
  }),
  // The free tier's "Custom domains require a paid plan" 403 comes before this limiter on Commune,
  // so free orgs skip it here and reach that answer in the handler.
  orgSlidingLimit({
    operations: ['createDomain'],
    suffix: 'Day',
    windowMs: DAY,
    pick: (l) => l.domainsPerDay,
    message: 'Domain creation rate limit exceeded',
    skip: ['enterprise', 'free'],
  }),
  expressRateLimit({
    operations: ['agentRegister'],
    max: 5,
    windowMs: DAY,
    keyBy: 'ip',
    message: 'Too many registration attempts. Try again tomorrow.',
  }),
  expressRateLimit({
    operations: ['agentVerify'],
    max: 10,
    windowMs: 15 * 60_000,
    keyBy: 'ip',
    message: 'Too many verification attempts.',
  }),
  expressRateLimit({
    operations: ['claimOwnership'],
    max: 3,
    windowMs: DAY,
    keyBy: 'ip',
    message: 'Too many ownership claim attempts. Try again tomorrow.',
  }),
  expressRateLimit({
    operations: ['submitFeedback'],
    max: 10,
    windowMs: 60_000,
    keyBy: 'tenant-or-ip',
    message: 'Too many feedback submissions. Please try again later.',
  }),
];

/**
 * Send only, 24 h, `Idempotency-Replayed: true`, no body comparison, only the 202 is kept (contracts/commune.md,
 * "`Idempotency-Key` is declared on `sendMessage` only").
 */
export const IDEMPOTENCY: IdempotencyPolicy = {
  header: 'idempotency-key',
  operations: ['sendMessage'],
  windowMs: 24 * 3600 * 1000,
  replayHeader: 'Idempotency-Replayed',
  compareRequest: false,
  maxKeyLength: 100_000,
  storeStatuses: [202],
  afterValidation: true,
};

/** express.json's limit on the real server is 10 MB. */
export const BODY_LIMITS = { json: 10 * 1024 * 1024, multipart: 10 * 1024 * 1024 };

/**
 * Commune's webhook delivery policy (contracts/commune.md, "Webhook delivery"): 8 attempts in all; after failed
 * attempt n the wait is 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h (n = 1…7), each ±25 % jitter;
 * 10 s timeout (Commune allows 30 s on retries, the engine has one timeout per policy, so the first
 * attempt's 10 s is used throughout — a slower receiver is a failure either way); delivery ids
 * `whd_` + 20 hex; a manual retry of a dead delivery gets one attempt, because Commune's attempt
 * count is already at the maximum.
 */

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
