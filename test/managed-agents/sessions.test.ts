import { describe, expect, it } from 'vitest';
import { emulatorPerFile } from './helpers.js';
import { idleWith, newSession, readUntil, userMessage } from './session-helpers.js';

const { server, client } = await emulatorPerFile();

describe('a session with the default runtime', () => {
  it('streams an echo turn to idle, and the log lists it in order', async () => {
    const { session } = await newSession(client);
    expect(session).toMatchObject({ type: 'session', status: 'idle', title: null, usage: { input_tokens: 0 } });
    const stream = await client.beta.sessions.events.stream(session.id);
    const sent = await client.beta.sessions.events.send(session.id, { events: [userMessage('Where is my order?')] });
    expect(sent.data).toHaveLength(1);
    const seen = await readUntil(stream, idleWith('end_turn'));
    expect(seen.map((e) => e.type)).toEqual([
      'user.message',
      'session.status_running',
      'span.model_request_start',
      'agent.message',
      'span.model_request_end',
      'session.status_idle',
    ]);
    expect(seen[3].content).toEqual([{ type: 'text', text: 'echo: Where is my order?' }]);
    const listed = [];
    for await (const e of client.beta.sessions.events.list(session.id)) listed.push(e);
    expect(listed).toEqual(seen);
    const after = await client.beta.sessions.retrieve(session.id);
    expect(after.status).toBe('idle');
    expect(after.usage).toMatchObject({ input_tokens: 4, output_tokens: 5 });
    await server.engine.queue.idle();
  });
});
