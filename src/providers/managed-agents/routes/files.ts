/** Files: multipart or JSON uploads, metadata, downloads (the downloadable flag, expiry on the engine clock). */
import type { HandlerInput } from '../../../engine/provider.js';
import { newId } from '../domain/ids.js';
import { basename, mimeFor, unnamed } from '../domain/mime.js';
import { pageRequest, positionNumber, toPage } from '../domain/paging.js';
import { queryList, queryString } from '../domain/query.js';
import type { ManagedAgentsHandlers } from '../auth.js';
import { errors } from '../errors.js';
import { settingsOf } from '../domain/settings.js';
import * as store from '../store/files.js';
import { fileJson, ok } from '../wire.js';

const MIN_EXPIRY_S = 3600;
const MAX_EXPIRY_S = 7_776_000;
const MAX_IDS = 100;
const DEFAULT_QUOTA_BYTES = 100 * 1024 ** 3;

interface Upload {
  filename: string;
  mimeType: string;
  data: Buffer;
  expiresIn?: number;
  scopeId: string | null;
  downloadable?: boolean;
}

function flag(v: unknown): boolean | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  throw errors.invalidRequest('downloadable: must be true or false');
}

function expiry(v: unknown): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isInteger(n) || n < MIN_EXPIRY_S || n > MAX_EXPIRY_S)
    throw errors.invalidRequest(`expires_in_seconds: must be an integer between ${MIN_EXPIRY_S} and ${MAX_EXPIRY_S}`);
  return n;
}

/**
 * The SDK's multipart form (`file`, `expires_in_seconds`; openma's `scope_id`/`session_id`,
 * `downloadable`) or openma's JSON.
 */
function readUpload(input: HandlerInput): Upload {
  const part = input.files.find((f) => f.field === 'file');
  const body = (input.body ?? {}) as Record<string, any>;
  if (part) {
    const name = basename(part.filename);
    const mimeType = mimeFor(name, part.contentType);
    return {
      filename: name || unnamed(mimeType),
      mimeType,
      data: part.data,
      expiresIn: expiry(body.expires_in_seconds),
      scopeId: body.scope_id || body.session_id || null,
      downloadable: flag(body.downloadable),
    };
  }
  if (typeof body.content !== 'string') throw errors.invalidRequest('file: Field required');
  const name = basename(String(body.filename));
  const mimeType = mimeFor(name, body.media_type);
  return {
    filename: name || unnamed(mimeType),
    mimeType,
    data: Buffer.from(body.content, body.encoding === 'base64' ? 'base64' : 'utf8'),
    expiresIn: expiry(body.expires_in_seconds),
    scopeId: body.scope_id ?? null,
    downloadable: flag(body.downloadable),
  };
}

function mustFile(db: Parameters<typeof store.getFile>[0], tenant: string, id: string) {
  const row = store.getFile(db, tenant, id);
  if (!row) throw errors.notFound('file', id);
  return row;
}

export const handlers = {
  uploadFile: (ctx, input) => {
    const db = ctx.store.db;
    const tenant = ctx.caller.tenant;
    const upload = readUpload(input);
    const settings = settingsOf(ctx);
    const id = newId(ctx.ids, 'file');
    ctx.store.tx(() => {
      const quota = settings.storageQuotaBytes ?? DEFAULT_QUOTA_BYTES;
      if (store.storedBytes(db, tenant) + upload.data.length > quota) {
        throw errors.invalidRequest(
          `storage quota of ${quota} bytes exceeded; delete files to free space`,
          'storage_quota_exceeded',
        );
      }
      store.insertFile(db, {
        id,
        tenantId: tenant,
        filename: upload.filename,
        mimeType: upload.mimeType,
        data: upload.data,
        downloadable: upload.downloadable ?? settings.uploadsDownloadable ?? true,
        scopeId: upload.scopeId,
        expiresAt:
          upload.expiresIn === undefined ? null : new Date(ctx.now.getTime() + upload.expiresIn * 1000).toISOString(),
        now: ctx.now.toISOString(),
      });
    });
    return ok(fileJson(mustFile(db, tenant, id)));
  },

  listFiles: (ctx, { query }) => {
    const ids = queryList(query, 'ids');
    if (ids && (query.page !== undefined || query.cursor !== undefined || query.limit !== undefined))
      throw errors.invalidRequest('ids: cannot be combined with page or limit');
    if (ids && new Set(ids).size > MAX_IDS) throw errors.invalidRequest(`ids: at most ${MAX_IDS} ids`);
    const page = pageRequest(query, { maxLimit: 1000 });
    const scopeId = queryString(query.scope_id);
    const limit = ids ? MAX_IDS : page.limit;
    const rows = store.listFiles(ctx.store.db, ctx.caller.tenant, {
      ...(scopeId ? { scopeId } : {}),
      ...(ids ? { ids: [...new Set(ids)] } : {}),
      limit,
      beforeRowid: positionNumber(page.after, 'r'),
    });
    return ok(toPage(rows, limit, (r) => ({ r: r.rowid }), fileJson));
  },

  retrieveFileMetadata: (ctx, { params }) => ok(fileJson(mustFile(ctx.store.db, ctx.caller.tenant, params.file_id))),

  downloadFile: (ctx, { params }) => {
    const row = mustFile(ctx.store.db, ctx.caller.tenant, params.file_id);
    if (row.expires_at && Date.parse(row.expires_at) <= ctx.now.getTime()) throw errors.fileExpired(row.id);
    if (!row.downloadable)
      throw errors.invalidRequest(`file ${JSON.stringify(row.id)} is not downloadable`, 'file_not_downloadable');
    return { status: 200, download: { data: store.fileBytes(ctx.store.db, row.id), contentType: row.mime_type } };
  },

  deleteFile: (ctx, { params }) => {
    const row = mustFile(ctx.store.db, ctx.caller.tenant, params.file_id);
    store.deleteFile(ctx.store.db, row.id);
    return ok({ id: row.id, type: 'file_deleted' });
  },
} satisfies Partial<ManagedAgentsHandlers>;
