/**
 * Reading request bodies: bounded, then parsed as JSON or multipart form data.
 */
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import type { UploadedFile } from './provider.js';

export class BodyTooLarge extends Error {}

const EMPTY_BODY = Buffer.alloc(0);

/** Reads at most `limit` bytes; past that the rest is drained and BodyTooLarge thrown. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  // A request that announces no body (no Content-Length, no Transfer-Encoding, as a GET sends) has
  // none: answer at once instead of waiting a turn of the event loop for its 'end'. Node drains
  // the empty stream itself when the response finishes.
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) return Promise.resolve(EMPTY_BODY);
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
    req.on('end', () => (over ? reject(new BodyTooLarge(`body exceeds ${limit} bytes`)) : resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks))));
    req.on('error', reject);
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
export function parseMultipart(raw: Buffer, contentType: string): Promise<MultipartBody> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      // Browsers and fetch send non-ASCII filenames as raw UTF-8 (busboy's default reads latin1).
      bb = busboy({ headers: { 'content-type': contentType }, defParamCharset: 'utf8', limits: { fieldSize: 1024 * 1024 } });
    } catch (e) {
      reject(e);
      return;
    }
    const fields: Record<string, string> = {};
    const files: UploadedFile[] = [];
    bb.on('field', (name, value) => (fields[name] = value));
    bb.on('file', (field, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => files.push({ field, filename: info.filename ?? 'file', contentType: info.mimeType || 'application/octet-stream', data: Buffer.concat(chunks) }));
    });
    bb.on('error', reject);
    bb.on('close', () => resolve({ fields, files }));
    bb.end(raw);
  });
}
