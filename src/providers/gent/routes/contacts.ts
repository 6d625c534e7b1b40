/** Contacts: list (offset envelope, `q`), create, get. */
import type { GentContext, GentHandler, GentHandlers } from '../auth.js';
import { newId } from '../domain/ids.js';
import { actingInbox, listInboxFilter } from '../domain/scoping.js';
import { errors } from '../errors.js';
import { getContact as getContactRow, insertContact, listContacts as listContactRows } from '../store/records.js';
import type { ContactRow } from '../tables.js';
import { contactJson, page, paging } from '../wire.js';

/** `YYYY-MM-DD` or `--MM-DD` that names a real day. */
function realDate(date: string): boolean {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const year = m[1] === '-' ? 2000 : Number(m[1]);
  const d = new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const createContact: GentHandler<'createContact'> = (ctx, { body: b }) => {
  const p = ctx.caller;
  const bad = (b.anniversaries ?? [])
    .filter((a) => !realDate(a.date))
    .map((a) => `${a.date} is not a date (YYYY-MM-DD or --MM-DD).`);
  if (bad.length) throw errors.invalid({ anniversaries: bad });
  return ctx.store.tx(() => {
    const inbox = actingInbox(ctx, b.inbox_id, false);
    const row = insertContact(ctx.store.db, {
      id: newId('ctc', ctx.now.getTime(), ctx.ids),
      org_id: p.tenant,
      inbox_id: inbox?.id ?? null,
      full_name: b.full_name,
      emails: JSON.stringify((b.emails ?? []).map((e) => ({ ...e, address: e.address.toLowerCase() }))),
      phones: JSON.stringify(b.phones ?? []),
      notes: b.notes ?? null,
      anniversaries: JSON.stringify(b.anniversaries ?? []),
      created_at: ctx.now.toISOString(),
    });
    return { status: 201, body: contactJson(row) };
  });
};

const listContacts: GentHandler<'listContacts'> = (ctx, { query }) => {
  const { position, limit } = paging(query);
  const { rows, total } = listContactRows(ctx.store.db, {
    orgId: ctx.caller.tenant,
    inboxId: listInboxFilter(ctx, query.inbox_id),
    q: typeof query.q === 'string' && query.q ? query.q : null,
    limit,
    position,
  });
  return {
    status: 200,
    body: page(
      rows.map((c) => contactJson(c)),
      total,
      position,
      limit,
    ),
  };
};

/** A contact the caller may see: an agent sees its inbox's and the organisation-wide ones. */
export function visibleContact(ctx: GentContext, id: string): ContactRow {
  const p = ctx.caller;
  const row = getContactRow(ctx.store.db, p.tenant, id);
  if (!row || (p.kind === 'agent' && row.inbox_id !== null && row.inbox_id !== p.inboxId))
    throw errors.notFound('Contact');
  return row;
}

const getContact: GentHandler<'getContact'> = (ctx, { params }) => ({
  status: 200,
  body: contactJson(visibleContact(ctx, params.contact_id), true),
});

export const handlers = { createContact, listContacts, getContact } satisfies Partial<GentHandlers>;
