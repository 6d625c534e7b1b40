/**
 * as_meta: AgentSend's key-value rows (the global order sequence, the session-token secret, the
 * per-domain verification overrides), kept in the database so they survive restarts without a
 * schema change.
 */
import type { Db } from '../../../engine/store.js';

/** One page of a list: `LIMIT limit OFFSET offset`. */
export interface Page {
  limit: number;
  offset: number;
}

/**
 * A monotonically increasing number for ordering rows created within the same millisecond.
 * Kept in as_meta so it survives restarts.
 */
export function nextSeq(db: Db): number {
  const row = db
    .prepare<[], { value: string }>(
      `INSERT INTO as_meta (key, value) VALUES ('seq', '1') ON CONFLICT(key) DO UPDATE
      SET value = CAST(value AS INTEGER) + 1 RETURNING value`,
    )
    .get()!;
  return Number(row.value);
}

export function metaValue(db: Db, key: string): string | undefined {
  return db.prepare<[string], { value: string }>('SELECT value FROM as_meta WHERE key = ?').get(key)?.value;
}

/** Inserts the value; an existing one is left as it is. */
export function insertMetaValue(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO as_meta (key, value) VALUES (?, ?)').run(key, value);
}

export function setMetaValue(db: Db, key: string, value: string): void {
  db.prepare(
    'INSERT INTO as_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export function deleteMetaValue(db: Db, key: string): void {
  db.prepare('DELETE FROM as_meta WHERE key = ?').run(key);
}
