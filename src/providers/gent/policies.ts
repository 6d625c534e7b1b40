/**
 * Gent's traffic policies as data (contracts/gent.md §Rate limits, §Idempotency, §Webhooks). Gent
 * confirms rate limiting, stricter limits on public endpoints and the Idempotency-Key header; the
 * numbers, header names and semantics here are emulator choices.
 */
import type { IdempotencyPolicy } from '../../engine/idempotency.js';
import type { LimitState, RateLimitPolicy } from '../../engine/ratelimit.js';
import type { WebhookPolicy } from '../../engine/webhooks.js';
import { idempotentOperations } from './domain/contract.js';

const HEADERS = {
  limit: 'X-RateLimit-Limit',
  remaining: 'X-RateLimit-Remaining',
  reset: 'X-RateLimit-Reset',
  retryAfter: 'Retry-After',
};

/** Reset as Unix epoch seconds (not seconds to wait); Retry-After only on a 429. */
function gentHeaders(s: LimitState): Record<string, string> {
  const headers: Record<string, string> = {
    'X-RateLimit-Limit': String(s.limit),
    'X-RateLimit-Remaining': String(s.remaining),
    'X-RateLimit-Reset': String(Math.ceil(s.nowMs / 1000) + s.resetSeconds),
  };
  if (s.limited) headers['Retry-After'] = String(Math.max(1, s.resetSeconds));
  return headers;
}

/** Authenticated traffic: 120 requests a minute per organisation (per client address when public). */
export const RATE_LIMIT: RateLimitPolicy = {
  enabled: true,
  default: { max: 120, windowMs: 60_000 },
  headers: HEADERS,
  omitHeadersOn: [],
  formatHeaders: gentHeaders,
};

/** Operations anyone may call: the account and access-request endpoints. */
export const PUBLIC_LIMITED_OPERATIONS = ['loginSession', 'refreshSession', 'joinWaitlist'];

/** Public endpoints get "stricter abuse controls": 20 a minute per client address. */
export const PUBLIC_RATE_LIMIT: RateLimitPolicy = {
  ...RATE_LIMIT,
  default: { max: 20, windowMs: 60_000 },
  operations: PUBLIC_LIMITED_OPERATIONS,
  keyBy: 'ip',
};

/** Kept: everything but 429 and 5xx, so a retry after those runs again. */
const STORED_STATUSES = [200, 201, 202, 204, 400, 401, 403, 404, 409, 413, 415];

export const IDEMPOTENCY: IdempotencyPolicy = {
  header: 'idempotency-key',
  operations: idempotentOperations(),
  windowMs: 24 * 3600 * 1000,
  replayHeader: 'Idempotent-Replayed',
  compareRequest: true,
  maxKeyLength: 255,
  storeStatuses: STORED_STATUSES,
  // Shown once: the raw agent token and the signing secrets are never kept at rest, so a replay
  // answers with them redacted (contracts/gent.md §Idempotency).
  secrets: {
    createToken: ['/token'],
    rotateToken: ['/token'],
    createAlert: ['/secret'],
    createWorkflowRule: ['/secret'],
    updateInbox: ['/webhook_secret'],
  },
};

export const BODY_LIMITS = { json: 1024 * 1024, multipart: 25 * 1024 * 1024 };
export const MAX_BLOB_BYTES = 10 * 1024 * 1024;

/**
 * Every Gent delivery carries its own schedule, the alert's (or rule's, or inbox's) `retries` and
 * `backoff` (domain/webhooks.ts); this policy is the default alert's (3 retries, exponential from
 * 30 s), for a delivery without one. A replay from the delivery log runs a fresh round of the
 * delivery's own schedule.
 */
export const WEBHOOK_POLICY: WebhookPolicy = {
  attempts: 4,
  backoffMs: [30_000, 60_000, 120_000],
  timeoutMs: 10_000,
  concurrency: 5,
};

/** Plans and their limits (null = unlimited). Only the inbox count is enforced. */
export const PLAN_ORDER = ['free', 'startup', 'business'] as const;
export type Plan = (typeof PLAN_ORDER)[number];
export const PLAN_LIMITS: Record<
  Plan,
  { inboxes: number | null; messages_sent: number | null; storage_bytes: number | null }
> = {
  free: { inboxes: 3, messages_sent: 1000, storage_bytes: 100 * 1024 * 1024 },
  startup: { inboxes: 25, messages_sent: 25_000, storage_bytes: 5 * 1024 * 1024 * 1024 },
  business: { inboxes: null, messages_sent: null, storage_bytes: null },
};

export function planAtLeast(plan: string, needed: Plan): boolean {
  return PLAN_ORDER.indexOf(plan as Plan) >= PLAN_ORDER.indexOf(needed);
}

/** Session lifetimes on the engine clock. */
export const ACCESS_TOKEN_TTL_MS = 15 * 60_000;
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3600_000;
/** Held actions expire after 24 h (Gent's governance page). */
export const APPROVAL_TTL_MS = 24 * 3600_000;
/** Thread notes expire after 90 days. */
export const NOTE_TTL_MS = 90 * 24 * 3600_000;
export const FILE_LINK_TTL_MS = 3600_000;
