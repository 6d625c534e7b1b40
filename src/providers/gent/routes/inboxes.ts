/** Inboxes: create on a verified domain (user auth), list, get, settings, delete. */
import type { GentContext, GentHandler, GentHandlers } from '../auth.js';
import { newId, newSigningSecret } from '../domain/ids.js';
import { canSeeInbox } from '../domain/scoping.js';
import { isTimeZone } from '../domain/timezone.js';
import { errors } from '../errors.js';
import { PLAN_LIMITS, type Plan } from '../policies.js';
import { domainByName } from '../store/domains.js';
import {
  countInboxes,
  deleteInboxCascade,
  findOrgInbox,
  inboxByAddress,
  insertInbox,
  listInboxes as listInboxRows,
  updateInboxSettings,
} from '../store/inboxes.js';
import { revokeInboxTokens } from '../store/tokens.js';
import type { InboxRow } from '../tables.js';
import { inboxJson, page, paging } from '../wire.js';

const LOCAL_PART = /^[a-z0-9](?:[a-z0-9._+-]{0,62}[a-z0-9])?$/;
const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1);

export const inboxBody = (i: InboxRow, extra: { webhook_secret?: string } = {}) =>
  inboxJson(i, domainOf(i.address), extra);

const createInbox: GentHandler<'createInbox'> = (ctx, { body: b }) => {
  const p = ctx.caller;
  const address = b.address.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (!LOCAL_PART.test(address.slice(0, at)))
    throw errors.field('address', 'Use letters, digits, dots, hyphens, underscores or plus signs before the @.');
  return ctx.store.tx(() => {
    const db = ctx.store.db;
    const domain = domainByName(db, p.tenant, domainOf(address));
    if (domain?.status !== 'verified') {
      throw errors.badRequest(
        'domain_not_verified',
        `${domainOf(address)} is not a verified domain of this organisation.`,
      );
    }
    const cap = PLAN_LIMITS[p.plan as Plan]?.inboxes ?? null;
    if (cap !== null && countInboxes(db, p.tenant) >= cap) {
      throw errors.forbidden('plan_limit_reached', `The ${p.plan} plan allows ${cap} inboxes.`);
    }
    if (inboxByAddress(db, address))
      throw errors.conflict('address_taken', `The address ${address} is already in use.`);
    const nowIso = ctx.now.toISOString();
    const row = insertInbox(db, {
      id: newId('inb', ctx.now.getTime(), ctx.ids),
      org_id: p.tenant,
      domain_id: domain.id,
      address,
      display_name: b.display_name ?? null,
      created_at: nowIso,
      updated_at: nowIso,
    });
    return { status: 201, body: inboxBody(row) };
  });
};

const listInboxes: GentHandler<'listInboxes'> = (ctx, { query }) => {
  const p = ctx.caller;
  const { position, limit } = paging(query);
  const { rows, total } = listInboxRows(ctx.store.db, p.tenant, p.kind === 'agent' ? p.inboxId : null, limit, position);
  return {
    status: 200,
    body: page(
      rows.map((r) => inboxBody(r)),
      total,
      position,
      limit,
    ),
  };
};

/** An inbox of the caller's organisation that the caller may see, by id or address. */
export function visibleInbox(ctx: GentContext, idOrAddress: string): InboxRow {
  const p = ctx.caller;
  const row = findOrgInbox(ctx.store.db, p.tenant, idOrAddress);
  if (!row || !canSeeInbox(p, row.id)) throw errors.notFound('Inbox');
  return row;
}

const getInbox: GentHandler<'getInbox'> = (ctx, { params }) => ({
  status: 200,
  body: inboxBody(visibleInbox(ctx, params.inbox_id)),
});

const updateInbox: GentHandler<'updateInbox'> = (ctx, { params, body: b }) => {
  if (typeof b.default_timezone === 'string' && !isTimeZone(b.default_timezone)) {
    throw errors.field('default_timezone', `"${b.default_timezone}" is not an IANA timezone name.`);
  }
  if (typeof b.webhook_url === 'string' && !/^https?:\/\//i.test(b.webhook_url))
    throw errors.field('webhook_url', 'Use an http or https URL.');
  return ctx.store.tx(() => {
    const row = visibleInbox(ctx, params.inbox_id);
    const newUrl = b.webhook_url !== undefined && b.webhook_url !== row.webhook_url ? b.webhook_url : undefined;
    const secret = newUrl ? newSigningSecret(ctx.ids) : newUrl === null ? null : row.webhook_secret;
    updateInboxSettings(ctx.store.db, row.id, {
      display_name: b.display_name !== undefined ? b.display_name : row.display_name,
      default_timezone: b.default_timezone !== undefined ? b.default_timezone : row.default_timezone,
      webhook_url: b.webhook_url !== undefined ? b.webhook_url : row.webhook_url,
      webhook_events: b.webhook_events ? JSON.stringify(b.webhook_events) : row.webhook_events,
      webhook_secret: secret,
      updated_at: ctx.now.toISOString(),
    });
    const updated = visibleInbox(ctx, row.id);
    return { status: 200, body: inboxBody(updated, newUrl && secret ? { webhook_secret: secret } : {}) };
  });
};

const deleteInbox: GentHandler<'deleteInbox'> = (ctx, { params }) =>
  ctx.store.tx(() => {
    const row = visibleInbox(ctx, params.inbox_id);
    revokeInboxTokens(ctx.store.db, row.id, ctx.now.toISOString());
    deleteInboxCascade(ctx.store.db, row.id);
    return { status: 204 };
  });

export const handlers = {
  createInbox,
  listInboxes,
  getInbox,
  updateInbox,
  deleteInbox,
} satisfies Partial<GentHandlers>;
