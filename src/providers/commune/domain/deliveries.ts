/**
 * Commune's view of the engine's webhook delivery log. The engine keeps every delivery and attempt
 * (src/engine/webhooks.ts); this maps them to Commune's shapes (contracts/commune.md, "Webhook delivery"):
 *   engine pending → pending, failed (will retry) → retrying, delivered → delivered, dead → dead.
 * A manual retry sets the engine row back to due-now `pending`, which Commune calls `retrying`; the
 * attempt runs at once, so that state is seldom seen, and it lists as `pending`.
 */
import { STATUS_CODES } from 'node:http';
import type { EngineServices } from '../../../engine/provider.js';
import type { AttemptRow, DeliveryRow, DeliveryStatus, WebhookEngine } from '../../../engine/webhooks.js';
import { errors } from '../errors.js';
import { COMMUNE } from './events.js';
import { webhookMeta } from '../store/webhook-meta.js';
import type { WebhookMetaRow } from '../tables.js';
import { WEBHOOK_POLICY } from '../policies.js';

export const COMMUNE_STATUS: Record<DeliveryStatus, string> = {
  pending: 'pending',
  failed: 'retrying',
  delivered: 'delivered',
  dead: 'dead',
};
export const ENGINE_STATUS: Record<string, DeliveryStatus> = {
  pending: 'pending',
  retrying: 'failed',
  delivered: 'delivered',
  dead: 'dead',
};

type DeliveryLog = Required<Pick<WebhookEngine, 'list' | 'get' | 'retryNow'>>;

/** The engine's delivery log; absent only when a test swapped in a capturing sink. */
export function deliveryLog(services: EngineServices): DeliveryLog {
  const w = services.webhooks;
  if (!w.list || !w.get || !w.retryNow) throw errors.plain(500, 'Webhook delivery log unavailable');
  return w as DeliveryLog;
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** Commune's wording: `HTTP <code>: <body or status text>`, `Timeout after <n>ms`, else the network error. */
export function communeError(a: Pick<AttemptRow, 'status_code' | 'error' | 'response_excerpt'>): string | null {
  if (a.error === null) return null;
  if (a.status_code !== null && a.error.startsWith('HTTP '))
    return `HTTP ${a.status_code}: ${a.response_excerpt || STATUS_CODES[a.status_code] || ''}`;
  if (a.error.startsWith('timeout')) return `Timeout after ${WEBHOOK_POLICY.timeoutMs}ms`;
  return a.error;
}

export function metaOf(services: EngineServices, deliveryId: string): WebhookMetaRow | undefined {
  return webhookMeta(services.store.db, deliveryId);
}

/** A delivery of this organisation, or undefined (another org's or another provider's reads as unknown). */
export function ownDelivery(
  services: EngineServices,
  orgId: string,
  id: string,
): { delivery: DeliveryRow; attempts: AttemptRow[] } | undefined {
  const found = deliveryLog(services).get(id);
  if (!found || found.delivery.provider !== COMMUNE || found.delivery.tenant !== orgId) return undefined;
  return found;
}

export function deliveryJson(
  services: EngineServices,
  d: DeliveryRow,
  attempts: AttemptRow[],
): Record<string, unknown> {
  const meta = metaOf(services, d.id);
  const last = attempts[attempts.length - 1];
  const delivered = d.status === 'delivered';
  return {
    delivery_id: d.id,
    inbox_id: meta?.inbox_id ?? d.subscription_id,
    message_id: meta?.message_id ?? '',
    endpoint: d.url,
    status: COMMUNE_STATUS[d.status],
    attempt_count: d.attempts,
    max_attempts: WEBHOOK_POLICY.attempts,
    created_at: iso(d.created_at_ms),
    delivered_at: delivered ? iso(d.delivered_at_ms) : null,
    dead_at: d.status === 'dead' ? iso(last?.started_at_ms ?? d.updated_at_ms) : null,
    last_error: last ? communeError(last) : null,
    last_status_code: d.last_status_code,
    // First-try success: that attempt's latency; later success: engine time since creation.
    delivery_latency_ms: !delivered
      ? null
      : d.attempts === 1 && last
        ? last.latency_ms
        : Math.max(0, (d.delivered_at_ms ?? d.updated_at_ms) - d.created_at_ms),
    next_retry_at: d.status === 'failed' ? iso(d.next_attempt_at_ms) : null,
  };
}

export function deliveryDetailJson(
  services: EngineServices,
  d: DeliveryRow,
  attempts: AttemptRow[],
): Record<string, unknown> {
  const meta = metaOf(services, d.id);
  return {
    ...deliveryJson(services, d, attempts),
    payload_hash: meta?.payload_hash ?? '0000000000000000',
    attempts: attempts.map((a) => ({
      attempt: a.attempt,
      status_code: a.status_code,
      error: communeError(a),
      latency_ms: a.latency_ms,
      attempted_at: iso(a.started_at_ms),
    })),
  };
}
