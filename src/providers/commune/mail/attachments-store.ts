/**
 * Attachment records (uploads and parts of inbound mail), the tier storage quota, and the
 * download URLs mailsim serves itself: signed with a secret kept in cm_meta and valid until an
 * engine-clock expiry, the stand-in for Commune's signed storage URL.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IdSource } from '../../../engine/ids.js';
import type { ControlRoute, EngineServices } from '../../../engine/provider.js';
import type { Db } from '../../../engine/store.js';
import type { AttachmentRow } from './tables.js';

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

function urlSecret(services: Pick<EngineServices, 'store' | 'ids'>): string {
  const db = services.store.db;
  const read = () => db.prepare("SELECT value FROM cm_meta WHERE key = 'attachment_url_secret'").get() as { value: string } | undefined;
  if (!read()) db.prepare("INSERT INTO cm_meta (key, value) VALUES ('attachment_url_secret', ?) ON CONFLICT(key) DO NOTHING").run(services.ids.hex(32));
  return read()!.value;
}

const sign = (secret: string, id: string, expires: number): string => createHmac('sha256', secret).update(`${id}.${expires}`).digest('hex');

/** An absolute URL on this emulator that serves the attachment until `nowMs + expiresInS` (engine time). */
export function signedAttachmentUrl(services: EngineServices, id: string, nowMs: number, expiresInS: number): string {
  const expires = nowMs + expiresInS * 1000;
  return `${services.baseUrl()}${DOWNLOAD_PATH}/${encodeURIComponent(id)}/download?expires=${expires}&signature=${sign(urlSecret(services), id, expires)}`;
}

/** `attachment` disposition with an ASCII fallback and the exact UTF-8 name (RFC 6266). */
function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export function attachmentDownloadRoute(services: EngineServices): ControlRoute {
  return {
    method: 'GET',
    path: `${DOWNLOAD_PATH}/:id/download`,
    handle({ params, query }) {
      const id = params.id ?? '';
      const expires = Number(query.expires);
      const given = Buffer.from(typeof query.signature === 'string' ? query.signature : '', 'utf8');
      const expected = Buffer.from(sign(urlSecret(services), id, expires), 'utf8');
      if (!Number.isSafeInteger(expires) || given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { status: 403, body: { error: 'Invalid download signature' } };
      }
      if (services.clock.nowMs() > expires) return { status: 403, body: { error: 'Download URL has expired' } };
      const row = services.store.db.prepare('SELECT * FROM cm_attachments WHERE id = ?').get(id) as AttachmentRow | undefined;
      if (!row) return { status: 404, body: { error: 'Attachment not found' } };
      return {
        status: 200,
        headers: { 'Content-Disposition': contentDisposition(row.filename), 'Cache-Control': 'private, no-store' },
        raw: { data: row.content, contentType: row.mime_type },
      };
    },
  };
}
