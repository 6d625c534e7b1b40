/**
 * Held actions (contracts/gent.md §Approvals). A send by a token whose `requires_approval` lists
 * `email:send` is checked, then stored as a pending action (with an agenda task for the inbox and an
 * `approval.requested` event) instead of being sent. Approving runs the stored request through the
 * same send steps, inside the transaction that flips the action from pending to approved, so it runs
 * exactly once however many approvals race or retry. Actions expire 24 h after they were queued, on
 * the engine clock: reads treat them as expired at once, and a job records it and tells listeners.
 */
import type { EngineServices } from '../../../engine/provider.js';
import type { GentPrincipal } from '../auth.js';
import { errors } from '../errors.js';
import { APPROVAL_TTL_MS } from '../policies.js';
import { approvalById, expireApproval, insertApproval, resolveApproval } from '../store/approvals.js';
import { inboxById } from '../store/inboxes.js';
import { completeTasksFor, insertTask } from '../store/records.js';
import type { ApprovalRow, InboxRow } from '../tables.js';
import { emitEvent } from './events.js';
import { newId } from './ids.js';
import { prepareSend, sendSummary, storeSend, type PreparedSend, type SendRequest } from './sending.js';

export const EXPIRY_QUEUE = 'gent.approval-expiry';

/** Holds a checked send for approval; call inside a transaction. Returns the approval id. */
export function holdSend(
  services: EngineServices,
  p: GentPrincipal,
  inbox: InboxRow,
  request: SendRequest,
  prepared: PreparedSend,
): string {
  const db = services.store.db;
  const nowMs = services.clock.nowMs();
  const summary = sendSummary(prepared);
  const row = insertApproval(db, {
    id: newId('apr', nowMs, services.ids),
    org_id: inbox.org_id,
    inbox_id: inbox.id,
    token_id: p.tokenId,
    token_label: p.tokenLabel,
    action_type: 'email:send',
    summary,
    request_json: JSON.stringify(request),
    queued_at_ms: nowMs,
    expires_at_ms: nowMs + APPROVAL_TTL_MS,
  });
  insertTask(db, {
    id: newId('tsk', nowMs, services.ids),
    org_id: inbox.org_id,
    inbox_id: inbox.id,
    title: `Approval needed: ${summary}`.slice(0, 500),
    notes: null,
    due_at_ms: null,
    source_type: 'approval',
    source_id: row.id,
    created_at_ms: nowMs,
  });
  emitEvent(services, {
    orgId: inbox.org_id,
    inboxId: inbox.id,
    type: 'approval.requested',
    payload: approvalPayload(row),
  });
  services.jobs.enqueue({
    provider: 'gent',
    tenant: inbox.org_id,
    queue: EXPIRY_QUEUE,
    payload: { approvalId: row.id },
    runAtMs: row.expires_at_ms,
  });
  return row.id;
}

function approvalPayload(a: ApprovalRow, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    approval_id: a.id,
    inbox_id: a.inbox_id,
    action_type: a.action_type,
    token_label: a.token_label,
    summary: a.summary,
    ...extra,
  };
}

/** 400 unless the action can still be decided at `nowMs`. */
function assertOpen(a: ApprovalRow, nowMs: number): void {
  if (a.status === 'expired' || (a.status === 'pending' && nowMs >= a.expires_at_ms)) {
    throw errors.badRequest('approval_expired', 'This action expired 24 hours after it was queued.');
  }
  if (a.status !== 'pending')
    throw errors.badRequest('approval_already_processed', `This action was already ${a.status}.`);
}

/** Approves or rejects; approving runs the held send. Call inside a transaction. */
export function decide(services: EngineServices, a: ApprovalRow, outcome: 'approved' | 'rejected'): void {
  const db = services.store.db;
  const nowMs = services.clock.nowMs();
  assertOpen(a, nowMs);
  let result: { message_id: string; thread_id: string } | null = null;
  if (outcome === 'approved') {
    const inbox = inboxById(db, a.inbox_id);
    if (!inbox) throw errors.notFound('Inbox');
    const request = JSON.parse(a.request_json) as SendRequest;
    result = storeSend(services, inbox, prepareSend(db, a.org_id, inbox, request));
  }
  if (!resolveApproval(db, { id: a.id, status: outcome, nowMs, result })) assertOpen(approvalById(db, a.id)!, nowMs);
  completeTasksFor(db, 'approval', a.id, nowMs);
  emitEvent(services, {
    orgId: a.org_id,
    inboxId: a.inbox_id,
    type: outcome === 'approved' ? 'approval.approved' : 'approval.rejected',
    payload: approvalPayload(a, result ?? {}),
  });
}

function expire(services: EngineServices, approvalId: string): void {
  services.store.tx(() => {
    const db = services.store.db;
    const nowMs = services.clock.nowMs();
    const a = approvalById(db, approvalId);
    if (!a || !expireApproval(db, a.id, nowMs)) return;
    completeTasksFor(db, 'approval', a.id, nowMs);
    emitEvent(services, {
      orgId: a.org_id,
      inboxId: a.inbox_id,
      type: 'approval.expired',
      payload: approvalPayload(a),
    });
  });
}

export function startApprovals(services: EngineServices): void {
  services.jobs.register(EXPIRY_QUEUE, {
    concurrency: 4,
    handler: (payload: { approvalId: string }) => {
      expire(services, payload.approvalId);
      return { done: true };
    },
  });
}
