/** Messages: send (or hold for approval), list, get; and attachment uploads. */
import type { GentContext, GentHandler, GentHandlers } from '../auth.js';
import { holdSend } from '../domain/approvals.js';
import { newId } from '../domain/ids.js';
import { actingInbox, canSeeInbox, listInboxFilter } from '../domain/scoping.js';
import { prepareSend, storeSend } from '../domain/sending.js';
import { parseTimeFilter } from '../domain/timezone.js';
import { errors } from '../errors.js';
import { MAX_BLOB_BYTES } from '../policies.js';
import { inboxById } from '../store/inboxes.js';
import { getMessage as getMessageRow, insertBlob, listMessages as listMessageRows } from '../store/messages.js';
import { blobJson, messageJson, page, paging } from '../wire.js';

const sendMessage: GentHandler<'sendMessage'> = (ctx, { body }) => {
  const p = ctx.caller;
  const request = body;
  return ctx.store.tx(() => {
    const inbox = actingInbox(ctx, request.inbox_id, true)!;
    const prepared = prepareSend(ctx.store.db, p.tenant, inbox, request);
    if (p.kind === 'agent' && p.requiresApproval.includes('email:send')) {
      return { status: 202, body: { queued: true, approval_id: holdSend(ctx, p, inbox, request, prepared) } };
    }
    return { status: 201, body: storeSend(ctx, inbox, prepared) };
  });
};

/** Each inbox's timezone, looked up once per request. */
function timezones(ctx: GentContext): (inboxId: string) => string | null {
  const cache = new Map<string, string | null>();
  return (inboxId) => {
    if (!cache.has(inboxId)) cache.set(inboxId, inboxById(ctx.store.db, inboxId)?.default_timezone ?? null);
    return cache.get(inboxId)!;
  };
}

const listMessages: GentHandler<'listMessages'> = (ctx, { query }) => {
  const p = ctx.caller;
  const { position, limit } = paging(query);
  const inboxId = listInboxFilter(ctx, query.inbox_id);
  const zoneOf = timezones(ctx);
  const zone = inboxId ? zoneOf(inboxId) : null;
  const bound = (name: 'after' | 'before'): number | null => {
    if (typeof query[name] !== 'string') return null;
    const ms = parseTimeFilter(query[name] as string, zone);
    if (ms === null) throw errors.field(name, 'Use an ISO 8601 date or date-time, or Unix seconds.');
    return ms;
  };
  const { rows, total } = listMessageRows(
    ctx.store.db,
    {
      orgId: p.tenant,
      inboxId,
      afterMs: bound('after'),
      beforeMs: bound('before'),
      direction: typeof query.direction === 'string' ? query.direction : null,
    },
    limit,
    position,
  );
  return {
    status: 200,
    body: page(
      rows.map((m) => messageJson(m, zoneOf(m.inbox_id))),
      total,
      position,
      limit,
    ),
  };
};

const getMessage: GentHandler<'getMessage'> = (ctx, { params }) => {
  const p = ctx.caller;
  const row = getMessageRow(ctx.store.db, p.tenant, params.message_id);
  if (!row || !canSeeInbox(p, row.inbox_id)) throw errors.notFound('Message');
  return { status: 200, body: messageJson(row, timezones(ctx)(row.inbox_id), true) };
};

const uploadBlob: GentHandler<'uploadBlob'> = (ctx, { files }) => {
  const p = ctx.caller;
  const file = files.find((f) => f.field === 'file');
  if (!file) throw errors.field('file', 'Attach the file as a multipart part named "file".');
  if (file.data.length > MAX_BLOB_BYTES) throw errors.fileTooLarge(MAX_BLOB_BYTES);
  const row = {
    id: newId('blb', ctx.now.getTime(), ctx.ids),
    org_id: p.tenant,
    filename: file.filename,
    content_type: file.contentType,
    size: file.data.length,
    data: file.data,
    created_at: ctx.now.toISOString(),
  };
  ctx.store.tx(() => insertBlob(ctx.store.db, row));
  return { status: 201, body: blobJson(row) };
};

export const handlers = { sendMessage, listMessages, getMessage, uploadBlob } satisfies Partial<GentHandlers>;
