/** cm_meta: Commune's key-value rows (the thread-routing secret), kept across restarts. */
import type { Db } from '../../../engine/store.js';

export function metaValue(db: Db, key: string): string | undefined {
  return db.prepare<[string], { value: string }>('SELECT value FROM cm_meta WHERE key = ?').get(key)?.value;
}

/** Inserts the value unless the key already has one. */
export function insertMetaValueOnce(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO cm_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING').run(key, value);
}
