/**
 * The SDK flows a developer tests against mailsim: a built-in tool answered, a custom tool round
 * trip through the SDK's own tool runner, a permission confirmed and one denied, an interrupt of a
 * turn the engine clock holds running, an error turn, and deltas folded by the SDK's accumulator.
 */
import { accumulateManagedAgentsEvent } from '@anthropic-ai/sdk/lib/sessions/accumulate';
import { betaTool } from '@anthropic-ai/sdk/helpers/beta/json-schema';
import { describe, expect, it } from 'vitest';
import { emulatorPerFile } from './helpers.js';
import { idleWith, newSession, putScript, readUntil, reader, userMessage } from './session-helpers.js';

const { server, client } = await emulatorPerFile();

const types = (events: { type: string }[]) => events.map((e) => e.type);

describe('scripted turns', () => {
  it('answers a built-in tool from a shipped script named in the agent metadata', async () => {
    const { session } = await newSession(client, { metadata: { mailsim_script: 'tool' } });
    const stream = await client.beta.sessions.events.stream(session.id);
    await client.beta.sessions.events.send(session.id, { events: [userMessage('list the files')] });
    const seen = await readUntil(stream, idleWith('end_turn'));
    expect(types(seen)).toEqual([
      'user.message',
      'session.status_running',
      'agent.thinking',
      'agent.tool_use',
      'agent.tool_result',
      'span.model_request_start',
      'agent.message',
      'span.model_request_end',
      'session.status_idle',
    ]);
    const use = seen[3];
    expect(use).toMatchObject({ name: 'bash', input: { command: 'ls' }, evaluated_permission: 'allow' });
    expect(seen[4]).toMatchObject({ tool_use_id: use.id, content: [{ type: 'text', text: 'README.md\nsrc' }] });
    expect(seen[6].content[0].text).toBe('The folder holds: README.md\nsrc');
  });

  it('completes a custom tool round trip with the SDK tool runner', async () => {
    const { session, agent } = await newSession(client, {
      tools: [
        { type: 'custom', name: 'lookup_order', description: 'Finds an order', input_schema: { type: 'object' } },
      ],
    });
    expect((await putScript(server, agent.id, { fixture: 'custom-tool' })).status).toBe(200);
    const lookup = betaTool({
      name: 'lookup_order',
      description: 'Finds an order',
      inputSchema: { type: 'object', properties: { query: { type: 'string' } } },
      run: (args) => `order for ${args.query}: shipped`,
    });
    const runner = client.beta.sessions.events.toolRunner(session.id, { tools: [lookup], maxIdleMs: 50 });
    const stream = await client.beta.sessions.events.stream(session.id);
    await client.beta.sessions.events.send(session.id, { events: [userMessage('#1234')] });
    const calls = [];
    for await (const call of runner) calls.push(call);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ name: 'lookup_order', isError: false, posted: true });
    const seen = await readUntil(stream, idleWith('end_turn'));
    const idleForAction = seen.find(idleWith('requires_action'));
    expect(idleForAction.stop_reason.event_ids).toEqual([calls[0]!.toolUseId]);
    expect(seen.at(-2)).toMatchObject({ type: 'span.model_request_end' });
    const reply = seen.find((e) => e.type === 'agent.message');
    expect(reply.content[0].text).toBe('The tool said: order for #1234: shipped');
  });

  it('holds a tool call for a permission, then runs it once allowed or acknowledges a denial', async () => {
    const { session } = await newSession(client, { metadata: { mailsim_script: 'ask' } });
    const stream = reader(await client.beta.sessions.events.stream(session.id));
    await client.beta.sessions.events.send(session.id, { events: [userMessage('clean up')] });
    const first = await stream.until(idleWith('requires_action'));
    const use = first.find((e) => e.type === 'agent.tool_use');
    expect(use).toMatchObject({ evaluated_permission: 'ask', evaluation: { type: 'always_ask' } });
    expect(first.at(-1).stop_reason).toEqual({ type: 'requires_action', event_ids: [use.id] });
    expect((await client.beta.sessions.retrieve(session.id)).status).toBe('idle');
    const wrong = await client.beta.sessions.events
      .send(session.id, { events: [{ type: 'user.tool_confirmation', tool_use_id: 'sevt_nope', result: 'allow' }] })
      .catch((e: unknown) => e);
    expect(wrong).toMatchObject({ status: 400 });
    await client.beta.sessions.events.send(session.id, {
      events: [{ type: 'user.tool_confirmation', tool_use_id: use.id, result: 'allow' }],
    });
    const second = await stream.until(idleWith('end_turn'));
    expect(types(second).slice(0, 3)).toEqual([
      'user.tool_confirmation',
      'session.status_running',
      'agent.tool_result',
    ]);
    expect(second.find((e) => e.type === 'agent.message').content[0].text).toBe('Done: removed');

    await client.beta.sessions.events.send(session.id, { events: [userMessage('again')] });
    const third = await stream.until(idleWith('requires_action'));
    const again = third.find((e) => e.type === 'agent.tool_use');
    await client.beta.sessions.events.send(session.id, {
      events: [{ type: 'user.tool_confirmation', tool_use_id: again.id, result: 'deny', deny_message: 'not now' }],
    });
    const denied = await stream.until(idleWith('end_turn'));
    await stream.close();
    expect(types(denied)).not.toContain('agent.tool_result');
    expect(denied.find((e) => e.type === 'agent.message').content[0].text).toBe('The bash call was denied: not now.');
  });

  it('keeps a session running on the engine clock until interrupted', async () => {
    const { session } = await newSession(client);
    await putScript(server, session.id, { turns: [[{ type: 'wait', duration: '1h' }, { type: 'message' }]] });
    const stream = reader(await client.beta.sessions.events.stream(session.id));
    await client.beta.sessions.events.send(session.id, { events: [userMessage('take your time')] });
    await stream.until((e) => e.type === 'session.status_running');
    await server.engine.queue.idle();
    expect((await client.beta.sessions.retrieve(session.id)).status).toBe('running');
    await client.beta.sessions.events.send(session.id, { events: [{ type: 'user.interrupt' }] });
    const seen = await stream.until(idleWith('end_turn'));
    await stream.close();
    expect(types(seen)).toEqual(['user.interrupt', 'session.status_idle']);
    server.engine.clock.advance(2 * 3600_000);
    await server.engine.queue.idle();
    const log = [];
    for await (const e of client.beta.sessions.events.list(session.id)) log.push(e);
    expect(types(log)).not.toContain('agent.message');
    expect((await client.beta.sessions.retrieve(session.id)).status).toBe('idle');
  });

  it('plays a wait out when the clock advances, and reschedules', async () => {
    const { session } = await newSession(client);
    await putScript(server, session.id, {
      turns: [
        [
          { type: 'wait', duration: '10m' },
          { type: 'reschedule', after: '1m' },
          { type: 'message', text: 'back' },
        ],
      ],
    });
    await client.beta.sessions.events.send(session.id, { events: [userMessage('go')] });
    await server.engine.queue.idle();
    server.engine.clock.advance(10 * 60_000);
    await server.engine.queue.idle();
    expect((await client.beta.sessions.retrieve(session.id)).status).toBe('rescheduling');
    server.engine.clock.advance(60_000);
    await server.engine.queue.idle();
    const s = await client.beta.sessions.retrieve(session.id);
    expect(s.status).toBe('idle');
    const log = (await client.beta.sessions.events.list(session.id)).data;
    expect(types(log)).toContain('session.status_rescheduled');
    expect(log.find((e) => e.type === 'agent.message')).toMatchObject({ content: [{ type: 'text', text: 'back' }] });
  });

  it('reports a scripted model error, then idles with retries_exhausted', async () => {
    const { session } = await newSession(client, {}, { metadata: { mailsim_script: 'overloaded' } });
    const stream = await client.beta.sessions.events.stream(session.id);
    await client.beta.sessions.events.send(session.id, { events: [userMessage('hi')] });
    const seen = await readUntil(stream, idleWith('retries_exhausted'));
    expect(seen.find((e) => e.type === 'session.error').error).toEqual({
      type: 'model_overloaded_error',
      message: 'Overloaded',
      retry_status: { type: 'exhausted' },
    });
  });

  it('previews a reply as deltas the SDK accumulator folds into the final message', async () => {
    const { session } = await newSession(client);
    const stream = await client.beta.sessions.events.stream(session.id, {
      event_deltas: ['agent.message', 'agent.thinking'],
    });
    await client.beta.sessions.events.send(session.id, { events: [userMessage('one two three')] });
    let acc: any;
    const previews: any[] = [];
    for await (const e of stream) {
      if (e.type === 'event_start' || e.type === 'event_delta') previews.push(acc);
      acc = accumulateManagedAgentsEvent(acc, e);
      if (e.type === 'session.status_idle') break;
    }
    // event_start, then one delta per word: "echo: ", "one ", "two ", "three".
    expect(previews.length).toBe(5);
    expect(previews[4]).toMatchObject({ content: [{ type: 'text', text: 'echo: one two ' }] });
    expect(acc).toMatchObject({ type: 'agent.message', content: [{ type: 'text', text: 'echo: one two three' }] });
  });

  it('refuses events to an archived session and unknown sessions', async () => {
    const { session } = await newSession(client);
    const archived = await client.beta.sessions.archive(session.id);
    expect(archived).toMatchObject({ status: 'terminated' });
    expect(archived.archived_at).not.toBeNull();
    const e = await client.beta.sessions.events.send(session.id, { events: [userMessage('x')] }).catch((x) => x);
    expect(e).toMatchObject({ status: 409 });
    const missing = await client.beta.sessions.events
      .send('sesn_missing', { events: [userMessage('x')] })
      .catch((x) => x);
    expect(missing).toMatchObject({ status: 404 });
  });
});
