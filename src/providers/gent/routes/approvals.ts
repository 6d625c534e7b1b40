/** Held actions: list (keyed approval_id), get (keyed action_id), approve (runs the send once), reject. */
import type { GentContext, GentHandler, GentHandlers } from '../auth.js';
import { decide } from '../domain/approvals.js';
import { canSeeInbox, listInboxFilter } from '../domain/scoping.js';
import { errors } from '../errors.js';
import { approvalById, listApprovalRows } from '../store/approvals.js';
import { findOrgInbox } from '../store/inboxes.js';
import type { ApprovalRow } from '../tables.js';
import { approvalDetailJson, approvalJson } from '../wire.js';

/** The action, if the caller may see it; a named `inbox_id` must be the action's inbox too. */
function visibleApproval(ctx: GentContext, id: string, inboxNamed: unknown): ApprovalRow {
  const p = ctx.caller;
  const row = approvalById(ctx.store.db, id);
  if (!row || row.org_id !== p.tenant || !canSeeInbox(p, row.inbox_id)) throw errors.notFound('Approval');
  if (typeof inboxNamed === 'string' && inboxNamed !== '') {
    const inbox = findOrgInbox(ctx.store.db, p.tenant, inboxNamed);
    if (!inbox || inbox.id !== row.inbox_id) throw errors.notFound('Approval');
  }
  return row;
}

const listApprovals: GentHandler<'listApprovals'> = (ctx, { query }) => {
  const p = ctx.caller;
  const rows = listApprovalRows(ctx.store.db, {
    orgId: p.tenant,
    inboxId: listInboxFilter(ctx, query.inbox_id),
    status: typeof query.status === 'string' ? query.status : null,
    nowMs: ctx.now.getTime(),
  });
  return { status: 200, body: rows.map((a) => approvalJson(a, ctx.now.getTime())) };
};

const getApproval: GentHandler<'getApproval'> = (ctx, { params, query }) => ({
  status: 200,
  body: approvalDetailJson(visibleApproval(ctx, params.approval_id, query.inbox_id), ctx.now.getTime()),
});

const decision =
  (outcome: 'approved' | 'rejected'): GentHandler<'approveAction' | 'rejectAction'> =>
  (ctx, { params, body }) =>
    ctx.store.tx(() => {
      const row = visibleApproval(ctx, params.approval_id, body?.inbox_id);
      decide(ctx, row, outcome);
      return { status: 204 };
    });

export const handlers = {
  listApprovals,
  getApproval,
  approveAction: decision('approved'),
  rejectAction: decision('rejected'),
} satisfies Partial<GentHandlers>;
