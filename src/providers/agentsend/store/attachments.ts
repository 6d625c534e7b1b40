/** as_attachments: uploaded files and the parts of inbound mail, with their bytes. */
import type { Db } from '../../../engine/store.js';
import type { AttachmentRow } from '../tables.js';

export type AttachmentMeta = Omit<AttachmentRow, 'data'>;
export type AttachmentContent = Pick<AttachmentRow, 'filename' | 'content_type' | 'data'>;

const META_COLUMNS = 'id, account_id, key, filename, content_type, size, created_at';

export function insertAttachment(db: Db, row: AttachmentRow): void {
  db.prepare(
    `INSERT INTO as_attachments (id, account_id, key, filename, content_type, size, data, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.account_id, row.key, row.filename, row.content_type, row.size, row.data, row.created_at);
}

/** The account's attachment without its bytes, or undefined (another account's reads as absent). */
export function findOwnedAttachment(db: Db, id: string, tenant: string): AttachmentMeta | undefined {
  return db
    .prepare<[string, string], AttachmentMeta>(`SELECT ${META_COLUMNS} FROM as_attachments WHERE id = ?
      AND account_id = ?`)
    .get(id, tenant);
}

/** The bytes of one attachment, whoever owns it. */
export function attachmentContent(db: Db, id: string): AttachmentContent | undefined {
  return db
    .prepare<[string], AttachmentContent>('SELECT filename, content_type, data FROM as_attachments WHERE id = ?')
    .get(id);
}
