/** as_webhooks: an account's subscriptions, with their signing secrets and event lists (JSON). */
import type { Db } from '../../../engine/store.js';
import type { WebhookRow } from '../tables.js';
import { nextSeq } from './meta.js';

export function webhookById(db: Db, id: string): WebhookRow | undefined {
  return db.prepare<[string], WebhookRow>('SELECT * FROM as_webhooks WHERE id = ?').get(id);
}

/** The account's webhook, or undefined (another account's reads as absent). */
export function findOwnedWebhook(db: Db, id: string, tenant: string): WebhookRow | undefined {
  return db
    .prepare<[string, string], WebhookRow>('SELECT * FROM as_webhooks WHERE id = ? AND account_id = ?')
    .get(id, tenant);
}

/** The account's webhooks in creation order. */
export function listWebhooks(db: Db, tenant: string): WebhookRow[] {
  return db.prepare<[string], WebhookRow>('SELECT * FROM as_webhooks WHERE account_id = ? ORDER BY seq').all(tenant);
}

/** The account's active webhooks in creation order (an event goes to each that takes it). */
export function activeWebhooks(db: Db, tenant: string): WebhookRow[] {
  return db
    .prepare<[string], WebhookRow>('SELECT * FROM as_webhooks WHERE account_id = ? AND is_active = 1 ORDER BY seq')
    .all(tenant);
}

export interface NewWebhook {
  id: string;
  accountId: string;
  url: string;
  events: string[];
  description: string | null;
  secret: string;
  nowIso: string;
}

export function insertWebhook(db: Db, w: NewWebhook): WebhookRow {
  db.prepare(`INSERT INTO as_webhooks (id, account_id, url, events, description, secret, is_active, created_at,
    updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`).run(
    w.id,
    w.accountId,
    w.url,
    JSON.stringify(w.events),
    w.description,
    w.secret,
    w.nowIso,
    w.nowIso,
    nextSeq(db),
  );
  return webhookById(db, w.id)!;
}

/** Writes every changeable field (the caller merges the change into the current row). */
export function updateWebhook(
  db: Db,
  w: Pick<WebhookRow, 'id' | 'url' | 'events' | 'is_active' | 'description' | 'updated_at'>,
): WebhookRow {
  db.prepare(
    'UPDATE as_webhooks SET url = ?, events = ?, is_active = ?, description = ?, updated_at = ? WHERE id = ?',
  ).run(w.url, w.events, w.is_active, w.description, w.updated_at, w.id);
  return webhookById(db, w.id)!;
}

export function deleteWebhook(db: Db, id: string): void {
  db.prepare('DELETE FROM as_webhooks WHERE id = ?').run(id);
}
