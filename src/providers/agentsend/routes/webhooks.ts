/**
 * Webhooks: create (the only answer that carries the signing secret), list (no secret, no
 * accountId, not paginated), get, partial update (never rotates the secret), hard delete.
 * Another account's webhook reads as absent (404).
 */
import type { HandlerContext } from '../../../engine/provider.js';
import type { AgentSendHandler, AgentSendHandlers, AgentSendPrincipal } from '../auth.js';
import { EVENTS } from '../domain/events.js';
import { errors } from '../errors.js';
import {
  deleteWebhook as removeWebhook,
  findOwnedWebhook,
  insertWebhook,
  listWebhooks as accountWebhooks,
  updateWebhook as writeWebhook,
} from '../store/webhooks.js';
import type { WebhookRow } from '../tables.js';
import { webhookJson } from '../wire.js';

/** Omitted, null or [] all mean "every event"; mailsim stores the explicit list (newer docs). */
function eventList(events: readonly string[] | null | undefined): string[] {
  if (!events || events.length === 0) return [...EVENTS];
  return [...new Set(events)];
}

function ownedWebhook(ctx: HandlerContext<AgentSendPrincipal>, id: string): WebhookRow {
  const row = findOwnedWebhook(ctx.store.db, id, ctx.caller.tenant);
  if (!row) throw errors.notFound('Webhook', id);
  return row;
}

const createWebhook: AgentSendHandler<'createWebhook'> = (ctx, { body: b }) => {
  const db = ctx.store.db;
  const id = ctx.ids.uuid();
  const secret = `whsec_${ctx.ids.hex(24)}`;
  const nowIso = ctx.now.toISOString();
  const row = ctx.store.tx(() =>
    insertWebhook(db, {
      id,
      accountId: ctx.caller.tenant,
      url: b.url,
      events: eventList(b.events),
      description: b.description ?? null,
      secret,
      nowIso,
    }),
  );
  return { status: 201, body: webhookJson(row, { withAccount: true, withSecret: true }) };
};

const listWebhooks: AgentSendHandler<'listWebhooks'> = (ctx) => ({
  status: 200,
  body: {
    data: accountWebhooks(ctx.store.db, ctx.caller.tenant).map((r) =>
      webhookJson(r, {
        withAccount: false,
        withSecret: false,
      }),
    ),
  },
});

const getWebhook: AgentSendHandler<'getWebhook'> = (ctx, { params }) => ({
  status: 200,
  body: webhookJson(ownedWebhook(ctx, params.id), { withAccount: true, withSecret: false }),
});

const updateWebhook: AgentSendHandler<'updateWebhook'> = (ctx, { params, body: b }) => {
  const row = ctx.store.tx(() => {
    const current = ownedWebhook(ctx, params.id);
    // Only the fields present change; `events` absent keeps the list, null or [] means every event.
    return writeWebhook(ctx.store.db, {
      id: current.id,
      url: b.url ?? current.url,
      events: 'events' in b ? JSON.stringify(eventList(b.events)) : current.events,
      is_active: b.isActive === undefined ? current.is_active : b.isActive ? 1 : 0,
      description: 'description' in b ? (b.description ?? null) : current.description,
      updated_at: ctx.now.toISOString(),
    });
  });
  return { status: 200, body: webhookJson(row, { withAccount: true, withSecret: false }) };
};

const deleteWebhook: AgentSendHandler<'deleteWebhook'> = (ctx, { params }) => {
  ctx.store.tx(() => removeWebhook(ctx.store.db, ownedWebhook(ctx, params.id).id));
  return { status: 204 };
};

export const handlers = {
  createWebhook,
  listWebhooks,
  getWebhook,
  updateWebhook,
  deleteWebhook,
} satisfies Partial<AgentSendHandlers>;
