/**
 * `mailsim proxy`: forwards unchanged, records contract drift of real requests and responses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { startProxy, type RunningProxy } from '../../src/harness/proxy.js';
import { SEED_INBOX_ID, client, startTestServer } from '../helpers/server.js';
import { startBrokenServer } from './broken-server.js';

let emulator: MailsimServer;
let broken: { url: string; close(): Promise<void> };
let proxy: RunningProxy;
let driftProxy: RunningProxy;

beforeAll(async () => {
  emulator = await startTestServer();
  broken = await startBrokenServer(emulator.url());
  proxy = await startProxy({ provider: 'agentsend', upstream: emulator.url(), port: 0 });
  driftProxy = await startProxy({ provider: 'agentsend', upstream: broken.url, port: 0 });
});
afterAll(async () => {
  await driftProxy?.close();
  await proxy?.close();
  await broken?.close();
  await emulator?.close();
});

const journal = async (p: RunningProxy, query = ''): Promise<any[]> =>
  ((await (await fetch(`${p.url}/_mailsim/requests${query}`)).json()) as { data: any[] }).data;

describe('validating proxy', () => {
  it('forwards method, path, headers and body unchanged and returns the upstream answer', async () => {
    const viaProxy = client(proxy.url);
    const made = await viaProxy(
      'POST',
      '/inboxes',
      { displayName: 'through the proxy' },
      { 'idempotency-key': 'proxy-test-1' },
    );
    expect(made.status).toBe(201);
    expect(made.body.displayName).toBe('through the proxy');
    // The idempotency header reached the emulator: the same request again is a replay.
    const again = await viaProxy(
      'POST',
      '/inboxes',
      { displayName: 'through the proxy' },
      { 'idempotency-key': 'proxy-test-1' },
    );
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.text).toBe(made.text);
    // The upstream's own headers come back too.
    expect(made.headers.get('x-ratelimit-limit')).toBe('100');

    const direct = await client(emulator.url())('GET', `/inboxes/${made.body.id}`);
    const proxied = await viaProxy('GET', `/inboxes/${made.body.id}`);
    expect(proxied.status).toBe(direct.status);
    expect(proxied.text).toBe(direct.text);
  });

  it('journals conforming traffic without violations, marked as proxy traffic', async () => {
    await client(proxy.url)('GET', `/inboxes/${SEED_INBOX_ID}`);
    const [entry] = await journal(proxy, '?operation=getInbox&limit=1');
    expect(entry).toMatchObject({
      source: 'proxy',
      provider: 'agentsend',
      method: 'GET',
      path: `/inboxes/${SEED_INBOX_ID}`,
      operationId: 'getInbox',
      status: 200,
      violations: [],
    });
  });

  it('reports a request that breaks the contract, with the pointer, and still forwards it', async () => {
    const res = await client(proxy.url)('POST', `/inboxes/${SEED_INBOX_ID}/messages`, {
      to: 'not-a-list',
      subject: 'x',
    });
    expect(res.status).toBe(400);
    const [entry] = await journal(proxy, '?operation=sendMessage&limit=1');
    expect(entry.status).toBe(400);
    expect(entry.errorCode).toBe('VALIDATION_ERROR');
    expect(entry.violations).toContainEqual(
      expect.objectContaining({
        pointer: '/to',
        message: expect.stringMatching(/^Request body property to must be array.*\[body\]$/),
      }),
    );
  });

  it('reports response drift of the upstream with pointer, expected and got', async () => {
    const res = await client(driftProxy.url)('GET', `/inboxes/${SEED_INBOX_ID}`);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(12345);
    const drift = await journal(driftProxy, '?violations=true');
    expect(drift).toHaveLength(1);
    expect(drift[0].violations).toEqual([
      {
        pointer: '/id',
        message: 'Response body property id must be string (expected string, got 12345 (number)) [body]',
      },
    ]);
  });

  it('reports a route that is not in the contract', async () => {
    await client(proxy.url)('GET', '/no-such-route');
    const [entry] = await journal(proxy, '?path=/no-such-route');
    expect(entry.operationId).toBeNull();
    expect(entry.violations[0].message).toMatch(/GET \/no-such-route matches no operation in the contract/);
  });

  it('answers 502 in an error envelope when the upstream is unreachable', async () => {
    const dead = await startProxy({ provider: 'agentsend', upstream: 'http://127.0.0.1:9', port: 0 });
    try {
      const res = await client(dead.url)('GET', '/inboxes');
      expect(res.status).toBe(502);
      expect(res.body.error.code).toBe('UPSTREAM_UNREACHABLE');
      expect((await journal(dead))[0]).toMatchObject({ status: 502, errorCode: 'UPSTREAM_UNREACHABLE' });
    } finally {
      await dead.close();
    }
  });

  it('clears its journal on DELETE /_mailsim/requests', async () => {
    expect((await fetch(`${proxy.url}/_mailsim/requests`, { method: 'DELETE' })).status).toBe(204);
    expect(await journal(proxy)).toEqual([]);
    expect(await (await fetch(`${proxy.url}/_mailsim/health`)).json()).toMatchObject({ status: 'ok', mode: 'proxy' });
  });
});
