/**
 * Idempotency-Key handling, driven by a provider policy given as data.
 *
 * The default semantics are Stripe's: the first response to a key is stored (errors too, once the
 * handler has started) with a fingerprint of method, path, body and credential; a retry with the
 * same request replays it with a replay header and no new side effect; a different request under
 * the same key is an error; a duplicate while the first is still running is a conflict. Requests
 * that never reached the handler (auth, rate limit, validation failures) store nothing, so they are
 * safe to retry. Keys are scoped to the caller's account, live in SQLite and expire on the engine
 * clock.
 */
import { createHash } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { Exchange } from './exchange.js';
import type { Answer } from './answers.js';
import { fail, statusCode } from './outcomes.js';
import type { Store } from './store.js';

export interface IdempotencyPolicy {
  /** Request header carrying the key (lower case). */
  header: string;
  /** Operation ids covered, or 'all-posts'. */
  operations: 'all-posts' | readonly string[];
  windowMs: number;
  /** Response header added on a replay, with value "true". */
  replayHeader: string;
  /** Whether a different request under the same key is rejected (Stripe's semantics) or simply replayed. */
  compareRequest: boolean;
  maxKeyLength: number;
  /** Only responses with these statuses are stored (e.g. only an accepted 202); default: all. */
  storeStatuses?: readonly number[];
  /**
   * Look the key up only after the request passed validation (an API whose key middleware runs after
   * its validator: a replay of an invalid body is rejected); default: before, as Stripe, so a retry
   * replays whatever came first.
   */
  afterValidation?: boolean;
  /**
   * Secrets an answer shows once (an API key, a signing secret, a session token), by operationId:
   * JSON pointers into the body. They are not kept at rest: the stored answer has them replaced, so
   * a replay says the secret was shown already instead of showing it again.
   */
  secrets?: Readonly<Record<string, readonly string[]>>;
}

export const REDACTED = '[redacted: shown once, not stored]';

/** The body with the values at `pointers` replaced by REDACTED (a body that is not JSON is kept as is). */
export function redact(body: string, pointers: readonly string[]): string {
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    return body;
  }
  for (const pointer of pointers) {
    const parts = pointer
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node = doc as Record<string, unknown> | null;
    for (const part of parts.slice(0, -1))
      node = node && typeof node === 'object' ? (node[part] as Record<string, unknown>) : null;
    const last = parts[parts.length - 1];
    if (node && typeof node === 'object' && last !== undefined && Object.hasOwn(node, last)) node[last] = REDACTED;
  }
  return JSON.stringify(doc);
}

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The machine code of a stored error answer (for the journal of a replay); null on success. */
  errorCode: string | null;
}

export interface IdempotencyToken {
  provider: string;
  scope: string;
  key: string;
}

export type BeginResult =
  | { kind: 'new'; token: IdempotencyToken }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'in_flight' }
  | { kind: 'mismatch' };

interface KeyRow {
  state: string;
  fingerprint: string;
  status: number;
  headers: string;
  body: string;
  error_code: string | null;
  expires_at_ms: number;
}

/** Expired keys are swept after this many new keys, so the table stays bounded without a timer. */
const PURGE_EVERY = 500;

export class IdempotencyStore {
  private readonly select: Statement;
  private readonly remove: Statement;
  private readonly insert: Statement;
  private readonly update: Statement;
  private readonly purge: Statement;
  private sinceLastPurge = 0;

  constructor(private readonly store: Store) {
    const db = store.db;
    // A key left in flight by a process that died can never complete: let the retry run it.
    db.prepare("DELETE FROM idempotency_keys WHERE state = 'in_flight'").run();
    this.select = db.prepare(
      `SELECT state, fingerprint, status, headers, body, error_code, expires_at_ms FROM idempotency_keys
        WHERE provider = ? AND scope = ? AND key = ?`,
    );
    this.remove = db.prepare('DELETE FROM idempotency_keys WHERE provider = ? AND scope = ? AND key = ?');
    this.insert = db.prepare(
      `INSERT INTO idempotency_keys (provider, scope, key, fingerprint, state, created_at_ms, expires_at_ms)
        VALUES (?, ?, ?, ?, 'in_flight', ?, ?)`,
    );
    this.update = db.prepare(
      `UPDATE idempotency_keys SET state = 'done', status = ?, headers = ?, body = ?, error_code = ?
        WHERE provider = ? AND scope = ? AND key = ?`,
    );
    this.purge = db.prepare("DELETE FROM idempotency_keys WHERE expires_at_ms <= ? AND state = 'done'");
  }

  static applies(policy: IdempotencyPolicy, method: string, operationId: string): boolean {
    return policy.operations === 'all-posts' ? method === 'POST' : policy.operations.includes(operationId);
  }

  /** What "the same request" means: method, path with query, the credential used, and the raw body. */
  static fingerprint(method: string, path: string, rawBody: Buffer, credentialId: string): string {
    return createHash('sha256').update(`${method}\n${path}\n${credentialId}\n`).update(rawBody).digest('hex');
  }

  begin(
    provider: string,
    scope: string,
    key: string,
    fingerprint: string,
    policy: IdempotencyPolicy,
    nowMs: number,
  ): BeginResult {
    return this.store.tx(() => {
      const row = this.select.get(provider, scope, key) as KeyRow | undefined;
      if (row && row.expires_at_ms > nowMs) {
        if (row.state === 'in_flight') return { kind: 'in_flight' } as const;
        if (policy.compareRequest && row.fingerprint !== fingerprint) return { kind: 'mismatch' } as const;
        const headers = JSON.parse(row.headers) as Record<string, string>;
        return {
          kind: 'replay',
          response: { status: row.status, headers, body: row.body, errorCode: row.error_code },
        } as const;
      }
      if (row) this.remove.run(provider, scope, key);
      if (++this.sinceLastPurge >= PURGE_EVERY) {
        this.sinceLastPurge = 0;
        this.purge.run(nowMs);
      }
      this.insert.run(provider, scope, key, fingerprint, nowMs, nowMs + policy.windowMs);
      return { kind: 'new', token: { provider, scope, key } } as const;
    });
  }

  complete(token: IdempotencyToken, response: StoredResponse): void {
    this.update.run(
      response.status,
      JSON.stringify(response.headers),
      response.body,
      response.errorCode,
      token.provider,
      token.scope,
      token.key,
    );
  }

  /** Forgets a key whose request ended before producing a response worth replaying. */
  abandon(token: IdempotencyToken): void {
    this.remove.run(token.provider, token.scope, token.key);
  }

  purgeExpired(nowMs: number): void {
    this.purge.run(nowMs);
  }
}

/**
 * Pipeline stage: a request under an Idempotency-Key the API's policy covers. Refuses a malformed
 * key, a key still in flight and (when the policy compares requests) a key reused for another
 * request; returns the stored answer of a replay; otherwise claims the key for this request (the
 * answer is stored under it when the request ends).
 */
export function claimKey(
  x: Exchange,
  api: string,
  policy: IdempotencyPolicy,
  store: IdempotencyStore,
): StoredResponse | null {
  const key = x.headers[policy.header];
  if (typeof key !== 'string' || !IdempotencyStore.applies(policy, x.method, x.op!.id)) return null;
  if (key.length === 0 || key.length > policy.maxKeyLength) {
    throw fail({
      kind: 'invalid_request',
      details: { [policy.header]: [`must be 1-${policy.maxKeyLength} characters`] },
    });
  }
  x.idempotencyKey = key;
  // Keys belong to the account (Stripe); the credential is part of what makes a request "the same".
  const scope = x.principal ? `t:${x.principal.tenant}` : `ip:${x.clientIp}`;
  const fingerprint = IdempotencyStore.fingerprint(
    x.method,
    x.target,
    comparableBody(x),
    x.principal?.credentialId ?? '',
  );
  const begun = store.begin(api, scope, key, fingerprint, policy, x.now.getTime());
  if (begun.kind === 'in_flight') throw fail({ kind: 'idempotency_in_use', header: policy.header });
  if (begun.kind === 'mismatch') throw fail({ kind: 'idempotency_mismatch', header: policy.header });
  if (begun.kind === 'replay') {
    x.replayed = true;
    return { ...begun.response, headers: { ...begun.response.headers, [policy.replayHeader]: 'true' } };
  }
  x.idempotencyClaim = begun.token;
  return null;
}

/** The key a covered request carried, for the journal, even when it failed before the key was claimed. */
export function keyCarried(x: Exchange, policy: IdempotencyPolicy | undefined): string | null {
  if (x.idempotencyKey !== null) return x.idempotencyKey;
  const key = policy ? x.headers[policy.header] : undefined;
  return typeof key === 'string' && x.op && IdempotencyStore.applies(policy!, x.method, x.op.id) ? key : null;
}

/**
 * The body as compared between a request and its retry. A multipart body's boundary is chosen
 * afresh by most clients on every send, so it is left out: the same upload retried is the same
 * request.
 */
function comparableBody(x: Exchange): Buffer {
  const type = x.headers['content-type'];
  const boundary = typeof type === 'string' ? /boundary="?([^";]+)"?/i.exec(type)?.[1] : undefined;
  if (!boundary || !/^multipart\//i.test(type!)) return x.bodyBytes;
  return Buffer.from(x.bodyBytes.toString('latin1').split(boundary).join('\u0000boundary\u0000'), 'latin1');
}

/** A stored answer replayed for a repeated key, as the pipeline sends answers. */
export function replayed(replay: StoredResponse): Answer {
  const errorCode = replay.errorCode ?? (replay.status >= 400 ? statusCode(replay.status) : null);
  return { ...replay, body: Buffer.from(replay.body, 'utf8'), errorCode };
}

/** A session cookie is a credential: an answer kept under an Idempotency-Key does not keep it. */
export function withoutCookies(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'set-cookie'));
}
