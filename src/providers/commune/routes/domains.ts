/**
 * Domains: list (custom ones only), create with plan gates and the simulated provider, get (the
 * shared default domain too, with only the caller's inboxes), DNS records, verify.
 */
import type { Handler, HandlerContext } from '../../../engine/provider.js';
import type { CommunePrincipal } from '../auth.js';
import { errors } from '../errors.js';
import { capsOf, UPGRADE_URL } from '../domain/quotas.js';
import {
  applyVerification, countOrgDomains, DEFAULT_REGION, insertDomain, providerRefusal, REGIONS, verifyOutcome,
} from '../store/domains.js';
import { usableDomain } from '../store/inboxes.js';
import type { DomainRow } from '../tables.js';
import { domainJson } from '../wire.js';

const principalOf = (ctx: HandlerContext): CommunePrincipal => ctx.principal as CommunePrincipal;
const domainNotFound = () => errors.plain(404, 'Domain not found');

/** Family 5: the provider's error object inside `error`. */
function providerPassthrough(message: string) {
  return errors.provider(400, { name: 'validation_error', message, statusCode: 422 });
}

/** The caller's domain or the shared one (getDomain reads both); 404 otherwise. */
function readableDomain(ctx: HandlerContext, id: string): DomainRow {
  const row = usableDomain(ctx.store.db, principalOf(ctx).tenant, id);
  if (!row) throw domainNotFound();
  return row;
}

const listDomains: Handler = (ctx) => {
  const tenant = principalOf(ctx).tenant;
  const rows = ctx.store.db.prepare('SELECT * FROM cm_domains WHERE org_id = ? ORDER BY created_at, rowid').all(tenant) as DomainRow[];
  return { status: 200, body: { data: rows.map((r) => domainJson(ctx.store.db, r, tenant)) } };
};

const createDomain: Handler = (ctx, { body }) => {
  const p = principalOf(ctx);
  const db = ctx.store.db;
  const caps = capsOf(p.tier);
  if (caps.maxCustomDomains === 0) throw errors.context(403, 'Custom domains require a paid plan', { current_tier: p.tier, upgrade_url: UPGRADE_URL });
  const b = (body ?? {}) as { name?: string; region?: string };
  if (!b.name) throw errors.plain(400, 'Missing required field: name');
  const count = countOrgDomains(db, p.tenant);
  if (caps.maxCustomDomains !== null && count >= caps.maxCustomDomains) {
    throw errors.context(403, `Custom domain limit reached (${count}/${caps.maxCustomDomains}). Upgrade your plan for more.`, {
      current_count: count, limit: caps.maxCustomDomains, current_tier: p.tier, upgrade_url: UPGRADE_URL,
    });
  }
  const name = b.name.trim().toLowerCase();
  const region = (REGIONS as readonly string[]).includes(b.region ?? '') ? b.region! : DEFAULT_REGION;
  const row = ctx.store.tx(() => {
    const refusal = providerRefusal(db, name);
    if (refusal) throw providerPassthrough(refusal);
    return insertDomain(ctx, db, { orgId: p.tenant, name, region, nowIso: ctx.now.toISOString() });
  });
  return { status: 201, body: { data: domainJson(db, row, null) } };
};

const getDomain: Handler = (ctx, { params }) => {
  const row = readableDomain(ctx, params.domainId);
  return { status: 200, body: { data: domainJson(ctx.store.db, row, principalOf(ctx).tenant) } };
};

const getDomainRecords: Handler = (ctx, { params }) => {
  const row = readableDomain(ctx, params.domainId);
  return { status: 200, body: { data: row.records ? JSON.parse(row.records) : [] } };
};

const verifyDomain: Handler = (ctx, { params }) => {
  const row = readableDomain(ctx, params.domainId);
  // The shared domain is Commune's own and always verified; only custom domains change state.
  if (row.org_id !== null) ctx.store.tx(() => applyVerification(ctx.store.db, row, verifyOutcome(ctx, row)));
  return { status: 200, body: { data: { object: 'domain', id: row.id } } };
};

export const handlers: Record<string, Handler> = { listDomains, createDomain, getDomain, getDomainRecords, verifyDomain };
