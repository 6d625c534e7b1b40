/** `GET /v1/billing/usage/`: this calendar month's usage, counted from the emulator's own state. */
import { periodOf, type GentHandler, type GentHandlers } from '../auth.js';
import { PLAN_LIMITS, type Plan } from '../policies.js';
import { apiRequests } from '../store/accounts.js';
import { countInboxes } from '../store/inboxes.js';
import { countMessages, storageBytes } from '../store/messages.js';

const getUsage: GentHandler<'getUsage'> = (ctx) => {
  const p = ctx.caller;
  const db = ctx.store.db;
  const now = ctx.now;
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  const plan = (PLAN_LIMITS[p.plan as Plan] ? p.plan : 'startup') as Plan;
  const limits = PLAN_LIMITS[plan];
  return {
    status: 200,
    body: {
      period: { start: new Date(start).toISOString(), end: new Date(end).toISOString() },
      plan,
      usage: {
        messages_sent: countMessages(db, p.tenant, 'outbound', start, end),
        messages_received: countMessages(db, p.tenant, 'inbound', start, end),
        inboxes: countInboxes(db, p.tenant),
        storage_bytes: storageBytes(db, p.tenant),
        ai_inference_units: 0,
        api_requests: apiRequests(db, p.tenant, periodOf(now.getTime())),
      },
      limits: {
        messages_sent: limits.messages_sent,
        messages_received: null,
        inboxes: limits.inboxes,
        storage_bytes: limits.storage_bytes,
        ai_inference_units: null,
        api_requests: null,
      },
      spend_cap: { amount: null, currency: 'USD', threshold_pct: null, reached: false },
    },
  };
};

export const handlers = { getUsage } satisfies Partial<GentHandlers>;
