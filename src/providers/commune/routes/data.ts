/**
 * /v1/data/*: data deletion with a preview and a confirmation token (no `data` envelope). Creating
 * a request needs an API key with the literal permission "admin" or "data:delete"; agent
 * signatures pass (contracts/commune.md, Operations and "Data deletion").
 */
import { isIsoRepresentable } from '../../../engine/clock.js';
import type { CommuneHandler, CommuneHandlers } from '../auth.js';
import { confirmRequest, createRequest, requestOf } from '../domain/deletion-requests.js';
import { errors } from '../errors.js';
import { inboxOfOrg } from '../store/inboxes.js';
import type { DeletionScope } from '../tables.js';
import { deletionRequestJson } from '../wire.js';

const SCOPES: DeletionScope[] = ['organization', 'inbox', 'messages'];

const WARNINGS: Record<DeletionScope, string> = {
  organization:
    'This will permanently delete ALL data for your organization including users, API keys, ' +
    'and the organization itself. This action cannot be undone.',
  inbox:
    'This will permanently delete all messages, attachments, and delivery data for this inbox. ' +
    'This action cannot be undone.',
  messages: 'This will permanently delete the matching messages and their attachments. This action cannot be undone.',
};

const isScope = (v: unknown): v is DeletionScope => SCOPES.some((s) => s === v);

const previewDataDeletion: CommuneHandler<'previewDataDeletion'> = (ctx, input) => {
  const p = ctx.caller;
  if (p.via === 'api_key' && !p.permissions.has('admin') && !p.permissions.has('data:delete')) {
    throw errors.plain(403, 'Insufficient permissions. API key requires "admin" or "data:delete" permission.');
  }
  const { scope, inbox_id: inboxId, before } = input.body ?? {};
  if (!isScope(scope)) {
    throw errors.plain(400, 'Invalid scope. Must be one of: organization, inbox, messages');
  }
  if (scope === 'inbox' && !inboxId) throw errors.plain(400, 'inbox_id is required for inbox-scoped deletion');
  // Commune keeps `before` as given and compares it to ISO strings; mailsim keeps it as ISO so the
  // comparison means what the date says.
  let beforeIso: string | null = null;
  if (before) {
    const ms = typeof before === 'string' ? Date.parse(before) : NaN;
    if (!isIsoRepresentable(ms)) throw errors.plain(400, 'Invalid "before" date format. Use ISO 8601.');
    beforeIso = new Date(ms).toISOString();
  }
  // Deviation: Commune previews and deletes for any inbox id (and ignores it with scope "messages");
  // mailsim only acts on the organisation's own inboxes and honours the id with either scope.
  let inbox: string | null = null;
  if (inboxId && (scope === 'inbox' || scope === 'messages')) {
    const row = inboxOfOrg(ctx.store.db, p.tenant, String(inboxId));
    if (!row) throw errors.plain(400, 'Inbox not found');
    inbox = row.id;
  }
  const { row, token } = createRequest(
    ctx,
    {
      orgId: p.tenant,
      scope,
      inboxId: inbox,
      before: beforeIso,
    },
    p.keyId ?? p.agentId ?? 'unknown',
  );
  const wire = deletionRequestJson(row);
  return {
    status: 201,
    body: {
      id: wire.id,
      scope: wire.scope,
      ...(wire.inbox_id !== undefined ? { inbox_id: wire.inbox_id } : {}),
      ...(wire.before !== undefined ? { before: wire.before } : {}),
      status: 'pending',
      preview: wire.preview,
      confirmation_token: token,
      confirm_by: wire.confirm_by,
      requested_at: wire.requested_at,
      warning: WARNINGS[row.scope],
    },
  };
};

const confirmDataDeletion: CommuneHandler<'confirmDataDeletion'> = (ctx, input) => {
  const token = input.body?.confirmation_token;
  if (!token) throw errors.plain(400, 'confirmation_token is required');
  // As stored: confirm itself reports a lapsed request (410 once, then "is expired").
  const row = requestOf(ctx, ctx.caller.tenant, input.params.id, { settle: false });
  if (!row) throw errors.plain(404, 'Deletion request not found');
  const done = confirmRequest(ctx, row, String(token));
  const wire = deletionRequestJson(done);
  return {
    status: 200,
    body: {
      id: wire.id,
      scope: wire.scope,
      status: 'completed',
      preview: wire.preview,
      deleted_counts: wire.deleted_counts,
      confirmed_at: wire.confirmed_at,
      completed_at: wire.completed_at,
    },
  };
};

const getDataDeletionStatus: CommuneHandler<'getDataDeletionStatus'> = (ctx, input) => {
  const row = requestOf(ctx, ctx.caller.tenant, input.params.id);
  if (!row) throw errors.plain(404, 'Deletion request not found');
  return { status: 200, body: deletionRequestJson(row) };
};

export const handlers = {
  previewDataDeletion,
  confirmDataDeletion,
  getDataDeletionStatus,
} satisfies Partial<CommuneHandlers>;
