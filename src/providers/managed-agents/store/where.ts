/**
 * The SQL shapes the store files share: a WHERE clause built from optional filters, a newest-first
 * page, and archiving. Table names come from this folder's code, never from a request.
 */
import type { Db } from '../../../engine/store.js';

/** A WHERE clause built from optional filters, with its bound values in order. */
export class Where {
  private readonly clauses: string[] = [];
  readonly args: unknown[] = [];

  constructor(clause: string, ...values: unknown[]) {
    this.add(clause, ...values);
  }

  add(clause: string, ...values: unknown[]): this {
    this.clauses.push(clause);
    this.args.push(...values);
    return this;
  }

  /** Adds the clause only when `value` is given. */
  optional(clause: string, value: unknown): this {
    return value === undefined || value === null ? this : this.add(clause, value);
  }

  toString(): string {
    return this.clauses.join(' AND ');
  }
}

/**
 * A page of `table`'s rows matching `where`, newest first, with `limit + 1` rows so the caller can
 * tell whether another page exists.
 */
export function newestFirst<R>(db: Db, table: string, where: Where, limit: number, columns = 'rowid, *'): R[] {
  return db
    .prepare<unknown[], R>(`SELECT ${columns} FROM ${table} WHERE ${where} ORDER BY rowid DESC LIMIT ?`)
    .all(...where.args, limit + 1);
}

/** Archives a row once: archiving again keeps the first time and leaves `updated_at` alone. */
export function archiveRow(db: Db, table: string, id: string, now: string): void {
  db.prepare(
    `UPDATE ${table}
      SET archived_at = COALESCE(archived_at, ?), updated_at = CASE WHEN archived_at IS NULL THEN ? ELSE updated_at END
      WHERE id = ?`,
  ).run(now, now, id);
}
