/**
 * Search: GET /v1/search/threads and the legacy POST /v1/search, both SQLite FTS5 keyword search
 * (mail/search.ts) answered as search_type "keyword"; the legacy index routes are no-ops.
 */
import type { Handler, HandlerContext } from '../../../engine/provider.js';
import type { CommunePrincipal } from '../auth.js';
import { errors } from '../errors.js';
import { clampInt, str } from '../domain/query.js';
import { searchThreads as runSearch } from '../store/search.js';

const principalOf = (ctx: HandlerContext): CommunePrincipal => ctx.principal as CommunePrincipal;

const searchThreads: Handler = (ctx, { query }) => {
  const q = str(query.q)?.trim();
  if (!q) throw errors.plain(400, 'Missing required query parameter: q');
  const inboxId = str(query.inbox_id);
  const domainId = str(query.domain_id);
  const smsOnly = !inboxId && !domainId && (str(query.phone_number_id) || str(query.from_number) || str(query.to_number));
  if (!inboxId && !domainId && !smsOnly) {
    throw errors.plain(400, 'At least one filter is required: inbox_id, domain_id, phone_number_id, from_number, or to_number');
  }
  const limit = clampInt(query.limit, 20, 1, 100);
  // mailsim has no SMS: the SMS filters are accepted and find nothing.
  const data = smsOnly ? [] : runSearch(ctx.store.db, q, { orgId: principalOf(ctx).tenant, ...(inboxId ? { inboxId } : {}), ...(domainId ? { domainId } : {}) }, limit);
  return { status: 200, body: { data, search_type: 'keyword' } };
};

interface LegacyBody { query?: unknown; filter?: { inboxIds?: unknown; domainId?: unknown; phoneNumberId?: unknown; fromNumber?: unknown; toNumber?: unknown }; options?: { limit?: unknown } }

const searchLegacy: Handler = (ctx, { body }) => {
  const b = (body ?? {}) as LegacyBody;
  const q = typeof b.query === 'string' ? b.query.trim() : '';
  if (!q) throw errors.plain(400, 'Missing required field: query');
  const f = b.filter && typeof b.filter === 'object' ? b.filter : {};
  const inboxId = Array.isArray(f.inboxIds) && typeof f.inboxIds[0] === 'string' ? f.inboxIds[0] : undefined;
  const domainId = typeof f.domainId === 'string' && f.domainId ? f.domainId : undefined;
  const sms = [f.phoneNumberId, f.fromNumber, f.toNumber].some((v) => typeof v === 'string' && v !== '');
  if (!inboxId && !domainId && !sms) throw errors.plain(400, 'At least one filter is required: inboxIds, domainId, phoneNumberId, fromNumber, or toNumber');
  const limit = clampInt(b.options && typeof b.options === 'object' ? b.options.limit : undefined, 20, 1, 100);
  const data = !inboxId && !domainId ? [] : runSearch(ctx.store.db, q, { orgId: principalOf(ctx).tenant, ...(inboxId ? { inboxId } : {}), ...(domainId ? { domainId } : {}) }, limit);
  return { status: 200, body: { data } };
};

const noop: Handler = () => ({ status: 200, body: { data: { success: true } } });

export const handlers: Record<string, Handler> = { searchThreads, searchLegacy, indexSearchDocument: noop, indexSearchBatch: noop };
