/**
 * Data-deletion requests (contracts/commune.md, "Data deletion"): a pending request with a preview and
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
import {
  activeDeletionRequests,
  deletionRequestById,
  insertDeletionRequest,
  markDeletionCompleted,
  markDeletionExpired,
  markDeletionFailed,
} from '../store/deletion-requests.js';
import { execute, preview, zeroCounts, type DeletionCounts, type Target } from '../store/deletion-scope.js';
import type { DeletionRequestRow } from '../tables.js';

export const CONFIRM_WINDOW_MS = 3600_000;

const pastConfirmBy = (row: DeletionRequestRow, nowMs: number): boolean => Date.parse(row.confirm_by) < nowMs;

/** Settles a pending request whose hour ran out, so it reads (and counts) as expired. */
function settleExpiry(db: Db, row: DeletionRequestRow, nowMs: number): DeletionRequestRow {
  if (row.status !== 'pending' || !pastConfirmBy(row, nowMs)) return row;
  markDeletionExpired(db, row.id);
  return { ...row, status: 'expired' };
}

/** The organisation's request, or null for an unknown id or another organisation's. */
export function requestOf(
  ctx: HandlerContext,
  orgId: string,
  id: string,
  o: { settle: boolean } = { settle: true },
): DeletionRequestRow | null {
  const db = ctx.store.db;
  const row = deletionRequestById(db, id);
  if (!row || row.org_id !== orgId) return null;
  return o.settle ? ctx.store.tx(() => settleExpiry(db, row, ctx.now.getTime())) : row;
}

export function createRequest(
  ctx: HandlerContext,
  t: Target,
  requestedBy: string,
): { row: DeletionRequestRow; token: string } {
  const db = ctx.store.db;
  const nowMs = ctx.now.getTime();
  return ctx.store.tx(() => {
    const active = activeDeletionRequests(db, t.orgId);
    if (active.some((r) => settleExpiry(db, r, nowMs).status !== 'expired')) {
      throw errors.plain(
        409,
        'An active deletion request already exists for this organization. Wait for it to expire or complete.',
      );
    }
    const token = ctx.ids.hex(32);
    const id = `del_${ctx.ids.hex(10)}`;
    insertDeletionRequest(db, {
      id,
      org_id: t.orgId,
      scope: t.scope,
      inbox_id: t.inboxId,
      before: t.before,
      preview: JSON.stringify(preview(db, t)),
      token_hash: sha256Hex(token),
      confirm_by: new Date(nowMs + CONFIRM_WINDOW_MS).toISOString(),
      requested_at: ctx.now.toISOString(),
      requested_by: requestedBy,
    });
    return { row: deletionRequestById(db, id)!, token };
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
    ctx.store.tx(() => markDeletionExpired(db, row.id));
    throw errors.plain(410, 'Confirmation token has expired. Create a new deletion request.');
  }
  if (!tokenMatches(token, row.token_hash)) throw errors.plain(403, 'Invalid confirmation token');
  const now = ctx.now.toISOString();
  const target: Target = { orgId: row.org_id, scope: row.scope, inboxId: row.inbox_id, before: row.before };
  try {
    ctx.store.tx(() => {
      const deleted: DeletionCounts = { ...zeroCounts(), ...execute(db, target) };
      markDeletionCompleted(db, row.id, now, JSON.stringify(deleted));
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    ctx.store.tx(() => markDeletionFailed(db, row.id, now, message));
    throw errors.plain(400, `Deletion failed: ${message}`);
  }
  return deletionRequestById(db, row.id)!;
}
