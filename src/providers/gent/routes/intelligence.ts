/** `GET /v1/activity/`: one contact's timeline, newest first, in cursor pages. */
import type { GentHandler, GentHandlers } from '../auth.js';
import { parseList } from '../domain/json.js';
import { listInboxFilter } from '../domain/scoping.js';
import { errors } from '../errors.js';
import { listActivityRows } from '../store/activity.js';
import { contactIdByAddress } from '../store/records.js';
import { activityJson } from '../wire.js';
import { visibleContact } from './contacts.js';

/** Cursors are opaque to clients: the position after which the next page starts. */
const encodeCursor = (seq: number): string => Buffer.from(`a:${seq}`).toString('base64url');
function decodeCursor(cursor: string): number | null {
  const m = /^a:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return m ? Number(m[1]) : null;
}

const listActivity: GentHandler<'listActivity'> = (ctx, { query }) => {
  const p = ctx.caller;
  const db = ctx.store.db;
  let addresses: string[];
  let contactId: string | null = null;
  if (typeof query.contact_id === 'string' && query.contact_id) {
    const contact = visibleContact(ctx, query.contact_id);
    contactId = contact.id;
    addresses = parseList<{ address: string }>(contact.emails).map((e) => e.address.toLowerCase());
  } else if (typeof query.address === 'string' && query.address) {
    addresses = [query.address.toLowerCase()];
  } else {
    throw errors.invalid({ contact_id: ['Give contact_id or address: the timeline is per contact.'] });
  }
  let beforeSeq: number | null = null;
  if (typeof query.cursor === 'string') {
    beforeSeq = decodeCursor(query.cursor);
    if (beforeSeq === null) throw errors.field('cursor', 'This cursor was not issued by this endpoint.');
  }
  const limit = Number(query.limit ?? 50);
  const rows = listActivityRows(db, {
    orgId: p.tenant,
    inboxId: listInboxFilter(ctx, query.inbox_id),
    addresses,
    sinceMs: typeof query.since === 'string' ? Date.parse(query.since) : null,
    beforeSeq,
    limit,
  });
  const more = rows.length > limit;
  const pageRows = rows.slice(0, limit);
  const ids = new Map<string, string | null>();
  const idOf = (address: string): string | null => {
    if (contactId) return contactId;
    if (!ids.has(address)) ids.set(address, contactIdByAddress(db, p.tenant, address));
    return ids.get(address)!;
  };
  return {
    status: 200,
    body: {
      events: pageRows.map((a) => activityJson(a, idOf(a.contact_address))),
      cursor: more ? encodeCursor(pageRows[pageRows.length - 1]!.seq) : null,
    },
  };
};

export const handlers = { listActivity } satisfies Partial<GentHandlers>;
