/**
 * Gent's identifiers: a prefix plus a ULID (contracts/gent.md §IDs), made from the engine clock and
 * the engine's id source so seeded runs are reproducible; and the raw agent token format.
 */
import type { IdSource } from '../../../engine/ids.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export type IdPrefix =
  | 'org'
  | 'usr'
  | 'ses'
  | 'dom'
  | 'inb'
  | 'tok'
  | 'thr'
  | 'msg'
  | 'blb'
  | 'note'
  | 'apr'
  | 'ctc'
  | 'fil'
  | 'tsk'
  | 'evt'
  | 'wfr'
  | 'wrt'
  | 'ntf';

/** A ULID: 10 characters of millisecond time, then 16 random ones, Crockford base32. */
export function ulid(nowMs: number, ids: IdSource): string {
  let time = '';
  let t = Math.max(0, Math.floor(nowMs));
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32]! + time;
    t = Math.floor(t / 32);
  }
  return time + ids.token(16, CROCKFORD);
}

export function newId(prefix: IdPrefix, nowMs: number, ids: IdSource): string {
  return `${prefix}_${ulid(nowMs, ids)}`;
}

/** A request id for `X-Request-Id`: `req_` and 26 Crockford base32 characters (random, not time-ordered). */
export function newRequestId(ids: IdSource): string {
  return `req_${ids.token(26, CROCKFORD)}`;
}

/** `gent_` and 44 letters and digits, as Gent's SKILL.md shows the GENT_API_KEY. */
export function newAgentToken(ids: IdSource): string {
  return `gent_${ids.token(44, ALPHANUMERIC)}`;
}

/** A signing secret for webhooks (alerts, inbox webhooks, workflow rules). */
export function newSigningSecret(ids: IdSource): string {
  return `gwhsec_${ids.hex(24)}`;
}
