/**
 * Download URLs for attachments: mailsim's stand-in for the presigned storage URL the real server
 * hands out. The URL carries its expiry (engine time) and an HMAC over id and expiry, so it works
 * without credentials for exactly as long as a presigned one would.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ControlRoute, EngineServices } from '../../engine/provider.js';
import type { AttachmentRow } from './tables.js';

export const DOWNLOAD_URL_TTL_MS = 3600 * 1000;
const DOWNLOAD_PATH = '/_mailsim/agentsend/attachments';

function urlSecret(services: EngineServices): string {
  const db = services.store.db;
  const row = db.prepare("SELECT value FROM as_meta WHERE key = 'attachment_url_secret'").get() as { value: string } | undefined;
  if (row) return row.value;
  const secret = services.ids.hex(32);
  db.prepare("INSERT INTO as_meta (key, value) VALUES ('attachment_url_secret', ?) ON CONFLICT(key) DO NOTHING").run(secret);
  return (db.prepare("SELECT value FROM as_meta WHERE key = 'attachment_url_secret'").get() as { value: string }).value;
}

const sign = (secret: string, id: string, expires: number): string => createHmac('sha256', secret).update(`${id}.${expires}`).digest('hex');

/** An absolute URL on this emulator that downloads the attachment until `nowMs` + 3600 s. */
export function signedDownloadUrl(services: EngineServices, id: string, nowMs: number): string {
  const expires = nowMs + DOWNLOAD_URL_TTL_MS;
  return `${services.baseUrl()}${DOWNLOAD_PATH}/${encodeURIComponent(id)}/download?expires=${expires}&signature=${sign(urlSecret(services), id, expires)}`;
}

/** `attachment` disposition with an ASCII fallback name and the exact UTF-8 name (RFC 6266). */
function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

const forbidden = (message: string) => ({ status: 403, body: { error: { code: 'FORBIDDEN', message } } });

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
        return forbidden('The download URL signature does not match');
      }
      if (services.clock.nowMs() > expires) return forbidden('The download URL has expired');
      const row = services.store.db.prepare('SELECT filename, content_type, data FROM as_attachments WHERE id = ?').get(id) as Pick<AttachmentRow, 'filename' | 'content_type' | 'data'> | undefined;
      if (!row) return { status: 404, body: { error: { code: 'NOT_FOUND', message: `Attachment '${id}' not found` } } };
      return {
        status: 200,
        headers: { 'Content-Disposition': contentDisposition(row.filename), 'Cache-Control': 'private, no-store' },
        raw: { data: row.data, contentType: row.content_type },
      };
    },
  };
}
