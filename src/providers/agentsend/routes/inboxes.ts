/**
 * Inboxes: create, list (active only, newest first), get (suspended included, deleted → 404),
 * soft delete.
 */
import { ALPHABETS } from '../../../engine/ids.js';
import type { HandlerContext } from '../../../engine/provider.js';
import type { AgentSendHandler, AgentSendHandlers, AgentSendPrincipal } from '../auth.js';
import { page } from '../../shared/query.js';
import { errors } from '../errors.js';
import { DEFAULT_DOMAIN } from '../policies.js';
import { findOwnedDomain } from '../store/domains.js';
import { addressTaken, findOwnedInbox, insertInbox, listActiveInboxes, softDeleteInbox } from '../store/inboxes.js';
import type { InboxRow } from '../tables.js';
import { inboxJson } from '../wire.js';

const LOCAL_PART = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;

/** The caller's inbox, or 404 (another account's inbox and a deleted one both read as absent). */
export function ownedInbox(ctx: HandlerContext<AgentSendPrincipal>, id: string): InboxRow {
  const row = findOwnedInbox(ctx.store.db, id, ctx.caller.tenant);
  if (!row) throw errors.notFound('Inbox', id);
  return row;
}

const createInbox: AgentSendHandler<'createInbox'> = (ctx, { body }) => {
  const db = ctx.store.db;
  const tenant = ctx.caller.tenant;
  const b = body ?? {};
  let domainName = DEFAULT_DOMAIN;
  let domainId: string | null = null;
  if (b.domainId) {
    const domain = findOwnedDomain(db, b.domainId, tenant);
    if (!domain) throw errors.notFound('Domain', b.domainId);
    if (domain.sending_status !== 'verified') throw errors.domainNotVerified(domain.domain);
    domainName = domain.domain;
    domainId = domain.id;
  }
  let address: string;
  if (b.address) {
    address = b.address.toLowerCase();
    const at = address.lastIndexOf('@');
    if (at <= 0 || at === address.length - 1) throw errors.invalidInboxAddress(b.address);
    const local = address.slice(0, at);
    const domain = address.slice(at + 1);
    if (domain !== domainName) throw errors.invalidInboxDomain(domainName);
    if (!LOCAL_PART.test(local)) throw errors.invalidInboxLocalPart();
    if (addressTaken(db, address)) throw errors.inboxAddressTaken(address);
  } else {
    do address = `agent-${ctx.ids.token(8, ALPHABETS.lowerAlphanumeric)}@${domainName}`;
    while (addressTaken(db, address));
  }
  const id = ctx.ids.uuid();
  const nowIso = ctx.now.toISOString();
  const row = ctx.store.tx(() =>
    insertInbox(db, {
      id,
      accountId: tenant,
      domainId,
      address,
      displayName: b.displayName ?? null,
      nowIso,
    }),
  );
  return { status: 201, body: inboxJson(row, ctx.now) };
};

const listInboxes: AgentSendHandler<'listInboxes'> = (ctx, { query }) => {
  const { rows, total } = listActiveInboxes(ctx.store.db, ctx.caller.tenant, page(query));
  return { status: 200, body: { data: rows.map((r) => inboxJson(r, ctx.now)), total } };
};

const getInbox: AgentSendHandler<'getInbox'> = (ctx, { params }) => ({
  status: 200,
  body: inboxJson(ownedInbox(ctx, params.id), ctx.now),
});

const deleteInbox: AgentSendHandler<'deleteInbox'> = (ctx, { params }) => {
  const inbox = ownedInbox(ctx, params.id);
  ctx.store.tx(() => softDeleteInbox(ctx.store.db, inbox.id, ctx.now.toISOString()));
  return { status: 204 };
};

export const handlers = { createInbox, listInboxes, getInbox, deleteInbox } satisfies Partial<AgentSendHandlers>;
