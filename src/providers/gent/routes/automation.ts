/**
 * Automation: workflow rules (run on inbound mail by domain/workflows.ts), work routes (stored only)
 * and event notifications (alerts; delivered by domain/events.ts).
 */
import type { GentContext, GentHandler, GentHandlers } from '../auth.js';
import { newId, newSigningSecret } from '../domain/ids.js';
import { actingInbox, canSeeInbox, inboxScopedPage, listInboxFilter } from '../domain/scoping.js';
import { errors } from '../errors.js';
import {
  deleteAlertRow,
  deleteRuleRow,
  getAlert as getAlertRow,
  getRule,
  insertAlert,
  insertRoute,
  insertRule,
  listAlerts as listAlertRows,
  listRoutes,
  listRules,
  updateAlertRow,
  updateRuleRow,
} from '../store/automation.js';
import type { AlertRow, WorkflowRuleRow } from '../tables.js';
import { alertJson, routeJson, ruleJson } from '../wire.js';

interface Write {
  target: { type: string; url?: string; label_id?: string };
}

function checkWrites(writes: Write[] | undefined): void {
  const problems: string[] = [];
  (writes ?? []).forEach((w, i) => {
    if (w.target.type === 'webhook' && !w.target.url) problems.push(`writes[${i}]: a webhook target needs a url.`);
    if (w.target.type === 'email.add_label' && !w.target.label_id)
      problems.push(`writes[${i}]: email.add_label needs a label_id.`);
  });
  if (problems.length) throw errors.invalid({ writes: problems });
}

const createWorkflowRule: GentHandler<'createWorkflowRule'> = (ctx, { body: b }) => {
  const p = ctx.caller;
  checkWrites(b.writes);
  return ctx.store.tx(() => {
    const inbox = actingInbox(ctx, b.inbox_id, false);
    const nowIso = ctx.now.toISOString();
    const row = insertRule(ctx.store.db, {
      id: newId('wfr', ctx.now.getTime(), ctx.ids),
      org_id: p.tenant,
      inbox_id: inbox?.id ?? null,
      name: b.name,
      trigger: b.trigger,
      conditions: JSON.stringify(b.conditions ?? []),
      writes: JSON.stringify(b.writes),
      enabled: b.enabled === false ? 0 : 1,
      secret: newSigningSecret(ctx.ids),
      created_at: nowIso,
      updated_at: nowIso,
    });
    return { status: 201, body: ruleJson(row, true) };
  });
};

const listWorkflowRules: GentHandler<'listWorkflowRules'> = (ctx, { query }) => ({
  status: 200,
  body: inboxScopedPage(ctx, query, listRules, (r) => ruleJson(r)),
});

function visibleRule(ctx: GentContext, id: string): WorkflowRuleRow {
  const p = ctx.caller;
  const row = getRule(ctx.store.db, p.tenant, id);
  if (!row || (p.kind === 'agent' && row.inbox_id !== null && row.inbox_id !== p.inboxId))
    throw errors.notFound('Workflow rule');
  return row;
}

const updateWorkflowRule: GentHandler<'updateWorkflowRule'> = (ctx, { params, body: b }) => {
  checkWrites(b.writes);
  return ctx.store.tx(() => {
    const row = visibleRule(ctx, params.rule_id);
    updateRuleRow(ctx.store.db, {
      ...row,
      name: b.name ?? row.name,
      trigger: b.trigger ?? row.trigger,
      conditions: b.conditions ? JSON.stringify(b.conditions) : row.conditions,
      writes: b.writes ? JSON.stringify(b.writes) : row.writes,
      enabled: b.enabled === undefined ? row.enabled : b.enabled ? 1 : 0,
      updated_at: ctx.now.toISOString(),
    });
    return { status: 200, body: ruleJson(visibleRule(ctx, row.id)) };
  });
};

const deleteWorkflowRule: GentHandler<'deleteWorkflowRule'> = (ctx, { params }) =>
  ctx.store.tx(() => {
    deleteRuleRow(ctx.store.db, visibleRule(ctx, params.rule_id).id);
    return { status: 204 };
  });

const createWorkRoute: GentHandler<'createWorkRoute'> = (ctx, { body: b }) => {
  const p = ctx.caller;
  return ctx.store.tx(() => {
    const inbox = actingInbox(ctx, b.inbox_id, false);
    const row = insertRoute(ctx.store.db, {
      id: newId('wrt', ctx.now.getTime(), ctx.ids),
      org_id: p.tenant,
      inbox_id: inbox?.id ?? null,
      name: b.name,
      request_type: b.request_type,
      routing_mode: b.routing_mode ?? 'sequential',
      recipients: JSON.stringify(b.recipients.map((r) => ({ email: r.email.toLowerCase(), name: r.name ?? null }))),
      completion_rule: b.completion_rule ?? 'all',
      response_phrases: JSON.stringify({
        approve: b.response_phrases?.approve ?? ['approved'],
        reject: b.response_phrases?.reject ?? ['rejected'],
      }),
      created_at: ctx.now.toISOString(),
    });
    return { status: 201, body: routeJson(row) };
  });
};

const listWorkRoutes: GentHandler<'listWorkRoutes'> = (ctx, { query }) => ({
  status: 200,
  body: inboxScopedPage(ctx, query, listRoutes, routeJson),
});

interface AlertFields {
  events?: string[];
  delivery?: { type: 'webhook' | 'task'; target: string };
  offset?: { value: number; unit: string } | null;
  filter?: Record<string, unknown> | null;
  retries?: number;
  backoff?: string;
  threshold?: number | null;
  enabled?: boolean;
}

function checkDelivery(delivery: AlertFields['delivery']): void {
  if (delivery?.type === 'webhook' && !/^https?:\/\/[^\s]+$/i.test(delivery.target)) {
    throw errors.invalid({ delivery: ['A webhook delivery needs an http or https URL as its target.'] });
  }
}

const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));

const createAlert: GentHandler<'createAlert'> = (ctx, { body: b }) => {
  const p = ctx.caller;
  checkDelivery(b.delivery);
  return ctx.store.tx(() => {
    const inbox = actingInbox(ctx, b.inbox_id, true)!;
    const nowIso = ctx.now.toISOString();
    const row = insertAlert(ctx.store.db, {
      id: newId('ntf', ctx.now.getTime(), ctx.ids),
      org_id: p.tenant,
      inbox_id: inbox.id,
      events: JSON.stringify(b.events),
      delivery: JSON.stringify(b.delivery),
      offset_json: json(b.offset),
      filter: json(b.filter),
      retries: b.retries ?? 3,
      backoff: b.backoff ?? 'exponential',
      threshold: b.threshold ?? null,
      enabled: b.enabled === false ? 0 : 1,
      secret: newSigningSecret(ctx.ids),
      created_at: nowIso,
      updated_at: nowIso,
    });
    return { status: 201, body: alertJson(row, true) };
  });
};

const listAlerts: GentHandler<'listAlerts'> = (ctx, { query }) => ({
  status: 200,
  body: listAlertRows(ctx.store.db, ctx.caller.tenant, listInboxFilter(ctx, query.inbox_id)).map((a) => alertJson(a)),
});

function visibleAlert(ctx: GentContext, id: string): AlertRow {
  const p = ctx.caller;
  const row = getAlertRow(ctx.store.db, p.tenant, id);
  if (!row || !canSeeInbox(p, row.inbox_id)) throw errors.notFound('Alert');
  return row;
}

const getAlert: GentHandler<'getAlert'> = (ctx, { params }) => ({
  status: 200,
  body: alertJson(visibleAlert(ctx, params.alert_id)),
});

const updateAlert: GentHandler<'updateAlert'> = (ctx, { params, body: b }) => {
  checkDelivery(b.delivery);
  return ctx.store.tx(() => {
    const row = visibleAlert(ctx, params.alert_id);
    updateAlertRow(ctx.store.db, {
      ...row,
      events: b.events ? JSON.stringify(b.events) : row.events,
      delivery: b.delivery ? JSON.stringify(b.delivery) : row.delivery,
      offset_json: b.offset !== undefined ? json(b.offset) : row.offset_json,
      filter: b.filter !== undefined ? json(b.filter) : row.filter,
      retries: b.retries ?? row.retries,
      backoff: b.backoff ?? row.backoff,
      threshold: b.threshold !== undefined ? b.threshold : row.threshold,
      enabled: b.enabled === undefined ? row.enabled : b.enabled ? 1 : 0,
      updated_at: ctx.now.toISOString(),
    });
    return { status: 200, body: alertJson(visibleAlert(ctx, row.id)) };
  });
};

const deleteAlert: GentHandler<'deleteAlert'> = (ctx, { params }) =>
  ctx.store.tx(() => {
    deleteAlertRow(ctx.store.db, visibleAlert(ctx, params.alert_id).id);
    return { status: 204 };
  });

export const handlers = {
  createWorkflowRule,
  listWorkflowRules,
  updateWorkflowRule,
  deleteWorkflowRule,
  createWorkRoute,
  listWorkRoutes,
  createAlert,
  listAlerts,
  getAlert,
  updateAlert,
  deleteAlert,
} satisfies Partial<GentHandlers>;
