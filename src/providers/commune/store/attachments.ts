/** cm_attachments: uploads and the parts of inbound mail, with their bytes. */
import type { Db } from '../../../engine/store.js';
import type { AttachmentRow } from '../tables.js';

/** Bytes of attachments the organisation stores (the tier's storage quota counts them). */
export function storageUsedBytes(db: Db, orgId: string): number {
  return db
    .prepare<[string], { n: number }>('SELECT COALESCE(SUM(size), 0) AS n FROM cm_attachments WHERE org_id = ?')
    .get(orgId)!.n;
}

export function insertAttachment(db: Db, a: Omit<AttachmentRow, 'size'>): AttachmentRow {
  db.prepare(
    `INSERT INTO cm_attachments (id, org_id, message_id, filename, mime_type, size, content, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.id, a.org_id, a.message_id, a.filename, a.mime_type, a.content.length, a.content, a.created_at);
  return attachmentById(db, a.id)!;
}

export function attachmentExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM cm_attachments WHERE id = ?').get(id) !== undefined;
}

export function attachmentById(db: Db, id: string): AttachmentRow | undefined {
  return db.prepare<[string], AttachmentRow>('SELECT * FROM cm_attachments WHERE id = ?').get(id);
}

/** The organisation's attachment, or undefined (another organisation's reads as absent). */
export function orgAttachment(db: Db, orgId: string, id: string): AttachmentRow | undefined {
  return db
    .prepare<[string, string], AttachmentRow>('SELECT * FROM cm_attachments WHERE id = ? AND org_id = ?')
    .get(id, orgId);
}
