/** Event notifications (alerts): CRUD; delivery happens in domain/events.ts. */
import type { GentContext, GentHandler } from '../auth.js';
import { newId, newSigningSecret } from '../domain/ids.js';
import { actingInbox, canSeeInbox, listInboxFilter } from '../domain/scoping.js';
import { errors } from '../errors.js';
import {
  deleteAlertRow,
  getAlert as getAlertRow,
  insertAlert,
  listAlerts as listAlertRows,
  updateAlertRow,
} from '../store/automation.js';
import type { AlertRow } from '../tables.js';
import { alertJson } from '../wire.js';

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

const createAlert: GentHandler = (ctx, { body }) => {
  const p = ctx.caller;
  const b = body as AlertFields & { inbox_id: string };
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

const listAlerts: GentHandler = (ctx, { query }) => ({
  status: 200,
  body: listAlertRows(ctx.store.db, ctx.caller.tenant, listInboxFilter(ctx, query.inbox_id)).map((a) => alertJson(a)),
});

function visibleAlert(ctx: GentContext, id: string): AlertRow {
  const p = ctx.caller;
  const row = getAlertRow(ctx.store.db, p.tenant, id);
  if (!row || !canSeeInbox(p, row.inbox_id)) throw errors.notFound('Alert');
  return row;
}

const getAlert: GentHandler = (ctx, { params }) => ({
  status: 200,
  body: alertJson(visibleAlert(ctx, params.alert_id)),
});

const updateAlert: GentHandler = (ctx, { params, body }) => {
  const b = body as AlertFields;
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

const deleteAlert: GentHandler = (ctx, { params }) =>
  ctx.store.tx(() => {
    deleteAlertRow(ctx.store.db, visibleAlert(ctx, params.alert_id).id);
    return { status: 204 };
  });

export const handlers: Record<string, GentHandler> = { createAlert, listAlerts, getAlert, updateAlert, deleteAlert };
