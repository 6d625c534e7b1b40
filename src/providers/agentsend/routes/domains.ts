/**
 * Custom domains: add (with the DNS records to publish), list (no record arrays), get, verify
 * (outcome from domain/domain-verification.ts) and delete (refused while any inbox, even a deleted
 * one, still references the domain).
 */
import { ALPHABETS } from '../../../engine/ids.js';
import type { HandlerContext } from '../../../engine/provider.js';
import type { AgentSendHandler, AgentSendHandlers, AgentSendPrincipal } from '../auth.js';
import { checkDomain, setOverride } from '../domain/domain-verification.js';
import { page } from '../../shared/query.js';
import { errors } from '../errors.js';
import {
  deleteDomain as removeDomain,
  domainRegistered,
  findOwnedDomain,
  insertDomain,
  listDomains as listAccountDomains,
} from '../store/domains.js';
import { domainReferenced } from '../store/inboxes.js';
import type { DomainRow } from '../tables.js';
import { domainJson } from '../wire.js';

/** SES hands out 3 DKIM tokens per domain. */
const DKIM_TOKENS = 3;

function ownedDomain(ctx: HandlerContext<AgentSendPrincipal>, id: string): DomainRow {
  const row = findOwnedDomain(ctx.store.db, id, ctx.caller.tenant);
  if (!row) throw errors.notFound('Domain', id);
  return row;
}

const createDomain: AgentSendHandler<'createDomain'> = (ctx, { body }) => {
  const domain = body.domain.toLowerCase();
  const tenant = ctx.caller.tenant;
  const db = ctx.store.db;
  const id = ctx.ids.uuid();
  const nowIso = ctx.now.toISOString();
  // Shaped like SES's: a base64 ownership token and 32-character lowercase DKIM selectors.
  const verificationToken = Buffer.from(ctx.ids.hex(32), 'hex').toString('base64');
  const dkimTokens = Array.from({ length: DKIM_TOKENS }, () => ctx.ids.token(32, ALPHABETS.lowerAlphanumeric));
  const row = ctx.store.tx(() => {
    if (domainRegistered(db, tenant, domain)) throw errors.domainExists();
    return insertDomain(db, { id, accountId: tenant, domain, verificationToken, dkimTokens, nowIso });
  });
  return { status: 201, body: domainJson(row, true) };
};

const listDomains: AgentSendHandler<'listDomains'> = (ctx, { query }) => {
  const { rows, total } = listAccountDomains(ctx.store.db, ctx.caller.tenant, page(query));
  return { status: 200, body: { data: rows.map((r) => domainJson(r, false)), total } };
};

const getDomain: AgentSendHandler<'getDomain'> = (ctx, { params }) => ({
  status: 200,
  body: domainJson(ownedDomain(ctx, params.id), true),
});

const verifyDomain: AgentSendHandler<'verifyDomain'> = (ctx, { params }) => {
  const row = ctx.store.tx(() => checkDomain(ctx, ownedDomain(ctx, params.id), ctx.now));
  return { status: 200, body: domainJson(row, true) };
};

const deleteDomain: AgentSendHandler<'deleteDomain'> = (ctx, { params }) => {
  const db = ctx.store.db;
  ctx.store.tx(() => {
    const domain = ownedDomain(ctx, params.id);
    // A soft-deleted inbox keeps its domainId, so it still counts (the real server's foreign key).
    if (domainReferenced(db, domain.id)) throw errors.domainInUse(domain.domain);
    removeDomain(db, domain.id);
    setOverride(db, domain.id, null);
  });
  return { status: 204 };
};

export const handlers = {
  createDomain,
  listDomains,
  getDomain,
  verifyDomain,
  deleteDomain,
} satisfies Partial<AgentSendHandlers>;
