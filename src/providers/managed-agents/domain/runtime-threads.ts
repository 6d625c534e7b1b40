/**
 * The `delegate` step (contracts/managed-agents.md §Threads): the coordinator hands a message to
 * an agent of its roster, whose thread plays its own steps and reports back. The session-level log
 * shows the hand-over and the thread's start and end; the thread's own log holds what it did.
 *
 * Session log:  session.thread_created (a new thread only), agent.thread_message_sent,
 *               session.thread_status_running, session.thread_status_idle, agent.thread_message_received
 * Thread log:   session.thread_created, agent.thread_message_received, session.thread_status_running,
 *               the steps' events, agent.thread_message_sent, session.thread_status_idle
 *
 * A thread is reused for the next delegation to the same agent until it is archived (threads are
 * persistent). A `wait` step inside the thread parks the coordinator's turn with it.
 */
import type { TurnState } from './runtime-state.js';
import { ECHO_TURN, type Step, fillTemplate } from './script.js';
import type { SessionWriter } from './session-writer.js';
import { newId } from './ids.js';
import { insertThread, openThreadFor } from '../store/session-threads.js';
import {
  END_TURN,
  PRIMARY,
  crossPosted,
  primaryThreadId,
  rosterAgent,
  setThreadStatus,
  threadOnly,
} from './threads.js';

type Outcome = 'next' | 'pause' | 'turn_over' | 'stopped';
type Delegate = Extract<Step, { type: 'delegate' }>;
type Play = (w: SessionWriter, turn: TurnState, step: Step) => Outcome;

const text = (t: string) => [{ type: 'text', text: t }];

/** Opens (or reopens) the thread and hands it the message; a string says why it cannot. */
function startThread(w: SessionWriter, turn: TurnState, step: Delegate): NonNullable<TurnState['thread']> | string {
  const agent = rosterAgent(w, step.agent);
  if (typeof agent === 'string') return agent;
  const db = w.services.store.db;
  const name = String(agent.name);
  let id = openThreadFor(db, w.session.id, String(agent.id))?.id;
  if (!id) {
    id = newId(w.services.ids, 'sessionThread');
    insertThread(db, {
      id,
      session_id: w.session.id,
      tenant_id: w.session.tenant_id,
      parent_thread_id: primaryThreadId(w.session.id),
      agent_id: String(agent.id),
      agent: JSON.stringify(agent),
      agent_name: name,
      status: 'idle',
      usage: null,
      active_ms: 0,
      running_since_ms: null,
      created_at: w.now,
      created_ms: w.nowMs,
      updated_at: w.now,
      archived_at: null,
    });
    w.emit(
      'session.thread_created',
      { session_thread_id: id, agent_name: name, workflow_run_id: null },
      undefined,
      crossPosted(id),
    );
  }
  const input = fillTemplate(step.message ?? '{{input}}', { input: turn.input, result: turn.result });
  w.emit(
    'agent.thread_message_sent',
    { content: text(input), to_session_thread_id: id, to_agent_name: name },
    undefined,
    PRIMARY,
  );
  const from = primaryThreadId(w.session.id);
  w.emit(
    'agent.thread_message_received',
    { content: text(input), from_session_thread_id: from },
    undefined,
    threadOnly(id),
  );
  setThreadStatus(w, w.threadRow(id)!, 'running');
  const steps = step.steps?.length ? step.steps : ECHO_TURN;
  const inner: TurnState = { index: 0, steps, at: 0, input, result: null, waiting: null, answer: null, resume: null };
  return { id, agentName: name, turn: inner };
}

/** The thread reports its last reply to the coordinator and goes idle. */
function finishThread(w: SessionWriter, turn: TurnState, thread: NonNullable<TurnState['thread']>): void {
  const report = thread.turn.reply ?? thread.turn.result ?? '';
  const primary = primaryThreadId(w.session.id);
  w.emit(
    'agent.thread_message_sent',
    { content: text(report), to_session_thread_id: primary },
    undefined,
    threadOnly(thread.id),
  );
  setThreadStatus(w, w.threadRow(thread.id)!, 'idle', END_TURN);
  const received = { content: text(report), from_session_thread_id: thread.id, from_agent_name: thread.agentName };
  w.emit('agent.thread_message_received', received, undefined, PRIMARY);
  turn.result = report;
  turn.thread = undefined;
}

/**
 * Plays a `delegate` step from where it stands: starts the thread, plays its steps inside it
 * (events go to its log), and hands the report back. `play` plays one step; `fail` ends the turn
 * with a `session.error` when the roster has no such agent.
 */
export function delegate(
  w: SessionWriter,
  turn: TurnState,
  step: Delegate,
  play: Play,
  fail: (why: string) => Outcome,
) {
  let thread = turn.thread;
  if (!thread) {
    const started = startThread(w, turn, step);
    if (typeof started === 'string') return fail(started);
    thread = started;
    turn.thread = thread;
  }
  const inner = thread.turn;
  if (inner.resume === 'wait') inner.resume = null;
  w.thread = thread.id;
  try {
    while (inner.at < inner.steps.length) {
      const outcome = play(w, inner, inner.steps[inner.at]!);
      if (outcome !== 'next') return outcome;
      inner.at += 1;
    }
  } finally {
    w.thread = null;
  }
  finishThread(w, turn, thread);
  return 'next' as const;
}

/**
 * `user.interrupt` naming a child thread: if the coordinator's turn is playing it, the thread
 * goes idle (`end_turn`), reports nothing, and the coordinator goes on with its next step.
 * A thread that is not running has nothing to stop.
 */
export function interruptThread(w: SessionWriter, threadId: string): void {
  const turn = w.state.turn;
  if (!turn?.thread || turn.thread.id !== threadId) return;
  const row = w.threadRow(threadId);
  if (row?.status === 'running') setThreadStatus(w, row, 'idle', END_TURN);
  turn.thread = undefined;
  turn.at += 1;
  w.state.gen += 1;
  w.schedule();
}
