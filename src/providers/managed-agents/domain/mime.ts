import { own } from '../../../engine/own.js';

/** A MIME type for a filename, when the upload's part did not say (or said octet-stream). */
const BY_EXTENSION: Record<string, string> = {
  txt: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  ts: 'text/plain',
  py: 'text/x-python',
  json: 'application/json',
  xml: 'application/xml',
  yaml: 'application/yaml',
  yml: 'application/yaml',
  pdf: 'application/pdf',
  zip: 'application/zip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

const EXTENSION_OF = Object.fromEntries(
  Object.entries(BY_EXTENSION)
    .reverse()
    .map(([ext, type]) => [type, ext]),
);

export function mimeFor(filename: string, declared: string | undefined): string {
  const type = declared?.split(';')[0]?.trim().toLowerCase();
  if (type && type !== 'application/octet-stream') return declared!.trim();
  const ext = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase();
  return own(BY_EXTENSION, ext) || 'application/octet-stream';
}

/** `unnamed` plus the extension of `mimeType`, when one is known (the SDK's docs for a missing name). */
export function unnamed(mimeType: string): string {
  const ext = own(EXTENSION_OF, mimeType.split(';')[0]!.trim().toLowerCase());
  return ext ? `unnamed.${ext}` : 'unnamed';
}

/** The last path component of a part's filename. */
export function basename(filename: string): string {
  return filename.split(/[\\/]/).pop() ?? '';
}
