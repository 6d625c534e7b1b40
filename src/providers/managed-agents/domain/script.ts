/**
 * What a session's agent does, per user turn, instead of calling a model: a script. One script is a
 * list of turns, each a list of steps; turn N of a session plays `turns[N]`, and once the turns run
 * out the session falls back to `then` (the default echo, or the last turn again). With no script at
 * all every turn is one echo reply. contracts/managed-agents.md §Runtime describes each step.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fixturePath } from '../../../paths.js';
import { errors } from '../errors.js';

export type Step =
  /** An `agent.message`; `text` may use `{{input}}` (the user's text) and `{{result}}` (the last tool result). */
  | { type: 'message'; text?: string }
  | { type: 'thinking' }
  /** A built-in tool the runtime answers itself with `result`; `permission: "ask"` waits for a confirmation. */
  | { type: 'tool_use'; name: string; input?: Record<string, unknown>; result?: string; permission?: 'allow' | 'ask' }
  /** A custom tool call the client answers with `user.custom_tool_result`. */
  | { type: 'custom_tool_use'; name?: string; input?: Record<string, unknown> }
  | { type: 'error'; error_type?: string; message?: string; retry_status?: 'retrying' | 'exhausted' | 'terminal' }
  /** `session.status_rescheduled`, then back to running after `after` of engine time. */
  | { type: 'reschedule'; after?: string }
  | { type: 'terminate' }
  /** Holds the session `running` for `duration` of engine time. */
  | { type: 'wait'; duration: string }
  /** Sends an email from one of the emulated inboxes through the shared mail plane. */
  | { type: 'send_mail'; from: string; to: string | string[]; subject: string; text?: string }
  /**
   * A coordinator hands work to an agent of its multiagent roster (by id or name; default the
   * first): `message` (default `{{input}}`) goes to that agent's thread, which plays `steps`
   * (default one echo reply; only THREAD_STEP_TYPES) and reports its last reply back as `{{result}}`.
   */
  | { type: 'delegate'; agent?: string; message?: string; steps?: Step[] };

export interface Script {
  turns: Step[][];
  /** After the last turn: `echo` (default) replies in echo form, `repeat` plays the last turn again. */
  then?: 'echo' | 'repeat';
}

export const ECHO_TURN: Step[] = [{ type: 'message' }];
export const DEFAULT_REPLY = 'echo: {{input}}';

/** The steps of the session's turn number `index` (0-based). */
export function turnSteps(script: Script | null, index: number): Step[] {
  if (!script || script.turns.length === 0) return ECHO_TURN;
  const turn = script.turns[index];
  if (turn) return turn;
  return script.then === 'repeat' ? script.turns[script.turns.length - 1]! : ECHO_TURN;
}

const STEP_TYPES = new Set([
  'message',
  'thinking',
  'tool_use',
  'custom_tool_use',
  'error',
  'reschedule',
  'terminate',
  'wait',
  'send_mail',
  'delegate',
]);

/** What a delegated thread can play: no waits for the client (permissions, custom tools), no nesting. */
export const THREAD_STEP_TYPES = new Set(['message', 'thinking', 'tool_use', 'wait']);

function checkThreadSteps(steps: unknown, where: string, bad: (why: string) => never): void {
  if (steps === undefined) return;
  if (!Array.isArray(steps)) bad(`${where}.steps must be a list of steps`);
  (steps as Step[]).forEach((step, k) => {
    const at = `${where}.steps[${k}]`;
    if (!step || !STEP_TYPES.has(step.type)) bad(`${at}.type is not a known step`);
    const asks = step.type === 'tool_use' && step.permission === 'ask';
    if (!THREAD_STEP_TYPES.has(step.type) || asks) {
      const what = asks ? 'a tool_use with permission "ask"' : `a ${JSON.stringify(step.type)} step`;
      bad(
        `${at}: ${what} cannot run inside a delegated thread ` +
          '(mailsim plays message, thinking, tool_use without permission "ask", and wait there)',
      );
    }
  });
}

/**
 * Checks a script read from a fixture file (control-plane bodies are checked by their contract
 * first): every turn a list of steps of a known type.
 */
export function checkScript(value: unknown, where: string): Script {
  const bad = (why: string): never => {
    throw errors.invalidRequest(`${where}: ${why}`);
  };
  if (!value || typeof value !== 'object' || !Array.isArray((value as Script).turns)) return bad('turns[] is required');
  const script = value as Script;
  script.turns.forEach((turn, i) => {
    if (!Array.isArray(turn)) bad(`turns[${i}] must be a list of steps`);
    turn.forEach((step, j) => {
      if (!step || !STEP_TYPES.has((step as Step).type)) bad(`turns[${i}][${j}].type is not a known step`);
      if (step.type === 'delegate') checkThreadSteps(step.steps, `turns[${i}][${j}]`, bad);
    });
  });
  return script;
}

const FIXTURE_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** A shipped script by name (fixtures/managed-agents/scripts/<name>.json), or null. */
export function fixtureScript(name: string): Script | null {
  if (!FIXTURE_NAME.test(name)) return null;
  try {
    const raw = readFileSync(fixturePath('managed-agents', 'scripts', `${name}.json`), 'utf8');
    return checkScript(JSON.parse(raw), `script ${name}`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** The names of the shipped scripts. */
export function fixtureScriptNames(): string[] {
  try {
    return readdirSync(fixturePath('managed-agents', 'scripts'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .sort();
  } catch {
    return [];
  }
}

/** Fills `{{input}}` and `{{result}}` in a step's text. */
export function fillTemplate(text: string, vars: { input: string; result: string | null }): string {
  return text.replace(/\{\{\s*(input|result)\s*\}\}/g, (_, k: 'input' | 'result') => vars[k] ?? '');
}

/** `fillTemplate` over every string inside a JSON value (a tool's input, a mail step). */
export function fillDeep<T>(value: T, vars: { input: string; result: string | null }): T {
  if (typeof value === 'string') return fillTemplate(value, vars) as T;
  if (Array.isArray(value)) return value.map((v) => fillDeep(v, vars)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillDeep(v, vars)])) as T;
  }
  return value;
}

/** Usage is a pure function of the text, so runs repeat: one token per whitespace-separated word. */
export function tokens(text: string): number {
  const t = text.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}
