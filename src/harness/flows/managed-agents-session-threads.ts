/**
 * Managed Agents contract-test steps for session threads. Any target: the flow's session lists its
 * primary thread (`parent_thread_id` null), reads it, its log and its stream (the session-level
 * ones). Loopback targets only: a coordinator agent whose roster is the sessions' agent runs a
 * session scripted (through the control plane) to delegate one turn; the flow reads the hand-over
 * on the session stream, the thread's own log on its stream, archives the thread, and deletes the
 * coordinator's session and agent.
 */
import type { FlowStep, Vars } from '../flow.js';
import { listed, main, makes, s, same } from './managed-agents-shared.js';
import { sseFrames } from './managed-agents-session-turns.js';

const LOOPBACK = 'loopback targets only: it scripts the emulated agent through the control plane';
const session = (v: Vars) => ({ session_id: s(v, 'sessionId') });
const lead = (v: Vars) => ({ session_id: s(v, 'leadSessionId') });
const thread = (sessionVar: string, threadVar: string) => (v: Vars) => ({
  session_id: s(v, sessionVar),
  thread_id: s(v, threadVar),
});
const replayed = () => ({ replay: '1' });
const eventsOf = (text: unknown) =>
  sseFrames(text)
    .filter((f) => f.id !== null)
    .map((f) => f.data);

const primarySteps: FlowStep[] = [
  main({
    id: 'listSessionThreads',
    title: "list the session's threads (the primary first)",
    operation: 'listSessionThreads',
    expect: 200,
    needs: ['sessionId'],
    params: session,
    provides: ['primaryThreadId'],
    capture: (b, v) => {
      v.primaryThreadId = b?.data?.[0]?.id;
    },
    check: (b) => (b?.data?.[0]?.parent_thread_id === null ? null : 'the first thread listed is not the primary'),
  }),
  main({
    id: 'retrieveSessionThread',
    title: 'get the primary thread',
    operation: 'retrieveSessionThread',
    expect: 200,
    needs: ['sessionId', 'primaryThreadId'],
    params: thread('sessionId', 'primaryThreadId'),
    check: same('session thread', 'primaryThreadId'),
  }),
  main({
    id: 'listSessionThreadEvents',
    title: "list the primary thread's events (the session-level log)",
    operation: 'listSessionThreadEvents',
    expect: 200,
    needs: ['sessionId', 'primaryThreadId'],
    params: thread('sessionId', 'primaryThreadId'),
    query: () => ({ limit: '1000' }),
    check: (b) => (b?.data?.some?.((e: any) => e?.type === 'user.message') ? null : 'the user.message is not listed'),
  }),
  main({
    id: 'streamSessionThreadEvents',
    title: "stream the primary thread's events (replayed)",
    operation: 'streamSessionThreadEvents',
    expect: 200,
    needs: ['sessionId', 'primaryThreadId'],
    params: thread('sessionId', 'primaryThreadId'),
    query: replayed,
  }),
];

const DELEGATE_SCRIPT = {
  turns: [
    [
      { type: 'delegate', steps: [{ type: 'message', text: 'done: {{input}}' }] },
      { type: 'message', text: 'report: {{result}}' },
    ],
  ],
};

const delegationSteps: FlowStep[] = [
  main({
    id: 'createLeadAgent',
    title: "create a coordinator whose roster is the sessions' agent",
    operation: 'createAgent',
    expect: 200,
    needs: ['sessionAgentId'],
    body: (v) => ({
      name: `mailsim contract ${v.run} (lead)`,
      model: 'claude-sonnet-5-5',
      multiagent: { type: 'coordinator', agents: [s(v, 'sessionAgentId')] },
    }),
    ...makes('agent', 'leadAgentId', 'deleteAgent', 'agent_id'),
    loopbackOnly: LOOPBACK,
  }),
  main({
    id: 'createLeadSession',
    title: "create the coordinator's session",
    operation: 'createSession',
    expect: 200,
    needs: ['leadAgentId', 'sessionEnvId'],
    body: (v) => ({ agent: s(v, 'leadAgentId'), environment_id: s(v, 'sessionEnvId') }),
    ...makes('session', 'leadSessionId', 'deleteSession', 'session_id'),
    loopbackOnly: LOOPBACK,
  }),
  main({
    id: 'scriptDelegate',
    title: "script the coordinator's session to delegate",
    operation: 'putManagedAgentsScript',
    plane: 'control',
    expect: 200,
    needs: ['leadSessionId'],
    params: (v) => ({ target_id: s(v, 'leadSessionId') }),
    body: () => DELEGATE_SCRIPT,
    loopbackOnly: LOOPBACK,
  }),
  main({
    id: 'sendDelegated',
    title: 'send the coordinator a message it delegates',
    operation: 'sendSessionEvents',
    expect: 200,
    needs: ['leadSessionId'],
    params: lead,
    body: () => ({ events: [{ type: 'user.message', content: [{ type: 'text', text: 'Delegate this.' }] }] }),
    loopbackOnly: LOOPBACK,
  }),
  main({
    id: 'streamDelegated',
    title: 'stream: the session shows the thread created, its hand-over and its report',
    operation: 'streamSessionEvents',
    expect: 200,
    needs: ['leadSessionId'],
    params: lead,
    query: replayed,
    provides: ['childThreadId'],
    capture: (b, v) => {
      v.childThreadId = eventsOf(b).find((e) => e?.type === 'session.thread_created')?.session_thread_id;
    },
    check: (b) => {
      const events = eventsOf(b);
      const got = events.find((e) => e?.type === 'agent.thread_message_received')?.content?.[0]?.text;
      if (got !== 'done: Delegate this.') return `the thread reported ${JSON.stringify(got)}`;
      const reply = events.find((e) => e?.type === 'agent.message')?.content?.[0]?.text;
      return reply === 'report: done: Delegate this.' ? null : `the coordinator replied ${JSON.stringify(reply)}`;
    },
    loopbackOnly: LOOPBACK,
  }),
  main({
    id: 'listLeadThreads',
    title: "list the coordinator's threads: the primary and the child",
    operation: 'listSessionThreads',
    expect: 200,
    needs: ['leadSessionId', 'childThreadId'],
    params: lead,
    check: listed('session thread', 'childThreadId'),
    loopbackOnly: LOOPBACK,
  }),
  main({
    id: 'streamChildThread',
    title: "stream the child thread's own log (replayed)",
    operation: 'streamSessionThreadEvents',
    expect: 200,
    needs: ['leadSessionId', 'childThreadId'],
    params: thread('leadSessionId', 'childThreadId'),
    query: replayed,
    check: (b) => {
      const text = eventsOf(b).find((e) => e?.type === 'agent.message')?.content?.[0]?.text;
      return text === 'done: Delegate this.' ? null : `the thread's log has no reply (got ${JSON.stringify(text)})`;
    },
    loopbackOnly: LOOPBACK,
  }),
  main({
    id: 'archiveSessionThread',
    title: 'archive the child thread',
    operation: 'archiveSessionThread',
    expect: 200,
    needs: ['leadSessionId', 'childThreadId'],
    params: thread('leadSessionId', 'childThreadId'),
    check: (b) => (b?.archived_at ? null : 'archived_at is not set'),
    loopbackOnly: LOOPBACK,
  }),
  main({
    id: 'deleteLeadSession',
    title: "delete the coordinator's session",
    operation: 'deleteSession',
    expect: 200,
    needs: ['leadSessionId'],
    params: lead,
    deletes: 'leadSessionId',
    loopbackOnly: LOOPBACK,
  }),
  main({
    id: 'deleteLeadAgent',
    title: 'delete the coordinator',
    operation: 'deleteAgent',
    expect: 200,
    needs: ['leadAgentId'],
    params: (v) => ({ agent_id: s(v, 'leadAgentId') }),
    deletes: 'leadAgentId',
    loopbackOnly: LOOPBACK,
  }),
];

export const sessionThreadSteps: FlowStep[] = [...primarySteps, ...delegationSteps];
