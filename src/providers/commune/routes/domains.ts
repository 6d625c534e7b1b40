/**
 * Domains: list (custom ones only), create with plan gates and the simulated provider, get (the
 * shared default domain too, with only the caller's inboxes), DNS records, verify.
 */
import type { HandlerContext } from '../../../engine/provider.js';
import type { CommuneHandler, CommuneHandlers, CommunePrincipal } from '../auth.js';
import {
  applyVerification,
  DEFAULT_REGION,
  providerRefusal,
  REGIONS,
  registerDomain,
  verifyOutcome,
} from '../domain/domains.js';
import { capsOf, UPGRADE_URL } from '../domain/quotas.js';
import { errors } from '../errors.js';
import { countOrgDomains, listOrgDomains, usableDomain } from '../store/domains.js';
import type { DomainRow } from '../tables.js';
import { domainJson } from '../wire.js';

const domainNotFound = () => errors.plain(404, 'Domain not found');

/** Family 5: the provider's error object inside `error`. */
function providerPassthrough(message: string) {
  return errors.provider(400, { name: 'validation_error', message, statusCode: 422 });
}

/** The caller's domain or the shared one (getDomain reads both); 404 otherwise. */
function readableDomain(ctx: HandlerContext<CommunePrincipal>, id: string): DomainRow {
  const row = usableDomain(ctx.store.db, ctx.caller.tenant, id);
  if (!row) throw domainNotFound();
  return row;
}

const listDomains: CommuneHandler<'listDomains'> = (ctx) => {
  const tenant = ctx.caller.tenant;
  const data = listOrgDomains(ctx.store.db, tenant).map((r) => domainJson(ctx.store.db, r, tenant));
  return { status: 200, body: { data } };
};

const createDomain: CommuneHandler<'createDomain'> = (ctx, { body }) => {
  const p = ctx.caller;
  const db = ctx.store.db;
  const caps = capsOf(p.tier);
  if (caps.maxCustomDomains === 0)
    throw errors.context(403, 'Custom domains require a paid plan', { current_tier: p.tier, upgrade_url: UPGRADE_URL });
  const b = body ?? {};
  if (!b.name) throw errors.plain(400, 'Missing required field: name');
  const count = countOrgDomains(db, p.tenant);
  if (caps.maxCustomDomains !== null && count >= caps.maxCustomDomains) {
    throw errors.context(
      403,
      `Custom domain limit reached (${count}/${caps.maxCustomDomains}). Upgrade your plan for more.`,
      {
        current_count: count,
        limit: caps.maxCustomDomains,
        current_tier: p.tier,
        upgrade_url: UPGRADE_URL,
      },
    );
  }
  const name = b.name.trim().toLowerCase();
  const region = REGIONS.find((r) => r === b.region) ?? DEFAULT_REGION;
  const row = ctx.store.tx(() => {
    const refusal = providerRefusal(db, name);
    if (refusal) throw providerPassthrough(refusal);
    return registerDomain(ctx, db, { orgId: p.tenant, name, region, nowIso: ctx.now.toISOString() });
  });
  return { status: 201, body: { data: domainJson(db, row, null) } };
};

const getDomain: CommuneHandler<'getDomain'> = (ctx, { params }) => {
  const row = readableDomain(ctx, params.domainId);
  return { status: 200, body: { data: domainJson(ctx.store.db, row, ctx.caller.tenant) } };
};

const getDomainRecords: CommuneHandler<'getDomainRecords'> = (ctx, { params }) => {
  const row = readableDomain(ctx, params.domainId);
  return { status: 200, body: { data: row.records ? JSON.parse(row.records) : [] } };
};

const verifyDomain: CommuneHandler<'verifyDomain'> = (ctx, { params }) => {
  const row = readableDomain(ctx, params.domainId);
  // The shared domain is Commune's own and always verified; only custom domains change state.
  if (row.org_id !== null) ctx.store.tx(() => applyVerification(ctx.store.db, row, verifyOutcome(ctx, row)));
  return { status: 200, body: { data: { object: 'domain', id: row.id } } };
};

export const handlers = {
  listDomains,
  createDomain,
  getDomain,
  getDomainRecords,
  verifyDomain,
} satisfies Partial<CommuneHandlers>;
