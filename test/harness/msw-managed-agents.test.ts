import Anthropic, { NotFoundError, toFile } from '@anthropic-ai/sdk';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANAGED_AGENTS_DEV_KEY, createHandlers } from '../../src/testing/msw.js';

// Managed Agents in process, with no port: by default on both production base URLs, Anthropic's and openma's.
const handlers = createHandlers({ provider: 'managed-agents' });
const server = setupServer(...handlers);
// The SDK probes FormData support with fetch('data:,') before an upload; let that one through.
beforeAll(() =>
  server.listen({ onUnhandledRequest: (req, print) => (req.url.startsWith('data:') ? undefined : print.error()) }),
);
afterAll(() => {
  server.close();
  handlers.close();
});

describe('msw mode for Managed Agents', () => {
  it("answers the SDK on its default base URL and on openma's, from one engine", async () => {
    const anthropic = new Anthropic({
      apiKey: MANAGED_AGENTS_DEV_KEY,
      baseURL: 'https://api.anthropic.com',
      maxRetries: 0,
    });
    const openma = new Anthropic({ apiKey: MANAGED_AGENTS_DEV_KEY, baseURL: 'https://app.openma.dev', maxRetries: 0 });
    const agent = await anthropic.beta.agents.create({ name: 'in-process', model: 'claude-opus-5-5' });
    expect(agent).toMatchObject({ type: 'agent', version: 1, model: { id: 'claude-opus-5-5', speed: 'standard' } });
    expect((await openma.beta.agents.retrieve(agent.id)).name).toBe('in-process');
    const file = await openma.beta.files.upload({ file: await toFile(Buffer.from('in memory'), 'm.txt') });
    expect(await (await anthropic.beta.files.download(file.id)).text()).toBe('in memory');
    const e = await anthropic.beta.agents.retrieve('agent_missing').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(NotFoundError);
    expect((e as NotFoundError).headers.get('x-should-retry')).toBe('false');
    // The request id the SDK reports is the one the in-process journal recorded.
    const [entry] = (await handlers.control.requests.list({ limit: 1 })).data;
    expect(entry).toMatchObject({ operationId: 'retrieveAgent', status: 404, errorCode: 'not_found_error' });
    expect(entry!.requestId).toBe((e as NotFoundError).requestID);
  });
});
