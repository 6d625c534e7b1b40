/** Webhook endpoints for session events (migrations/0003_webhooks.sql). */
import type { Db } from '../../../engine/store.js';

export interface WebhookRow {
  id: string;
  tenant_id: string | null;
  url: string;
  secret: string;
  event_types: string;
  created_at: string;
  deleted_at?: string | null;
}

export function insertWebhook(db: Db, row: WebhookRow): void {
  db.prepare(
    `INSERT INTO ma_webhooks (id, tenant_id, url, secret, event_types, created_at)
      VALUES (@id, @tenant_id, @url, @secret, @event_types, @created_at)`,
  ).run(row);
}

/** An endpoint, deleted or not (the signer of its queued deliveries needs its secret). */
export function getWebhook(db: Db, id: string): WebhookRow | undefined {
  return db.prepare('SELECT * FROM ma_webhooks WHERE id = ?').get(id) as WebhookRow | undefined;
}

/** Marks the endpoint deleted: it hears nothing new; false when there is no such live endpoint. */
export function deleteWebhook(db: Db, id: string, nowIso: string): boolean {
  return (
    db.prepare('UPDATE ma_webhooks SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(nowIso, id).changes > 0
  );
}

/** The endpoints that hear from `tenant`'s sessions: its own and the every-tenant ones. */
export function webhooksFor(db: Db, tenant: string): WebhookRow[] {
  return db
    .prepare(
      `SELECT * FROM ma_webhooks WHERE (tenant_id IS NULL OR tenant_id = ?) AND deleted_at IS NULL
        ORDER BY created_at, id`,
    )
    .all(tenant) as WebhookRow[];
}
