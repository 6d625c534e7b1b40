/**
 * Attachment download URLs: mailsim's stand-in for the presigned S3 GET URL the real server hands
 * out, valid 3600 s (signing and checks in engine/downloads.ts).
 */
import { checkDownload, downloadResult, signedDownloadUrl as sign } from '../../../engine/downloads.js';
import type { EngineServices, Handler } from '../../../engine/provider.js';
import type { AttachmentRow } from '../tables.js';

export const DOWNLOAD_URL_TTL_MS = 3600 * 1000;
const DOWNLOAD_PATH = '/_mailsim/agentsend/attachments';

/** An absolute URL on this emulator that downloads the attachment until `nowMs` + 3600 s. */
export function signedDownloadUrl(services: EngineServices, id: string, nowMs: number): string {
  return sign(services, DOWNLOAD_PATH, id, nowMs + DOWNLOAD_URL_TTL_MS);
}

const forbidden = (message: string) => ({ status: 403, body: { error: { code: 'FORBIDDEN', message } } });

/** `GET /_mailsim/agentsend/attachments/:id/download?expires=…&signature=…`. */
export const downloadAgentSendAttachment: Handler = (services, { params, query }) => {
  const id = params.id as string;
  const check = checkDownload(services, DOWNLOAD_PATH, id, query);
  if (check === 'bad_signature') return forbidden('The download URL signature does not match');
  if (check === 'expired') return forbidden('The download URL has expired');
  const row = services.store.db.prepare('SELECT filename, content_type, data FROM as_attachments WHERE id = ?').get(id) as Pick<AttachmentRow, 'filename' | 'content_type' | 'data'> | undefined;
  if (!row) return { status: 404, body: { error: { code: 'NOT_FOUND', message: `Attachment '${id}' not found` } } };
  return downloadResult(row.data, row.content_type, row.filename);
};
