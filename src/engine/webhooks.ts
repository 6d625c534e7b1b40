/**
 * Webhooks: a durable outbox and the dispatcher that empties it.
 *
 * A provider builds the exact body and signature headers of an event (the signature is over the raw
 * body, so the body must be fixed before the first attempt) and hands it to `enqueue` inside the
 * transaction of the change that caused it: the outbox row commits or rolls back with the change.
 *
 * The dispatcher POSTs due rows with each provider's policy (attempts, backoff, timeout,
 * concurrency). Due times are engine time, so advancing the clock makes due retries run now; in
 * real mode a timer wakes it when the next retry falls due. Nothing about an attempt in flight is
 * written until it ends, so a crash leaves the row due and it is sent again after a restart:
 * at-least-once, as the providers promise.
 */
import type { Clock } from './clock.js';
import type { IdSource } from './ids.js';
import type { Store } from './store.js';
import { Listeners } from './listeners.js';
import { log } from './log.js';
import { postWebhook, type AttemptResult } from './webhook-post.js';
import type { DueWorkQueue, WorkLane } from './queue.js';
import type { AttemptRow, DeliveryFilter, DeliveryRow, EndpointSummary } from './webhook-rows.js';
import {
  backoffAfter,
  DEFAULT_WEBHOOK_POLICY,
  scheduleOf,
  validatePolicy,
  type WebhookPolicy,
} from './webhook-policy.js';

export { backoffAfter, DEFAULT_WEBHOOK_POLICY, validatePolicy, type WebhookPolicy } from './webhook-policy.js';

export interface WebhookDelivery {
  provider: string;
  tenant: string;
  subscriptionId: string;
  url: string;
  event: string;
  body: string;
  headers: Record<string, string>;
  /** This delivery's own schedule (a subscriber that chose its retries); the provider's policy otherwise. */
  schedule?: { attempts?: number; backoffMs?: readonly number[] };
}

/** What a signer learns about the attempt it signs. */
export interface AttemptInfo {
  deliveryId: string;
  tenant: string;
  subscriptionId: string;
  event: string;
  url: string;
  body: string;
  /** 1-based, counting every attempt ever made (manual retries included). */
  attempt: number;
  /** Engine time of this attempt. */
  nowMs: number;
}

/**
 * Headers computed afresh for every attempt (a timestamped signature, an attempt counter), merged
 * over the stored ones. A provider registers one in `start` when its signature covers the time.
 */
export type WebhookSigner = (attempt: AttemptInfo) => Record<string, string>;

/**
 * The outbox as providers see it (`services.webhooks`): enqueue, and read or retry their own
 * delivery log. Only `enqueue` is required, so a test can swap in a sink that just captures
 * deliveries; the durable outbox (WebhookOutbox) implements everything.
 */
export interface WebhookEngine {
  /** Writes the outbox row; returns the delivery id (a capturing test sink may return nothing). */
  enqueue(delivery: WebhookDelivery): string | undefined;
  list?(filter: DeliveryFilter): { data: DeliveryRow[]; total: number };
  get?(id: string): { delivery: DeliveryRow; attempts: AttemptRow[] } | null;
  retryNow?(id: string): RetryResult;
  registerSigner?(provider: string, signer: WebhookSigner): void;
  policy?(provider: string): WebhookPolicy;
}

export { DELIVERY_STATUSES } from './webhook-rows.js';
export type { AttemptRow, DeliveryFilter, DeliveryRow, DeliveryStatus, EndpointSummary } from './webhook-rows.js';

/** What the outbox tells its watchers: a delivery written, an attempt recorded, a retry asked for, a reset. */
export interface DeliveryChange {
  kind: 'enqueued' | 'attempt' | 'retry' | 'reset';
  provider: string;
  /** The delivery; null for a reset. */
  id: string | null;
}

export type RetryResult = { ok: true; delivery: DeliveryRow } | { ok: false; reason: 'not_found' | 'in_flight' };

export class WebhookOutbox implements WebhookEngine {
  private readonly policies = new Map<string, WebhookPolicy>();
  private readonly signers = new Map<string, WebhookSigner>();
  private readonly shutdown = new AbortController();
  readonly changes = new Listeners<DeliveryChange>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly ids: IdSource,
    private readonly work: DueWorkQueue,
  ) {}

  /** Starts dispatching a provider's deliveries (and resumes any a previous run left due). */
  register(provider: string, policy: WebhookPolicy = DEFAULT_WEBHOOK_POLICY): void {
    validatePolicy(policy);
    this.policies.set(provider, policy);
    this.work.addLane(this.lane(provider, policy));
  }

  policy(provider: string): WebhookPolicy {
    return this.policies.get(provider) ?? DEFAULT_WEBHOOK_POLICY;
  }

  registerSigner(provider: string, signer: WebhookSigner): void {
    this.signers.set(provider, signer);
  }

  /** Writes the outbox row; call inside the transaction of the change that causes the event. */
  enqueue(d: WebhookDelivery): string {
    const now = this.clock.nowMs();
    const id = this.policy(d.provider).deliveryId?.(this.ids) ?? this.ids.uuid();
    const s = d.schedule;
    if (s) validatePolicy({ ...this.policy(d.provider), ...s });
    this.store.db
      .prepare(`INSERT INTO webhook_deliveries (id, provider, tenant, subscription_id, url, event, body, headers,
        status, next_attempt_at_ms, created_at_ms, updated_at_ms, max_attempts, backoff_ms)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)`)
      .run(
        id,
        d.provider,
        d.tenant,
        d.subscriptionId,
        d.url,
        d.event,
        d.body,
        JSON.stringify(d.headers),
        now,
        now,
        now,
        s?.attempts ?? null,
        s?.backoffMs ? JSON.stringify(s.backoffMs) : null,
      );
    this.work.kick();
    // Told once the caller's transaction has committed (a watcher that reads a rolled-back id finds nothing).
    if (this.changes.active) setImmediate(() => this.changes.emit({ kind: 'enqueued', provider: d.provider, id }));
    return id;
  }

  list(f: DeliveryFilter): { data: DeliveryRow[]; total: number } {
    const where: string[] = [];
    const args: unknown[] = [];
    const add = (sql: string, v: unknown): void => {
      if (v === undefined) return;
      where.push(sql);
      args.push(v);
    };
    add('provider = ?', f.provider);
    add('tenant = ?', f.tenant);
    add('status = ?', f.status);
    add('event = ?', f.event);
    add('url = ?', f.url);
    add('subscription_id = ?', f.subscriptionId);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const db = this.store.db;
    const data = db
      .prepare(`SELECT * FROM webhook_deliveries ${clause} ORDER BY seq DESC LIMIT ? OFFSET ?`)
      .all(...args, f.limit, f.offset) as DeliveryRow[];
    const { total } = db.prepare(`SELECT COUNT(*) AS total FROM webhook_deliveries ${clause}`).get(...args) as {
      total: number;
    };
    return { data, total };
  }

  get(id: string): { delivery: DeliveryRow; attempts: AttemptRow[] } | null {
    const delivery = this.store.db.prepare('SELECT * FROM webhook_deliveries WHERE id = ?').get(id) as
      | DeliveryRow
      | undefined;
    if (!delivery) return null;
    const attempts = this.store.db
      .prepare('SELECT * FROM webhook_attempts WHERE delivery_id = ? ORDER BY attempt')
      .all(id) as AttemptRow[];
    return { delivery, attempts };
  }

  /** Every endpoint (subscription and URL) a provider's deliveries went to, with counts by status, latest first. */
  endpoints(provider: string): EndpointSummary[] {
    return this.store.db
      .prepare(`SELECT subscription_id, url, tenant, COUNT(*) AS total,
        SUM(status = 'pending') AS pending, SUM(status = 'delivered') AS delivered,
        SUM(status = 'failed') AS failed, SUM(status = 'dead') AS dead,
        MAX(updated_at_ms) AS last_at_ms FROM webhook_deliveries WHERE provider = ?
        GROUP BY subscription_id, url, tenant ORDER BY last_at_ms DESC`)
      .all(provider) as EndpointSummary[];
  }

  isInFlight(id: string): boolean {
    const row = this.store.db.prepare('SELECT provider FROM webhook_deliveries WHERE id = ?').get(id) as
      | { provider: string }
      | undefined;
    return row !== undefined && this.work.isRunning(laneName(row.provider), id);
  }

  /**
   * Sends a delivery again now. A dead or delivered one starts a fresh round of attempts; a failed
   * one waiting for its backoff simply stops waiting.
   */
  retryNow(id: string): RetryResult {
    if (this.isInFlight(id)) return { ok: false, reason: 'in_flight' };
    const db = this.store.db;
    const row = this.store.tx(() => {
      const cur = db.prepare('SELECT * FROM webhook_deliveries WHERE id = ?').get(id) as DeliveryRow | undefined;
      if (!cur) return undefined;
      const now = this.clock.nowMs();
      const freshRound = cur.status === 'dead' || cur.status === 'delivered';
      const policy = this.policy(cur.provider);
      // A fresh round that allows fewer attempts than a full one starts part-way through it.
      const roundStart = policy.attempts - (policy.manualRetryAttempts ?? policy.attempts);
      db.prepare(
        `UPDATE webhook_deliveries SET status = ?, round_attempts = ?, next_attempt_at_ms = ?, updated_at_ms = ?
          WHERE id = ?`,
      ).run(freshRound ? 'pending' : cur.status, freshRound ? roundStart : cur.round_attempts, now, now, id);
      return db.prepare('SELECT * FROM webhook_deliveries WHERE id = ?').get(id) as DeliveryRow;
    });
    if (!row) return { ok: false, reason: 'not_found' };
    this.work.kick();
    this.changes.emit({ kind: 'retry', provider: row.provider, id });
    return { ok: true, delivery: row };
  }

  /**
   * Deletes a provider's deliveries (one tenant's, or all); an attempt in flight then finds no row and records
   * nothing.
   */
  reset(provider: string, tenant?: string): void {
    const db = this.store.db;
    // Attempts first, by hand: a full reset runs with foreign keys off (see Engine.reset), so the
    // cascade from a delivery to its attempts does not fire then.
    if (tenant) {
      db.prepare(
        `DELETE FROM webhook_attempts
         WHERE delivery_id IN (SELECT id FROM webhook_deliveries WHERE provider = ? AND tenant = ?)`,
      ).run(provider, tenant);
      db.prepare('DELETE FROM webhook_deliveries WHERE provider = ? AND tenant = ?').run(provider, tenant);
    } else {
      db.prepare(
        'DELETE FROM webhook_attempts WHERE delivery_id IN (SELECT id FROM webhook_deliveries WHERE provider = ?)',
      ).run(provider);
      db.prepare('DELETE FROM webhook_deliveries WHERE provider = ?').run(provider);
    }
    this.changes.emit({ kind: 'reset', provider, id: null });
  }

  /** Resolves when nothing is in flight or due (all due work: deliveries and jobs). */
  idle(timeoutMs = 10_000): Promise<void> {
    return this.work.idle(timeoutMs);
  }

  /** Cuts attempts in flight short; their rows stay due for the next start. */
  close(): void {
    this.shutdown.abort();
  }

  /** Asks the dispatcher to look for due work soon (after the current transaction commits). */
  kick(): void {
    this.work.kick();
  }

  private lane(provider: string, policy: WebhookPolicy): WorkLane<DeliveryRow> {
    const db = (): Store['db'] => this.store.db;
    return {
      name: laneName(provider),
      concurrency: policy.concurrency,
      idOf: (row) => row.id,
      // Rows in flight are still due, so read enough to skip past them.
      due: (nowMs, limit, running) =>
        (
          db()
            .prepare(`SELECT * FROM webhook_deliveries WHERE provider = ? AND status IN ('pending', 'failed')
          AND next_attempt_at_ms <= ? ORDER BY next_attempt_at_ms, seq LIMIT ?`)
            .all(provider, nowMs, limit + running.size) as DeliveryRow[]
        )
          .filter((row) => !running.has(row.id))
          .slice(0, limit),
      nextDueAfter: (nowMs) =>
        (
          db()
            .prepare(`SELECT MIN(next_attempt_at_ms) AS at FROM webhook_deliveries WHERE provider = ?
          AND status IN ('pending', 'failed') AND next_attempt_at_ms > ?`)
            .get(provider, nowMs) as { at: number | null }
        ).at,
      run: (row) => this.attempt(row, policy),
    };
  }

  /**
   * The headers of attempt `attempt` made at `nowMs`: the stored ones with the provider's signer's
   * over them. Signers are functions of the attempt's facts alone, so this also tells what an
   * earlier attempt sent (the delivery log shows it) without storing headers per attempt.
   */
  attemptHeaders(row: DeliveryRow, attempt: number, nowMs: number): Record<string, string> {
    let headers: Record<string, string>;
    try {
      headers = JSON.parse(row.headers) as Record<string, string>;
    } catch {
      headers = {};
    }
    const signer = this.signers.get(row.provider);
    if (!signer) return headers;
    try {
      const { id: deliveryId, tenant, subscription_id: subscriptionId, event, url, body } = row;
      return { ...headers, ...signer({ deliveryId, tenant, subscriptionId, event, url, body, attempt, nowMs }) };
    } catch (e) {
      log.error('webhook signer failed; sending the stored headers', { id: row.id, error: String(e) });
      return headers;
    }
  }

  private async attempt(row: DeliveryRow, policy: WebhookPolicy): Promise<void> {
    const startedAtMs = this.clock.nowMs();
    const headers = this.attemptHeaders(row, row.attempts + 1, startedAtMs);
    const result = await postWebhook(row.url, row.body, headers, policy.timeoutMs, this.shutdown.signal);
    try {
      this.record(row.id, policy, startedAtMs, result);
    } catch (e) {
      log.error('webhook attempt could not be recorded', { id: row.id, error: String(e) });
    }
    if (!result.aborted) this.changes.emit({ kind: 'attempt', provider: row.provider, id: row.id });
  }

  private record(id: string, providerPolicy: WebhookPolicy, startedAtMs: number, r: AttemptResult): void {
    if (r.aborted || !this.store.db.open) return;
    const db = this.store.db;
    this.store.tx(() => {
      const cur = db
        .prepare('SELECT attempts, round_attempts, max_attempts, backoff_ms FROM webhook_deliveries WHERE id = ?')
        .get(id) as Pick<DeliveryRow, 'attempts' | 'round_attempts' | 'max_attempts' | 'backoff_ms'> | undefined;
      if (!cur) return; // reset while the attempt was in flight
      const policy = scheduleOf(providerPolicy, cur);
      const now = this.clock.nowMs();
      const round = cur.round_attempts + 1;
      const outcome: AttemptRow['outcome'] = r.ok ? 'delivered' : round >= policy.attempts ? 'dead' : 'failed';
      const next =
        outcome === 'failed' ? now + backoffAfter(policy, round, policy.jitter ? this.unitRandom() : 0.5) : null;
      db.prepare(`INSERT INTO webhook_attempts (delivery_id, attempt, started_at_ms, latency_ms, status_code, error,
          response_excerpt, outcome, next_attempt_at_ms)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
        id,
        cur.attempts + 1,
        startedAtMs,
        r.latencyMs,
        r.statusCode,
        r.error,
        r.excerpt,
        outcome,
        next,
      );
      db.prepare(`UPDATE webhook_deliveries SET status = ?, attempts = attempts + 1, round_attempts = ?,
          next_attempt_at_ms = ?, last_status_code = ?, last_error = ?, updated_at_ms = ?,
          delivered_at_ms = CASE WHEN ? THEN ? ELSE delivered_at_ms END WHERE id = ?`).run(
        outcome,
        round,
        next,
        r.statusCode,
        r.error,
        now,
        r.ok ? 1 : 0,
        now,
        id,
      );
    });
    if (!r.ok) log.debug('webhook attempt failed', { id, error: r.error });
  }

  /** Uniform in [0, 1), drawn from the id source so seeded runs place jitter reproducibly. */
  private unitRandom(): number {
    return parseInt(this.ids.hex(6), 16) / 2 ** 48;
  }
}

const laneName = (provider: string): string => `webhooks:${provider}`;
