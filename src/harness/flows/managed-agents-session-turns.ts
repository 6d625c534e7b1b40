/**
 * Managed Agents contract-test steps that drive a session's turns over the wire the SDK uses: the
 * turn the sessions steps started is read off the stream until `session.status_idle` with
 * `end_turn`; a dropped stream is resumed with `Last-Event-ID` and must send exactly the events
 * after that one (none lost, none repeated); an interrupt is accepted. Against a loopback target
 * (the emulator) the session is then scripted through the control plane to hold a turn running
 * and interrupt it, to ask for a permission that the flow confirms, and to call a custom tool the
 * flow answers. Each stream step replays the log and reads it until it falls quiet (see http.ts),
 * so it sees the turn the step before it started.
 */
import type { FlowStep, Vars } from '../flow.js';
import { main, s } from './managed-agents-shared.js';

interface Frame {
  event: string;
  id: string | null;
  data: any;
}

/** The frames of a server-sent-events body (pings included), in order. */
export function sseFrames(text: unknown): Frame[] {
  if (typeof text !== 'string') return [];
  const frames: Frame[] = [];
  for (const block of text.split(/\r?\n\r?\n/)) {
    let event = 'message';
    let id: string | null = null;
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('id:')) id = line.slice(3).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
    }
    if (data.length === 0) continue;
    try {
      frames.push({ event, id, data: JSON.parse(data.join('\n')) });
    } catch {
      frames.push({ event, id, data: data.join('\n') });
    }
  }
  return frames;
}

/** The events (pings and previews left out) the stream sent after the event with id `v[idVar]`. */
const eventsAfter = (text: unknown, v: Vars, idVar: string): Frame[] | null => {
  const frames = sseFrames(text).filter((f) => f.id !== null);
  const at = frames.findIndex((f) => f.data?.id === v[idVar]);
  return at < 0 ? null : frames.slice(at + 1);
};

/** What is wrong with the turn after `idVar`: it must reach `session.status_idle` for `reason`. */
const idleAfter =
  (idVar: string, reason: string, also?: (after: Frame[], v: Vars) => string | null) =>
  (text: unknown, v: Vars): string | null => {
    const after = eventsAfter(text, v, idVar);
    if (!after) return `the stream did not replay the event ${v[idVar]}`;
    const idle = after.find((f) => f.data?.type === 'session.status_idle');
    if (!idle) return `no session.status_idle after ${v[idVar]} (got ${after.map((f) => f.event).join(', ')})`;
    const got = idle.data?.stop_reason?.type;
    if (got !== reason) return `the session went idle for ${JSON.stringify(got)}, expected ${reason}`;
    return also ? also(after, v) : null;
  };

const session = (v: Vars) => ({ session_id: s(v, 'sessionId') });
const replayed = () => ({ replay: '1' });
const LOOPBACK = 'loopback targets only: it scripts the emulated agent through the control plane';

/** Sends `events` to the session and keeps the first stored event's id in `idVar`. */
const send = (id: string, title: string, idVar: string, events: (v: Vars) => unknown[], loopback = true) =>
  main({
    id,
    title,
    operation: 'sendSessionEvents',
    expect: 200,
    needs: ['sessionId'],
    params: session,
    body: (v) => ({ events: events(v) }),
    provides: [idVar],
    capture: (b, v) => {
      v[idVar] = b?.data?.[0]?.id;
    },
    check: (b) => (typeof b?.data?.[0]?.id === 'string' ? null : 'the stored event has no id'),
    ...(loopback ? { loopbackOnly: LOOPBACK } : {}),
  });
const say = (text: string) => () => [{ type: 'user.message', content: [{ type: 'text', text }] }];

/** Reads the replayed log; `check` judges the events after the one in `idVar`. */
const read = (id: string, title: string, idVar: string, check: FlowStep['check'], extra: Partial<FlowStep> = {}) =>
  main({
    id,
    title,
    operation: 'streamSessionEvents',
    expect: 200,
    params: session,
    query: replayed,
    check,
    loopbackOnly: LOOPBACK,
    ...extra,
    needs: ['sessionId', idVar, ...(extra.needs ?? [])],
  });

/** Sets the session's script on the emulator's control plane. */
const script = (id: string, body: unknown) =>
  main({
    id,
    title: `script the session (${id})`,
    operation: 'putManagedAgentsScript',
    plane: 'control',
    expect: 200,
    needs: ['sessionId'],
    params: (v) => ({ target_id: s(v, 'sessionId') }),
    body: () => body,
    loopbackOnly: LOOPBACK,
  });

const findType = (after: Frame[], type: string) => after.find((f) => f.data?.type === type)?.data;
const replyIs = (expected: string) => (after: Frame[]) => {
  const text = findType(after, 'agent.message')?.content?.[0]?.text;
  return text === expected ? null : `the agent replied ${JSON.stringify(text)}, expected ${JSON.stringify(expected)}`;
};

export const sessionTurnSteps: FlowStep[] = [
  read('streamTurn', 'stream the turn until session.status_idle (end_turn)', 'turnEventId', (b, v) => null, {
    loopbackOnly: undefined,
    provides: ['resumeSeq', 'resumeIds'],
    capture: (b, v) => {
      const frames = sseFrames(b).filter((f) => f.id !== null);
      const at = frames.findIndex((f) => f.data?.id === v.turnEventId);
      if (at < 0) return;
      v.resumeSeq = frames[at]!.id;
      v.resumeIds = frames.slice(at + 1).map((f) => f.data?.id);
    },
    check: idleAfter('turnEventId', 'end_turn', (after) =>
      findType(after, 'agent.message') ? null : 'no agent.message in the turn',
    ),
  }),
  main({
    id: 'resumeStream',
    title: 'resume a dropped stream with Last-Event-ID: nothing lost, nothing repeated',
    operation: 'streamSessionEvents',
    expect: 200,
    needs: ['sessionId', 'resumeSeq'],
    params: session,
    headers: (v) => ({ 'last-event-id': s(v, 'resumeSeq') }),
    check: (b, v) => {
      const got = sseFrames(b)
        .filter((f) => f.id !== null)
        .map((f) => f.data?.id);
      const want = v.resumeIds as string[];
      return JSON.stringify(got) === JSON.stringify(want)
        ? null
        : `after Last-Event-ID ${v.resumeSeq} the stream sent ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`;
    },
  }),
  send('interruptIdle', 'interrupt (nothing running)', 'interruptEventId', () => [{ type: 'user.interrupt' }], false),
  script('scriptHold', {
    turns: [
      [
        { type: 'wait', duration: '1h' },
        { type: 'message', text: 'too late' },
      ],
    ],
    // biome-ignore lint/suspicious/noThenProperty: the script format's field; this body is only serialized.
    then: 'repeat',
  }),
  send('sendHeld', 'send a message the script holds running', 'heldEventId', say('Take your time.')),
  send('interruptHeld', 'interrupt the running turn', 'heldInterruptId', () => [{ type: 'user.interrupt' }]),
  read(
    'streamInterrupted',
    'stream: the interrupted turn goes idle without its reply',
    'heldEventId',
    idleAfter('heldEventId', 'end_turn', (after, v) => {
      if (findType(after, 'agent.message')) return 'the interrupted turn still replied';
      const idle = after.findIndex((f) => f.data?.type === 'session.status_idle');
      const interrupt = after.findIndex((f) => f.data?.id === v.heldInterruptId);
      return interrupt >= 0 && interrupt < idle ? null : 'the session went idle before the interrupt';
    }),
    { needs: ['heldInterruptId'] },
  ),
  script('scriptAsk', { fixture: 'ask' }),
  send('sendAsk', 'send a message whose tool use asks for permission', 'askEventId', say('Clean the build.')),
  read(
    'streamAsk',
    'stream until the session requires action',
    'askEventId',
    idleAfter('askEventId', 'requires_action', (after, v) => {
      const use = findType(after, 'agent.tool_use');
      if (use?.evaluated_permission !== 'ask') return 'no agent.tool_use waiting for a confirmation';
      const idle = findType(after, 'session.status_idle');
      return idle?.stop_reason?.event_ids?.includes?.(use.id) ? null : 'requires_action does not name the tool use';
    }),
    {
      provides: ['toolUseId'],
      capture: (b, v) => {
        v.toolUseId = findType(eventsAfter(b, v, 'askEventId') ?? [], 'agent.tool_use')?.id;
      },
    },
  ),
  send('confirmAsk', 'confirm the tool use', 'confirmEventId', (v) => [
    { type: 'user.tool_confirmation', tool_use_id: s(v, 'toolUseId'), result: 'allow' },
  ]),
  read(
    'streamConfirmed',
    'stream: the confirmed tool runs and the turn ends',
    'confirmEventId',
    idleAfter('confirmEventId', 'end_turn', replyIs('Done: removed')),
  ),
  script('scriptCustomTool', { fixture: 'custom-tool' }),
  send('sendCustom', 'send a message that calls a custom tool', 'customEventId', say('weather')),
  read(
    'streamCustom',
    'stream until the custom tool call waits for its result',
    'customEventId',
    idleAfter('customEventId', 'requires_action', (after) =>
      findType(after, 'agent.custom_tool_use') ? null : 'no agent.custom_tool_use',
    ),
    {
      provides: ['customToolUseId'],
      capture: (b, v) => {
        v.customToolUseId = findType(eventsAfter(b, v, 'customEventId') ?? [], 'agent.custom_tool_use')?.id;
      },
    },
  ),
  send('answerCustom', 'answer the custom tool', 'answerEventId', (v) => [
    {
      type: 'user.custom_tool_result',
      custom_tool_use_id: s(v, 'customToolUseId'),
      content: [{ type: 'text', text: 'sunny' }],
    },
  ]),
  read(
    'streamAnswered',
    'stream: the answer reaches the reply and the turn ends',
    'answerEventId',
    idleAfter('answerEventId', 'end_turn', replyIs('The tool said: sunny')),
  ),
];
