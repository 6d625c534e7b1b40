/** SQL for gt_meta: the row-order counter and the emulator's own secrets (made once per database). */
import type { Db } from '../../../engine/store.js';
import type { IdSource } from '../../../engine/ids.js';

/** A number that only grows, so rows made in the same millisecond keep their order. */
export function nextSeq(db: Db): number {
  const row = db
    .prepare<unknown[], { value: string }>(`INSERT INTO gt_meta (key, value) VALUES ('seq', '1')
    ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value`)
    .get()!;
  return Number(row.value);
}

/** The secret stored under `key` (session signing, file links), made on first use. */
export function storedSecret(db: Db, ids: IdSource, key: 'jwt_secret' | 'file_link_secret'): string {
  const row = db.prepare<unknown[], { value: string }>('SELECT value FROM gt_meta WHERE key = ?').get(key);
  if (row) return row.value;
  const value = ids.hex(32);
  db.prepare('INSERT INTO gt_meta (key, value) VALUES (?, ?)').run(key, value);
  return value;
}
