/**
 * Attachments: storing uploads and inbound parts under Commune's ids, and the download URLs mailsim
 * serves itself (engine/downloads.ts): valid until an engine-clock expiry, the stand-in for
 * Commune's signed storage URL.
 */
import { signedDownloadUrl, type DownloadRoute } from '../../../engine/downloads.js';
import type { IdSource } from '../../../engine/ids.js';
import type { EngineServices } from '../../../engine/provider.js';
import type { Db } from '../../../engine/store.js';
import { attachmentById, attachmentExists, insertAttachment } from '../store/attachments.js';
import type { AttachmentRow } from '../tables.js';

export interface NewAttachment {
  orgId: string;
  filename: string;
  mimeType: string;
  data: Buffer;
  nowIso: string;
  messageId?: string;
  id?: string;
}

/** Stores an upload (a 32-hex id) or an inbound part (the id given). */
export function storeAttachment(db: Db, ids: IdSource, a: NewAttachment): AttachmentRow {
  return insertAttachment(db, {
    id: a.id ?? ids.hex(16),
    org_id: a.orgId,
    message_id: a.messageId ?? '',
    filename: a.filename,
    mime_type: a.mimeType,
    content: a.data,
    created_at: a.nowIso,
  });
}

/** `ses_<message id>_<filename>`, made unique when one email carries the same name twice. */
export function inboundAttachmentId(db: Db, messageId: string, filename: string): string {
  const base = `ses_${messageId}_${filename}`;
  if (!attachmentExists(db, base)) return base;
  for (let i = 2; ; i++) {
    const id = `ses_${messageId}_${i}_${filename}`;
    if (!attachmentExists(db, id)) return id;
  }
}

/** `GET /_mailsim/commune/attachments/:id/download?expires=…&signature=…`, in Commune's plain-string errors. */
export const ATTACHMENT_DOWNLOADS: DownloadRoute = {
  path: '/_mailsim/commune/attachments',
  load: (services, id) => {
    const row = attachmentById(services.store.db, id);
    return row && { data: row.content, contentType: row.mime_type, filename: row.filename };
  },
  refuse: (reason) => {
    if (reason === 'bad_signature') return { status: 403, body: { error: 'Invalid download signature' } };
    if (reason === 'expired') return { status: 403, body: { error: 'Download URL has expired' } };
    return { status: 404, body: { error: 'Attachment not found' } };
  },
};

/** An absolute URL on this emulator that serves the attachment until `nowMs + expiresInS` (engine time). */
export function signedAttachmentUrl(services: EngineServices, id: string, nowMs: number, expiresInS: number): string {
  return signedDownloadUrl(services, ATTACHMENT_DOWNLOADS.path, id, nowMs + expiresInS * 1000);
}
