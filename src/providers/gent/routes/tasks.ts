/** Tasks and the agenda (pending items first, then dated ones). */
import type { GentContext, GentHandler, GentHandlers } from '../auth.js';
import { newId } from '../domain/ids.js';
import { actingInbox, canSeeInbox, listInboxFilter } from '../domain/scoping.js';
import { errors } from '../errors.js';
import { getMessage } from '../store/messages.js';
import { getTask, insertTask, listTasks as listTaskRows, updateTaskRow } from '../store/records.js';
import type { TaskRow } from '../tables.js';
import { page, paging, taskJson } from '../wire.js';

const createTask: GentHandler<'createTask'> = (ctx, { body: b }) => {
  const p = ctx.caller;
  return ctx.store.tx(() => {
    const inbox = actingInbox(ctx, b.inbox_id, false);
    if (b.source_message_id) {
      const m = getMessage(ctx.store.db, p.tenant, b.source_message_id);
      if (!m || !canSeeInbox(p, m.inbox_id)) throw errors.notFound('Message');
    }
    const nowMs = ctx.now.getTime();
    const row = insertTask(ctx.store.db, {
      id: newId('tsk', nowMs, ctx.ids),
      org_id: p.tenant,
      inbox_id: inbox?.id ?? null,
      title: b.title,
      notes: b.notes ?? null,
      due_at_ms: b.due_at ? Date.parse(b.due_at) : null,
      source_type: b.source_message_id ? 'message' : null,
      source_id: b.source_message_id ?? null,
      created_at_ms: nowMs,
    });
    return { status: 201, body: taskJson(row) };
  });
};

/** The task list or the agenda (open tasks, undated first), one page of it. */
function taskPage(
  ctx: GentContext,
  query: { inbox_id?: string; position?: number; limit?: number },
  o: { status: string | null; agenda: boolean },
) {
  const { position, limit } = paging(query);
  const { rows, total } = listTaskRows(ctx.store.db, {
    orgId: ctx.caller.tenant,
    inboxId: listInboxFilter(ctx, query.inbox_id),
    ...o,
    limit,
    position,
  });
  return { status: 200, body: page(rows.map(taskJson), total, position, limit) };
}

const listTasks: GentHandler<'listTasks'> = (ctx, { query }) =>
  taskPage(ctx, query, { status: query.status ?? null, agenda: false });

const getAgenda: GentHandler<'getAgenda'> = (ctx, { query }) => taskPage(ctx, query, { status: null, agenda: true });

function visibleTask(ctx: GentContext, id: string): TaskRow {
  const p = ctx.caller;
  const row = getTask(ctx.store.db, p.tenant, id);
  if (!row || (p.kind === 'agent' && row.inbox_id !== p.inboxId)) throw errors.notFound('Task');
  return row;
}

const updateTask: GentHandler<'updateTask'> = (ctx, { params, body: b }) => {
  return ctx.store.tx(() => {
    const row = visibleTask(ctx, params.task_id);
    const status = b.status ?? row.status;
    updateTaskRow(ctx.store.db, {
      id: row.id,
      title: b.title ?? row.title,
      notes: b.notes !== undefined ? b.notes : row.notes,
      due_at_ms: b.due_at !== undefined ? (b.due_at === null ? null : Date.parse(b.due_at)) : row.due_at_ms,
      status,
      completed_at_ms: status === 'done' ? (row.completed_at_ms ?? ctx.now.getTime()) : null,
    });
    return { status: 200, body: taskJson(visibleTask(ctx, row.id)) };
  });
};

export const handlers = {
  createTask,
  listTasks,
  getAgenda,
  updateTask,
} satisfies Partial<GentHandlers>;
