/** Attachments: base64 upload within the tier's storage, metadata, and a download URL mailsim serves. */
import type { HandlerContext } from '../../../engine/provider.js';
import { clampedInt } from '../../shared/query.js';
import type { CommuneHandler, CommuneHandlers, CommunePrincipal } from '../auth.js';
import { signedAttachmentUrl, storeAttachment } from '../domain/attachments.js';
import { bytesToMb, capsOf, MB_BYTES, UPGRADE_URL } from '../domain/quotas.js';
import { errors } from '../errors.js';
import { orgAttachment, storageUsedBytes } from '../store/attachments.js';
import type { AttachmentRow } from '../tables.js';
import { attachmentJson } from '../wire.js';

const DEFAULT_URL_TTL_S = 3600;

const uploadAttachment: CommuneHandler<'uploadAttachment'> = (ctx, { body }) => {
  const p = ctx.caller;
  const { content, filename, mime_type: mimeTypeSnake, mimeType: mimeTypeCamel } = body ?? {};
  const mimeType = mimeTypeSnake || mimeTypeCamel;
  if (!content || !filename || !mimeType)
    throw errors.plain(400, 'Missing required fields: content, filename, mime_type');
  // Buffer's base64 decoder skips characters outside the alphabet: Commune's lenient decoding.
  const data = Buffer.from(content, 'base64');
  const row = ctx.store.tx(() => {
    const limitMb = capsOf(p.tier).storageMb;
    const used = storageUsedBytes(ctx.store.db, p.tenant);
    if (limitMb !== null && used + data.length > limitMb * MB_BYTES) {
      throw errors.context(413, 'Attachment storage limit exceeded', {
        used_mb: bytesToMb(used),
        limit_mb: limitMb,
        current_tier: p.tier,
        upgrade_url: UPGRADE_URL,
      });
    }
    return storeAttachment(ctx.store.db, ctx.ids, {
      orgId: p.tenant,
      filename,
      mimeType,
      data,
      nowIso: ctx.now.toISOString(),
    });
  });
  return {
    status: 201,
    body: { data: { attachment_id: row.id, filename: row.filename, mime_type: row.mime_type, size: row.size } },
  };
};

function ownAttachment(ctx: HandlerContext<CommunePrincipal>, id: string): AttachmentRow {
  const row = orgAttachment(ctx.store.db, ctx.caller.tenant, id);
  if (!row) throw errors.plain(404, 'Attachment not found');
  return row;
}

const getAttachment: CommuneHandler<'getAttachment'> = (ctx, { params }) => ({
  status: 200,
  body: {
    data: attachmentJson(ownAttachment(ctx, params.attachmentId)),
  },
});

const getAttachmentUrl: CommuneHandler<'getAttachmentUrl'> = (ctx, { params, query }) => {
  const row = ownAttachment(ctx, params.attachmentId);
  const expiresIn = clampedInt(query.expires_in, DEFAULT_URL_TTL_S, 0, Infinity);
  return {
    status: 200,
    body: {
      data: {
        url: signedAttachmentUrl(ctx, row.id, ctx.now.getTime(), expiresIn),
        expires_in: expiresIn,
        filename: row.filename,
        mime_type: row.mime_type,
        size: row.size,
      },
    },
  };
};

export const handlers = { uploadAttachment, getAttachment, getAttachmentUrl } satisfies Partial<CommuneHandlers>;
