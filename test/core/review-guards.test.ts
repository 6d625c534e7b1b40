/**
 * Guards found by review: inputs to the control plane that used to take the process down or reach
 * too far, HEAD requests, and a shutdown that waited on idle SMTP clients.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, startTestServer } from '../helpers/server.js';

let server: MailsimServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('control-plane and HTTP guards', () => {
  it('refuses a clock jump past year 9999, and keeps serving', async () => {
    for (const body of [{ advance: '100000000d' }, { advance: 1e300 }, { set: '+275760-01-01T00:00:00Z' }]) {
      const res = await client(server.url(), null)('POST', '/_mailsim/clock', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await client(server.url())('GET', '/inboxes')).status).toBe(200);
  });

  it('answers HEAD like GET without a body, on public routes without a key', async () => {
    const res = await fetch(`${server.url()}/health`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it("resets one account without touching another account's Idempotency-Keys", async () => {
    const api = client(server.url());
    const first = await api('POST', '/inboxes', { displayName: 'kept' }, { 'idempotency-key': 'tenant-reset-1' });
    expect(first.status).toBe(201);
    const other = await client(server.url(), null)('POST', '/auth/auto-provision', { deviceId: 'other-tenant-device' });
    const reset = await client(server.url(), null)('POST', '/_mailsim/reset', {
      provider: 'agentsend',
      tenant: other.body.account.id,
    });
    expect(reset.status).toBe(200);
    const replay = await api('POST', '/inboxes', { displayName: 'kept' }, { 'idempotency-key': 'tenant-reset-1' });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(first.body.id);
  });
});

describe('shutdown', () => {
  it('does not wait 30 s for an idle SMTP client', async () => {
    const smtpServer = await startTestServer({ smtp: true, smtpPort: 0 });
    const socket = connect(smtpServer.smtp!.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('data', () => resolve()));
    const started = performance.now();
    await smtpServer.close();
    socket.destroy();
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
