/**
 * Mail HTML as a document for a sandboxed frame. The frame gets no scripts and an opaque origin
 * (its `sandbox` attribute); the policy written here blocks every remote load — images, styles,
 * fonts, frames — until the user allows remote images for this message. A message's own policy or
 * <base> cannot undo this: the first ones in <head> are ours, and policies only ever add up.
 */
import { request } from '../api';
import type { Attachment } from '../wire';

const BLOCKED = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:";
const REMOTE_IMAGES = "default-src 'none'; img-src data: http: https:; style-src 'unsafe-inline'; font-src data:";

export function mailDocument(html: string, allowRemoteImages: boolean): string {
  const policy = allowRemoteImages ? REMOTE_IMAGES : BLOCKED;
  return (
    `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}">` +
    '<meta name="referrer" content="no-referrer"><base target="_blank">' +
    '<style>body{font-family:system-ui,sans-serif;margin:12px;color:#111;background:#fff}</style>' +
    `</head><body>${html}</body></html>`
  );
}

/** How many remote resources (images, backgrounds, style sheets) the HTML asks for (not scripts: they never run). */
export function remoteReferences(html: string): number {
  html = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const attributes = html.match(/\b(?:src|background)\s*=\s*["']?\s*(?:https?:)?\/\//gi) ?? [];
  const sheets = html.match(/<link\b[^>]*\bhref\s*=\s*["']?\s*(?:https?:)?\/\//gi) ?? [];
  const css = html.match(/url\(\s*["']?\s*(?:https?:)?\/\//gi) ?? [];
  return attributes.length + sheets.length + css.length;
}

const INLINE_LIMIT = 2 * 1024 * 1024;

/** The HTML with `cid:` references replaced by the inline parts they name, as data: URLs. */
export async function withInlineParts(html: string, attachments: Attachment[]): Promise<string> {
  if (!/cid:/i.test(html)) return html;
  let out = html;
  for (const a of attachments) {
    const cid = a.contentId?.replace(/^<|>$/g, '');
    if (!cid || (a.size ?? 0) > INLINE_LIMIT || !a.contentType?.startsWith('image/')) continue;
    const blob = await (await request('GET', a.url)).blob();
    const dataUrl = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(blob);
    });
    const escaped = cid.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`cid:${escaped}`, 'gi'), dataUrl);
  }
  return out;
}
