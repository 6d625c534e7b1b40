/**
 * msw mode: an SDK-style client talks to https://api.agentsend.io and the emulator answers in
 * process, with no port opened.
 */
import { readFileSync } from 'node:fs';
import { Server } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createHandlers, AGENTSEND_DEV_KEY } from '../../src/testing/msw.js';
import { runContractTest } from '../../src/harness/runner.js';

const BASE = 'https://api.agentsend.io';

/** The smallest possible "SDK": what @agentsend/sdk does for these calls. */
function sdk(apiKey: string, baseUrl = BASE) {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };
  return {
    createInbox: (displayName: string) => call('POST', '/inboxes', { displayName }),
    send: (inboxId: string, msg: { to: string[]; subject: string; bodyText: string }) =>
      call('POST', `/inboxes/${inboxId}/messages`, msg),
    getMessage: (id: string) => call('GET', `/messages/${id}`),
    listMessages: (inboxId: string) => call('GET', `/inboxes/${inboxId}/messages`),
    raw: call,
  };
}

const listeningServers = (): number =>
  (process as unknown as { _getActiveHandles(): unknown[] })
    ._getActiveHandles()
    .filter((h) => h instanceof Server && (h as Server).listening).length;

const handlers = createHandlers({ provider: 'agentsend' });
const server = setupServer(...handlers);
let serversBefore = 0;

beforeAll(() => {
  serversBefore = listeningServers();
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => handlers.reset());
afterAll(() => {
  server.close();
  handlers.close();
});

describe('msw handlers', () => {
  it('the exported dev key is the one the seed creates', async () => {
    const seed = JSON.parse(readFileSync(new URL('../../fixtures/agentsend/seed.json', import.meta.url), 'utf8'));
    expect(seed.accounts[0].apiKeys[0].key).toBe(AGENTSEND_DEV_KEY);
    const { apiKeys } = await handlers.ready();
    expect(apiKeys.map((k) => k.key)).toContain(AGENTSEND_DEV_KEY);
  });

  it('runs an SDK flow (create inbox, send, read) with no listening socket', async () => {
    const client = sdk(AGENTSEND_DEV_KEY);
    const inbox = await client.createInbox('msw inbox');
    expect(inbox.status).toBe(201);
    expect(inbox.body.address).toMatch(/^agent-[a-z0-9]{8}@agentsend\.io$/);
    expect(inbox.headers.get('x-ratelimit-limit')).toBe('100');

    const sent = await client.send(inbox.body.id, {
      to: [inbox.body.address],
      subject: 'Hello from msw',
      bodyText: 'hi',
    });
    expect(sent.status).toBe(202);
    expect(sent.body).toMatchObject({
      inboxId: inbox.body.id,
      subject: 'Hello from msw',
      direction: 'outbound',
      status: 'queued',
    });

    const read = await client.getMessage(sent.body.id);
    expect(read.status).toBe(200);
    expect(read.body.id).toBe(sent.body.id);
    const list = await client.listMessages(inbox.body.id);
    expect(list.body.data.map((m: { id: string }) => m.id)).toContain(sent.body.id);

    // Nothing listened: the only way these answers arrived is through msw.
    expect(listeningServers()).toBe(serversBefore);
    expect(handlers.engine.journal.list({ operation: 'sendMessage' })).toHaveLength(1);
  });

  it('answers errors in the provider envelope, as the server does', async () => {
    const res = await sdk('ask_wrong').raw('GET', '/inboxes');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'UNAUTHORIZED', message: 'Invalid or missing API key', status: 401 } });
    const bad = await sdk(AGENTSEND_DEV_KEY).raw('GET', '/inboxes/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_ERROR');
  });

  it('keeps state between calls and reset() returns to the seed', async () => {
    const client = sdk(AGENTSEND_DEV_KEY);
    const made = await client.createInbox('kept');
    expect((await client.raw('GET', `/inboxes/${made.body.id}`)).status).toBe(200);
    await handlers.reset();
    expect((await client.raw('GET', `/inboxes/${made.body.id}`)).status).toBe(404);
    expect((await client.raw('GET', '/inboxes')).body.total).toBe(1);
  });

  it('turns reset, hang, truncate and malformed faults into what a client would see', async () => {
    const url = `${BASE}/inboxes`;
    const auth = { authorization: `Bearer ${AGENTSEND_DEV_KEY}` };
    await expect(fetch(url, { headers: { ...auth, 'x-mailsim-fault': 'reset' } })).rejects.toThrow(TypeError);
    await expect(
      fetch(url, { headers: { ...auth, 'x-mailsim-fault': 'hang' }, signal: AbortSignal.timeout(150) }),
    ).rejects.toThrow(/abort|timeout/i);
    const malformed = await fetch(url, { headers: { ...auth, 'x-mailsim-fault': 'malformed' } });
    await expect(malformed.json()).rejects.toThrow(SyntaxError);
    const truncated = await fetch(url, { headers: { ...auth, 'x-mailsim-fault': 'truncate' } });
    const full = await (await fetch(url, { headers: auth })).text();
    expect((await truncated.text()).length).toBe(Math.floor(full.length / 2));
    const unavailable = await fetch(url, { headers: { ...auth, 'x-mailsim-fault': '503' } });
    expect(unavailable.status).toBe(503);
  });

  it('serves the control plane on the same base URL', async () => {
    await sdk(AGENTSEND_DEV_KEY).raw('GET', '/account');
    const journal = (await (await fetch(`${BASE}/_mailsim/requests?operation=getAccount`)).json()) as {
      data: unknown[];
    };
    expect(journal.data).toHaveLength(1);
    expect(journal.data[0]).toMatchObject({ method: 'GET', path: '/account', status: 200, operationId: 'getAccount' });
    const added = await fetch(`${BASE}/_mailsim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ match: { operation: 'getAccount' }, action: { type: 'status', status: 500 }, times: 1 }),
    });
    expect(added.status).toBe(201);
    expect((await sdk(AGENTSEND_DEV_KEY).raw('GET', '/account')).status).toBe(500);
    expect((await sdk(AGENTSEND_DEV_KEY).raw('GET', '/account')).status).toBe(200);
  });

  it('passes the contract test in process, like the server', async () => {
    const report = await runContractTest({
      provider: 'agentsend',
      target: BASE,
      apiKey: AGENTSEND_DEV_KEY,
      delayMs: 0,
    });
    const failures = report.results
      .filter((r) => r.outcome !== 'pass')
      .map((r) => `${r.id}: ${r.violations.map((v) => v.message).join('; ')}${r.skipReason ?? ''}`);
    expect(failures).toEqual([]);
    expect(report.coverage.missing).toEqual([]);
  });
});
