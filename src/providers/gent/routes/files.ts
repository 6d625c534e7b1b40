/** Files: create, list, get, append spreadsheet rows (a version each), version history, signed links. */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../../engine/store.js';
import type { IdSource } from '../../../engine/ids.js';
import type { GentContext, GentHandler, GentHandlers } from '../auth.js';
import { newId } from '../domain/ids.js';
import { actingInbox, canSeeInbox, inboxScopedPage } from '../domain/scoping.js';
import { errors } from '../errors.js';
import { FILE_LINK_TTL_MS } from '../policies.js';
import {
  appendRows,
  fileById,
  fileRows,
  getFile as getFileRow,
  insertFile,
  insertVersion,
  listFileRows,
  listVersions,
} from '../store/files.js';
import { getMessage } from '../store/messages.js';
import { storedSecret } from '../store/meta.js';
import type { FileRow } from '../tables.js';
import { fileJson, fileVersionJson } from '../wire.js';

const createFile: GentHandler<'createFile'> = (ctx, { body: b }) => {
  const p = ctx.caller;
  if (b.content !== undefined && b.file_type !== 'document')
    throw errors.field('content', 'Only a document has text content; append rows to a spreadsheet.');
  return ctx.store.tx(() => {
    const scope = b.scope ?? (p.kind === 'agent' || b.inbox_id ? 'inbox' : 'tenant');
    const inbox = actingInbox(ctx, b.inbox_id, scope === 'inbox');
    const nowIso = ctx.now.toISOString();
    const row = insertFile(ctx.store.db, {
      id: newId('fil', ctx.now.getTime(), ctx.ids),
      org_id: p.tenant,
      inbox_id: scope === 'inbox' ? inbox!.id : null,
      name: b.name,
      file_type: b.file_type,
      scope,
      instructions: b.instructions ?? null,
      content: b.content ?? null,
      version: 1,
      row_count: 0,
      created_at: nowIso,
      updated_at: nowIso,
    });
    insertVersion(ctx.store.db, {
      file_id: row.id,
      org_id: p.tenant,
      version: 1,
      change: 'created',
      rows_added: 0,
      source_message_id: null,
      created_at: nowIso,
    });
    return { status: 201, body: fileJson(row) };
  });
};

const listFiles: GentHandler<'listFiles'> = (ctx, { query }) => ({
  status: 200,
  body: inboxScopedPage(ctx, query, listFileRows, fileJson),
});

/** A file the caller may see: an agent sees its inbox's and the organisation-wide ones. */
function visibleFile(ctx: GentContext, id: string): FileRow {
  const p = ctx.caller;
  const row = getFileRow(ctx.store.db, p.tenant, id);
  if (!row || (p.kind === 'agent' && row.inbox_id !== null && row.inbox_id !== p.inboxId))
    throw errors.notFound('File');
  return row;
}

const getFile: GentHandler<'getFile'> = (ctx, { params }) => ({
  status: 200,
  body: fileJson(visibleFile(ctx, params.file_id)),
});

const appendFileRows: GentHandler<'appendFileRows'> = (ctx, { params, body: b }) => {
  const p = ctx.caller;
  return ctx.store.tx(() => {
    const file = visibleFile(ctx, params.file_id);
    if (file.file_type !== 'spreadsheet')
      throw errors.badRequest('not_a_spreadsheet', 'Rows can only be appended to a spreadsheet.');
    if (b.source_message_id) {
      const m = getMessage(ctx.store.db, p.tenant, b.source_message_id);
      if (!m || !canSeeInbox(p, m.inbox_id)) throw errors.notFound('Message');
    }
    const out = appendRows(ctx.store.db, file, b.rows, {
      sourceMessageId: b.source_message_id ?? null,
      nowIso: ctx.now.toISOString(),
    });
    return {
      status: 201,
      body: { file_id: file.id, version: out.version, rows_added: b.rows.length, row_count: out.rowCount },
    };
  });
};

const listFileVersions: GentHandler<'listFileVersions'> = (ctx, { params }) => ({
  status: 200,
  body: listVersions(ctx.store.db, visibleFile(ctx, params.file_id).id).map(fileVersionJson),
});

const linkSecret = (db: Db, ids: IdSource): string => storedSecret(db, ids, 'file_link_secret');

const signLink = (secret: string, fileId: string, expires: number): string =>
  createHmac('sha256', secret).update(`${fileId}.${expires}`).digest('hex');

const createFileLink: GentHandler<'createFileLink'> = (ctx, { params }) =>
  ctx.store.tx(() => {
    const file = visibleFile(ctx, params.file_id);
    const expires = Math.floor((ctx.now.getTime() + FILE_LINK_TTL_MS) / 1000);
    const signature = signLink(linkSecret(ctx.store.db, ctx.ids), file.id, expires);
    const query = `expires=${expires}&signature=${signature}`;
    const url = `${ctx.baseUrl()}/v1/files/${encodeURIComponent(file.id)}/download/?${query}`;
    return { status: 201, body: { url, expires_at: new Date(expires * 1000).toISOString() } };
  });

function csv(rows: Record<string, unknown>[]): string {
  const columns: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  const cell = (v: unknown): string => {
    const text = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map(cell).join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

const downloadFile: GentHandler<'downloadFile'> = (ctx, { params, query }) => {
  const file = fileById(ctx.store.db, params.file_id);
  if (!file) throw errors.notFound('File');
  const expires = Number(query.expires);
  const given = Buffer.from(String(query.signature), 'utf8');
  const expected = Buffer.from(
    signLink(
      ctx.store.tx(() => linkSecret(ctx.store.db, ctx.ids)),
      file.id,
      expires,
    ),
    'utf8',
  );
  if (given.length !== expected.length || !timingSafeEqual(given, expected) || expires * 1000 <= ctx.now.getTime()) {
    throw errors.forbidden('invalid_signature', 'This link is not valid or has expired.');
  }
  const spreadsheet = file.file_type === 'spreadsheet';
  const safeName = file.name.replace(/[^\w.-]+/g, '_');
  const data = Buffer.from(spreadsheet ? csv(fileRows(ctx.store.db, file.id)) : (file.content ?? ''), 'utf8');
  return {
    status: 200,
    headers: {
      'content-disposition': `attachment; filename="${safeName}${spreadsheet ? '.csv' : '.txt'}"`,
    },
    download: { data, contentType: spreadsheet ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8' },
  };
};

export const handlers = {
  createFile,
  listFiles,
  getFile,
  appendFileRows,
  listFileVersions,
  createFileLink,
  downloadFile,
} satisfies Partial<GentHandlers>;
