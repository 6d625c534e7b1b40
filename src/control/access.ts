/**
 * Who may use the control plane. It can reset state, read sign-in codes and inject faults, so a
 * web page the user happens to visit must not reach it:
 *  - the Host header must name this emulator (a loopback name, the address it listens on, or one
 *    of `--allowed-hosts`), which stops DNS rebinding;
 *  - a browser request from another origin (its `Origin` header names another host) is refused,
 *    which stops cross-site requests;
 *  - with `--control-token`, every control request but the health check must carry the token
 *    (`Authorization: Bearer <token>` or `x-mailsim-token: <token>`); a request with the right
 *    token passes the Host and Origin checks, so remote tools (a container's published port) work.
 * msw mode has no network to guard: there the checks are off.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { MailsimError } from '../engine/errors.js';
import type { Principal } from '../engine/provider.js';

export interface ControlAccess {
  /** The token every control request must carry; null: none needed. */
  token: string | null;
  /** Whether Host and Origin are checked (off in msw mode). */
  checkHost: boolean;
  /** Host names, besides loopback ones and the listening address, the control plane answers to. */
  allowedHosts: readonly string[];
  /** The address the server listens on. */
  listenHost: string;
}

export const TOKEN_HEADER = 'x-mailsim-token';

const LOOPBACK = ['localhost', '127.0.0.1', '::1', '[::1]'];
const WILDCARD = ['0.0.0.0', '::', '[::]'];

/** The control plane's caller once admitted. */
const LOCAL: Principal = { tenant: 'control', credentialId: 'control' };

/** The host name a Host or Origin value names, lower case, without port or brackets' port. */
export function hostName(value: string): string {
  const v = value.trim().toLowerCase();
  if (v.startsWith('[')) return v.slice(0, v.indexOf(']') + 1);
  const colon = v.indexOf(':');
  return colon === -1 ? v : v.slice(0, colon);
}

function presentedToken(headers: IncomingHttpHeaders): string | null {
  const auth = headers.authorization;
  if (typeof auth === 'string' && /^bearer /i.test(auth)) return auth.slice(7).trim();
  const own = headers[TOKEN_HEADER];
  return typeof own === 'string' ? own.trim() : null;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Admits a control request (a principal), refuses a foreign Host or Origin (403), or asks for the token
 * (null → 401).
 */
export function admit(access: ControlAccess, headers: IncomingHttpHeaders): Principal | null {
  if (access.token !== null) {
    const given = presentedToken(headers);
    return given !== null && sameSecret(given, access.token) ? LOCAL : null;
  }
  if (!access.checkHost) return LOCAL;
  const known = new Set([...LOOPBACK, ...access.allowedHosts.map((h) => h.toLowerCase())]);
  const listen = access.listenHost.toLowerCase();
  if (!WILDCARD.includes(listen)) known.add(listen.includes(':') && !listen.startsWith('[') ? `[${listen}]` : listen);
  const host = typeof headers.host === 'string' ? hostName(headers.host) : '';
  if (!known.has(host)) {
    throw new MailsimError(
      403,
      'FORBIDDEN',
      `the control plane does not answer to Host '${host}': ` +
        'use localhost, add it with --allowed-hosts, or set --control-token',
    );
  }
  const origin = headers.origin;
  // `Origin: null` (a file:// page, a sandboxed frame) is another origin too.
  if (typeof origin === 'string') {
    let originHost = '';
    try {
      originHost = hostName(new URL(origin).host);
    } catch {
      originHost = '';
    }
    if (!known.has(originHost)) {
      throw new MailsimError(
        403,
        'FORBIDDEN',
        `cross-origin requests from ${origin} may not use the control plane without --control-token`,
      );
    }
  }
  return LOCAL;
}
