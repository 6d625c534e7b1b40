/**
 * Custom domains: add (with the DNS records to publish), list (no record arrays), get, verify
 * (outcome from domain-verification.ts) and delete (refused while any inbox, even a deleted one,
 * still references the domain).
 */
import { limitOffset } from '../../../engine/store.js';
import type { Handler, HandlerContext } from '../../../engine/provider.js';
import { ALPHABETS } from '../../../engine/ids.js';
import { errors } from '../errors.js';
import { nextSeq, type DomainRow } from '../tables.js';
import { domainJson, page } from '../wire.js';
import { checkDomain, setOverride } from '../domain/domain-verification.js';

/** SES hands out 3 DKIM tokens per domain. */
const DKIM_TOKENS = 3;

function ownedDomain(ctx: HandlerContext, id: string): DomainRow {
  const row = ctx.store.db.prepare('SELECT * FROM as_domains WHERE id = ? AND account_id = ?').get(id, ctx.principal!.tenant) as DomainRow | undefined;
  if (!row) throw errors.notFound('Domain', id);
  return row;
}

const createDomain: Handler = (ctx, { body }) => {
  const domain = String((body as { domain: string }).domain).toLowerCase();
  const tenant = ctx.principal!.tenant;
  const db = ctx.store.db;
  const id = ctx.ids.uuid();
  const now = ctx.now.toISOString();
  // Shaped like SES's: a base64 ownership token and 32-character lowercase DKIM selectors.
  const verificationToken = Buffer.from(ctx.ids.hex(32), 'hex').toString('base64');
  const dkim = Array.from({ length: DKIM_TOKENS }, () => ctx.ids.token(32, ALPHABETS.lowerAlphanumeric));
  const row = ctx.store.tx(() => {
    if (db.prepare('SELECT 1 FROM as_domains WHERE account_id = ? AND domain = ?').get(tenant, domain)) throw errors.domainExists();
    db.prepare(`INSERT INTO as_domains (id, account_id, domain, verification_token, dkim_tokens, created_at, updated_at, seq)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(id, tenant, domain, verificationToken, JSON.stringify(dkim), now, now, nextSeq(db));
    return db.prepare('SELECT * FROM as_domains WHERE id = ?').get(id) as DomainRow;
  });
  return { status: 201, body: domainJson(row, true) };
};

const listDomains: Handler = (ctx, { query }) => {
  const { limit, offset } = page(query);
  const tenant = ctx.principal!.tenant;
  const db = ctx.store.db;
  const rows = db.prepare(`SELECT * FROM as_domains WHERE account_id = ? ORDER BY seq ${limitOffset(limit, offset)}`).all(tenant) as DomainRow[];
  const { total } = db.prepare('SELECT COUNT(*) AS total FROM as_domains WHERE account_id = ?').get(tenant) as { total: number };
  return { status: 200, body: { data: rows.map((r) => domainJson(r, false)), total } };
};

const getDomain: Handler = (ctx, { params }) => ({ status: 200, body: domainJson(ownedDomain(ctx, params.id), true) });

const verifyDomain: Handler = (ctx, { params }) => {
  const row = ctx.store.tx(() => checkDomain(ctx, ownedDomain(ctx, params.id), ctx.now));
  return { status: 200, body: domainJson(row, true) };
};

const deleteDomain: Handler = (ctx, { params }) => {
  const db = ctx.store.db;
  ctx.store.tx(() => {
    const domain = ownedDomain(ctx, params.id);
    // A soft-deleted inbox keeps its domainId, so it still counts (the real server's foreign key).
    if (db.prepare('SELECT 1 FROM as_inboxes WHERE domain_id = ? LIMIT 1').get(domain.id)) throw errors.domainInUse(domain.domain);
    db.prepare('DELETE FROM as_domains WHERE id = ?').run(domain.id);
    setOverride(db, domain.id, null);
  });
  return { status: 204 };
};

export const handlers: Record<string, Handler> = { createDomain, listDomains, getDomain, verifyDomain, deleteDomain };
