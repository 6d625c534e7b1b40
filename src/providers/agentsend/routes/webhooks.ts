/**
 * Webhooks: create (the only answer that carries the signing secret), list (no secret, no
 * accountId, not paginated), get, partial update (never rotates the secret), hard delete.
 * Another account's webhook reads as absent (404).
 */
import type { Handler, HandlerContext } from '../../../engine/provider.js';
import { errors } from '../errors.js';
import { EVENTS } from '../domain/events.js';
import { nextSeq, type WebhookRow } from '../tables.js';
import { webhookJson } from '../wire.js';

interface WebhookInput { url?: string; events?: string[] | null; description?: string | null; isActive?: boolean }

/** Omitted, null or [] all mean "every event"; mailsim stores the explicit list (newer docs). */
function eventList(events: string[] | null | undefined): string[] {
  if (!events || events.length === 0) return [...EVENTS];
  return [...new Set(events)];
}

function ownedWebhook(ctx: HandlerContext, id: string): WebhookRow {
  const row = ctx.store.db.prepare('SELECT * FROM as_webhooks WHERE id = ? AND account_id = ?').get(id, ctx.principal!.tenant) as WebhookRow | undefined;
  if (!row) throw errors.notFound('Webhook', id);
  return row;
}

const readWebhook = (ctx: HandlerContext, id: string): WebhookRow => ctx.store.db.prepare('SELECT * FROM as_webhooks WHERE id = ?').get(id) as WebhookRow;

const createWebhook: Handler = (ctx, { body }) => {
  const b = body as WebhookInput;
  const db = ctx.store.db;
  const id = ctx.ids.uuid();
  const secret = `whsec_${ctx.ids.hex(24)}`;
  const now = ctx.now.toISOString();
  const row = ctx.store.tx(() => {
    db.prepare(`INSERT INTO as_webhooks (id, account_id, url, events, description, secret, is_active, created_at, updated_at, seq)
      VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`).run(id, ctx.principal!.tenant, b.url, JSON.stringify(eventList(b.events)), b.description ?? null, secret, now, now, nextSeq(db));
    return readWebhook(ctx, id);
  });
  return { status: 201, body: webhookJson(row, { withAccount: true, withSecret: true }) };
};

const listWebhooks: Handler = (ctx) => {
  const rows = ctx.store.db.prepare('SELECT * FROM as_webhooks WHERE account_id = ? ORDER BY seq').all(ctx.principal!.tenant) as WebhookRow[];
  return { status: 200, body: { data: rows.map((r) => webhookJson(r, { withAccount: false, withSecret: false })) } };
};

const getWebhook: Handler = (ctx, { params }) => ({ status: 200, body: webhookJson(ownedWebhook(ctx, params.id), { withAccount: true, withSecret: false }) });

const updateWebhook: Handler = (ctx, { params, body }) => {
  const b = body as WebhookInput;
  const db = ctx.store.db;
  const row = ctx.store.tx(() => {
    const current = ownedWebhook(ctx, params.id);
    // Only the fields present change; `events` absent keeps the list, null or [] means every event.
    db.prepare('UPDATE as_webhooks SET url = ?, events = ?, is_active = ?, description = ?, updated_at = ? WHERE id = ?').run(
      b.url ?? current.url,
      'events' in b ? JSON.stringify(eventList(b.events)) : current.events,
      b.isActive === undefined ? current.is_active : b.isActive ? 1 : 0,
      'description' in b ? (b.description ?? null) : current.description,
      ctx.now.toISOString(),
      current.id,
    );
    return readWebhook(ctx, current.id);
  });
  return { status: 200, body: webhookJson(row, { withAccount: true, withSecret: false }) };
};

const deleteWebhook: Handler = (ctx, { params }) => {
  ctx.store.tx(() => {
    const hook = ownedWebhook(ctx, params.id);
    ctx.store.db.prepare('DELETE FROM as_webhooks WHERE id = ?').run(hook.id);
  });
  return { status: 204 };
};

export const handlers: Record<string, Handler> = { createWebhook, listWebhooks, getWebhook, updateWebhook, deleteWebhook };
