/**
 * Sessions in msw mode: the SDK's stream, a break out of its loop (which must not hang), the tool
 * runner's custom-tool round trip and the control plane's scripts, all in process with no port.
 */
import Anthropic from '@anthropic-ai/sdk';
import { betaTool } from '@anthropic-ai/sdk/helpers/beta/json-schema';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANAGED_AGENTS_DEV_KEY, createHandlers } from '../../src/testing/msw.js';

const handlers = createHandlers({ provider: 'managed-agents' });
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  server.close();
  handlers.close();
});

// Made once msw listens: the SDK keeps the fetch it finds when it is constructed.
let client: Anthropic;
beforeAll(() => {
  client = new Anthropic({ apiKey: MANAGED_AGENTS_DEV_KEY, maxRetries: 0 });
});
const say = (text: string) => ({ type: 'user.message' as const, content: [{ type: 'text' as const, text }] });

async function session(agent: Partial<Parameters<Anthropic['beta']['agents']['create']>[0]> = {}) {
  const env = await client.beta.environments.create({ name: 'msw' });
  const a = await client.beta.agents.create({ name: 'in-process', model: 'claude-opus-5-5', ...agent });
  return { agent: a, session: await client.beta.sessions.create({ agent: a.id, environment_id: env.id }) };
}

describe('Managed Agents sessions in msw mode', () => {
  it('streams a turn, and a break out of the loop ends the stream', async () => {
    const { session: s } = await session();
    const stream = await client.beta.sessions.events.stream(s.id, { event_deltas: ['agent.message'] });
    await client.beta.sessions.events.send(s.id, { events: [say('in memory')] });
    const seen: string[] = [];
    for await (const e of stream) {
      seen.push(e.type);
      if (e.type === 'session.status_idle') break;
    }
    expect(seen).toContain('event_delta');
    expect(seen.at(-1)).toBe('session.status_idle');
    await handlers.engine.queue.idle();
    const listed = (await client.beta.sessions.events.list(s.id)).data.map((e) => e.type);
    expect(listed).not.toContain('event_delta');
    expect(listed.at(-1)).toBe('session.status_idle');
  });

  it('completes a custom tool round trip with the SDK tool runner on a scripted agent', async () => {
    const { agent, session: s } = await session({
      tools: [{ type: 'custom', name: 'weather', description: 'Weather', input_schema: { type: 'object' } }],
    });
    // The control plane answers on the SDK's base URL too.
    const put = await fetch(`https://api.anthropic.com/_mailsim/managed-agents/scripts/${agent.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        turns: [
          [
            { type: 'custom_tool_use', input: { city: '{{input}}' } },
            { type: 'message', text: '{{result}}' },
          ],
        ],
      }),
    });
    expect(put.status).toBe(200);
    const weather = betaTool({
      name: 'weather',
      description: 'Weather',
      inputSchema: { type: 'object', properties: { city: { type: 'string' } } },
      run: (args) => `sunny in ${args.city}`,
    });
    const runner = client.beta.sessions.events.toolRunner(s.id, { tools: [weather], maxIdleMs: 50 });
    await client.beta.sessions.events.send(s.id, { events: [say('Lisbon')] });
    const calls = [];
    for await (const call of runner) calls.push(call);
    expect(calls.map((c) => c.name)).toEqual(['weather']);
    await handlers.engine.queue.idle();
    const reply = (await client.beta.sessions.events.list(s.id, { types: ['agent.message'] })).data[0];
    expect(reply).toMatchObject({ content: [{ type: 'text', text: 'sunny in Lisbon' }] });
  });
});
