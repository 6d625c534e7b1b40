/**
 * Delivery analytics (shared/providers/commune.md §3.7): metrics, events and suppressions, fed by
 * the mail plane and the bounce/complaint simulation (ops/ledger.ts, ops/simulate.ts). Unlike the
 * real routes, every query is scoped to the calling organisation (contracts/commune.md).
 */
import type { Handler } from '../../../engine/provider.js';
import { errors } from '../errors.js';
import { DELIVERY_EVENT_TYPES } from '../domain/ledger.js';
import { intParam, periodDays, strParam, tenantOf } from '../domain/query.js';
import type { DeliveryEventRow, SuppressionRow } from '../tables.js';
import { deliveryEventJson, suppressionJson } from '../wire.js';

const DAY_MS = 24 * 3600_000;
const COUNTED = ['delivered', 'bounced', 'complained', 'failed', 'suppressed'] as const;

const rate = (n: number, sent: number): string => (sent > 0 ? `${((n / sent) * 100).toFixed(1)}%` : 'N/A');

const getDeliveryMetrics: Handler = (ctx, { query }) => {
  const orgId = tenantOf(ctx);
  const inboxId = strParam(query, 'inbox_id', 'inboxId');
  const domainId = strParam(query, 'domain_id', 'domainId');
  if (!inboxId && !domainId) throw errors.plain(400, 'inbox_id or domain_id query parameter is required');
  const days = periodDays(query);
  const end = ctx.now;
  const start = new Date(end.getTime() - days * DAY_MS);
  // The inbox filter wins when both are given, as in Commune's metrics query.
  const [column, value] = inboxId ? ['inbox_id', inboxId] : ['domain_id', domainId!];
  const window = [orgId, value, start.toISOString(), end.toISOString()];
  const db = ctx.store.db;
  const byStatus = db.prepare(`SELECT delivery_status AS status, COUNT(*) AS n FROM cm_messages
      WHERE org_id = ? AND ${column} = ? AND direction = 'outbound' AND created_at >= ? AND created_at <= ? GROUP BY delivery_status`)
    .all(...window) as { status: string; n: number }[];
  const count = (s: string): number => byStatus.find((r) => r.status === s)?.n ?? 0;
  const sent = byStatus.reduce((sum, r) => sum + r.n, 0);
  const orphans = (db.prepare(`SELECT COUNT(*) AS n FROM cm_delivery_events WHERE org_id = ? AND ${column} = ? AND processed_at >= ? AND processed_at <= ?
      AND json_extract(event_data, '$.orphan') = 1`).get(...window) as { n: number }).n;
  const counts = Object.fromEntries(COUNTED.map((s) => [s, count(s)])) as Record<(typeof COUNTED)[number], number>;
  return {
    status: 200,
    body: {
      data: {
        ...(inboxId ? { inbox_id: inboxId } : {}), ...(domainId ? { domain_id: domainId } : {}),
        period: { start: start.toISOString(), end: end.toISOString(), days },
        sent, ...counts, orphan_events: orphans,
        delivery_rate: rate(counts.delivered, sent), bounce_rate: rate(counts.bounced, sent), complaint_rate: rate(counts.complained, sent),
        failure_rate: rate(counts.failed, sent), suppression_rate: rate(counts.suppressed, sent), orphan_event_rate: rate(orphans, sent),
      },
    },
  };
};

const listDeliveryEvents: Handler = (ctx, { query }) => {
  const orgId = tenantOf(ctx);
  const inboxId = strParam(query, 'inbox_id', 'inboxId');
  const domainId = strParam(query, 'domain_id', 'domainId');
  const messageId = strParam(query, 'message_id', 'messageId');
  if (!inboxId && !domainId && !messageId) throw errors.plain(400, 'Provide at least one of: inbox_id, domain_id, message_id');
  const eventType = strParam(query, 'event_type', 'eventType');
  const limit = intParam(query.limit, 50, 200);
  if (eventType !== undefined && !(DELIVERY_EVENT_TYPES as readonly string[]).includes(eventType)) return { status: 200, body: { data: [] } };
  const where = ['org_id = ?'];
  const args: unknown[] = [orgId];
  if (inboxId) { where.push('inbox_id = ?'); args.push(inboxId); }
  if (domainId) { where.push('domain_id = ?'); args.push(domainId); }
  if (messageId) {
    // The msg_ id send returned names the same message as its stored id.
    where.push(`(message_id = ? OR message_id IN (SELECT message_id FROM cm_messages WHERE org_id = ? AND commune_id = ?))`);
    args.push(messageId, orgId, messageId);
  }
  if (eventType) { where.push('event_type = ?'); args.push(eventType); }
  const rows = ctx.store.db.prepare(`SELECT * FROM cm_delivery_events WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT ?`).all(...args, limit) as DeliveryEventRow[];
  return { status: 200, body: { data: rows.map(deliveryEventJson) } };
};

const listSuppressions: Handler = (ctx, { query }) => {
  const orgId = tenantOf(ctx);
  const inboxId = strParam(query, 'inbox_id', 'inboxId');
  const domainId = strParam(query, 'domain_id', 'domainId');
  if (!inboxId && !domainId) throw errors.plain(400, 'inbox_id or domain_id query parameter is required');
  const limit = intParam(query.limit, 50, 200);
  const [column, value] = inboxId ? ['inbox_id', inboxId] : ['domain_id', domainId!];
  // Expired soft-bounce entries are gone, as Commune's TTL index removes them.
  const rows = ctx.store.db.prepare(`SELECT * FROM cm_suppressions WHERE org_id = ? AND ${column} = ? AND (expires_at IS NULL OR expires_at > ?)
      ORDER BY seq DESC LIMIT ?`).all(orgId, value, ctx.now.toISOString(), limit) as SuppressionRow[];
  return { status: 200, body: { data: rows.map(suppressionJson) } };
};

export const handlers: Record<string, Handler> = { getDeliveryMetrics, listDeliveryEvents, listSuppressions };
