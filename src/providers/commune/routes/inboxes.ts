/**
 * Inboxes: create (auto-domain or per domain), list, get, partial update, delete, and the
 * extraction schema. A local part already used on the domain answers 409 (Commune overwrites).
 */
import type { HandlerContext } from '../../../engine/provider.js';
import type { components } from '../../../generated/commune.js';
import type { CommuneHandler, CommuneHandlers, CommunePrincipal } from '../auth.js';
import { extractionSchemaProblem } from '../domain/extraction/schema-check.js';
import {
  createInboxRow,
  DUPLICATE_LOCAL_PART,
  localPartTaken,
  type InboxAgent,
  type InboxWebhook,
} from '../domain/inboxes.js';
import { errors } from '../errors.js';
import { firstOrgDomain, sharedDomain, usableDomain } from '../store/domains.js';
import {
  deleteInbox as removeInbox,
  inboxOnDomain,
  listOrgInboxes,
  updateInbox as writeInbox,
  type InboxChanges,
} from '../store/inboxes.js';
import type { DomainRow, InboxWithDomainRow } from '../tables.js';
import { inboxJson, inboxWithDomainJson } from '../wire.js';

type InboxBody = components['schemas']['CreateInboxRequest'] | components['schemas']['CreateDomainInboxRequest'];
type Ctx = HandlerContext<CommunePrincipal>;

const inboxNotFound = () => errors.plain(404, 'Inbox not found');

/** Only the three keys Commune's webhook uses are kept (the real server stores anything). */
function webhookOf(w: { endpoint?: unknown; events?: unknown; secret?: unknown } | undefined): InboxWebhook | null {
  if (!w) return null;
  const out: InboxWebhook = {};
  if (typeof w.endpoint === 'string') out.endpoint = w.endpoint;
  if (Array.isArray(w.events)) out.events = w.events.filter((e): e is string => typeof e === 'string');
  if (typeof w.secret === 'string') out.secret = w.secret;
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The agent keys the inbox shape declares (id, name, metadata). */
function agentOf(a: Record<string, unknown>): InboxAgent {
  const out: InboxAgent = {};
  if (typeof a.id === 'string') out.id = a.id;
  if (typeof a.name === 'string') out.name = a.name;
  if (isRecord(a.metadata)) out.metadata = a.metadata;
  return out;
}

function create(ctx: Ctx, body: InboxBody, pickDomain: () => DomainRow): InboxWithDomainRow {
  const localPart = body.local_part || body.localPart;
  if (!localPart) throw errors.plain(400, 'Missing required field: local_part');
  const domain = pickDomain();
  const displayName = body.display_name ?? body.displayName ?? body.name ?? null;
  const agent: InboxAgent | null = body.name !== undefined ? { name: body.name } : null;
  return ctx.store.tx(() =>
    createInboxRow(ctx, {
      orgId: ctx.caller.tenant,
      domainId: domain.id,
      localPart,
      displayName,
      agent,
      webhook: webhookOf(body.webhook),
      status: body.status ?? null,
    }),
  );
}

function domainOrNotFound(ctx: Ctx, id: string): DomainRow {
  const row = usableDomain(ctx.store.db, ctx.caller.tenant, id);
  if (!row) throw errors.plain(404, 'Domain not found');
  return row;
}

const createInbox: CommuneHandler<'createInbox'> = (ctx, { body }) => {
  const b = body ?? {};
  const row = create(ctx, b, () => {
    const explicit = b.domain_id ?? b.domainId;
    if (explicit) return domainOrNotFound(ctx, explicit);
    const db = ctx.store.db;
    const fallback = firstOrgDomain(db, ctx.caller.tenant) ?? sharedDomain(db);
    if (!fallback) throw errors.plain(404, 'Domain not found');
    return fallback;
  });
  return { status: 201, body: { data: inboxWithDomainJson(row) } };
};

const createDomainInbox: CommuneHandler<'createDomainInbox'> = (ctx, { params, body }) => {
  const row = create(ctx, body ?? {}, () => domainOrNotFound(ctx, params.domainId));
  return { status: 201, body: { data: inboxJson(row) } };
};

const listInboxes: CommuneHandler<'listInboxes'> = (ctx) => ({
  status: 200,
  body: { data: listOrgInboxes(ctx.store.db, ctx.caller.tenant).map(inboxWithDomainJson) },
});

const listDomainInboxes: CommuneHandler<'listDomainInboxes'> = (ctx, { params }) => ({
  status: 200,
  body: { data: listOrgInboxes(ctx.store.db, ctx.caller.tenant, params.domainId).map(inboxJson) },
});

interface InboxPath {
  domainId: string;
  inboxId: string;
}

function ownedInbox(ctx: Ctx, params: InboxPath): InboxWithDomainRow {
  const row = inboxOnDomain(ctx.store.db, ctx.caller.tenant, params.domainId, params.inboxId);
  if (!row) throw inboxNotFound();
  return row;
}

const reread = (ctx: Ctx, params: InboxPath): Record<string, unknown> => inboxJson(ownedInbox(ctx, params));

const getInbox: CommuneHandler<'getInbox'> = (ctx, { params }) => ({
  status: 200,
  body: { data: reread(ctx, params) },
});

const updateInbox: CommuneHandler<'updateInbox'> = (ctx, { params, body }) => {
  const db = ctx.store.db;
  const b = body ?? {};
  ctx.store.tx(() => {
    const row = ownedInbox(ctx, params);
    const changes: Omit<InboxChanges, 'updated_at'> = {};
    const localPart = b.local_part || b.localPart;
    if (localPart && localPart !== row.local_part) {
      if (
        localPartTaken(db, row.domain_id, localPart, {
          exceptInboxId: row.id,
          orgId: row.org_id,
          nowIso: ctx.now.toISOString(),
        })
      )
        throw errors.plain(409, DUPLICATE_LOCAL_PART);
      changes.local_part = localPart;
      changes.local_part_lc = localPart.toLowerCase();
    }
    const displayName = b.displayName ?? b.display_name;
    if (displayName !== undefined) changes.display_name = displayName;
    if (b.agent !== undefined) changes.agent = JSON.stringify(agentOf(b.agent));
    if (b.webhook !== undefined) changes.webhook = JSON.stringify(webhookOf(b.webhook));
    if (b.status !== undefined) changes.status = b.status;
    writeInbox(db, row.id, { ...changes, updated_at: ctx.now.toISOString() });
  });
  return { status: 200, body: { data: reread(ctx, params) } };
};

const deleteInbox: CommuneHandler<'deleteInbox'> = (ctx, { params }) => {
  ctx.store.tx(() => removeInbox(ctx.store.db, ownedInbox(ctx, params).id));
  return { status: 200, body: { data: { ok: true } } };
};

const setExtractionSchema: CommuneHandler<'setExtractionSchema'> = (ctx, { params, body }) => {
  const b = body ?? {};
  const problem = extractionSchemaProblem(b);
  if (problem) throw errors.plain(400, problem);
  const stored: Record<string, unknown> = { name: String(b.name) };
  if (typeof b.description === 'string') stored.description = b.description;
  stored.schema = b.schema;
  stored.enabled = b.enabled ?? true;
  ctx.store.tx(() => {
    const row = ownedInbox(ctx, params);
    writeInbox(ctx.store.db, row.id, { extraction_schema: JSON.stringify(stored), updated_at: ctx.now.toISOString() });
  });
  return { status: 200, body: { data: reread(ctx, params) } };
};

const removeExtractionSchema: CommuneHandler<'removeExtractionSchema'> = (ctx, { params }) => {
  ctx.store.tx(() => {
    const row = ownedInbox(ctx, params);
    writeInbox(ctx.store.db, row.id, { extraction_schema: null, updated_at: ctx.now.toISOString() });
  });
  return { status: 200, body: { data: reread(ctx, params) } };
};

export const handlers = {
  createInbox,
  createDomainInbox,
  listInboxes,
  listDomainInboxes,
  getInbox,
  updateInbox,
  deleteInbox,
  setExtractionSchema,
  removeExtractionSchema,
} satisfies Partial<CommuneHandlers>;
