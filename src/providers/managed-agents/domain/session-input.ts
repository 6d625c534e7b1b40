/**
 * What a client sends to a session (`events.send`, a create's `initial_events`): each event is
 * stored as sent, with an id and `processed_at`, and acted on by the runtime — a message queues a
 * turn, an interrupt ends the one in progress, a confirmation or custom tool result answers the
 * call the turn waits for. Call inside `changeSession`.
 */
import { errors } from '../errors.js';
import { interrupt } from './runtime.js';
import { interruptThread } from './runtime-threads.js';
import { primaryThreadId } from './threads.js';
import type { SessionWriter } from './session-writer.js';

export type EventParam = { type: string } & Record<string, unknown>;

/** The text of a message's blocks (text blocks joined by newlines; other blocks are not read). */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .filter((b): b is { type: 'text'; text: string } => b?.type === 'text' && typeof b.text === 'string')
    .map((b) => b.text)
    .join('\n');
}

function answerable(w: SessionWriter, kind: 'confirmation' | 'custom_tool_result', id: string, field: string) {
  const turn = w.state.turn;
  if (!turn?.waiting || turn.waiting.kind !== kind || turn.waiting.eventId !== id || turn.answer) {
    const what = kind === 'confirmation' ? 'tool use' : 'custom tool use';
    throw errors.invalidRequest(`${field}: no ${what} ${JSON.stringify(id)} is waiting for an answer`);
  }
  return turn;
}

/**
 * The child thread an interrupt names, or null for the whole session (no `session_thread_id`, or
 * the primary thread's). A thread the session does not have is a 400.
 */
function interruptTarget(w: SessionWriter, threadId: unknown): string | null {
  if (threadId === undefined || threadId === null || threadId === primaryThreadId(w.session.id)) return null;
  const id = String(threadId);
  if (!w.threadRow(id)) {
    throw errors.invalidRequest(`session_thread_id: the session has no thread ${JSON.stringify(id)}`);
  }
  return id;
}

/** Stores and applies `events` in order; returns them as stored. */
export function applyUserEvents(w: SessionWriter, events: EventParam[]): Record<string, unknown>[] {
  if (w.status === 'terminated') {
    throw errors.conflict(`session ${JSON.stringify(w.session.id)} is terminated and takes no more events`);
  }
  const stored: Record<string, unknown>[] = [];
  let startTurn = false;
  for (const e of events) {
    const { type, ...fields } = e;
    switch (type) {
      case 'user.message':
        w.state.queue.push(textOf(fields.content));
        startTurn = true;
        break;
      case 'user.tool_confirmation': {
        const turn = answerable(w, 'confirmation', String(fields.tool_use_id), 'tool_use_id');
        const deny = typeof fields.deny_message === 'string' ? fields.deny_message : null;
        turn.answer = {
          kind: 'confirmation',
          result: fields.result === 'allow' ? 'allow' : 'deny',
          deny_message: deny,
        };
        turn.resume = 'answer';
        w.schedule();
        break;
      }
      case 'user.custom_tool_result': {
        const turn = answerable(w, 'custom_tool_result', String(fields.custom_tool_use_id), 'custom_tool_use_id');
        turn.answer = { kind: 'custom_tool_result', text: textOf(fields.content), is_error: fields.is_error === true };
        turn.resume = 'answer';
        w.schedule();
        break;
      }
      case 'user.define_outcome':
        fields.outcome_id = `outc_${w.newEventId().slice(5)}`;
        fields.max_iterations ??= null;
        break;
    }
    stored.push(w.emit(type, fields));
    if (type === 'user.interrupt') {
      const target = interruptTarget(w, fields.session_thread_id);
      if (target === null) interrupt(w);
      else interruptThread(w, target);
      startTurn = w.state.queue.length > 0;
    }
  }
  if (startTurn && !w.state.turn) w.schedule();
  return stored;
}
