/** SQL for alerts, workflow rules, work routes and the metadata of Gent's webhook deliveries. */
import type { Db } from '../../../engine/store.js';
import type { AlertRow, WebhookMetaRow, WorkflowRuleRow, WorkRouteRow } from '../tables.js';
import { nextSeq } from './meta.js';
import { orgOrInbox, pageOf } from './pages.js';

export function insertAlert(db: Db, a: Omit<AlertRow, 'seq'>): AlertRow {
  db.prepare(`INSERT INTO gt_alerts (id, org_id, inbox_id, events, delivery, offset_json, filter, retries, backoff,
    threshold, enabled,
    secret, created_at, updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    a.id,
    a.org_id,
    a.inbox_id,
    a.events,
    a.delivery,
    a.offset_json,
    a.filter,
    a.retries,
    a.backoff,
    a.threshold,
    a.enabled,
    a.secret,
    a.created_at,
    a.updated_at,
    nextSeq(db),
  );
  return getAlert(db, a.org_id, a.id)!;
}

export function getAlert(db: Db, orgId: string, id: string): AlertRow | undefined {
  return db.prepare<unknown[], AlertRow>('SELECT * FROM gt_alerts WHERE id = ? AND org_id = ?').get(id, orgId);
}

export function listAlerts(db: Db, orgId: string, inboxId: string | null): AlertRow[] {
  return inboxId
    ? db
        .prepare<unknown[], AlertRow>('SELECT * FROM gt_alerts WHERE org_id = ? AND inbox_id = ? ORDER BY seq')
        .all(orgId, inboxId)
    : db.prepare<unknown[], AlertRow>('SELECT * FROM gt_alerts WHERE org_id = ? ORDER BY seq').all(orgId);
}

export function enabledAlertsOf(db: Db, orgId: string, inboxId: string): AlertRow[] {
  return db
    .prepare<unknown[], AlertRow>(
      'SELECT * FROM gt_alerts WHERE org_id = ? AND inbox_id = ? AND enabled = 1 ORDER BY seq',
    )
    .all(orgId, inboxId);
}

export function updateAlertRow(db: Db, a: AlertRow): void {
  db.prepare(`UPDATE gt_alerts SET events = ?, delivery = ?, offset_json = ?, filter = ?, retries = ?, backoff = ?,
    threshold = ?,
    enabled = ?, updated_at = ? WHERE id = ?`).run(
    a.events,
    a.delivery,
    a.offset_json,
    a.filter,
    a.retries,
    a.backoff,
    a.threshold,
    a.enabled,
    a.updated_at,
    a.id,
  );
}

export function deleteAlertRow(db: Db, id: string): void {
  db.prepare('DELETE FROM gt_alerts WHERE id = ?').run(id);
}

export function insertRule(db: Db, r: Omit<WorkflowRuleRow, 'seq'>): WorkflowRuleRow {
  db.prepare(`INSERT INTO gt_workflow_rules (id, org_id, inbox_id, name, trigger, conditions, writes, enabled,
    secret, created_at,
    updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    r.id,
    r.org_id,
    r.inbox_id,
    r.name,
    r.trigger,
    r.conditions,
    r.writes,
    r.enabled,
    r.secret,
    r.created_at,
    r.updated_at,
    nextSeq(db),
  );
  return getRule(db, r.org_id, r.id)!;
}

export function getRule(db: Db, orgId: string, id: string): WorkflowRuleRow | undefined {
  return db
    .prepare<unknown[], WorkflowRuleRow>('SELECT * FROM gt_workflow_rules WHERE id = ? AND org_id = ?')
    .get(id, orgId);
}

export function listRules(
  db: Db,
  orgId: string,
  inboxId: string | null,
  limit: number,
  position: number,
): { rows: WorkflowRuleRow[]; total: number } {
  return pageOf<WorkflowRuleRow>(db, 'gt_workflow_rules', {
    ...orgOrInbox(orgId, inboxId),
    order: 'seq',
    limit,
    position,
  });
}

/** Enabled rules that watch this inbox (its own and the organisation-wide ones) for a trigger. */
export function rulesFor(db: Db, orgId: string, inboxId: string, trigger: string): WorkflowRuleRow[] {
  return db
    .prepare<unknown[], WorkflowRuleRow>(`SELECT * FROM gt_workflow_rules
      WHERE org_id = ? AND (inbox_id = ? OR inbox_id IS NULL) AND trigger = ? AND enabled = 1 ORDER BY seq`)
    .all(orgId, inboxId, trigger);
}

export function updateRuleRow(db: Db, r: WorkflowRuleRow): void {
  db.prepare(
    `UPDATE gt_workflow_rules SET name = ?, trigger = ?, conditions = ?, writes = ?, enabled = ?, updated_at = ? WHERE
      id = ?`,
  ).run(r.name, r.trigger, r.conditions, r.writes, r.enabled, r.updated_at, r.id);
}

export function deleteRuleRow(db: Db, id: string): void {
  db.prepare('DELETE FROM gt_workflow_rules WHERE id = ?').run(id);
}

export function insertRoute(db: Db, r: Omit<WorkRouteRow, 'seq'>): WorkRouteRow {
  db.prepare(`INSERT INTO gt_work_routes (id, org_id, inbox_id, name, request_type, routing_mode, recipients,
    completion_rule,
    response_phrases, created_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    r.id,
    r.org_id,
    r.inbox_id,
    r.name,
    r.request_type,
    r.routing_mode,
    r.recipients,
    r.completion_rule,
    r.response_phrases,
    r.created_at,
    nextSeq(db),
  );
  return db.prepare<unknown[], WorkRouteRow>('SELECT * FROM gt_work_routes WHERE id = ?').get(r.id)!;
}

export function listRoutes(
  db: Db,
  orgId: string,
  inboxId: string | null,
  limit: number,
  position: number,
): { rows: WorkRouteRow[]; total: number } {
  return pageOf<WorkRouteRow>(db, 'gt_work_routes', { ...orgOrInbox(orgId, inboxId), order: 'seq', limit, position });
}

export function insertWebhookMeta(db: Db, m: WebhookMetaRow): void {
  db.prepare(`INSERT INTO gt_webhook_meta (delivery_id, org_id, source_kind, source_id, secret)
    VALUES (?, ?, ?, ?, ?)`).run(m.delivery_id, m.org_id, m.source_kind, m.source_id, m.secret);
}

export function webhookMeta(db: Db, deliveryId: string): WebhookMetaRow | undefined {
  return db.prepare<unknown[], WebhookMetaRow>('SELECT * FROM gt_webhook_meta WHERE delivery_id = ?').get(deliveryId);
}
