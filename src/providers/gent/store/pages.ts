/** One offset page of rows and the count of all that match: what every Gent list answers with. */
import type { Db } from '../../../engine/store.js';
import { limitOffset } from '../../../engine/store.js';

export interface Page<T> {
  rows: T[];
  total: number;
}

export interface PageQuery {
  /** `WHERE` clause with `?` placeholders, and their values. */
  where: string;
  args: unknown[];
  order: string;
  limit: number;
  position: number;
}

export function pageOf<T>(db: Db, table: string, q: PageQuery): Page<T> {
  const rows = db
    .prepare<unknown[], T>(
      `SELECT * FROM ${table} WHERE ${q.where} ORDER BY ${q.order} ${limitOffset(q.limit, q.position)}`,
    )
    .all(...q.args);
  const { total } = db
    .prepare<unknown[], { total: number }>(`SELECT COUNT(*) AS total FROM ${table} WHERE ${q.where}`)
    .get(...q.args)!;
  return { rows, total };
}

/** An organisation's rows, narrowed to one inbox's and the organisation-wide ones when an inbox is given. */
export function orgOrInbox(orgId: string, inboxId: string | null): { where: string; args: unknown[] } {
  return inboxId
    ? { where: 'org_id = ? AND (inbox_id = ? OR inbox_id IS NULL)', args: [orgId, inboxId] }
    : { where: 'org_id = ?', args: [orgId] };
}
