/** Sessions under test: an environment and an agent to run them, and reading a stream up to a stop. */
import type Anthropic from '@anthropic-ai/sdk';
import type { MailsimServer } from '../../src/server.js';
import { KEY, PROVIDER } from './helpers.js';

export async function newSession(
  client: Anthropic,
  agent: Partial<Parameters<Anthropic['beta']['agents']['create']>[0]> = {},
  session: Record<string, unknown> = {},
) {
  const env = await client.beta.environments.create({ name: 'sessions' });
  const a = await client.beta.agents.create({ name: 'scripted', model: 'claude-opus-5-5', ...agent });
  const s = await client.beta.sessions.create({ agent: a.id, environment_id: env.id, ...session });
  return { env, agent: a, session: s };
}

/** Collects streamed events until `stop` says so (inclusive); breaks out of the SDK's loop. */
export async function readUntil(stream: AsyncIterable<any>, stop: (e: any) => boolean): Promise<any[]> {
  const seen: any[] = [];
  for await (const e of stream) {
    seen.push(e);
    if (stop(e)) break;
  }
  return seen;
}

/**
 * Reads one SDK stream in several parts (an SDK Stream can be iterated only once, and a `break`
 * closes it): `until` reads up to a stop, `close` ends the stream.
 */
export function reader(stream: AsyncIterable<any>) {
  const it = stream[Symbol.asyncIterator]();
  return {
    async until(stop: (e: any) => boolean): Promise<any[]> {
      const seen: any[] = [];
      for (;;) {
        const next = await it.next();
        if (next.done) return seen;
        seen.push(next.value);
        if (stop(next.value)) return seen;
      }
    },
    close: () => it.return?.(),
  };
}

export const idleWith = (reason: string) => (e: any) =>
  e.type === 'session.status_idle' && e.stop_reason?.type === reason;

/** Sets a session's or an agent's script on the control plane. */
export async function putScript(server: MailsimServer, id: string, script: unknown): Promise<Response> {
  return fetch(`${server.url(PROVIDER)}/_mailsim/managed-agents/scripts/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(script),
  });
}

export const userMessage = (text: string) => ({
  type: 'user.message' as const,
  content: [{ type: 'text' as const, text }],
});

export interface Frame {
  event: string;
  id?: string;
  data: any;
}

/** Opens a session or thread stream with plain fetch (the dev key) and reads SSE frames as they come. */
export async function rawStream(server: MailsimServer, path: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const res = await fetch(server.url(PROVIDER) + path, {
    headers: { authorization: `Bearer ${KEY}`, ...headers },
    signal: controller.signal,
  });
  const body = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pending: Frame[] = [];
  const next = async (): Promise<Frame | null> => {
    for (;;) {
      const frame = pending.shift();
      if (frame) return frame;
      const { value, done } = await body.read();
      if (done) return null;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const f: Partial<Frame> = {};
        for (const line of block.split('\n')) {
          const [k, ...rest] = line.split(': ');
          const v = rest.join(': ');
          if (k === 'event') f.event = v;
          else if (k === 'id') f.id = v;
          else if (k === 'data') f.data = JSON.parse(v);
        }
        if (f.event) pending.push(f as Frame);
        end = buffer.indexOf('\n\n');
      }
    }
  };
  return {
    res,
    /** Frames up to the one `stop` accepts, pings left out. */
    async until(stop: (f: Frame) => boolean): Promise<Frame[]> {
      const out: Frame[] = [];
      for (let f = await next(); f; f = await next()) {
        if (f.event === 'ping') continue;
        out.push(f);
        if (stop(f)) return out;
      }
      return out;
    },
    next,
    close: () => controller.abort(),
  };
}
