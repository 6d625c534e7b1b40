/**
 * The live stream on the wire: headers at once, `event:`/`id:`/`data:` frames, pings, no history by
 * default, openma's Last-Event-ID and replay resume, `session.deleted` closing it; and a stream
 * dropped mid-turn resumed both ways without losing or repeating an event.
 */
import { describe, expect, it } from 'vitest';
import { seededIds } from '../../src/engine/ids.js';
import { KEY, PROVIDER, emulatorPerFile, sdk, startManagedAgents } from './helpers.js';
import { idleWith, newSession, putScript, rawStream, reader, userMessage } from './session-helpers.js';

const { server, client } = await emulatorPerFile({ providerSettings: { [PROVIDER]: { streamPingMs: 25 } } });

const twoPartTurn = [
  [
    { type: 'message', text: 'first part' },
    { type: 'wait', duration: '5m' },
    { type: 'message', text: 'second part' },
  ],
];

describe('the session event stream', () => {
  it('flushes its headers before any event, frames events with their seq, and pings', async () => {
    const { session } = await newSession(client);
    const stream = await rawStream(server, `/v1/sessions/${session.id}/events/stream`, { accept: 'application/json' });
    expect(stream.res.status).toBe(200);
    expect(stream.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.res.headers.get('request-id')).toMatch(/^req_/);
    expect((await stream.next())?.event).toBe('ping');
    await client.beta.sessions.events.send(session.id, { events: [userMessage('hi')] });
    const frames = await stream.until((f) => f.event === 'session.status_idle');
    stream.close();
    expect(frames.map((f) => f.event)).toEqual(frames.map((f) => f.data.type));
    const seqs = frames.map((f) => Number(f.id));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('replays nothing by default, everything with replay=1, and the rest after Last-Event-ID', async () => {
    const { session } = await newSession(client);
    await client.beta.sessions.events.send(session.id, { events: [userMessage('earlier')] });
    await server.engine.queue.idle();
    const log = (await client.beta.sessions.events.list(session.id)).data;
    const live = await rawStream(server, `/v1/sessions/${session.id}/events/stream`);
    const replay = await rawStream(server, `/v1/sessions/${session.id}/stream?replay=1`);
    const resumed = await rawStream(server, `/v1/sessions/${session.id}/events/stream`, { 'last-event-id': '0' });
    const all = await replay.until((f) => f.event === 'session.status_idle');
    expect(all.map((f) => f.data)).toEqual(log);
    const afterThird = await rawStream(server, `/v1/sessions/${session.id}/events/stream`, {
      'last-event-id': all[2]!.id!,
    });
    expect((await afterThird.until((f) => f.event === 'session.status_idle')).map((f) => f.data)).toEqual(log.slice(3));
    expect((await resumed.until((f) => f.event === 'session.status_idle')).map((f) => f.data)).toEqual(log);
    await client.beta.sessions.events.send(session.id, { events: [userMessage('now')] });
    const fresh = await live.until((f) => f.event === 'session.status_idle');
    expect(fresh[0]!.data).toMatchObject({ type: 'user.message', content: [{ type: 'text', text: 'now' }] });
    for (const s of [live, replay, resumed, afterThird]) s.close();
  });

  it('resumes a stream dropped mid-turn from Last-Event-ID without losing or repeating an event', async () => {
    const { session } = await newSession(client);
    await putScript(server, session.id, { turns: twoPartTurn });
    const first = await rawStream(server, `/v1/sessions/${session.id}/events/stream`);
    await client.beta.sessions.events.send(session.id, { events: [userMessage('go')] });
    const before = await first.until((f) => f.event === 'agent.message');
    first.close();
    server.engine.clock.advance(5 * 60_000);
    await server.engine.queue.idle();
    const second = await rawStream(server, `/v1/sessions/${session.id}/events/stream`, {
      'last-event-id': before.at(-1)!.id!,
    });
    const after = await second.until((f) => f.event === 'session.status_idle');
    second.close();
    const log = [];
    for await (const e of client.beta.sessions.events.list(session.id)) log.push(e);
    expect([...before, ...after].map((f) => f.data)).toEqual(log);
  });

  it('lets an SDK client resume the way the tool runner does: reopen, then backfill from the list', async () => {
    const { session } = await newSession(client);
    await putScript(server, session.id, { turns: twoPartTurn });
    const dropped = reader(await client.beta.sessions.events.stream(session.id));
    await client.beta.sessions.events.send(session.id, { events: [userMessage('go')] });
    const seen = await dropped.until((e) => e.type === 'agent.message');
    await dropped.close();
    const again = reader(await client.beta.sessions.events.stream(session.id));
    const ids = new Set(seen.map((e) => e.id));
    for await (const e of client.beta.sessions.events.list(session.id, { limit: 2 })) {
      if (!ids.has(e.id)) seen.push(e), ids.add(e.id);
    }
    server.engine.clock.advance(5 * 60_000);
    const rest = await again.until(idleWith('end_turn'));
    await again.close();
    for (const e of rest) if (!ids.has(e.id)) seen.push(e), ids.add(e.id);
    const log = [];
    for await (const e of client.beta.sessions.events.list(session.id)) log.push(e);
    expect(seen).toEqual(log);
    expect(seen.filter((e) => e.type === 'agent.message').map((e) => e.content[0].text)).toEqual([
      'first part',
      'second part',
    ]);
  });

  it('sends session.deleted and closes when the session is deleted', async () => {
    const { session } = await newSession(client);
    const stream = await client.beta.sessions.events.stream(session.id);
    const deleting = client.beta.sessions.delete(session.id);
    const seen = [];
    for await (const e of stream) seen.push(e);
    expect(await deleting).toEqual({ id: session.id, type: 'session_deleted' });
    expect(seen.map((e) => e.type)).toEqual(['session.deleted']);
    const gone = await client.beta.sessions.events.stream(session.id).catch((e) => e);
    expect(gone).toMatchObject({ status: 404 });
  });
});

describe('a scripted run with a frozen clock and seeded ids', () => {
  it('writes the same log byte for byte, run after run', async () => {
    const run = async (): Promise<string> => {
      const s = await startManagedAgents({ ids: seededIds('same'), clockFrozenAt: '2026-06-01T09:00:00.000Z' });
      try {
        const c = sdk(s);
        const { session } = await newSession(c, { metadata: { mailsim_script: 'tool' } });
        await c.beta.sessions.events.send(session.id, { events: [userMessage('one')] });
        await s.engine.queue.idle();
        await c.beta.sessions.events.send(session.id, { events: [userMessage('two')] });
        await s.engine.queue.idle();
        const res = await fetch(`${s.url(PROVIDER)}/v1/sessions/${session.id}/events?limit=1000`, {
          headers: { 'x-api-key': KEY },
        });
        return await res.text();
      } finally {
        await s.close();
      }
    };
    const [a, b] = [await run(), await run()];
    expect(JSON.parse(a).data).toHaveLength(18);
    expect(b).toBe(a);
  });

  it('writes the same session log, thread log and thread list for a delegating coordinator', async () => {
    const run = async (): Promise<string> => {
      const s = await startManagedAgents({ ids: seededIds('same'), clockFrozenAt: '2026-06-01T09:00:00.000Z' });
      try {
        const c = sdk(s);
        const helper = await c.beta.agents.create({ name: 'researcher', model: 'claude-opus-5-5' });
        const multiagent = { type: 'coordinator' as const, agents: [helper.id] };
        const { session } = await newSession(c, { metadata: { mailsim_script: 'coordinator' }, multiagent });
        await c.beta.sessions.events.send(session.id, { events: [userMessage('tides')] });
        await s.engine.queue.idle();
        await c.beta.sessions.events.send(session.id, { events: [userMessage('moons')] });
        await s.engine.queue.idle();
        const get = async (path: string) =>
          (await fetch(`${s.url(PROVIDER)}${path}`, { headers: { 'x-api-key': KEY } })).text();
        const threads = await get(`/v1/sessions/${session.id}/threads`);
        const child = JSON.parse(threads).data[1].id as string;
        const parts = [
          await get(`/v1/sessions/${session.id}/events?limit=1000`),
          threads,
          await get(`/v1/sessions/${session.id}/threads/${child}/events?limit=1000`),
        ];
        return parts.join('\n');
      } finally {
        await s.close();
      }
    };
    const [a, b] = [await run(), await run()];
    const [log, threads, own] = a.split('\n').map((p) => JSON.parse(p));
    // Two turns, one thread reused by the second delegation.
    expect(threads.data).toHaveLength(2);
    expect(log.data.filter((e: any) => e.type === 'session.thread_created')).toHaveLength(1);
    expect(own.data.filter((e: any) => e.type === 'agent.tool_result')).toHaveLength(2);
    expect(log.data.filter((e: any) => e.type === 'agent.message').map((e: any) => e.content[0].text)).toEqual([
      'Summary: Found three sources.',
      'Summary: Found three sources.',
    ]);
    expect(b).toBe(a);
  });
});
