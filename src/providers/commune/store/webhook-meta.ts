/** cm_webhook_meta: what Commune records with each engine webhook delivery (inbox, message, secret, payload hash). */
import type { Db } from '../../../engine/store.js';
import type { WebhookMetaRow } from '../tables.js';

export function insertWebhookMeta(db: Db, m: WebhookMetaRow): void {
  db.prepare(`INSERT INTO cm_webhook_meta (delivery_id, org_id, inbox_id, message_id, secret, payload_hash)
      VALUES (?, ?, ?, ?, ?, ?)`).run(m.delivery_id, m.org_id, m.inbox_id, m.message_id, m.secret, m.payload_hash);
}

export function webhookMeta(db: Db, deliveryId: string): WebhookMetaRow | undefined {
  return db.prepare<[string], WebhookMetaRow>('SELECT * FROM cm_webhook_meta WHERE delivery_id = ?').get(deliveryId);
}

/** The signing secret stored with a delivery (null: the inbox webhook has none). */
export function webhookSecret(db: Db, deliveryId: string): string | null {
  return (
    db
      .prepare<[string], Pick<WebhookMetaRow, 'secret'>>('SELECT secret FROM cm_webhook_meta WHERE delivery_id = ?')
      .get(deliveryId)?.secret ?? null
  );
}
