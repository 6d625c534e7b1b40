/** cm_deletion_requests: data-deletion requests with their preview, token hash and outcome. */
import type { Db } from '../../../engine/store.js';
import type { DeletionRequestRow } from '../tables.js';

export function deletionRequestById(db: Db, id: string): DeletionRequestRow | undefined {
  return db.prepare<[string], DeletionRequestRow>('SELECT * FROM cm_deletion_requests WHERE id = ?').get(id);
}

/** The organisation's requests that are pending, confirmed or executing. */
export function activeDeletionRequests(db: Db, orgId: string): DeletionRequestRow[] {
  return db
    .prepare<[string], DeletionRequestRow>(
      "SELECT * FROM cm_deletion_requests WHERE org_id = ? AND status IN ('pending', 'confirmed', 'executing')",
    )
    .all(orgId);
}

export type NewDeletionRequest = Omit<
  DeletionRequestRow,
  'status' | 'deleted_counts' | 'confirmed_at' | 'completed_at' | 'error'
>;

export function insertDeletionRequest(db: Db, r: NewDeletionRequest): void {
  db.prepare(`INSERT INTO cm_deletion_requests (id, org_id, scope, inbox_id, before, status, preview, token_hash,
    confirm_by, requested_at, requested_by) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)`).run(
    r.id,
    r.org_id,
    r.scope,
    r.inbox_id,
    r.before,
    r.preview,
    r.token_hash,
    r.confirm_by,
    r.requested_at,
    r.requested_by,
  );
}

export function markDeletionExpired(db: Db, id: string): void {
  db.prepare("UPDATE cm_deletion_requests SET status = 'expired' WHERE id = ?").run(id);
}

export function markDeletionCompleted(db: Db, id: string, nowIso: string, deletedCounts: string): void {
  db.prepare(
    `UPDATE cm_deletion_requests SET status = 'completed', confirmed_at = ?, completed_at = ?, deleted_counts = ?
      WHERE id = ?`,
  ).run(nowIso, nowIso, deletedCounts, id);
}

export function markDeletionFailed(db: Db, id: string, nowIso: string, error: string): void {
  db.prepare(
    "UPDATE cm_deletion_requests SET status = 'failed', confirmed_at = ?, completed_at = ?, error = ? WHERE id = ?",
  ).run(nowIso, nowIso, error, id);
}
