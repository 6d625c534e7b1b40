/**
 * Strict-header mode (`providerSettings["managed-agents"].strictHeaders`): the SDK, which sends
 * the right headers, works unchanged; a missing or unknown `anthropic-version`, a missing or wrong
 * beta for the route family, or an unknown beta value is a 400 as in production. Off by default.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toFile } from '@anthropic-ai/sdk';
import type { MailsimServer } from '../../src/server.js';
import { KEY, PROVIDER, sdk, startManagedAgents } from './helpers.js';

let strict: MailsimServer;
let lenient: MailsimServer;
beforeAll(async () => {
  [strict, lenient] = await Promise.all([
    startManagedAgents({ providerSettings: { [PROVIDER]: { strictHeaders: true } } }),
    startManagedAgents(),
  ]);
});
afterAll(async () => {
  await strict.close();
  await lenient.close();
});

async function get(server: MailsimServer, path: string, headers: Record<string, string>) {
  const res = await fetch(server.url(PROVIDER) + path, { headers: { 'x-api-key': KEY, ...headers } });
  return { status: res.status, body: (await res.json()) as any, retry: res.headers.get('x-should-retry') };
}

const V = { 'anthropic-version': '2023-06-01' };

describe('strict-header mode', () => {
  it('lets the unmodified SDK through on every route family', async () => {
    const client = sdk(strict);
    await client.beta.agents.list();
    await client.beta.environments.list();
    await client.beta.vaults.list();
    const store = await client.beta.memoryStores.create({ name: 'm' });
    await client.beta.memoryStores.memories.list(store.id);
    await client.beta.skills.list();
    await client.beta.files.upload({ file: await toFile(Buffer.from('x'), 'x.txt') });
    await client.beta.models.list();
    await client.models.list();
  });

  it('requires anthropic-version and knows its values', async () => {
    const missing = await get(strict, '/v1/agents', { 'anthropic-beta': 'managed-agents-2026-04-01' });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toEqual({
      type: 'invalid_request_error',
      message: 'anthropic-version: header is required',
    });
    expect(missing.retry).toBe('false');
    const unknown = await get(strict, '/v1/agents', {
      'anthropic-version': '1999-01-01',
      'anthropic-beta': 'managed-agents-2026-04-01',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/anthropic-version/);
  });

  it("requires the route family's beta: managed agents for agents, either for memory, none for files", async () => {
    const noBeta = await get(strict, '/v1/agents', V);
    expect(noBeta.status).toBe(400);
    expect(noBeta.body.error.message).toMatch(/managed-agents-2026-04-01/);
    const wrongBeta = await get(strict, '/v1/vaults', { ...V, 'anthropic-beta': 'agent-memory-2026-07-22' });
    expect(wrongBeta.status).toBe(400);
    expect(
      (await get(strict, '/v1/agents', { ...V, 'anthropic-beta': 'files-api-2025-04-14,managed-agents-2026-04-01' }))
        .status,
    ).toBe(200);
    expect(
      (await get(strict, '/v1/memory_stores', { ...V, 'anthropic-beta': 'managed-agents-2026-04-01' })).status,
    ).toBe(200);
    expect((await get(strict, '/v1/memory_stores', { ...V, 'anthropic-beta': 'agent-memory-2026-07-22' })).status).toBe(
      200,
    );
    expect((await get(strict, '/v1/memory_stores', V)).status).toBe(400);
    expect((await get(strict, '/v1/files', V)).status).toBe(200);
    expect((await get(strict, '/v1/skills', V)).status).toBe(200);
  });

  it('rejects a beta value it does not know, as production does', async () => {
    const res = await get(strict, '/v1/files', { ...V, 'anthropic-beta': 'time-travel-2099-01-01' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /^Unexpected value\(s\) `time-travel-2099-01-01` for the `anthropic-beta` header/,
    );
  });

  it('checks the key first and the headers only on a known route, once the caller is known', async () => {
    const badKey = await get(strict, '/v1/agents', { 'x-api-key': 'oma_not-a-key' });
    expect(badKey.status).toBe(401);
    expect(badKey.body.error.type).toBe('authentication_error');
    const unknownRoute = await get(strict, '/v1/nope', {});
    expect(unknownRoute.status).toBe(404);
    const journal = strict.engine.journal.list({ provider: PROVIDER });
    expect(journal[0]).toMatchObject({ path: '/v1/nope', status: 404, errorCode: 'not_found_error' });
    const refused = await get(strict, '/v1/agents', {});
    expect(refused.status).toBe(400);
    expect(strict.engine.journal.list({ provider: PROVIDER })[0]).toMatchObject({
      operationId: 'listAgents',
      status: 400,
      tenant: 'default',
      errorCode: 'invalid_request_error',
    });
  });

  it('leaves health unauthenticated and unchecked', async () => {
    expect((await fetch(`${strict.url(PROVIDER)}/health`)).status).toBe(200);
  });

  it('is off by default: no version, no beta, unknown betas are all accepted', async () => {
    expect((await get(lenient, '/v1/agents', {})).status).toBe(200);
    expect((await get(lenient, '/v1/memory_stores', { 'anthropic-beta': 'time-travel-2099-01-01' })).status).toBe(200);
  });
});
