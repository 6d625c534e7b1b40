/**
 * The web UI's files: `GET /_mailsim/ui` (the page) and `GET /_mailsim/ui/:asset` (its script,
 * style sheet and icon), as built by `npm run build` into dist/ui and shipped in the package.
 * The files hold no data, so they are public; the page reads everything through the control
 * plane with the token when one is set. Names carry a content hash, so they are cached for good;
 * the page itself is always revalidated.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Handler, HandlerResult } from '../engine/provider.js';
import { UI_DIR } from '../paths.js';
import { controlErrors } from './errors.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The page's own policy: scripts and styles from here only, no plugins, never framed. Mail HTML is
 * shown in a sandboxed frame (no scripts) that narrows this further; images may come from anywhere
 * only because that frame's own policy decides (remote images are off until the user allows them).
 */
export const UI_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  'img-src * data: blob:',
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const HASHED = /-[A-Za-z0-9_-]{8,}\.[a-z]+$/;

function file(name: string): HandlerResult {
  const path = join(UI_DIR, name);
  let data: Buffer;
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
    data = readFileSync(path);
  } catch {
    const built = statSync(UI_DIR, { throwIfNoEntry: false }) !== undefined;
    throw controlErrors.notFound(built ? `the UI has no file ${name}` : 'the UI is not built: run `npm run build`');
  }
  const headers: Record<string, string> = {
    'cache-control': HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  if (name === 'index.html') {
    headers['content-security-policy'] = UI_POLICY;
    headers['x-frame-options'] = 'DENY';
  }
  return { status: 200, headers, download: { data, contentType: TYPES[extname(name)] ?? 'application/octet-stream' } };
}

export function uiHandlers(): Record<string, Handler> {
  return {
    getUi: () => file('index.html'),
    // The contract allows one path segment of plain characters, so no name leaves UI_DIR.
    getUiAsset: (_ctx, { params }) => file(params.asset as string),
  };
}
