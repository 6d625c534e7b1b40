/**
 * Data-deletion requests (shared/providers/commune.md §3.11): a pending request with a preview and
 * a confirmation token valid one hour; confirming it with the token runs the deletion at once.
 * One active request (pending, confirmed, executing) per organisation.
 *
 * Deviation: a request past its confirm_by reads as "expired" and no longer blocks a new one; on
 * Commune it stays "pending" (and blocks) until someone tries to confirm it.
 */
import { timingSafeEqual } from 'node:crypto';
import type { HandlerContext } from '../../../engine/provider.js';
import type { Db } from '../../../engine/store.js';
import { sha256Hex } from '../../../engine/ids.js';
import { errors } from '../errors.js';
import { execute, preview, zeroCounts, type DeletionCounts, type Target } from '../store/deletion-scope.js';
import type { DeletionRequestRow } from '../tables.js';

export const CONFIRM_WINDOW_MS = 3600_000;

const pastConfirmBy = (row: DeletionRequestRow, nowMs: number): boolean => Date.parse(row.confirm_by) < nowMs;

/** Settles a pending request whose hour ran out, so it reads (and counts) as expired. */
function settleExpiry(db: Db, row: DeletionRequestRow, nowMs: number): DeletionRequestRow {
  if (row.status !== 'pending' || !pastConfirmBy(row, nowMs)) return row;
  db.prepare("UPDATE cm_deletion_requests SET status = 'expired' WHERE id = ?").run(row.id);
  return { ...row, status: 'expired' };
}

/** The organisation's request, or null for an unknown id or another organisation's. */
export function requestOf(ctx: HandlerContext, orgId: string, id: string, o: { settle: boolean } = { settle: true }): DeletionRequestRow | null {
  const db = ctx.store.db;
  const row = db.prepare('SELECT * FROM cm_deletion_requests WHERE id = ?').get(id) as DeletionRequestRow | undefined;
  if (!row || row.org_id !== orgId) return null;
  return o.settle ? ctx.store.tx(() => settleExpiry(db, row, ctx.now.getTime())) : row;
}

export function createRequest(ctx: HandlerContext, t: Target, requestedBy: string): { row: DeletionRequestRow; token: string } {
  const db = ctx.store.db;
  const nowMs = ctx.now.getTime();
  return ctx.store.tx(() => {
    const active = db.prepare("SELECT * FROM cm_deletion_requests WHERE org_id = ? AND status IN ('pending', 'confirmed', 'executing')").all(t.orgId) as DeletionRequestRow[];
    if (active.some((r) => settleExpiry(db, r, nowMs).status !== 'expired')) {
      throw errors.plain(409, 'An active deletion request already exists for this organization. Wait for it to expire or complete.');
    }
    const token = ctx.ids.hex(32);
    const id = `del_${ctx.ids.hex(10)}`;
    db.prepare(`INSERT INTO cm_deletion_requests (id, org_id, scope, inbox_id, before, status, preview, token_hash, confirm_by, requested_at, requested_by)
      VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)`).run(
      id, t.orgId, t.scope, t.inboxId, t.before, JSON.stringify(preview(db, t)), sha256Hex(token),
      new Date(nowMs + CONFIRM_WINDOW_MS).toISOString(), ctx.now.toISOString(), requestedBy,
    );
    return { row: db.prepare('SELECT * FROM cm_deletion_requests WHERE id = ?').get(id) as DeletionRequestRow, token };
  });
}

function tokenMatches(token: string, hash: string): boolean {
  return timingSafeEqual(Buffer.from(sha256Hex(token), 'hex'), Buffer.from(hash, 'hex'));
}

/** Checks, then runs the deletion in one transaction; a failure leaves the request "failed". */
export function confirmRequest(ctx: HandlerContext, row: DeletionRequestRow, token: string): DeletionRequestRow {
  const db = ctx.store.db;
  if (row.status !== 'pending') throw errors.plain(400, `Deletion request is ${row.status}, cannot confirm`);
  if (pastConfirmBy(row, ctx.now.getTime())) {
    ctx.store.tx(() => db.prepare("UPDATE cm_deletion_requests SET status = 'expired' WHERE id = ?").run(row.id));
    throw errors.plain(410, 'Confirmation token has expired. Create a new deletion request.');
  }
  if (!tokenMatches(token, row.token_hash)) throw errors.plain(403, 'Invalid confirmation token');
  const now = ctx.now.toISOString();
  const target: Target = { orgId: row.org_id, scope: row.scope, inboxId: row.inbox_id, before: row.before };
  try {
    ctx.store.tx(() => {
      const deleted: DeletionCounts = { ...zeroCounts(), ...execute(db, target) };
      db.prepare("UPDATE cm_deletion_requests SET status = 'completed', confirmed_at = ?, completed_at = ?, deleted_counts = ? WHERE id = ?")
        .run(now, now, JSON.stringify(deleted), row.id);
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    ctx.store.tx(() => db.prepare("UPDATE cm_deletion_requests SET status = 'failed', confirmed_at = ?, completed_at = ?, error = ? WHERE id = ?")
      .run(now, now, message, row.id));
    throw errors.plain(400, `Deletion failed: ${message}`);
  }
  return db.prepare('SELECT * FROM cm_deletion_requests WHERE id = ?').get(row.id) as DeletionRequestRow;
}

/** The request as GET answers it: optional keys absent, not null. */
export function wireRequest(row: DeletionRequestRow) {
  return {
    id: row.id,
    scope: row.scope,
    ...(row.inbox_id !== null ? { inbox_id: row.inbox_id } : {}),
    ...(row.before !== null ? { before: row.before } : {}),
    status: row.status,
    preview: JSON.parse(row.preview) as DeletionCounts,
    ...(row.deleted_counts !== null ? { deleted_counts: JSON.parse(row.deleted_counts) as DeletionCounts } : {}),
    confirm_by: row.confirm_by,
    requested_at: row.requested_at,
    ...(row.confirmed_at !== null ? { confirmed_at: row.confirmed_at } : {}),
    ...(row.completed_at !== null ? { completed_at: row.completed_at } : {}),
    ...(row.error !== null ? { error: row.error } : {}),
  };
}
