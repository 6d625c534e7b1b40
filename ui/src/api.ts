/**
 * The control-plane client: every request the UI makes goes through here, to the same
 * `/_mailsim/*` operations a script would call. With `--control-token`, the token comes once in
 * the address (`#token=…`, as the start-up banner prints it), is kept for this tab in
 * sessionStorage and sent as `x-mailsim-token`.
 */
const TOKEN_KEY = 'mailsim-control-token';
const TOKEN_HEADER = 'x-mailsim-token';

/** Takes a token from the address (fragment or query) into this tab's storage, and out of the address. */
export function adoptTokenFromUrl(): void {
  const url = new URL(location.href);
  const fromHash = /(?:^#|&)token=([^&]*)/.exec(url.hash)?.[1];
  const fromQuery = url.searchParams.get('token');
  const token = fromHash !== undefined ? decodeURIComponent(fromHash) : fromQuery;
  if (token === null || token === undefined) return;
  sessionStorage.setItem(TOKEN_KEY, token);
  url.searchParams.delete('token');
  url.hash = fromHash !== undefined ? '' : url.hash;
  history.replaceState(null, '', url.pathname + url.search + url.hash);
}

export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export function authHeaders(): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { [TOKEN_HEADER]: token } : {};
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Told when the control plane asks for the token (401), so the page can ask the user; a 401 that
 * comes before anyone listens is kept for the first listener.
 */
let onUnauthorized: (() => void) | null = null;
let refused = false;

export function whenUnauthorized(fn: () => void): void {
  onUnauthorized = fn;
  if (refused) fn();
}

export function reportUnauthorized(): void {
  refused = true;
  onUnauthorized?.();
}

export async function request(method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { ...authHeaders() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  if (res.ok) return res;
  if (res.status === 401) reportUnauthorized();
  let message = `${res.status} ${res.statusText}`;
  try {
    const envelope = (await res.json()) as { error?: { message?: string } };
    if (envelope.error?.message) message = envelope.error.message;
  } catch {
    // not JSON: keep the status line
  }
  throw new ApiError(res.status, message);
}

export async function api<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await request(method, path, body);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** GETs started before the first render (see `prefetch`), each handed to the first `get` of its path. */
const early = new Map<string, Promise<unknown>>();

/** Starts a GET now, so its answer is on the way while the page renders its first frame. */
export function prefetch(path: string): void {
  const pending = api('GET', path);
  pending.catch(() => undefined); // a failure is reported to whoever reads it
  early.set(path, pending);
}

export function get<T = any>(path: string): Promise<T> {
  const pending = early.get(path);
  early.delete(path);
  return (pending as Promise<T> | undefined) ?? api<T>('GET', path);
}

/** `?a=1&b=x` from the values given (empty and false ones left out). */
export function query(values: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values))
    if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Saves a control-plane file (an attachment, the raw message) through a request that carries the token. */
export async function download(path: string, filename: string): Promise<void> {
  const blob = await (await request('GET', path)).blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
