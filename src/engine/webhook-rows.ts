/** The webhook outbox's rows as SQLite returns them (engine migrations 0003 and 0006), and its list filter. */

export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'dead';
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['pending', 'delivered', 'failed', 'dead'];

export interface DeliveryRow {
  seq: number;
  id: string;
  provider: string;
  tenant: string;
  subscription_id: string;
  url: string;
  event: string;
  body: string;
  headers: string;
  status: DeliveryStatus;
  attempts: number;
  round_attempts: number;
  next_attempt_at_ms: number | null;
  last_status_code: number | null;
  last_error: string | null;
  created_at_ms: number;
  updated_at_ms: number;
  delivered_at_ms: number | null;
  /** The delivery's own schedule, when it has one. */
  max_attempts: number | null;
  backoff_ms: string | null;
}

export interface AttemptRow {
  delivery_id: string;
  attempt: number;
  started_at_ms: number;
  latency_ms: number;
  status_code: number | null;
  error: string | null;
  response_excerpt: string | null;
  outcome: 'delivered' | 'failed' | 'dead';
  next_attempt_at_ms: number | null;
}

export interface EndpointSummary {
  subscription_id: string;
  url: string;
  tenant: string;
  total: number;
  pending: number;
  delivered: number;
  failed: number;
  dead: number;
  last_at_ms: number;
}

export interface DeliveryFilter {
  provider?: string;
  tenant?: string;
  status?: DeliveryStatus;
  event?: string;
  url?: string;
  subscriptionId?: string;
  limit: number;
  offset: number;
}
