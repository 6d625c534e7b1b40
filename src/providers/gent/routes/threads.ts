/** Threads: detail, notes (startup plan and above) and assignment to another inbox. */
import type { GentContext, GentHandler, GentHandlers, GentPrincipal } from '../auth.js';
import { emitEvent } from '../domain/events.js';
import { newId } from '../domain/ids.js';
import { canSeeInbox } from '../domain/scoping.js';
import { errors } from '../errors.js';
import { NOTE_TTL_MS, planAtLeast } from '../policies.js';
import { findOrgInbox } from '../store/inboxes.js';
import {
  assignThreadTo,
  deleteNote,
  getNote,
  getThread as getThreadRow,
  insertNote,
  listNotes,
  threadMessages,
} from '../store/messages.js';
import { insertTask } from '../store/records.js';
import type { ThreadRow } from '../tables.js';
import { noteJson, threadJson } from '../wire.js';

/** A thread of the organisation the caller may see (an agent: its inbox's, or one assigned to it). */
function visibleThread(ctx: GentContext, id: string): ThreadRow {
  const p = ctx.caller;
  const row = getThreadRow(ctx.store.db, p.tenant, id);
  if (!row || !(canSeeInbox(p, row.inbox_id) || (p.inboxId !== null && row.assigned_inbox_id === p.inboxId)))
    throw errors.notFound('Thread');
  return row;
}

function requireStartup(p: GentPrincipal): void {
  if (!planAtLeast(p.plan, 'startup')) throw errors.planRequired('startup');
}

const threadBody = (ctx: GentContext, t: ThreadRow) => threadJson(t, threadMessages(ctx.store.db, t.id));

const getThread: GentHandler<'getThread'> = (ctx, { params }) => ({
  status: 200,
  body: threadBody(ctx, visibleThread(ctx, params.thread_id)),
});

const listThreadNotes: GentHandler<'listThreadNotes'> = (ctx, { params }) => {
  requireStartup(ctx.caller);
  const thread = visibleThread(ctx, params.thread_id);
  return { status: 200, body: listNotes(ctx.store.db, thread.id, ctx.now.getTime() - NOTE_TTL_MS).map(noteJson) };
};

const createThreadNote: GentHandler<'createThreadNote'> = (ctx, { params, body: b }) => {
  const p = ctx.caller;
  requireStartup(p);
  return ctx.store.tx(() => {
    const db = ctx.store.db;
    const thread = visibleThread(ctx, params.thread_id);
    let author = p.kind === 'agent' ? p.inboxId! : thread.inbox_id;
    if (p.kind === 'session' && b.inbox_id) {
      const named = findOrgInbox(db, p.tenant, b.inbox_id);
      if (!named) throw errors.notFound('Inbox');
      author = named.id;
    }
    const mentions = [...new Set((b.mentions ?? []).map((m) => m.toLowerCase()))];
    const mentioned = mentions.map((address) => ({ address, inbox: findOrgInbox(db, p.tenant, address) }));
    const unknown = mentioned
      .filter((m) => !m.inbox)
      .map((m) => `No inbox of this organisation has the address ${m.address}.`);
    if (unknown.length) throw errors.invalid({ mentions: unknown });
    const nowMs = ctx.now.getTime();
    const note = insertNote(db, {
      id: newId('note', nowMs, ctx.ids),
      org_id: p.tenant,
      thread_id: thread.id,
      author_inbox_id: author,
      body: b.body,
      mentions: JSON.stringify(mentions),
      created_at_ms: nowMs,
    });
    for (const m of mentioned) {
      if (m.inbox!.id === author) continue;
      insertTask(db, {
        id: newId('tsk', nowMs, ctx.ids),
        org_id: p.tenant,
        inbox_id: m.inbox!.id,
        title: `Mentioned on "${thread.subject}": ${b.body}`.slice(0, 500),
        notes: null,
        due_at_ms: null,
        source_type: 'note',
        source_id: note.id,
        created_at_ms: nowMs,
      });
    }
    return { status: 201, body: noteJson(note) };
  });
};

const deleteThreadNote: GentHandler<'deleteThreadNote'> = (ctx, { params }) => {
  const p = ctx.caller;
  requireStartup(p);
  return ctx.store.tx(() => {
    const thread = visibleThread(ctx, params.thread_id);
    const note = getNote(ctx.store.db, thread.id, params.note_id);
    if (!note) throw errors.notFound('Note');
    if (p.kind === 'agent' && note.author_inbox_id !== p.inboxId)
      throw errors.forbidden('not_note_author', "Only the note's author may delete it.");
    deleteNote(ctx.store.db, note.id);
    return { status: 204 };
  });
};

const assignThread: GentHandler<'assignThread'> = (ctx, { params, body }) => {
  const p = ctx.caller;
  requireStartup(p);
  return ctx.store.tx(() => {
    const db = ctx.store.db;
    const thread = visibleThread(ctx, params.thread_id);
    const to = findOrgInbox(db, p.tenant, body.to_inbox_id);
    if (!to) throw errors.notFound('Inbox');
    assignThreadTo(db, thread.id, to.id);
    const nowMs = ctx.now.getTime();
    insertTask(db, {
      id: newId('tsk', nowMs, ctx.ids),
      org_id: p.tenant,
      inbox_id: to.id,
      title: `Assigned: ${thread.subject}`.slice(0, 500),
      notes: null,
      due_at_ms: null,
      source_type: 'thread',
      source_id: thread.id,
      created_at_ms: nowMs,
    });
    const payload = {
      thread_id: thread.id,
      subject: thread.subject,
      from_inbox_id: thread.inbox_id,
      to_inbox_id: to.id,
    };
    for (const inboxId of new Set([thread.inbox_id, to.id]))
      emitEvent(ctx, { orgId: p.tenant, inboxId, type: 'thread.assigned', payload });
    return { status: 200, body: threadBody(ctx, getThreadRow(db, p.tenant, thread.id)!) };
  });
};

export const handlers = {
  getThread,
  listThreadNotes,
  createThreadNote,
  deleteThreadNote,
  assignThread,
} satisfies Partial<GentHandlers>;
