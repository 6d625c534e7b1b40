/** cm_delivery_events: the delivery ledger, one row per event about an outbound message. */
import type { Db } from '../../../engine/store.js';
import type { DeliveryEventRow } from '../tables.js';

export function insertDeliveryEvent(db: Db, e: Omit<DeliveryEventRow, 'seq'>): void {
  db.prepare(`INSERT INTO cm_delivery_events (id, org_id, message_id, event_type, event_data, inbox_id, domain_id,
      processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
    e.id,
    e.org_id,
    e.message_id,
    e.event_type,
    e.event_data,
    e.inbox_id,
    e.domain_id,
    e.processed_at,
  );
}

/** The organisation's bounce and delivery events, newest first (a soft-bounce run is counted from them). */
export function bounceHistory(db: Db, orgId: string): Pick<DeliveryEventRow, 'event_type' | 'event_data'>[] {
  return db
    .prepare<[string], Pick<DeliveryEventRow, 'event_type' | 'event_data'>>(
      `SELECT event_type, event_data FROM cm_delivery_events WHERE org_id = ? AND event_type IN ('bounced', 'delivered')
      ORDER BY seq DESC`,
    )
    .all(orgId);
}

/** Events about messages that were not found, for one inbox or domain, processed in [start, end]. */
export function countOrphanEvents(
  db: Db,
  o: {
    orgId: string;
    column: 'inbox_id' | 'domain_id';
    value: string;
    startIso: string;
    endIso: string;
  },
): number {
  return db
    .prepare<[string, string, string, string], { n: number }>(`SELECT COUNT(*) AS n FROM cm_delivery_events
      WHERE org_id = ? AND ${o.column} = ?
    AND processed_at >= ? AND processed_at <= ? AND json_extract(event_data, '$.orphan') = 1`)
    .get(o.orgId, o.value, o.startIso, o.endIso)!.n;
}

export interface EventFilter {
  orgId: string;
  inboxId?: string | undefined;
  domainId?: string | undefined;
  messageId?: string | undefined;
  eventType?: string | undefined;
  limit: number;
}

/** The organisation's events, newest first, by every filter given (a message by its stored or its `msg_` id). */
export function listDeliveryEvents(db: Db, f: EventFilter): DeliveryEventRow[] {
  const where = ['org_id = ?'];
  const args: (string | number)[] = [f.orgId];
  if (f.inboxId) {
    where.push('inbox_id = ?');
    args.push(f.inboxId);
  }
  if (f.domainId) {
    where.push('domain_id = ?');
    args.push(f.domainId);
  }
  if (f.messageId) {
    where.push(
      '(message_id = ? OR message_id IN (SELECT message_id FROM cm_messages WHERE org_id = ? AND commune_id = ?))',
    );
    args.push(f.messageId, f.orgId, f.messageId);
  }
  if (f.eventType) {
    where.push('event_type = ?');
    args.push(f.eventType);
  }
  return db
    .prepare<(string | number)[], DeliveryEventRow>(`SELECT * FROM cm_delivery_events
      WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT ?`)
    .all(...args, f.limit);
}
