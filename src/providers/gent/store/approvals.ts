/** SQL for held actions. "Pending" always means pending and not yet past its expiry. */
import type { Db } from '../../../engine/store.js';
import type { ApprovalRow } from '../tables.js';
import { nextSeq } from './meta.js';

export function insertApproval(
  db: Db,
  a: Omit<ApprovalRow, 'seq' | 'resolved_at_ms' | 'result_json' | 'status'>,
): ApprovalRow {
  db.prepare(`INSERT INTO gt_approvals (id, org_id, inbox_id, token_id, token_label, action_type, summary,
    request_json, status,
    queued_at_ms, expires_at_ms, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)`).run(
    a.id,
    a.org_id,
    a.inbox_id,
    a.token_id,
    a.token_label,
    a.action_type,
    a.summary,
    a.request_json,
    a.queued_at_ms,
    a.expires_at_ms,
    nextSeq(db),
  );
  return approvalById(db, a.id)!;
}

export function approvalById(db: Db, id: string): ApprovalRow | undefined {
  return db.prepare<unknown[], ApprovalRow>('SELECT * FROM gt_approvals WHERE id = ?').get(id);
}

export function listApprovalRows(
  db: Db,
  o: { orgId: string; inboxId: string | null; status: string | null; nowMs: number },
): ApprovalRow[] {
  const where = ['org_id = ?'];
  const args: unknown[] = [o.orgId];
  if (o.inboxId) {
    where.push('inbox_id = ?');
    args.push(o.inboxId);
  }
  if (o.status === 'pending') {
    where.push("status = 'pending' AND expires_at_ms > ?");
    args.push(o.nowMs);
  } else if (o.status === 'expired') {
    where.push("(status = 'expired' OR (status = 'pending' AND expires_at_ms <= ?))");
    args.push(o.nowMs);
  } else if (o.status) {
    where.push('status = ?');
    args.push(o.status);
  }
  return db
    .prepare<unknown[], ApprovalRow>(`SELECT * FROM gt_approvals WHERE ${where.join(' AND ')} ORDER BY seq DESC`)
    .all(...args);
}

/** Moves a pending, unexpired action to its outcome; false when it was not (so it runs at most once). */
export function resolveApproval(
  db: Db,
  o: { id: string; status: 'approved' | 'rejected'; nowMs: number; result: unknown },
): boolean {
  return (
    db
      .prepare(`UPDATE gt_approvals SET status = ?, resolved_at_ms = ?, result_json = ?
    WHERE id = ? AND status = 'pending' AND expires_at_ms > ?`)
      .run(o.status, o.nowMs, o.result === null ? null : JSON.stringify(o.result), o.id, o.nowMs).changes === 1
  );
}

/** Marks a pending action past its expiry as expired; false when it had already been decided. */
export function expireApproval(db: Db, id: string, nowMs: number): boolean {
  return (
    db
      .prepare(
        `UPDATE gt_approvals SET status = 'expired', resolved_at_ms = expires_at_ms WHERE id = ? AND status = 'pending'
          AND expires_at_ms <= ?`,
      )
      .run(id, nowMs).changes === 1
  );
}
