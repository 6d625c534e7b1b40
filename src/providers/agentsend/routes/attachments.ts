/**
 * Attachments: upload one file (multipart), get its record with a temporary download URL.
 */
import type { AgentSendHandler, AgentSendHandlers } from '../auth.js';
import { signedDownloadUrl, storeAttachment } from '../domain/attachments.js';
import { errors } from '../errors.js';
import { MAX_ATTACHMENT_BYTES } from '../policies.js';
import { findOwnedAttachment } from '../store/attachments.js';
import { attachmentJson } from '../wire.js';

const uploadAttachment: AgentSendHandler<'uploadAttachment'> = (ctx, { files }) => {
  // The real server takes the first file part whatever its name; `file` is the documented one.
  const file = files.find((f) => f.field === 'file') ?? files[0];
  if (!file) throw errors.noFileUploaded();
  // Deviation (contracts/agentsend.md, "Upload larger than 10 MiB"): the real server silently truncates to 10 MiB.
  if (file.data.length > MAX_ATTACHMENT_BYTES) throw errors.attachmentTooLarge();
  const tenant = ctx.caller.tenant;
  const row = ctx.store.tx(() =>
    storeAttachment(ctx.store.db, ctx.ids, {
      accountId: tenant,
      keyPrefix: `outbound/${tenant}`,
      filename: file.filename,
      contentType: file.contentType,
      data: file.data,
      nowIso: ctx.now.toISOString(),
    }),
  );
  return { status: 201, body: attachmentJson(row) };
};

const getAttachment: AgentSendHandler<'getAttachment'> = (ctx, { params }) => {
  const row = findOwnedAttachment(ctx.store.db, params.id, ctx.caller.tenant);
  if (!row) throw errors.notFound('Attachment', params.id);
  return { status: 200, body: attachmentJson(row, signedDownloadUrl(ctx, row.id, ctx.now.getTime())) };
};

export const handlers = { uploadAttachment, getAttachment } satisfies Partial<AgentSendHandlers>;
