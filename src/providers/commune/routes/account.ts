/**
 * Account routes with no scope check (contracts/commune.md, Operations): `/v1/me/limits`,
 * `/v1/feedback` and the SMS/voice credits. mailsim has no payment provider, so a checkout always
 * gets Commune's answer for unconfigured bundles.
 */
import type { HandlerContext } from '../../../engine/provider.js';
import type { CommuneHandler, CommuneHandlers } from '../auth.js';
import { errors } from '../errors.js';
import { tierLimits } from '../policies.js';
import { creditBalance, insertFeedback } from '../store/account.js';
import { countOrgInboxes } from '../store/inboxes.js';
import { countOutboundSince } from '../store/messages.js';
import { orgTier } from '../store/orgs.js';
import { ownKey } from '../../../engine/own.js';

/** Tier names as users see them. */
const PLAN_NAMES: Record<string, string> = {
  free: 'free',
  agent_pro: 'pro',
  business: 'business',
  enterprise: 'enterprise',
};

const finiteOrNull = (n: number): number | null => (Number.isFinite(n) ? n : null);

/**
 * Emails sent in the last 24 h. Commune reads its daily limiter's sliding log; the outbound
 * messages of that window are the same sends, minus any later refused by the burst limit or validation.
 */
function emailsSentInLastDay(ctx: HandlerContext, orgId: string): number {
  return countOutboundSince(ctx.store.db, orgId, new Date(ctx.now.getTime() - 24 * 3600_000).toISOString());
}

const getMeLimits: CommuneHandler<'getMeLimits'> = (ctx) => {
  const p = ctx.caller;
  const tier = orgTier(ctx.store.db, p.tenant);
  const limits = tierLimits(tier);
  const hourly = new Date(ctx.now);
  hourly.setUTCMinutes(0, 0, 0);
  hourly.setUTCHours(hourly.getUTCHours() + 1);
  const daily = new Date(ctx.now);
  daily.setUTCHours(24, 0, 0, 0);
  return {
    status: 200,
    body: {
      data: {
        org_id: p.tenant,
        plan: PLAN_NAMES[tier] ?? 'free',
        limits: {
          emails_per_hour: limits.emailsPerHour,
          emails_per_day: limits.emailsPerDay,
          inboxes: finiteOrNull(limits.maxInboxes),
          domains: finiteOrNull(limits.maxCustomDomains),
        },
        usage: {
          emails_sent_today: emailsSentInLastDay(ctx, p.tenant),
          inboxes_count: countOrgInboxes(ctx.store.db, p.tenant),
        },
        rate_limit_windows: { hourly_resets_at: hourly.toISOString(), daily_resets_at: daily.toISOString() },
      },
    },
  };
};

const FEEDBACK_TYPES = new Set(['error', 'feature', 'signal']);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const submitFeedback: CommuneHandler<'submitFeedback'> = (ctx, input) => {
  // Checked by hand, body and all, for Commune's one message.
  const body: unknown = input.body;
  const b = isPlainObject(body) ? body : {};
  const { type, message, context } = b;
  const valid =
    typeof type === 'string' &&
    FEEDBACK_TYPES.has(type) &&
    typeof message === 'string' &&
    message.length >= 1 &&
    message.length <= 4000 &&
    (context === undefined || isPlainObject(context));
  if (!isPlainObject(body) || !valid) throw errors.plain(400, 'Invalid request body');
  const p = ctx.caller;
  const id = ctx.ids.hex(12);
  const createdAt = ctx.now.toISOString();
  ctx.store.tx(() =>
    insertFeedback(ctx.store.db, {
      id,
      orgId: p.tenant,
      agentId: p.agentId ?? null,
      type,
      message,
      context: context === undefined ? null : JSON.stringify(context),
      createdAt,
    }),
  );
  return { status: 201, body: { data: { id, type, status: 'received', created_at: createdAt } } };
};

const getCredits: CommuneHandler<'getCredits'> = (ctx) => {
  const row = creditBalance(ctx.store.db, ctx.caller.tenant);
  return {
    status: 200,
    body: { data: row ?? { balance: 0, lifetime_credits: 0, lifetime_used: 0 } },
    headers: { 'Cache-Control': 'private, max-age=10, stale-while-revalidate=20' },
  };
};

/** mailsim's placeholder bundles (Commune's prices live in its private config). */
export const CREDIT_BUNDLES = {
  starter: { credits: 500, price: 5 },
  growth: { credits: 2500, price: 20 },
  scale: { credits: 10000, price: 70 },
} as const;

const listCreditBundles: CommuneHandler<'listCreditBundles'> = () => ({
  status: 200,
  body: {
    data: Object.entries(CREDIT_BUNDLES).map(([id, b]) => ({
      id,
      credits: b.credits,
      price: b.price,
      price_per_credit: (b.price / b.credits).toFixed(4),
    })),
  },
  headers: { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' },
});

/** The type name zod reports. */
const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** zod's `flatten()` of Commune's checkout schema, with zod's messages. */
function checkoutProblems(body: unknown): { formErrors: string[]; fieldErrors: Record<string, string[]> } | null {
  if (!isPlainObject(body)) return { formErrors: [`Expected object, received ${typeName(body)}`], fieldErrors: {} };
  const fieldErrors: Record<string, string[]> = {};
  const bundle = body.bundle;
  if (bundle === undefined) fieldErrors.bundle = ['Required'];
  else if (typeof bundle !== 'string')
    fieldErrors.bundle = [`Expected 'starter' | 'growth' | 'scale', received ${typeName(bundle)}`];
  else if (!ownKey(CREDIT_BUNDLES, bundle))
    fieldErrors.bundle = [`Invalid enum value. Expected 'starter' | 'growth' | 'scale', received '${bundle}'`];
  for (const field of ['success_url', 'cancel_url'] as const) {
    const v = body[field];
    if (v === undefined) continue;
    if (typeof v !== 'string') fieldErrors[field] = [`Expected string, received ${typeName(v)}`];
    else {
      try {
        new URL(v);
      } catch {
        fieldErrors[field] = ['Invalid url'];
      }
    }
  }
  return Object.keys(fieldErrors).length ? { formErrors: [], fieldErrors } : null;
}

const createCreditsCheckout: CommuneHandler<'createCreditsCheckout'> = (_ctx, input) => {
  const details = checkoutProblems(input.body ?? {});
  if (details) throw errors.context(400, 'Invalid request', { details });
  throw errors.coded(503, 'credit_bundles_not_configured', 'Credit purchase is not yet configured. Contact support.');
};

export const handlers = {
  getMeLimits,
  submitFeedback,
  getCredits,
  listCreditBundles,
  createCreditsCheckout,
} satisfies Partial<CommuneHandlers>;
