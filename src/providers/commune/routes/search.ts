/**
 * Search: GET /v1/search/threads and the legacy POST /v1/search, both SQLite FTS5 keyword search
 * (store/search.ts) answered as search_type "keyword"; the legacy index routes are no-ops.
 */
import { clampedInt, str } from '../../shared/query.js';
import type { CommuneHandler, CommuneHandlers } from '../auth.js';
import { errors } from '../errors.js';
import { searchThreads as runSearch } from '../store/search.js';

const searchThreads: CommuneHandler<'searchThreads'> = (ctx, { query }) => {
  const q = str(query.q)?.trim();
  if (!q) throw errors.plain(400, 'Missing required query parameter: q');
  const inboxId = str(query.inbox_id);
  const domainId = str(query.domain_id);
  const smsOnly =
    !inboxId && !domainId && (str(query.phone_number_id) || str(query.from_number) || str(query.to_number));
  if (!inboxId && !domainId && !smsOnly) {
    throw errors.plain(
      400,
      'At least one filter is required: inbox_id, domain_id, phone_number_id, from_number, or to_number',
    );
  }
  const limit = clampedInt(query.limit, 20, 1, 100);
  // mailsim has no SMS: the SMS filters are accepted and find nothing.
  const data = smsOnly
    ? []
    : runSearch(
        ctx.store.db,
        q,
        {
          orgId: ctx.caller.tenant,
          ...(inboxId
            ? {
                inboxId,
              }
            : {}),
          ...(domainId ? { domainId } : {}),
        },
        limit,
      );
  return { status: 200, body: { data, search_type: 'keyword' } };
};

/** An object's fields, or none for anything else (Commune reads `filter` and `options` leniently). */
const fieldsOf = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? { ...v } : {});

const searchLegacy: CommuneHandler<'searchLegacy'> = (ctx, { body }) => {
  const b = body ?? {};
  const q = typeof b.query === 'string' ? b.query.trim() : '';
  if (!q) throw errors.plain(400, 'Missing required field: query');
  const f = fieldsOf(b.filter);
  const inboxId = Array.isArray(f.inboxIds) && typeof f.inboxIds[0] === 'string' ? f.inboxIds[0] : undefined;
  const domainId = str(f.domainId);
  const sms = [f.phoneNumberId, f.fromNumber, f.toNumber].some((v) => str(v) !== undefined);
  if (!inboxId && !domainId && !sms)
    throw errors.plain(
      400,
      'At least one filter is required: inboxIds, domainId, phoneNumberId, fromNumber, or toNumber',
    );
  const limit = clampedInt(fieldsOf(b.options).limit, 20, 1, 100);
  const data =
    !inboxId && !domainId
      ? []
      : runSearch(
          ctx.store.db,
          q,
          {
            orgId: ctx.caller.tenant,
            ...(inboxId
              ? {
                  inboxId,
                }
              : {}),
            ...(domainId ? { domainId } : {}),
          },
          limit,
        );
  return { status: 200, body: { data } };
};

const noop: CommuneHandler<'indexSearchDocument' | 'indexSearchBatch'> = () => ({
  status: 200,
  body: {
    data: {
      success: true,
    },
  },
});

export const handlers = {
  searchThreads,
  searchLegacy,
  indexSearchDocument: noop,
  indexSearchBatch: noop,
} satisfies Partial<CommuneHandlers>;
