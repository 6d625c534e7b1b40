/**
 * Attachments as messages use them: storing file bytes (uploads and inbound parts), resolving the
 * ids a send names, reading the bytes back for delivery, and the download URLs that stand in for
 * the presigned S3 GET URLs the real server hands out, valid 3600 s (engine/downloads.ts signs and
 * serves them).
 */
import { signedDownloadUrl as sign, type DownloadRoute } from '../../../engine/downloads.js';
import type { EngineServices } from '../../../engine/provider.js';
import type { Db } from '../../../engine/store.js';
import type { IdSource } from '../../../engine/ids.js';
import { errors } from '../errors.js';
import { MAX_SEND_ATTACHMENTS_BYTES } from '../policies.js';
import { attachmentContent, findOwnedAttachment, insertAttachment, type AttachmentMeta } from '../store/attachments.js';
import type { MessageAttachmentRef } from '../store/messages.js';

export interface NewAttachment {
  accountId: string;
  keyPrefix: string;
  filename: string;
  contentType: string;
  data: Buffer;
  nowIso: string;
}

export function storeAttachment(db: Db, ids: IdSource, o: NewAttachment): AttachmentMeta {
  const id = ids.uuid();
  // The random segment keeps two uploads of one filename apart, as the real storage keys do.
  const key = `${o.keyPrefix}/${ids.token(16)}/${o.filename}`;
  const row = {
    id,
    account_id: o.accountId,
    key,
    filename: o.filename,
    content_type: o.contentType,
    size: o.data.length,
    created_at: o.nowIso,
  };
  insertAttachment(db, { ...row, data: o.data });
  return row;
}

export const refOf = (a: AttachmentMeta): MessageAttachmentRef => ({
  id: a.id,
  key: a.key,
  filename: a.filename,
  contentType: a.content_type,
  size: a.size,
});

/**
 * The attachments a send names, in the order given (duplicates once): every id must be an upload
 * of this account (404 naming the missing ones) and together they may not exceed 25 MB.
 */
export function resolveSendAttachments(
  db: Db,
  tenant: string,
  attachmentIds: readonly string[],
): MessageAttachmentRef[] {
  const unique = [...new Set(attachmentIds)];
  const found = unique.map((id) => findOwnedAttachment(db, id, tenant));
  const missing = unique.filter((_, i) => !found[i]);
  if (missing.length) throw errors.attachmentsNotFound(missing);
  const rows = found.filter((a): a is AttachmentMeta => a !== undefined);
  if (rows.reduce((sum, a) => sum + a.size, 0) > MAX_SEND_ATTACHMENTS_BYTES) throw errors.attachmentsTooLarge();
  return rows.map(refOf);
}

/** The bytes of a message's attachments, for composing the outgoing mail. */
export function attachmentContents(
  db: Db,
  refs: readonly MessageAttachmentRef[],
): { filename: string; contentType: string; content: Buffer }[] {
  return refs.flatMap((ref) => {
    const row = attachmentContent(db, ref.id);
    return row ? [{ filename: row.filename, contentType: row.content_type, content: row.data }] : [];
  });
}

export const DOWNLOAD_URL_TTL_MS = 3600 * 1000;

const forbidden = (message: string) => ({ status: 403, body: { error: { code: 'FORBIDDEN', message } } });

/** `GET /_mailsim/agentsend/attachments/:id/download?expires=…&signature=…`, in AgentSend's envelope. */
export const ATTACHMENT_DOWNLOADS: DownloadRoute = {
  path: '/_mailsim/agentsend/attachments',
  load: (services, id) => {
    const row = attachmentContent(services.store.db, id);
    return row && { data: row.data, contentType: row.content_type, filename: row.filename };
  },
  refuse: (reason, id) => {
    if (reason === 'bad_signature') return forbidden('The download URL signature does not match');
    if (reason === 'expired') return forbidden('The download URL has expired');
    return { status: 404, body: { error: { code: 'NOT_FOUND', message: `Attachment '${id}' not found` } } };
  },
};

/** An absolute URL on this emulator that downloads the attachment until `nowMs` + 3600 s. */
export function signedDownloadUrl(services: EngineServices, id: string, nowMs: number): string {
  return sign(services, ATTACHMENT_DOWNLOADS.path, id, nowMs + DOWNLOAD_URL_TTL_MS);
}
