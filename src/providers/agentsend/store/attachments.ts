/**
 * Attachment rows: storing file bytes (uploads and inbound parts), resolving the ids a send names,
 * and reading the bytes back for delivery.
 */
import type { Db } from '../../../engine/store.js';
import type { IdSource } from '../../../engine/ids.js';
import { errors } from '../errors.js';
import { MAX_SEND_ATTACHMENTS_BYTES } from '../policies.js';
import type { AttachmentRow } from '../tables.js';
import type { MessageAttachmentRef } from './messages.js';

export type AttachmentMeta = Omit<AttachmentRow, 'data'>;

const META_COLUMNS = 'id, account_id, key, filename, content_type, size, created_at';

export function storeAttachment(db: Db, ids: IdSource, o: { accountId: string; keyPrefix: string; filename: string; contentType: string; data: Buffer; nowIso: string }): AttachmentMeta {
  const id = ids.uuid();
  // The random segment keeps two uploads of one filename apart, as the real storage keys do.
  const key = `${o.keyPrefix}/${ids.token(16)}/${o.filename}`;
  db.prepare('INSERT INTO as_attachments (id, account_id, key, filename, content_type, size, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(id, o.accountId, key, o.filename, o.contentType, o.data.length, o.data, o.nowIso);
  return { id, account_id: o.accountId, key, filename: o.filename, content_type: o.contentType, size: o.data.length, created_at: o.nowIso };
}

export function findOwnedAttachment(db: Db, id: string, tenant: string): AttachmentMeta | undefined {
  return db.prepare(`SELECT ${META_COLUMNS} FROM as_attachments WHERE id = ? AND account_id = ?`).get(id, tenant) as AttachmentMeta | undefined;
}

export const refOf = (a: AttachmentMeta): MessageAttachmentRef => ({ id: a.id, key: a.key, filename: a.filename, contentType: a.content_type, size: a.size });

/**
 * The attachments a send names, in the order given (duplicates once): every id must be an upload
 * of this account (404 naming the missing ones) and together they may not exceed 25 MB.
 */
export function resolveSendAttachments(db: Db, tenant: string, attachmentIds: readonly string[]): MessageAttachmentRef[] {
  const unique = [...new Set(attachmentIds)];
  const found = unique.map((id) => findOwnedAttachment(db, id, tenant));
  const missing = unique.filter((_, i) => !found[i]);
  if (missing.length) throw errors.attachmentsNotFound(missing);
  const rows = found as AttachmentMeta[];
  if (rows.reduce((sum, a) => sum + a.size, 0) > MAX_SEND_ATTACHMENTS_BYTES) throw errors.attachmentsTooLarge();
  return rows.map(refOf);
}

/** The bytes of a message's attachments, for composing the outgoing mail. */
export function attachmentContents(db: Db, refs: readonly MessageAttachmentRef[]): { filename: string; contentType: string; content: Buffer }[] {
  const read = db.prepare('SELECT filename, content_type, data FROM as_attachments WHERE id = ?');
  return refs.flatMap((ref) => {
    const row = read.get(ref.id) as Pick<AttachmentRow, 'filename' | 'content_type' | 'data'> | undefined;
    return row ? [{ filename: row.filename, contentType: row.content_type, content: row.data }] : [];
  });
}
