/**
 * Delivery analytics (contracts/commune.md, "The delivery ledger"): metrics, events and suppressions, fed by
 * the mail plane and the bounce/complaint simulation (domain/ledger.ts, domain/simulation.ts).
 * Unlike the real routes, every query is scoped to the calling organisation (contracts/commune.md).
 */
import { clampedInt, firstStr } from '../../shared/query.js';
import type { CommuneHandler, CommuneHandlers } from '../auth.js';
import { DELIVERY_EVENT_TYPES } from '../domain/ledger.js';
import { errors } from '../errors.js';
import { countOrphanEvents, listDeliveryEvents as deliveryEvents } from '../store/delivery-events.js';
import { deliveryStatusCounts } from '../store/messages.js';
import { listSuppressions as suppressions } from '../store/suppressions.js';
import { deliveryEventJson, suppressionJson } from '../wire.js';

const DAY_MS = 24 * 3600_000;
const COUNTED = ['delivered', 'bounced', 'complained', 'failed', 'suppressed'] as const;

const rate = (n: number, sent: number): string => (sent > 0 ? `${((n / sent) * 100).toFixed(1)}%` : 'N/A');

/** `period` (`7d`, `24h`; hours round up to days) wins over `days`; default 7, at most 90. */
function periodDays(query: Readonly<Record<string, unknown>>): number {
  let days = 7;
  const period = firstStr(query, 'period');
  if (period) {
    const m = /^(\d+)(d|h)$/.exec(period);
    if (m) days = m[2] === 'h' ? Math.max(1, Math.ceil(Number(m[1]) / 24)) : Number(m[1]);
  } else {
    days = clampedInt(firstStr(query, 'days'), 7, 1, 90);
  }
  return Math.max(1, Math.min(days, 90));
}

/** The inbox filter wins when both are given, as in Commune's metrics query. */
const scopeOf = (inboxId: string | undefined, domainId: string): { column: 'inbox_id' | 'domain_id'; value: string } =>
  inboxId ? { column: 'inbox_id', value: inboxId } : { column: 'domain_id', value: domainId };

const getDeliveryMetrics: CommuneHandler<'getDeliveryMetrics'> = (ctx, { query }) => {
  const orgId = ctx.caller.tenant;
  const inboxId = firstStr(query, 'inbox_id', 'inboxId');
  const domainId = firstStr(query, 'domain_id', 'domainId');
  if (!inboxId && !domainId) throw errors.plain(400, 'inbox_id or domain_id query parameter is required');
  const days = periodDays(query);
  const end = ctx.now;
  const start = new Date(end.getTime() - days * DAY_MS);
  const window = { orgId, ...scopeOf(inboxId, domainId!), startIso: start.toISOString(), endIso: end.toISOString() };
  const db = ctx.store.db;
  const byStatus = deliveryStatusCounts(db, window);
  const count = (s: string): number => byStatus.find((r) => r.status === s)?.n ?? 0;
  const sent = byStatus.reduce((sum, r) => sum + r.n, 0);
  const orphans = countOrphanEvents(db, window);
  const counts = Object.fromEntries(COUNTED.map((s) => [s, count(s)])) as Record<(typeof COUNTED)[number], number>;
  return {
    status: 200,
    body: {
      data: {
        ...(inboxId ? { inbox_id: inboxId } : {}),
        ...(domainId ? { domain_id: domainId } : {}),
        period: { start: start.toISOString(), end: end.toISOString(), days },
        sent,
        ...counts,
        orphan_events: orphans,
        delivery_rate: rate(counts.delivered, sent),
        bounce_rate: rate(counts.bounced, sent),
        complaint_rate: rate(counts.complained, sent),
        failure_rate: rate(counts.failed, sent),
        suppression_rate: rate(counts.suppressed, sent),
        orphan_event_rate: rate(orphans, sent),
      },
    },
  };
};

const listDeliveryEvents: CommuneHandler<'listDeliveryEvents'> = (ctx, { query }) => {
  const orgId = ctx.caller.tenant;
  const inboxId = firstStr(query, 'inbox_id', 'inboxId');
  const domainId = firstStr(query, 'domain_id', 'domainId');
  const messageId = firstStr(query, 'message_id', 'messageId');
  if (!inboxId && !domainId && !messageId)
    throw errors.plain(400, 'Provide at least one of: inbox_id, domain_id, message_id');
  const eventType = firstStr(query, 'event_type', 'eventType');
  const limit = clampedInt(query.limit, 50, 1, 200);
  if (eventType !== undefined && !DELIVERY_EVENT_TYPES.some((t) => t === eventType))
    return {
      status: 200,
      body: {
        data: [],
      },
    };
  const rows = deliveryEvents(ctx.store.db, { orgId, inboxId, domainId, messageId, eventType, limit });
  return { status: 200, body: { data: rows.map(deliveryEventJson) } };
};

const listSuppressions: CommuneHandler<'listSuppressions'> = (ctx, { query }) => {
  const inboxId = firstStr(query, 'inbox_id', 'inboxId');
  const domainId = firstStr(query, 'domain_id', 'domainId');
  if (!inboxId && !domainId) throw errors.plain(400, 'inbox_id or domain_id query parameter is required');
  const limit = clampedInt(query.limit, 50, 1, 200);
  // Expired soft-bounce entries are gone, as Commune's TTL index removes them.
  const scope = scopeOf(inboxId, domainId!);
  const rows = suppressions(ctx.store.db, { orgId: ctx.caller.tenant, ...scope, nowIso: ctx.now.toISOString(), limit });
  return { status: 200, body: { data: rows.map(suppressionJson) } };
};

export const handlers = { getDeliveryMetrics, listDeliveryEvents, listSuppressions } satisfies Partial<CommuneHandlers>;
