/**
 * Session threads with the real SDK: a coordinator's `delegate` step opens a thread for an agent
 * of its roster; the session-level stream shows the hand-over and the thread's start and end, the
 * thread's own log and stream what it did. threads.list/retrieve/archive, threads.events.list and
 * threads.events.stream, the statuses filter, interrupting one thread, and 404s for ids the caller
 * cannot see.
 */
import type Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { OTHER_KEY, advance, emulatorPerFile, rejection, sdk } from './helpers.js';
import { type Frame, idleWith, putScript, rawStream, reader, userMessage } from './session-helpers.js';

const { server, client } = await emulatorPerFile();

const types = (events: { type: string }[]) => events.map((e) => e.type);

/** The first `count` stored-event frames (`id:` set) of a raw SSE stream, then it is closed. */
async function rawFrames(path: string, headers: Record<string, string>, count: number) {
  const stream = await rawStream(server, path, headers);
  const frames: Frame[] = [];
  await stream.until((f) => {
    if (f.id) frames.push(f);
    return frames.length >= count;
  });
  stream.close();
  return frames;
}

/** A coordinator (`lead`) whose roster is a researcher and a writer, and a session running it. */
async function coordinatorSession(c: Anthropic = client) {
  const env = await c.beta.environments.create({ name: 'threads' });
  const researcher = await c.beta.agents.create({ name: 'researcher', model: 'claude-opus-5-5' });
  const writer = await c.beta.agents.create({ name: 'writer', model: 'claude-opus-5-5', system: 'You write.' });
  const lead = await c.beta.agents.create({
    name: 'lead',
    model: 'claude-opus-5-5',
    multiagent: { type: 'coordinator', agents: [researcher.id, writer.id] },
  });
  const session = await c.beta.sessions.create({ agent: lead.id, environment_id: env.id });
  return { researcher, writer, lead, session };
}

const DELEGATING = {
  turns: [
    [
      {
        type: 'delegate',
        agent: 'researcher',
        message: 'look up {{input}}',
        steps: [{ type: 'thinking' }, { type: 'message', text: 'found {{input}}' }],
      },
      { type: 'message', text: 'The researcher says: {{result}}' },
    ],
  ],
  // biome-ignore lint/suspicious/noThenProperty: the script format's field; this body is only serialized.
  then: 'repeat',
};

/** A delegated thread's own log, in order, for the DELEGATING script's one thinking-then-reply turn. */
const DELEGATED_THREAD_LOG = [
  'session.thread_created',
  'agent.thread_message_received',
  'session.thread_status_running',
  'agent.thinking',
  'span.model_request_start',
  'agent.message',
  'span.model_request_end',
  'agent.thread_message_sent',
  'session.thread_status_idle',
];

describe('a delegated thread', () => {
  it('shows the hand-over on the session stream and the work on the thread', async () => {
    const { session, researcher } = await coordinatorSession();
    expect((await putScript(server, session.id, DELEGATING)).status).toBe(200);
    const stream = await client.beta.sessions.events.stream(session.id);
    await client.beta.sessions.events.send(session.id, { events: [userMessage('the weather')] });
    const primary = await reader(stream).until(idleWith('end_turn'));
    expect(types(primary)).toEqual([
      'user.message',
      'session.status_running',
      'session.thread_created',
      'agent.thread_message_sent',
      'session.thread_status_running',
      'session.thread_status_idle',
      'agent.thread_message_received',
      'span.model_request_start',
      'agent.message',
      'span.model_request_end',
      'session.status_idle',
    ]);
    const created = primary[2];
    const threadId = created.session_thread_id;
    expect(threadId).toMatch(/^sthr_/);
    expect(created).toMatchObject({ agent_name: 'researcher', workflow_run_id: null });
    expect(primary[3]).toMatchObject({
      to_session_thread_id: threadId,
      to_agent_name: 'researcher',
      content: [{ type: 'text', text: 'look up the weather' }],
    });
    expect(primary[4]).toMatchObject({ session_thread_id: threadId, agent_name: 'researcher' });
    expect(primary[5]).toMatchObject({ session_thread_id: threadId, stop_reason: { type: 'end_turn' } });
    expect(primary[6]).toMatchObject({
      from_session_thread_id: threadId,
      from_agent_name: 'researcher',
      content: [{ type: 'text', text: 'found look up the weather' }],
    });
    expect(primary[8].content[0].text).toBe('The researcher says: found look up the weather');

    const own = [];
    for await (const e of client.beta.sessions.threads.events.list(threadId, { session_id: session.id, limit: 2 })) {
      own.push(e);
    }
    expect(types(own)).toEqual(DELEGATED_THREAD_LOG);
    const primaryId = (await client.beta.sessions.threads.list(session.id)).data[0]!.id;
    expect(own[1]).toMatchObject({ from_session_thread_id: primaryId });
    expect(own[1]).not.toHaveProperty('from_agent_name');
    expect(own[7]).toMatchObject({ to_session_thread_id: primaryId });
    // The thread's own work stays off the session-level log.
    const sessionLog = [];
    for await (const e of client.beta.sessions.events.list(session.id)) sessionLog.push(e);
    expect(sessionLog.map((e) => e.id)).toEqual(primary.map((e) => e.id));

    const thread = await client.beta.sessions.threads.retrieve(threadId, { session_id: session.id });
    expect(thread).toMatchObject({
      type: 'session_thread',
      id: threadId,
      session_id: session.id,
      parent_thread_id: primaryId,
      status: 'idle',
      workflow_run_id: null,
      archived_at: null,
      agent: { type: 'agent', id: researcher.id, version: 1, name: 'researcher' },
      usage: { output_tokens: 5 },
      stats: { active_seconds: 0, startup_seconds: 0 },
    });
    expect(thread.agent).not.toHaveProperty('multiagent');
    // The session's usage is every thread's; the primary's is its own share of it.
    const total = (await client.beta.sessions.retrieve(session.id)).usage;
    const [lead] = (await client.beta.sessions.threads.list(session.id)).data;
    expect(total.output_tokens).toBe(5 + 8);
    expect(lead!.usage).toMatchObject({ output_tokens: 8 });
  });

  it('lists the primary thread first, filters by status, archives a child thread', async () => {
    const { session, lead } = await coordinatorSession();
    const [fresh] = (await client.beta.sessions.threads.list(session.id)).data;
    expect(fresh).toMatchObject({ parent_thread_id: null, status: 'idle', stats: null, usage: null });
    expect(fresh!.agent).toMatchObject({ id: lead.id, name: 'lead' });
    const script = {
      turns: [
        [{ type: 'delegate', agent: 'researcher' }],
        [{ type: 'delegate', agent: 'writer', steps: [{ type: 'wait', duration: '1m' }, { type: 'message' }] }],
      ],
    };
    expect((await putScript(server, session.id, script)).status).toBe(200);
    await client.beta.sessions.events.send(session.id, { events: [userMessage('one')] });
    await server.engine.queue.idle();
    await client.beta.sessions.events.send(session.id, { events: [userMessage('two')] });
    await server.engine.queue.idle();
    const all = [];
    for await (const t of client.beta.sessions.threads.list(session.id, { limit: 1 })) all.push(t);
    expect(all.map((t) => [t.agent.type === 'agent' ? t.agent.name : '', t.status])).toEqual([
      ['lead', 'running'],
      ['researcher', 'idle'],
      ['writer', 'running'],
    ]);
    const running = await client.beta.sessions.threads.list(session.id, { statuses: ['running'] });
    expect(running.data.map((t) => t.id)).toEqual([all[0]!.id, all[2]!.id]);
    const idle = await client.beta.sessions.threads.list(session.id, { statuses: ['idle', 'terminated'] });
    expect(idle.data.map((t) => t.id)).toEqual([all[1]!.id]);

    const busy = await rejection(client.beta.sessions.threads.archive(all[2]!.id, { session_id: session.id }));
    expect(busy).toMatchObject({ status: 409 });
    const primary = await rejection(client.beta.sessions.threads.archive(all[0]!.id, { session_id: session.id }));
    expect(primary).toMatchObject({ status: 400 });
    const archived = await client.beta.sessions.threads.archive(all[1]!.id, { session_id: session.id });
    expect(archived.archived_at).toEqual(expect.any(String));
    advance(server, 5_000);
    const again = await client.beta.sessions.threads.archive(all[1]!.id, { session_id: session.id });
    expect(again).toEqual(archived);
  });

  it('streams a thread live, and an interrupt naming it ends only that thread', async () => {
    const { session } = await coordinatorSession();
    const script = {
      turns: [
        [
          { type: 'delegate', agent: 'writer', steps: [{ type: 'wait', duration: '1h' }, { type: 'message' }] },
          { type: 'message', text: 'carried on' },
        ],
      ],
    };
    expect((await putScript(server, session.id, script)).status).toBe(200);
    const primary = reader(await client.beta.sessions.events.stream(session.id));
    await client.beta.sessions.events.send(session.id, { events: [userMessage('draft it')] });
    const started = await primary.until((e) => e.type === 'session.thread_status_running');
    const threadId = started.at(-1).session_thread_id;
    const live = reader(
      await client.beta.sessions.threads.events.stream(threadId, {
        session_id: session.id,
        event_deltas: ['agent.message'],
      }),
    );
    await client.beta.sessions.events.send(session.id, {
      events: [{ type: 'user.interrupt', session_thread_id: threadId }],
    });
    const onThread = await live.until((e) => e.type === 'session.thread_status_idle');
    expect(types(onThread)).toEqual(['session.thread_status_idle']);
    expect(onThread[0]).toMatchObject({ session_thread_id: threadId, stop_reason: { type: 'end_turn' } });
    const rest = await primary.until(idleWith('end_turn'));
    expect(types(rest)).toEqual([
      'user.interrupt',
      'session.thread_status_idle',
      'span.model_request_start',
      'agent.message',
      'span.model_request_end',
      'session.status_idle',
    ]);
    expect(rest[3].content[0].text).toBe('carried on');
    await live.close();
    await primary.close();
    const bad = await rejection(
      client.beta.sessions.events.send(session.id, {
        events: [{ type: 'user.interrupt', session_thread_id: 'sthr_nope' }],
      }),
    );
    expect(bad).toMatchObject({ status: 400 });
  });

  it('streams a thread with message deltas while it works', async () => {
    const { session } = await coordinatorSession();
    const script = { turns: [[{ type: 'delegate', steps: [{ type: 'wait', duration: '1m' }, { type: 'message' }] }]] };
    expect((await putScript(server, session.id, script)).status).toBe(200);
    await client.beta.sessions.events.send(session.id, { events: [userMessage('hello there')] });
    await server.engine.queue.idle();
    const [, thread] = (await client.beta.sessions.threads.list(session.id)).data;
    expect(thread).toMatchObject({ status: 'running', agent: { name: 'researcher' } });
    const live = reader(
      await client.beta.sessions.threads.events.stream(thread!.id, {
        session_id: session.id,
        event_deltas: ['agent.message'],
      }),
    );
    advance(server, 60_000);
    const seen = await live.until((e) => e.type === 'session.thread_status_idle');
    expect(types(seen)).toEqual([
      'span.model_request_start',
      'event_start',
      'event_delta',
      'event_delta',
      'event_delta',
      'agent.message',
      'span.model_request_end',
      'agent.thread_message_sent',
      'session.thread_status_idle',
    ]);
    expect(seen[5].content[0].text).toBe('echo: hello there');
    await live.close();
    const done = await client.beta.sessions.threads.retrieve(thread!.id, { session_id: session.id });
    expect(done.stats?.active_seconds).toBeGreaterThanOrEqual(60);
  });

  it("resumes a thread's stream after Last-Event-ID, as the session stream does", async () => {
    const { session } = await coordinatorSession();
    expect((await putScript(server, session.id, DELEGATING)).status).toBe(200);
    await client.beta.sessions.events.send(session.id, { events: [userMessage('tea')] });
    await server.engine.queue.idle();
    const threadId = (await client.beta.sessions.threads.list(session.id)).data[1]!.id;
    const path = `/v1/sessions/${session.id}/threads/${threadId}/stream`;
    const all = await rawFrames(`${path}?replay=1`, {}, 9);
    expect(all.map((f) => f.data.type)).toEqual(DELEGATED_THREAD_LOG);
    const resumed = await rawFrames(path, { 'last-event-id': all[3]!.id! }, 5);
    expect(resumed.map((f) => f.data.id)).toEqual(all.slice(4).map((f) => f.data.id));
  });

  it('ends the turn with session.error when the roster has no such agent', async () => {
    const { session } = await coordinatorSession();
    const script = { turns: [[{ type: 'delegate', agent: 'nobody' }]] };
    expect((await putScript(server, session.id, script)).status).toBe(200);
    await client.beta.sessions.events.send(session.id, { events: [userMessage('hi')] });
    await server.engine.queue.idle();
    const log = (await client.beta.sessions.events.list(session.id)).data;
    expect(types(log).slice(-2)).toEqual(['session.error', 'session.status_idle']);
    expect((log.at(-2) as any).error.message).toContain('no agent "nobody"');
  });

  it('rejects a delegated thread step that would wait for the client', async () => {
    const { session } = await coordinatorSession();
    const res = await putScript(server, session.id, {
      turns: [[{ type: 'delegate', steps: [{ type: 'custom_tool_use' }] }]],
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('cannot run inside a delegated thread');
    const ask = await putScript(server, session.id, {
      turns: [[{ type: 'delegate', steps: [{ type: 'tool_use', name: 'bash', permission: 'ask' }] }]],
    });
    expect(ask.status).toBe(400);
  });
});

describe('thread ids the caller cannot see', () => {
  it('answers 404 for an unknown session or thread, and for another tenant', async () => {
    const { session } = await coordinatorSession();
    const missing = await rejection(client.beta.sessions.threads.list('sesn_nope'));
    expect(missing).toMatchObject({ status: 404, error: { type: 'error', error: { type: 'not_found_error' } } });
    const noThread = await rejection(client.beta.sessions.threads.retrieve('sthr_nope', { session_id: session.id }));
    expect(noThread).toMatchObject({ status: 404 });
    const noEvents = await rejection(client.beta.sessions.threads.events.list('sthr_nope', { session_id: session.id }));
    expect(noEvents).toMatchObject({ status: 404 });
    const noStream = await rejection(
      client.beta.sessions.threads.events.stream('sthr_nope', { session_id: session.id }),
    );
    expect(noStream).toMatchObject({ status: 404 });
    const primaryId = (await client.beta.sessions.threads.list(session.id)).data[0]!.id;
    const other = sdk(server, { apiKey: OTHER_KEY });
    expect(await rejection(other.beta.sessions.threads.list(session.id))).toMatchObject({ status: 404 });
    const foreign = await rejection(other.beta.sessions.threads.retrieve(primaryId, { session_id: session.id }));
    expect(foreign).toMatchObject({ status: 404 });
    const archive = await rejection(other.beta.sessions.threads.archive(primaryId, { session_id: session.id }));
    expect(archive).toMatchObject({ status: 404 });
    // The primary thread's log is the session-level one.
    await client.beta.sessions.events.send(session.id, { events: [userMessage('hi')] });
    await server.engine.queue.idle();
    const viaThread = await client.beta.sessions.threads.events.list(primaryId, { session_id: session.id });
    const viaSession = await client.beta.sessions.events.list(session.id);
    expect(viaThread.data).toEqual(viaSession.data);
  });
});
