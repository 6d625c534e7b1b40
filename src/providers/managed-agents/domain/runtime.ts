/**
 * The deterministic agent runtime: plays a session's script one user turn at a time, writing the
 * events a real agent would (status changes, model-request spans, messages, tool calls) and
 * parking the turn where the real one would wait: for the engine clock (`wait`, `reschedule`), for
 * a permission confirmation or a custom tool's result (`requires_action`). No model is called; the
 * same inputs give the same log. contracts/managed-agents.md §Runtime lists the event sequences.
 */
import { parseDuration } from '../../../engine/clock.js';
import type { Answer, TurnState } from './runtime-state.js';
import { DEFAULT_REPLY, type Script, type Step, fillDeep, fillTemplate, tokens, turnSteps } from './script.js';
import type { SessionWriter } from './session-writer.js';
import { delegate } from './runtime-threads.js';
import { endRunningThread } from './threads.js';

const DEFAULT_RESCHEDULE_MS = 5_000;
const TOOL_RESULT = 'ok';

type StepOutcome = 'next' | 'pause' | 'turn_over' | 'stopped';

const text = (t: string) => [{ type: 'text', text: t }];

function idle(w: SessionWriter, stopReason: Record<string, unknown>): void {
  w.setStatus('idle', { type: 'session.status_idle', fields: { stop_reason: stopReason, stop_details: null } });
}

function running(w: SessionWriter): void {
  w.setStatus('running', { type: 'session.status_running' });
}

/** One model request: its spans around `body`, with usage as a pure function of the text. */
function modelRequest(w: SessionWriter, turn: TurnState, out: string, body: () => void): void {
  const start = w.emit('span.model_request_start');
  body();
  const input = turn.at === 0 ? tokens(turn.input) : 0;
  const output = tokens(out);
  w.addUsage(input, output);
  w.emit('span.model_request_end', {
    model_request_start_id: start.id,
    is_error: false,
    model_usage: {
      input_tokens: input,
      output_tokens: output,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
    },
  });
}

/** `agent.message`, previewed word by word to the streams that asked for deltas. */
function message(w: SessionWriter, turn: TurnState, template: string): void {
  const reply = fillTemplate(template, { input: turn.input, result: turn.result });
  modelRequest(w, turn, reply, () => {
    const id = w.newEventId();
    w.preview('agent.message', { type: 'event_start', event: { id, type: 'agent.message' } });
    for (const chunk of reply.match(/\S+\s*|\s+/g) ?? []) {
      w.preview('agent.message', {
        type: 'event_delta',
        event_id: id,
        delta: { type: 'content_delta', index: 0, content: { type: 'text', text: chunk } },
      });
    }
    w.emit('agent.message', { content: text(reply) }, id);
  });
  turn.reply = reply;
}

function thinking(w: SessionWriter): void {
  const id = w.newEventId();
  w.preview('agent.thinking', { type: 'event_start', event: { id, type: 'agent.thinking' } });
  w.emit('agent.thinking', {}, id);
}

function toolUse(w: SessionWriter, turn: TurnState, step: Extract<Step, { type: 'tool_use' }>): StepOutcome {
  const ask = step.permission === 'ask';
  const use = w.emit('agent.tool_use', {
    name: step.name,
    input: fillDeep(step.input ?? {}, turn),
    evaluated_permission: ask ? 'ask' : 'allow',
    evaluation: { type: ask ? 'always_ask' : 'always_allow' },
  });
  if (ask) return waitFor(w, turn, 'confirmation', use.id as string);
  toolResult(w, turn, use.id as string, step.result ?? TOOL_RESULT);
  return 'next';
}

function toolResult(w: SessionWriter, turn: TurnState, toolUseId: string, result: string): void {
  turn.result = result;
  w.emit('agent.tool_result', { tool_use_id: toolUseId, content: text(result), is_error: false });
}

/** Parks the turn until the client answers `eventId`: idle with `requires_action`. */
function waitFor(w: SessionWriter, turn: TurnState, kind: 'confirmation' | 'custom_tool_result', eventId: string) {
  turn.waiting = { kind, eventId };
  idle(w, { type: 'requires_action', event_ids: [eventId] });
  return 'pause' as const;
}

function error(w: SessionWriter, step: Extract<Step, { type: 'error' }>): StepOutcome {
  const retry = step.retry_status ?? 'exhausted';
  w.emit('session.error', {
    error: {
      type: step.error_type ?? 'model_overloaded_error',
      message: step.message ?? 'The model is overloaded (scripted by mailsim).',
      retry_status: { type: retry },
    },
  });
  if (retry === 'retrying') return 'next';
  if (retry === 'terminal') return terminate(w);
  idle(w, { type: 'retries_exhausted' });
  return 'turn_over';
}

function terminate(w: SessionWriter): StepOutcome {
  w.state.turn = null;
  w.state.queue = [];
  w.setStatus('terminated', { type: 'session.status_terminated' });
  return 'stopped';
}

function park(w: SessionWriter, turn: TurnState, resume: 'wait' | 'rescheduled', ms: number): StepOutcome {
  turn.at += 1;
  turn.resume = resume;
  w.schedule(w.nowMs + ms);
  return 'pause';
}

function playStep(w: SessionWriter, turn: TurnState, step: Step): StepOutcome {
  switch (step.type) {
    case 'message':
      message(w, turn, step.text ?? DEFAULT_REPLY);
      return 'next';
    case 'thinking':
      thinking(w);
      return 'next';
    case 'tool_use':
      return toolUse(w, turn, step);
    case 'custom_tool_use': {
      const input = fillDeep(step.input ?? {}, turn);
      const use = w.emit('agent.custom_tool_use', { name: step.name ?? customToolName(w), input });
      return waitFor(w, turn, 'custom_tool_result', use.id as string);
    }
    case 'error':
      return error(w, step);
    case 'reschedule':
      w.setStatus('rescheduling', { type: 'session.status_rescheduled' });
      return park(w, turn, 'rescheduled', parseDuration(step.after ?? DEFAULT_RESCHEDULE_MS));
    case 'wait':
      return park(w, turn, 'wait', parseDuration(step.duration));
    case 'terminate':
      return terminate(w);
    case 'send_mail':
      return mailStep(w, turn, step);
    case 'delegate':
      return delegate(w, turn, step, playStep, (why) =>
        error(w, { type: 'error', error_type: 'unknown_error', message: why, retry_status: 'exhausted' }),
      );
  }
}

/** The first custom tool the session's agent declares (what a `custom_tool_use` without a name calls). */
function customToolName(w: SessionWriter): string {
  const agent = JSON.parse(w.session.agent) as { tools?: { type: string; name?: string }[] };
  return agent.tools?.find((t) => t.type === 'custom')?.name ?? 'custom_tool';
}

/**
 * A mail step is a built-in tool call (`send_email`) whose result comes from the mail plane: the
 * turn parks with the request, the next job sends it outside the transaction, and `finishMail`
 * records the result and plays on.
 */
function mailStep(w: SessionWriter, turn: TurnState, step: Extract<Step, { type: 'send_mail' }>) {
  const filled = fillDeep(step, turn);
  const { type: _type, ...input } = filled;
  const use = w.emit('agent.tool_use', {
    name: 'send_email',
    input,
    evaluated_permission: 'allow',
    evaluation: { type: 'always_allow' },
  });
  turn.mail = { toolUseId: use.id as string, step: filled };
  turn.resume = 'mail';
  w.schedule();
  return 'pause' as const;
}

/** Records a mail step's outcome (the job ran it) and lets the turn play on. */
export function finishMail(w: SessionWriter, result: string, isError: boolean): void {
  const turn = w.state.turn;
  if (!turn?.mail) return;
  turn.result = result;
  w.emit('agent.tool_result', { tool_use_id: turn.mail.toolUseId, content: text(result), is_error: isError });
  turn.mail = undefined;
  turn.resume = null;
  turn.at += 1;
}

/** Applies the client's answer to a parked tool call. */
function applyAnswer(w: SessionWriter, turn: TurnState, answer: Answer, toolUseId: string): void {
  const step = turn.steps[turn.at];
  if (answer.kind === 'custom_tool_result') {
    turn.result = answer.text;
  } else if (answer.result === 'allow') {
    toolResult(w, turn, toolUseId, (step?.type === 'tool_use' && step.result) || TOOL_RESULT);
  } else {
    const why = answer.deny_message ? `: ${answer.deny_message}` : '';
    turn.result = `denied${why}`;
    message(w, turn, `The ${step?.type === 'tool_use' ? step.name : 'tool'} call was denied${why}.`);
  }
  turn.at += 1;
}

/** Picks up a parked turn: after a wait, a rescheduling, a client's answer or a mail result. */
function resumeTurn(w: SessionWriter, turn: TurnState): void {
  const why = turn.resume;
  turn.resume = null;
  if (why === 'rescheduled' || why === 'answer') running(w);
  if (why === 'answer' && turn.answer && turn.waiting) {
    applyAnswer(w, turn, turn.answer, turn.waiting.eventId);
    turn.answer = null;
    turn.waiting = null;
  }
}

/**
 * Plays the session from where it stands until the turn parks, the session stops, or nothing is
 * left to do (no turn, no queued message). Call inside `changeSession`.
 */
export function advance(w: SessionWriter, script: Script | null): void {
  const state = w.state;
  for (;;) {
    if (w.status === 'terminated') return;
    let turn = state.turn;
    if (!turn) {
      const input = state.queue.shift();
      if (input === undefined) return;
      const index = state.turns++;
      const steps = turnSteps(script, index);
      turn = { index, steps, at: 0, input, result: null, waiting: null, answer: null, resume: null };
      state.turn = turn;
      running(w);
    } else if (turn.waiting && !turn.answer) {
      return;
    } else if (turn.resume === 'mail') {
      return;
    } else {
      resumeTurn(w, turn);
    }
    const outcome = playTurn(w, turn);
    if (outcome === 'pause' || outcome === 'stopped') return;
    state.turn = null;
  }
}

function playTurn(w: SessionWriter, turn: TurnState): StepOutcome {
  while (turn.at < turn.steps.length) {
    const outcome = playStep(w, turn, turn.steps[turn.at]!);
    if (outcome !== 'next') return outcome;
    turn.at += 1;
  }
  idle(w, { type: 'end_turn' });
  return 'turn_over';
}

/** `user.interrupt`: the turn in progress stops where it is and the session goes idle. */
export function interrupt(w: SessionWriter): void {
  if (!w.state.turn && w.state.queue.length === 0) return;
  endRunningThread(w, 'idle');
  w.state.turn = null;
  w.state.queue = [];
  w.state.gen += 1;
  if (w.status !== 'terminated') idle(w, { type: 'end_turn' });
}
