/** Attachments: base64 upload within the tier's storage, metadata, and a download URL mailsim serves. */
import type { Handler, HandlerContext } from '../../../engine/provider.js';
import type { CommunePrincipal } from '../auth.js';
import { errors } from '../errors.js';
import { attachmentJson, insertAttachment, orgAttachment, signedAttachmentUrl, storageUsedBytes } from '../store/attachments.js';
import { bytesToMb, capsOf, MB_BYTES, UPGRADE_URL } from '../domain/quotas.js';

const DEFAULT_URL_TTL_S = 3600;

const principalOf = (ctx: HandlerContext): CommunePrincipal => ctx.principal as CommunePrincipal;

const uploadAttachment: Handler = (ctx, { body }) => {
  const p = principalOf(ctx);
  const b = (body ?? {}) as { content?: string; filename?: string; mime_type?: string; mimeType?: string };
  const mimeType = b.mime_type || b.mimeType;
  if (!b.content || !b.filename || !mimeType) throw errors.plain(400, 'Missing required fields: content, filename, mime_type');
  // Buffer's base64 decoder skips characters outside the alphabet: Commune's lenient decoding.
  const data = Buffer.from(b.content, 'base64');
  const row = ctx.store.tx(() => {
    const limitMb = capsOf(p.tier).storageMb;
    const used = storageUsedBytes(ctx.store.db, p.tenant);
    if (limitMb !== null && used + data.length > limitMb * MB_BYTES) {
      throw errors.context(413, 'Attachment storage limit exceeded', { used_mb: bytesToMb(used), limit_mb: limitMb, current_tier: p.tier, upgrade_url: UPGRADE_URL });
    }
    return insertAttachment(ctx.store.db, ctx.ids, { orgId: p.tenant, filename: b.filename!, mimeType: mimeType!, data, nowIso: ctx.now.toISOString() });
  });
  return { status: 201, body: { data: { attachment_id: row.id, filename: row.filename, mime_type: row.mime_type, size: row.size } } };
};

function ownAttachment(ctx: HandlerContext, id: string) {
  const row = orgAttachment(ctx.store.db, principalOf(ctx).tenant, id);
  if (!row) throw errors.plain(404, 'Attachment not found');
  return row;
}

const getAttachment: Handler = (ctx, { params }) => ({ status: 200, body: { data: attachmentJson(ownAttachment(ctx, params.attachmentId)) } });

const getAttachmentUrl: Handler = (ctx, { params, query }) => {
  const row = ownAttachment(ctx, params.attachmentId);
  const parsed = Number.parseInt(String(query.expires_in ?? ''), 10);
  const expiresIn = Number.isFinite(parsed) ? Math.max(0, parsed) : DEFAULT_URL_TTL_S;
  return {
    status: 200,
    body: { data: { url: signedAttachmentUrl(ctx, row.id, ctx.now.getTime(), expiresIn), expires_in: expiresIn, filename: row.filename, mime_type: row.mime_type, size: row.size } },
  };
};

export const handlers: Record<string, Handler> = { uploadAttachment, getAttachment, getAttachmentUrl };
