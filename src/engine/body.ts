/**
 * Request bodies: read bounded, then parsed as JSON, multipart form data, or a declared opaque
 * payload (XML, gzip) handed to the handler as bytes.
 */
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import type { Operation } from './contract.js';
import type { Exchange } from './exchange.js';
import { fail } from './outcomes.js';
import type { UploadedFile } from './provider.js';
import { setOwn } from './own.js';

export class BodyTooLarge extends Error {}

const EMPTY_BODY = Buffer.alloc(0);

/** Reads at most `limit` bytes; past that the rest is drained and BodyTooLarge thrown. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  // A request that announces no body (no Content-Length, no Transfer-Encoding, as a GET sends) has
  // none: answer at once instead of waiting a turn of the event loop for its 'end'. Node drains
  // the empty stream itself when the response finishes.
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined)
    return Promise.resolve(EMPTY_BODY);
  if (req.headers['content-length'] === '0') return Promise.resolve(EMPTY_BODY);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (!over) chunks.push(chunk);
    });
    let ended = false;
    req.on('end', () => {
      ended = true;
      if (over) reject(new BodyTooLarge(`body exceeds ${limit} bytes`));
      else resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    });
    req.on('error', reject);
    // A client that disconnects mid-body never sends 'end': settle, so nothing waits forever.
    req.on('close', () => {
      if (!ended) reject(new Error('client closed the connection before the body ended'));
    });
  });
}

export function isJsonType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const t = contentType.split(';')[0]!.trim().toLowerCase();
  return t === 'application/json' || t.endsWith('+json');
}

export function isMultipart(contentType: string | undefined): boolean {
  return !!contentType && contentType.toLowerCase().startsWith('multipart/form-data');
}

export interface MultipartBody {
  fields: Record<string, string>;
  files: UploadedFile[];
}

/** Parses a buffered multipart body. */
export function parseMultipart(raw: Buffer, contentType: string, keepPaths = false): Promise<MultipartBody> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      // Browsers and fetch send non-ASCII filenames as raw UTF-8 (busboy's default reads latin1).
      bb = busboy({
        headers: { 'content-type': contentType },
        defParamCharset: 'utf8',
        preservePath: keepPaths,
        limits: { fieldSize: 1024 * 1024 },
      });
    } catch (e) {
      reject(e);
      return;
    }
    const fields: Record<string, string> = {};
    const files: UploadedFile[] = [];
    // A field named `__proto__` is kept as a field like any other, not taken as the object's prototype.
    bb.on('field', (name, value) => setOwn(fields, name, value));
    bb.on('file', (field, stream, info) => {
      const chunks: Buffer[] = [];
      // A truncated upload errors the file stream as well as the parser; unhandled, it would
      // take the whole process down.
      stream.on('error', reject);
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () =>
        files.push({
          field,
          filename: info.filename ?? 'file',
          contentType: info.mimeType || 'application/octet-stream',
          data: Buffer.concat(chunks),
        }),
      );
    });
    bb.on('error', reject);
    bb.on('close', () => resolve({ fields, files }));
    bb.end(raw);
  });
}

const DISPLAY_FOR_FILE = '<binary>';

/** Whether the content type is one of the operation's declared non-JSON, non-multipart body types. */
export function declaresOpaqueType(op: Operation, contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return op.bodyContentTypes.some(
    (t) => t.toLowerCase() === type && !t.includes('json') && !t.startsWith('multipart/'),
  );
}

/**
 * Pipeline stage: parses `x.bodyBytes` as the operation expects. Multipart fields and file names
 * land in `x.body` (files in `x.files`); a declared opaque type stays bytes. Refuses an unreadable
 * body and a media type the operation does not take.
 */
export function parseRequestBody(x: Exchange, op: Operation, keepUploadPaths = false): Promise<void> | undefined {
  const contentType = x.headers['content-type'];
  x.multipart = isMultipart(contentType);
  const takes = op.bodyContentTypes;
  // Only a multipart body is parsed asynchronously (busboy); everything else answers at once.
  if (x.bodyBytes.length > 0 && x.multipart) return parseMultipartInto(x, contentType!, keepUploadPaths);
  if (x.bodyBytes.length > 0) {
    if (isJsonType(contentType) || contentType === undefined) {
      try {
        x.body = JSON.parse(x.bodyBytes.toString('utf8'));
      } catch (e) {
        throw fail({ kind: 'malformed_body', format: 'json', syntax: (e as Error).message });
      }
    } else if (declaresOpaqueType(op, contentType)) {
      x.opaqueBody = true;
    } else if (takes.length > 0 && !takes.some((t) => t.startsWith('multipart/'))) {
      throw fail({ kind: 'unsupported_media_type', expected: takes });
    }
  }
  if (takes.length === 1 && takes[0]!.startsWith('multipart/') && !x.multipart) {
    throw fail({ kind: 'unsupported_media_type', expected: takes });
  }
  return undefined;
}

async function parseMultipartInto(x: Exchange, contentType: string, keepUploadPaths: boolean): Promise<void> {
  try {
    const parsed = await parseMultipart(x.bodyBytes, contentType, keepUploadPaths);
    x.files = parsed.files;
    x.body = { ...parsed.fields, ...Object.fromEntries(parsed.files.map((f) => [f.field, DISPLAY_FOR_FILE])) };
  } catch (e) {
    throw fail({ kind: 'malformed_body', format: 'multipart', syntax: (e as Error).message });
  }
}
