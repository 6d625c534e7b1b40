/**
 * The scripted runtime's state for one session, kept as JSON on the session row so a restart
 * resumes where it was: the turn being played, what it waits for, the user messages queued behind
 * it, and a generation that an interrupt bumps so jobs scheduled before it do nothing.
 */
import type { Step } from './script.js';

export interface Waiting {
  kind: 'confirmation' | 'custom_tool_result';
  /** The `agent.tool_use` / `agent.custom_tool_use` event the client must answer. */
  eventId: string;
}

export type Answer =
  | { kind: 'confirmation'; result: 'allow' | 'deny'; deny_message: string | null }
  | { kind: 'custom_tool_result'; text: string; is_error: boolean };

export interface TurnState {
  index: number;
  steps: Step[];
  /** The step being played (or next to play). */
  at: number;
  /** The user's text, for `{{input}}`. */
  input: string;
  /** The last tool result's text, for `{{result}}`. */
  result: string | null;
  waiting: Waiting | null;
  answer: Answer | null;
  /** Why the turn is parked: a `wait` step keeps the session running, the others resume it. */
  resume: 'wait' | 'rescheduled' | 'answer' | 'mail' | null;
  /** A mail step the runtime's job carries out outside the transaction. */
  mail?: { toolUseId: string; step: Extract<Step, { type: 'send_mail' }> } | undefined;
  /** The text of the turn's last `agent.message` (what a delegated thread reports back). */
  reply?: string | undefined;
  /** The child thread a `delegate` step is playing, with that thread's own turn. */
  thread?: { id: string; agentName: string; turn: TurnState } | undefined;
}

export interface RuntimeState {
  /** User turns started so far. */
  turns: number;
  /** Texts of user messages waiting for the current turn to end. */
  queue: string[];
  turn: TurnState | null;
  gen: number;
  runningSinceMs: number | null;
}

export function newRuntime(): RuntimeState {
  return { turns: 0, queue: [], turn: null, gen: 0, runningSinceMs: null };
}

export function parseRuntime(json: string): RuntimeState {
  return { ...newRuntime(), ...(JSON.parse(json) as Partial<RuntimeState>) };
}
