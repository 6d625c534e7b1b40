/**
 * Memory paths and listings (contracts/managed-agents.md §Memory), by the rules the SDK documents:
 * a path starts with `/`, has 1–20 segments, none empty, `.` or `..`, no control or format
 * characters or U+2028/U+2029, is NFC and at most 1024 bytes. Content is at most 102 400 bytes.
 */
import { errors } from '../errors.js';

export const MAX_CONTENT_BYTES = 102_400;
const MAX_PATH_BYTES = 1024;
const MAX_SEGMENTS = 20;
const FORBIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

export function checkPath(path: string, field = 'path'): string {
  const bad = (why: string): never => {
    throw errors.invalidRequest(`${field}: ${why}`);
  };
  if (!path.startsWith('/')) bad('must start with "/"');
  if (Buffer.byteLength(path, 'utf8') > MAX_PATH_BYTES) bad(`must be at most ${MAX_PATH_BYTES} bytes`);
  if (FORBIDDEN.test(path)) bad('must not contain control or format characters');
  if (path.normalize('NFC') !== path) bad('must be in Unicode Normalization Form C');
  const segments = path.slice(1).split('/');
  if (segments.length > MAX_SEGMENTS) bad(`must have at most ${MAX_SEGMENTS} segments`);
  if (segments.some((s) => s === '' || s === '.' || s === '..')) bad('segments must not be empty, "." or ".."');
  return path;
}

export function checkContent(content: string): string {
  if (Buffer.byteLength(content, 'utf8') > MAX_CONTENT_BYTES)
    throw errors.invalidRequest(`content: must be at most ${MAX_CONTENT_BYTES} bytes`);
  return content;
}

/** A list prefix: `/` (the whole store) or a path ending in `/` whose segments are valid. */
export function checkPrefix(prefix: string | undefined): string {
  if (prefix === undefined || prefix === '' || prefix === '/') return '/';
  if (!prefix.endsWith('/')) throw errors.invalidRequest('path_prefix: must end with "/"');
  checkPath(prefix.slice(0, -1), 'path_prefix');
  return prefix;
}

export type ListItem<M> = { kind: 'memory'; key: string; memory: M } | { kind: 'prefix'; key: string };

/**
 * The listing of `memories` (all under `prefix`, in path order) at `depth`: 0 lists every memory;
 * n lists memories at most n segments below the prefix and rolls deeper ones into one marker per
 * directory n segments down.
 */
export function listingItems<M extends { path: string }>(memories: M[], prefix: string, depth: number): ListItem<M>[] {
  const items: ListItem<M>[] = [];
  const markers = new Set<string>();
  for (const m of memories) {
    const segments = m.path.slice(prefix.length).split('/');
    if (depth === 0 || segments.length <= depth) items.push({ kind: 'memory', key: m.path, memory: m });
    else {
      const marker = `${prefix}${segments.slice(0, depth).join('/')}/`;
      if (!markers.has(marker)) {
        markers.add(marker);
        items.push({ kind: 'prefix', key: marker });
      }
    }
  }
  return items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
