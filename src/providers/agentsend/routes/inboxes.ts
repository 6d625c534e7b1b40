/**
 * Inboxes: create, list (active only, newest first), get (suspended included, deleted → 404),
 * soft delete.
 */
import { limitOffset } from '../../../engine/store.js';
import type { Handler, HandlerContext } from '../../../engine/provider.js';
import { errors } from '../errors.js';
import { DEFAULT_DOMAIN } from '../policies.js';
import { nextSeq, type DomainRow, type InboxRow } from '../tables.js';
import { inboxJson, page } from '../wire.js';
import { ALPHABETS } from '../../../engine/ids.js';

const LOCAL_PART = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;

/** The caller's inbox, or 404 (another account's inbox and a deleted one both read as absent). */
export function ownedInbox(ctx: HandlerContext, id: string): InboxRow {
  const row = ctx.store.db.prepare("SELECT * FROM as_inboxes WHERE id = ? AND account_id = ? AND status != 'deleted'").get(id, ctx.principal!.tenant) as InboxRow | undefined;
  if (!row) throw errors.notFound('Inbox', id);
  return row;
}

const createInbox: Handler = (ctx, { body }) => {
  const db = ctx.store.db;
  const tenant = ctx.principal!.tenant;
  const b = (body ?? {}) as { address?: string; displayName?: string; domainId?: string };
  let domainName = DEFAULT_DOMAIN;
  let domainId: string | null = null;
  if (b.domainId) {
    const domain = db.prepare('SELECT * FROM as_domains WHERE id = ? AND account_id = ?').get(b.domainId, tenant) as DomainRow | undefined;
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
    if (db.prepare('SELECT 1 FROM as_inboxes WHERE address = ?').get(address)) throw errors.inboxAddressTaken(address);
  } else {
    do address = `agent-${ctx.ids.token(8, ALPHABETS.lowerAlphanumeric)}@${domainName}`;
    while (db.prepare('SELECT 1 FROM as_inboxes WHERE address = ?').get(address));
  }
  const id = ctx.ids.uuid();
  const now = ctx.now.toISOString();
  const row = ctx.store.tx(() => {
    db.prepare(`INSERT INTO as_inboxes (id, account_id, domain_id, address, display_name, created_at, updated_at, seq)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(id, tenant, domainId, address, b.displayName ?? null, now, now, nextSeq(db));
    return db.prepare('SELECT * FROM as_inboxes WHERE id = ?').get(id) as InboxRow;
  });
  return { status: 201, body: inboxJson(row, ctx.now) };
};

const listInboxes: Handler = (ctx, { query }) => {
  const { limit, offset } = page(query);
  const tenant = ctx.principal!.tenant;
  const db = ctx.store.db;
  const rows = db.prepare(`SELECT * FROM as_inboxes WHERE account_id = ? AND status = 'active' ORDER BY created_at DESC, seq DESC ${limitOffset(limit, offset)}`).all(tenant) as InboxRow[];
  const { total } = db.prepare("SELECT COUNT(*) AS total FROM as_inboxes WHERE account_id = ? AND status = 'active'").get(tenant) as { total: number };
  return { status: 200, body: { data: rows.map((r) => inboxJson(r, ctx.now)), total } };
};

const getInbox: Handler = (ctx, { params }) => ({ status: 200, body: inboxJson(ownedInbox(ctx, params.id), ctx.now) });

const deleteInbox: Handler = (ctx, { params }) => {
  const inbox = ownedInbox(ctx, params.id);
  const now = ctx.now.toISOString();
  ctx.store.tx(() => ctx.store.db.prepare("UPDATE as_inboxes SET status = 'deleted', deleted_at = ?, updated_at = ? WHERE id = ?").run(now, now, inbox.id));
  return { status: 204 };
};

export const handlers: Record<string, Handler> = { createInbox, listInboxes, getInbox, deleteInbox };
