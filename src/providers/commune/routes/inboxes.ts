/**
 * Inboxes: create (auto-domain or per domain), list, get, partial update, delete, and the
 * extraction schema. A local part already used on the domain answers 409 (Commune overwrites).
 */
import type { Handler, HandlerContext } from '../../../engine/provider.js';
import type { CommunePrincipal } from '../auth.js';
import { errors } from '../errors.js';
import {
  createInboxRow, DUPLICATE_LOCAL_PART, inboxOnDomain, listOrgInboxes, localPartTaken, sharedDomain, usableDomain,
  type InboxAgent, type InboxWebhook,
} from '../store/inboxes.js';
import { extractionSchemaProblem } from '../domain/extraction/schema-check.js';
import type { DomainRow, InboxWithDomainRow } from '../tables.js';
import { inboxJson, inboxWithDomainJson } from '../wire.js';

interface InboxBody {
  local_part?: string; localPart?: string; name?: string; display_name?: string; displayName?: string;
  webhook?: Record<string, unknown>; status?: string; domain_id?: string; domainId?: string; agent?: Record<string, unknown>;
}

const principalOf = (ctx: HandlerContext): CommunePrincipal => ctx.principal as CommunePrincipal;
const inboxNotFound = () => errors.plain(404, 'Inbox not found');

/** Only the three keys Commune's webhook uses are kept (the real server stores anything). */
function webhookOf(w: Record<string, unknown> | undefined): InboxWebhook | null {
  if (!w) return null;
  const out: InboxWebhook = {};
  if (typeof w.endpoint === 'string') out.endpoint = w.endpoint;
  if (Array.isArray(w.events)) out.events = w.events.filter((e): e is string => typeof e === 'string');
  if (typeof w.secret === 'string') out.secret = w.secret;
  return out;
}

/** The agent keys the inbox shape declares (id, name, metadata). */
function agentOf(a: Record<string, unknown>): InboxAgent {
  const out: InboxAgent = {};
  if (typeof a.id === 'string') out.id = a.id;
  if (typeof a.name === 'string') out.name = a.name;
  if (a.metadata && typeof a.metadata === 'object' && !Array.isArray(a.metadata)) out.metadata = a.metadata as Record<string, unknown>;
  return out;
}


function create(ctx: HandlerContext, body: InboxBody, pickDomain: () => DomainRow): InboxWithDomainRow {
  const localPart = body.local_part || body.localPart;
  if (!localPart) throw errors.plain(400, 'Missing required field: local_part');
  const domain = pickDomain();
  const displayName = body.display_name ?? body.displayName ?? body.name ?? null;
  const agent: InboxAgent | null = body.name !== undefined ? { name: body.name } : null;
  return ctx.store.tx(() => createInboxRow(ctx, {
    orgId: principalOf(ctx).tenant, domainId: domain.id, localPart, displayName, agent, webhook: webhookOf(body.webhook), status: body.status ?? null,
  }));
}

function domainOrNotFound(ctx: HandlerContext, id: string): DomainRow {
  const row = usableDomain(ctx.store.db, principalOf(ctx).tenant, id);
  if (!row) throw errors.plain(404, 'Domain not found');
  return row;
}

const createInbox: Handler = (ctx, { body }) => {
  const b = (body ?? {}) as InboxBody;
  const row = create(ctx, b, () => {
    const explicit = b.domain_id ?? b.domainId;
    if (explicit) return domainOrNotFound(ctx, explicit);
    const db = ctx.store.db;
    const own = db.prepare('SELECT * FROM cm_domains WHERE org_id = ? ORDER BY created_at, rowid LIMIT 1').get(principalOf(ctx).tenant) as DomainRow | undefined;
    const fallback = own ?? sharedDomain(db);
    if (!fallback) throw errors.plain(404, 'Domain not found');
    return fallback;
  });
  return { status: 201, body: { data: inboxWithDomainJson(row) } };
};

const createDomainInbox: Handler = (ctx, { params, body }) => {
  const row = create(ctx, (body ?? {}) as InboxBody, () => domainOrNotFound(ctx, params.domainId));
  return { status: 201, body: { data: inboxJson(row) } };
};

const listInboxes: Handler = (ctx) => ({
  status: 200, body: { data: listOrgInboxes(ctx.store.db, principalOf(ctx).tenant).map(inboxWithDomainJson) },
});

const listDomainInboxes: Handler = (ctx, { params }) => ({
  status: 200, body: { data: listOrgInboxes(ctx.store.db, principalOf(ctx).tenant, params.domainId).map(inboxJson) },
});

function ownedInbox(ctx: HandlerContext, params: Record<string, string>): InboxWithDomainRow {
  const row = inboxOnDomain(ctx.store.db, principalOf(ctx).tenant, params.domainId!, params.inboxId!);
  if (!row) throw inboxNotFound();
  return row;
}

const reread = (ctx: HandlerContext, params: Record<string, string>): Record<string, unknown> => inboxJson(ownedInbox(ctx, params));

const getInbox: Handler = (ctx, { params }) => ({ status: 200, body: { data: reread(ctx, params) } });

const updateInbox: Handler = (ctx, { params, body }) => {
  const db = ctx.store.db;
  const b = (body ?? {}) as InboxBody;
  ctx.store.tx(() => {
    const row = ownedInbox(ctx, params);
    const sets: string[] = [];
    const values: unknown[] = [];
    const set = (column: string, value: unknown) => { sets.push(`${column} = ?`); values.push(value); };
    const localPart = b.local_part || b.localPart;
    if (localPart && localPart !== row.local_part) {
      if (localPartTaken(db, row.domain_id, localPart, { exceptInboxId: row.id, orgId: row.org_id, nowIso: ctx.now.toISOString() })) throw errors.plain(409, DUPLICATE_LOCAL_PART);
      set('local_part', localPart);
      set('local_part_lc', localPart.toLowerCase());
    }
    const displayName = b.displayName ?? b.display_name;
    if (displayName !== undefined) set('display_name', displayName);
    if (b.agent !== undefined) set('agent', JSON.stringify(agentOf(b.agent)));
    if (b.webhook !== undefined) set('webhook', JSON.stringify(webhookOf(b.webhook)));
    if (b.status !== undefined) set('status', b.status);
    set('updated_at', ctx.now.toISOString());
    db.prepare(`UPDATE cm_inboxes SET ${sets.join(', ')} WHERE id = ?`).run(...values, row.id);
  });
  return { status: 200, body: { data: reread(ctx, params) } };
};

const deleteInbox: Handler = (ctx, { params }) => {
  ctx.store.tx(() => {
    const row = ownedInbox(ctx, params);
    ctx.store.db.prepare('DELETE FROM cm_inboxes WHERE id = ?').run(row.id);
  });
  return { status: 200, body: { data: { ok: true } } };
};

const setExtractionSchema: Handler = (ctx, { params, body }) => {
  const b = (body ?? {}) as { name?: unknown; schema?: unknown; description?: string; enabled?: boolean };
  const problem = extractionSchemaProblem(b);
  if (problem) throw errors.plain(400, problem);
  const stored: Record<string, unknown> = { name: String(b.name) };
  if (typeof b.description === 'string') stored.description = b.description;
  stored.schema = b.schema;
  stored.enabled = b.enabled ?? true;
  ctx.store.tx(() => {
    const row = ownedInbox(ctx, params);
    ctx.store.db.prepare('UPDATE cm_inboxes SET extraction_schema = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(stored), ctx.now.toISOString(), row.id);
  });
  return { status: 200, body: { data: reread(ctx, params) } };
};

const removeExtractionSchema: Handler = (ctx, { params }) => {
  ctx.store.tx(() => {
    const row = ownedInbox(ctx, params);
    ctx.store.db.prepare('UPDATE cm_inboxes SET extraction_schema = NULL, updated_at = ? WHERE id = ?').run(ctx.now.toISOString(), row.id);
  });
  return { status: 200, body: { data: reread(ctx, params) } };
};

export const handlers: Record<string, Handler> = {
  createInbox, createDomainInbox, listInboxes, listDomainInboxes, getInbox, updateInbox, deleteInbox, setExtractionSchema, removeExtractionSchema,
};
