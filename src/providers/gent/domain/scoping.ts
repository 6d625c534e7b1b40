/**
 * Which inbox a request acts on (contracts/gent.md §Inbox resolution): an agent token acts on its own
 * inbox, and naming any other is a 404 (existence never leaks); a session names the inbox with
 * `inbox_id` (an id or an address) among its organisation's.
 */
import type { GentPrincipal, GentContext } from '../auth.js';
import { errors } from '../errors.js';
import { findOrgInbox, inboxById } from '../store/inboxes.js';
import type { Db } from '../../../engine/store.js';
import type { Page } from '../store/pages.js';
import type { InboxRow } from '../tables.js';
import { page, paging } from '../wire.js';

function named(inbox: InboxRow, requested: string): boolean {
  return requested === inbox.id || requested.toLowerCase() === inbox.address;
}

/** The inbox to act on; null only when a session named none and none is required. */
export function actingInbox(ctx: GentContext, requested: unknown, required: boolean): InboxRow | null {
  const p = ctx.caller;
  const db = ctx.store.db;
  const wanted = typeof requested === 'string' && requested !== '' ? requested : null;
  if (p.kind === 'agent') {
    const own = inboxById(db, p.inboxId!);
    if (!own || (wanted && !named(own, wanted))) throw errors.notFound('Inbox');
    return own;
  }
  if (!wanted) {
    if (required) throw errors.field('inbox_id', 'This field is required with session auth.');
    return null;
  }
  const inbox = findOrgInbox(db, p.tenant, wanted);
  if (!inbox) throw errors.notFound('Inbox');
  return inbox;
}

/** Whether the caller may see objects of this inbox (agents: only their own; sessions: any in the org). */
export function canSeeInbox(p: GentPrincipal, inboxId: string | null): boolean {
  return p.kind === 'session' || inboxId === p.inboxId;
}

/** The inbox a list is narrowed to: the agent's own, the session's `inbox_id`, or none (whole org). */
export function listInboxFilter(ctx: GentContext, requested: unknown): string | null {
  return actingInbox(ctx, requested, false)?.id ?? null;
}

/** Lists an organisation's rows narrowed by `listInboxFilter`, one offset page in Gent's list envelope. */
export function inboxScopedPage<R>(
  ctx: GentContext,
  query: Record<string, unknown>,
  list: (db: Db, orgId: string, inboxId: string | null, limit: number, position: number) => Page<R>,
  toJson: (row: R) => unknown,
): ReturnType<typeof page> {
  const { position, limit } = paging(query);
  const { rows, total } = list(ctx.store.db, ctx.caller.tenant, listInboxFilter(ctx, query.inbox_id), limit, position);
  return page(rows.map(toJson), total, position, limit);
}
