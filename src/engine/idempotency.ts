/**
 * Idempotency-Key handling, driven by a provider policy given as data.
 *
 * The default semantics are Stripe's: the first response to a key is stored (errors too) with a
 * fingerprint of method, path, body and credential; a retry with the same request replays it with
 * a replay header and no new side effect; a different request under the same key is an error; a
 * duplicate while the first is still running is a conflict. Keys live in SQLite and expire on the
 * engine clock.
 */
import { createHash } from 'node:crypto';
import type { Store } from './store.js';

export interface IdempotencyPolicy {
  /** Request header carrying the key (lower case). */
  header: string;
  /** Operation ids covered, or 'all-posts'. */
  operations: 'all-posts' | readonly string[];
  windowMs: number;
  /** Response header added on a replay, with value "true". */
  replayHeader: string;
  /** Whether a different body under the same key is rejected (Stripe) or simply replayed (Commune). */
  compareRequest: boolean;
  maxKeyLength: number;
}

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type BeginResult =
  | { kind: 'new'; token: { provider: string; scope: string; key: string } }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'in_flight' }
  | { kind: 'mismatch' };

export class IdempotencyStore {
  constructor(private readonly store: Store) {
    // A key left in flight by a process that died can never complete: let the retry run it.
    store.db.prepare("DELETE FROM idempotency_keys WHERE state = 'in_flight'").run();
  }

  static applies(policy: IdempotencyPolicy, method: string, operationId: string): boolean {
    return policy.operations === 'all-posts' ? method === 'POST' : policy.operations.includes(operationId);
  }

  static fingerprint(method: string, path: string, rawBody: Buffer, credentialId: string): string {
    return createHash('sha256').update(`${method}\n${path}\n${credentialId}\n`).update(rawBody).digest('hex');
  }

  begin(provider: string, scope: string, key: string, fingerprint: string, policy: IdempotencyPolicy, nowMs: number): BeginResult {
    return this.store.tx(() => {
      const db = this.store.db;
      const row = db
        .prepare('SELECT * FROM idempotency_keys WHERE provider = ? AND scope = ? AND key = ?')
        .get(provider, scope, key) as { state: string; fingerprint: string; status: number; headers: string; body: string; expires_at_ms: number } | undefined;
      if (row && row.expires_at_ms > nowMs) {
        if (row.state === 'in_flight') return { kind: 'in_flight' } as const;
        if (policy.compareRequest && row.fingerprint !== fingerprint) return { kind: 'mismatch' } as const;
        return { kind: 'replay', response: { status: row.status, headers: JSON.parse(row.headers), body: row.body } } as const;
      }
      if (row) db.prepare('DELETE FROM idempotency_keys WHERE provider = ? AND scope = ? AND key = ?').run(provider, scope, key);
      db.prepare(
        "INSERT INTO idempotency_keys (provider, scope, key, fingerprint, state, created_at_ms, expires_at_ms) VALUES (?, ?, ?, ?, 'in_flight', ?, ?)",
      ).run(provider, scope, key, fingerprint, nowMs, nowMs + policy.windowMs);
      return { kind: 'new', token: { provider, scope, key } } as const;
    });
  }

  complete(token: { provider: string; scope: string; key: string }, response: StoredResponse): void {
    this.store.db
      .prepare("UPDATE idempotency_keys SET state = 'done', status = ?, headers = ?, body = ? WHERE provider = ? AND scope = ? AND key = ?")
      .run(response.status, JSON.stringify(response.headers), response.body, token.provider, token.scope, token.key);
  }

  /** Forgets a key whose request ended before producing a response worth replaying. */
  abandon(token: { provider: string; scope: string; key: string }): void {
    this.store.db.prepare('DELETE FROM idempotency_keys WHERE provider = ? AND scope = ? AND key = ?').run(token.provider, token.scope, token.key);
  }

  purgeExpired(nowMs: number): void {
    this.store.db.prepare("DELETE FROM idempotency_keys WHERE expires_at_ms <= ? AND state = 'done'").run(nowMs);
  }
}
