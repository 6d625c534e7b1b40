/**
 * Signed download URLs that mailsim serves itself: the stand-in for the presigned storage URLs real
 * providers hand out. A URL carries its expiry (engine time) and an HMAC over the provider, the
 * resource id and that expiry, so it works without credentials for exactly as long as the real one.
 * Each provider keeps its own route and error bodies; the signing, the checks and the download
 * handler itself live here (`downloadHandler`).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EngineServices, Handler, HandlerResult, Principal } from './provider.js';

type Services = Pick<EngineServices, 'store' | 'ids' | 'clock' | 'baseUrl'>;

/** One secret per database, created on first use and kept across restarts. */
function secret(services: Services): string {
  const db = services.store.db;
  const read = () =>
    db.prepare("SELECT value FROM engine_meta WHERE key = 'download_url_secret'").get() as
      | { value: string }
      | undefined;
  if (!read())
    db.prepare(
      "INSERT INTO engine_meta (key, value) VALUES ('download_url_secret', ?) ON CONFLICT(key) DO NOTHING",
    ).run(services.ids.hex(32));
  return read()!.value;
}

const sign = (key: string, scope: string, id: string, expires: number): string =>
  createHmac('sha256', key).update(`${scope}\n${id}\n${expires}`).digest('hex');

/** `<baseUrl><path>/<id>/download?expires=…&signature=…`, valid until `expiresAtMs` of engine time. */
export function signedDownloadUrl(services: Services, path: string, id: string, expiresAtMs: number): string {
  const signature = sign(secret(services), path, id, expiresAtMs);
  const query = `expires=${expiresAtMs}&signature=${signature}`;
  return `${services.baseUrl()}${path}/${encodeURIComponent(id)}/download?${query}`;
}

export type DownloadCheck = 'ok' | 'bad_signature' | 'expired';

/** The query a signed URL carries. */
export interface DownloadQuery {
  expires?: unknown;
  signature?: unknown;
}

/** Checks a download request's `expires` and `signature` query values for resource `id` under `path`. */
export function checkDownload(services: Services, path: string, id: string, query: DownloadQuery): DownloadCheck {
  const expires = Number(query.expires);
  const given = Buffer.from(typeof query.signature === 'string' ? query.signature : '', 'utf8');
  const expected = Buffer.from(sign(secret(services), path, id, expires), 'utf8');
  if (!Number.isSafeInteger(expires) || given.length !== expected.length || !timingSafeEqual(given, expected))
    return 'bad_signature';
  return services.clock.nowMs() > expires ? 'expired' : 'ok';
}

/** `attachment` disposition with an ASCII fallback name and the exact UTF-8 name (RFC 6266). */
export function attachmentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** The bytes as a download answer. */
export function downloadResult(data: Buffer, contentType: string, filename: string): HandlerResult {
  return {
    status: 200,
    headers: { 'Content-Disposition': attachmentDisposition(filename), 'Cache-Control': 'private, no-store' },
    download: { data, contentType },
  };
}

/** A stored file as a download route serves it. */
export interface DownloadFile {
  data: Buffer;
  contentType: string;
  filename: string;
}

/** Why a download is refused: the provider answers each in its own error body. */
export type DownloadRefusal = 'bad_signature' | 'expired' | 'not_found';

/** One provider's signed download route: where its URLs point, its files, and its refusals. */
export interface DownloadRoute {
  /** The path the URLs point at (before `/<id>/download`), e.g. `/_mailsim/<provider>/attachments`. */
  readonly path: string;
  /** The file with this id, or undefined when there is none (any more). */
  load(services: Pick<EngineServices, 'store'>, id: string): DownloadFile | undefined;
  refuse(reason: DownloadRefusal, id: string): HandlerResult;
}

/** The operation a download route serves: `GET <path>/{id}/download?expires=…&signature=…`. */
export interface DownloadOperation {
  params: { id: string };
  query: DownloadQuery;
  body: unknown;
}

/** The handler of a provider's download route: checks the signature and expiry, then sends the bytes. */
export function downloadHandler(route: DownloadRoute): Handler<Principal, DownloadOperation> {
  return (services, { params, query }) => {
    const check = checkDownload(services, route.path, params.id, query);
    if (check !== 'ok') return route.refuse(check, params.id);
    const file = route.load(services, params.id);
    if (!file) return route.refuse('not_found', params.id);
    return downloadResult(file.data, file.contentType, file.filename);
  };
}
