/**
 * Attachment records (uploads and parts of inbound mail), the tier storage quota, and the
 * download URLs mailsim serves itself (engine/downloads.ts): valid until an engine-clock expiry, the
 * stand-in for Commune's signed storage URL.
 */
import { checkDownload, downloadResult, signedDownloadUrl } from '../../../engine/downloads.js';
import type { IdSource } from '../../../engine/ids.js';
import type { Handler, EngineServices } from '../../../engine/provider.js';
import type { Db } from '../../../engine/store.js';
import type { AttachmentRow } from '../tables.js';

const DOWNLOAD_PATH = '/_mailsim/commune/attachments';

export function storageUsedBytes(db: Db, orgId: string): number {
  return (db.prepare('SELECT COALESCE(SUM(size), 0) AS n FROM cm_attachments WHERE org_id = ?').get(orgId) as { n: number }).n;
}

export interface NewAttachment { orgId: string; filename: string; mimeType: string; data: Buffer; nowIso: string; messageId?: string; id?: string }

export function insertAttachment(db: Db, ids: IdSource, a: NewAttachment): AttachmentRow {
  const id = a.id ?? ids.hex(16);
  db.prepare('INSERT INTO cm_attachments (id, org_id, message_id, filename, mime_type, size, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, a.orgId, a.messageId ?? '', a.filename, a.mimeType, a.data.length, a.data, a.nowIso);
  return db.prepare('SELECT * FROM cm_attachments WHERE id = ?').get(id) as AttachmentRow;
}

/** `ses_<message id>_<filename>`, made unique when one email carries the same name twice. */
export function inboundAttachmentId(db: Db, messageId: string, filename: string): string {
  const base = `ses_${messageId}_${filename}`;
  if (!db.prepare('SELECT 1 FROM cm_attachments WHERE id = ?').get(base)) return base;
  for (let i = 2; ; i++) {
    const id = `ses_${messageId}_${i}_${filename}`;
    if (!db.prepare('SELECT 1 FROM cm_attachments WHERE id = ?').get(id)) return id;
  }
}

export function orgAttachment(db: Db, orgId: string, id: string): AttachmentRow | undefined {
  return db.prepare('SELECT * FROM cm_attachments WHERE id = ? AND org_id = ?').get(id, orgId) as AttachmentRow | undefined;
}

export function attachmentJson(row: AttachmentRow): Record<string, unknown> {
  return {
    attachment_id: row.id, message_id: row.message_id, filename: row.filename, mime_type: row.mime_type, size: row.size,
    storage_type: 'database', cloudinary_url: null, cloudinary_public_id: null, source: 'email',
  };
}

/** An absolute URL on this emulator that serves the attachment until `nowMs + expiresInS` (engine time). */
export function signedAttachmentUrl(services: EngineServices, id: string, nowMs: number, expiresInS: number): string {
  return signedDownloadUrl(services, DOWNLOAD_PATH, id, nowMs + expiresInS * 1000);
}

/** `GET /_mailsim/commune/attachments/:id/download?expires=…&signature=…`. */
export const downloadCommuneAttachment: Handler = (services, { params, query }) => {
  const id = params.id as string;
  const check = checkDownload(services, DOWNLOAD_PATH, id, query);
  if (check === 'bad_signature') return { status: 403, body: { error: 'Invalid download signature' } };
  if (check === 'expired') return { status: 403, body: { error: 'Download URL has expired' } };
  const row = services.store.db.prepare('SELECT * FROM cm_attachments WHERE id = ?').get(id) as AttachmentRow | undefined;
  if (!row) return { status: 404, body: { error: 'Attachment not found' } };
  return downloadResult(row.content, row.mime_type, row.filename);
};
