/**
 * Gent events: who hears about what happened (contracts/gent.md §Events). An event goes to the
 * inbox's enabled alerts that list its type (as a signed webhook, or as a task whose title is the
 * alert's template filled from the payload) and to the inbox's own webhook when its
 * `webhook_events` lists the type. Call inside the transaction of the change that causes it.
 */
import type { EngineServices } from '../../../engine/provider.js';
import { enabledAlertsOf } from '../store/automation.js';
import { inboxById } from '../store/inboxes.js';
import { insertTask } from '../store/records.js';
import { parseList, parseObject } from './json.js';
import { newId } from './ids.js';
import { enqueueWebhook, type Backoff } from './webhooks.js';

export type EventType =
  | 'message.received'
  | 'message.sent'
  | 'thread.assigned'
  | 'approval.requested'
  | 'approval.approved'
  | 'approval.rejected'
  | 'approval.expired'
  | 'token.created'
  | 'token.rotated'
  | 'token.revoked';

/** Inbox webhooks retry as an alert with default settings would. */
const INBOX_WEBHOOK_RETRIES = 3;

/** `{field}` placeholders filled from the payload (nested with dots); unknown ones are left as written. */
export function fillTemplate(template: string, payload: Record<string, unknown>): string {
  return template.replace(/\{([A-Za-z0-9_.]+)\}/g, (whole, path: string) => {
    const value = path
      .split('.')
      .reduce<unknown>(
        (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
        payload,
      );
    return value === undefined || value === null
      ? whole
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  });
}

/** An alert's filter: every key must equal the payload's value. */
function passes(filter: Record<string, unknown> | null, payload: Record<string, unknown>): boolean {
  return !filter || Object.entries(filter).every(([k, v]) => payload[k] === v);
}

export function emitEvent(
  services: EngineServices,
  o: { orgId: string; inboxId: string; type: EventType; payload: Record<string, unknown> },
): void {
  const db = services.store.db;
  const nowMs = services.clock.nowMs();
  for (const alert of enabledAlertsOf(db, o.orgId, o.inboxId)) {
    if (!parseList(alert.events).includes(o.type) || !passes(parseObject(alert.filter), o.payload)) continue;
    const delivery = parseObject<{ type: string; target: string }>(alert.delivery)!;
    if (delivery.type === 'task') {
      insertTask(db, {
        id: newId('tsk', nowMs, services.ids),
        org_id: o.orgId,
        inbox_id: o.inboxId,
        title: fillTemplate(delivery.target, o.payload).slice(0, 500),
        notes: null,
        due_at_ms: null,
        source_type: 'alert',
        source_id: alert.id,
        created_at_ms: nowMs,
      });
      continue;
    }
    enqueueWebhook(services, {
      orgId: o.orgId,
      inboxId: o.inboxId,
      sourceKind: 'alert',
      sourceId: alert.id,
      url: delivery.target,
      secret: alert.secret,
      retries: alert.retries,
      backoff: alert.backoff as Backoff,
      type: o.type,
      payload: o.payload,
    });
  }
  const inbox = inboxById(db, o.inboxId);
  if (inbox?.webhook_url && inbox.webhook_secret && parseList(inbox.webhook_events).includes(o.type)) {
    enqueueWebhook(services, {
      orgId: o.orgId,
      inboxId: o.inboxId,
      sourceKind: 'inbox',
      sourceId: inbox.id,
      url: inbox.webhook_url,
      secret: inbox.webhook_secret,
      retries: INBOX_WEBHOOK_RETRIES,
      backoff: 'exponential',
      type: o.type,
      payload: o.payload,
    });
  }
}
