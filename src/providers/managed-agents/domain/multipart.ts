/**
 * Re-reads a multipart body keeping each part's full filename. The engine's parser drops the
 * directories of a part's filename, but a skill upload names its files by relative path
 * (`my-skill/SKILL.md`), so the skill routes parse the raw body again here.
 */
import busboy from 'busboy';
import { errors } from '../errors.js';

export interface Part {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}
export interface Form {
  fields: Record<string, string>;
  files: Part[];
}

export function parseForm(raw: Buffer, contentType: string): Promise<Form> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: { 'content-type': contentType }, preservePath: true, defParamCharset: 'utf8' });
    } catch {
      reject(errors.invalidRequest('malformed multipart body'));
      return;
    }
    const fields: Record<string, string> = {};
    const files: Part[] = [];
    bb.on('field', (name, value) => (fields[name] = value));
    bb.on('file', (field, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () =>
        files.push({
          field,
          filename: info.filename ?? '',
          contentType: info.mimeType || 'application/octet-stream',
          data: Buffer.concat(chunks),
        }),
      );
    });
    bb.on('error', () => reject(errors.invalidRequest('malformed multipart body')));
    bb.on('close', () => resolve({ fields, files }));
    bb.end(raw);
  });
}
