/**
 * One HTTP attempt of a webhook delivery: POST the stored body with the stored headers, within the
 * policy's timeout, and describe what happened in words a person debugging a receiver can use.
 *
 * It uses Node's fetch on purpose: the real services' own workers do too,
 * so the request a receiver sees (default headers, redirect following) matches production.
 */

export interface AttemptResult {
  /** A 2xx response arrived. */
  ok: boolean;
  statusCode: number | null;
  /** Why the attempt failed: "HTTP 500 Internal Server Error", "ECONNREFUSED: connect …", "timeout …". */
  error: string | null;
  /** The first characters of the response body. */
  excerpt: string | null;
  /** Wall milliseconds the attempt took (a real network measurement, so not engine time). */
  latencyMs: number;
  /** Cut short because the dispatcher is shutting down: not an attempt, nothing to record. */
  aborted: boolean;
}

export const EXCERPT_CHARS = 500;

export async function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  shutdown: AbortSignal,
): Promise<AttemptResult> {
  const started = performance.now();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onShutdown = (): void => controller.abort();
  shutdown.addEventListener('abort', onShutdown);
  const done = (r: Omit<AttemptResult, 'latencyMs' | 'aborted'>): AttemptResult => ({
    ...r,
    latencyMs: Math.round(performance.now() - started),
    aborted: shutdown.aborted,
  });
  try {
    const res = await fetch(url, { method: 'POST', headers, body, signal: controller.signal });
    let excerpt: string | null = null;
    let bodyError: string | null = null;
    try {
      excerpt = await readExcerpt(res, EXCERPT_CHARS);
    } catch (e) {
      bodyError = timedOut
        ? `timeout: response body not complete within ${timeoutMs} ms`
        : `response body: ${describeError(e)}`;
    }
    const statusError = res.ok ? null : `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
    return done({ ok: res.ok, statusCode: res.status, error: statusError ?? bodyError, excerpt });
  } catch (e) {
    const error = timedOut ? `timeout: no response within ${timeoutMs} ms` : describeError(e);
    return done({ ok: false, statusCode: null, error, excerpt: null });
  } finally {
    clearTimeout(timer);
    shutdown.removeEventListener('abort', onShutdown);
  }
}

/** Reads the body until `limit` characters are in hand, then stops reading. */
async function readExcerpt(res: Response, limit: number): Promise<string | null> {
  if (!res.body) return null;
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (text.length >= limit) {
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  text += decoder.decode();
  return text.length === 0 ? null : text.slice(0, limit);
}

/**
 * fetch reports every network failure as "TypeError: fetch failed"; the useful part (the errno
 * code and the address) is in `cause`, sometimes an AggregateError when several addresses were tried.
 */
export function describeError(e: unknown): string {
  const cause = (e as { cause?: unknown })?.cause ?? e;
  const c = cause as { code?: string; message?: string; errors?: { code?: string; message?: string }[] };
  const parts = c.errors?.length ? c.errors : [c];
  const code = c.code ?? parts.find((p) => p.code)?.code;
  const message =
    parts
      .map((p) => p.message)
      .filter(Boolean)
      .join('; ') || String(cause);
  return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}
