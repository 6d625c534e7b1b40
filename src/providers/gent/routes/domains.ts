/** Sending domains (user auth): add with DNS records, simulated verification, check, delete. */
import type { GentContext, GentHandler, GentHandlers } from '../auth.js';
import { newId } from '../domain/ids.js';
import { errors } from '../errors.js';
import {
  deleteDomainRow,
  domainByName,
  domainTaken,
  inboxCountOnDomain,
  insertDomain,
  listDomains as listDomainRows,
  markVerified,
} from '../store/domains.js';
import { dnsRecords, domainJson, page, paging } from '../wire.js';

const createDomain: GentHandler<'createDomain'> = (ctx, { body: b }) => {
  const p = ctx.caller;
  const name = b.domain.toLowerCase().replace(/\.$/, '');
  if (!name.includes('.')) throw errors.field('domain', 'Enter a fully qualified domain name.');
  const use = b.domain_use ?? 'existing_domain';
  return ctx.store.tx(() => {
    if (domainTaken(ctx.store.db, name))
      throw errors.conflict('domain_exists', `The domain ${name} is already registered.`);
    const row = insertDomain(ctx.store.db, {
      id: newId('dom', ctx.now.getTime(), ctx.ids),
      org_id: p.tenant,
      domain: name,
      domain_use: use,
      dmarc_policy: b.dmarc_policy ?? (use === 'dedicated_subdomain' ? 'reject' : 'quarantine'),
      status: 'pending',
      verification_token: ctx.ids.hex(16),
      dkim_key: Buffer.from(ctx.ids.hex(48), 'hex').toString('base64'),
      created_at: ctx.now.toISOString(),
      verified_at: null,
    });
    return { status: 201, body: domainJson(row) };
  });
};

const listDomains: GentHandler<'listDomains'> = (ctx, { query }) => {
  const { position, limit } = paging(query);
  const { rows, total } = listDomainRows(ctx.store.db, ctx.caller.tenant, limit, position);
  return { status: 200, body: page(rows.map(domainJson), total, position, limit) };
};

function ownDomain(ctx: GentContext, name: string) {
  const row = domainByName(ctx.store.db, ctx.caller.tenant, name);
  if (!row) throw errors.notFound('Domain');
  return row;
}

const getDomain: GentHandler<'getDomain'> = (ctx, { params }) => ({
  status: 200,
  body: domainJson(ownDomain(ctx, params.name)),
});

const verifyDomain: GentHandler<'verifyDomain'> = (ctx, { params }) =>
  ctx.store.tx(() => {
    const row = ownDomain(ctx, params.name);
    markVerified(ctx.store.db, row.id, ctx.now.toISOString());
    return { status: 200, body: domainJson(ownDomain(ctx, params.name)) };
  });

const checkDomain: GentHandler<'checkDomain'> = (ctx, { params }) => {
  const row = ownDomain(ctx, params.name);
  return {
    status: 200,
    body: { domain: row.domain, status: row.status, records: dnsRecords(row), checked_at: ctx.now.toISOString() },
  };
};

const deleteDomain: GentHandler<'deleteDomain'> = (ctx, { params }) =>
  ctx.store.tx(() => {
    const row = ownDomain(ctx, params.name);
    if (inboxCountOnDomain(ctx.store.db, row.id) > 0)
      throw errors.conflict('domain_has_inboxes', `Delete the inboxes on ${row.domain} first.`);
    deleteDomainRow(ctx.store.db, row.id);
    return { status: 204 };
  });

export const handlers = {
  createDomain,
  listDomains,
  getDomain,
  verifyDomain,
  checkDomain,
  deleteDomain,
} satisfies Partial<GentHandlers>;
