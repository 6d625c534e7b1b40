/**
 * Session webhooks: an endpoint registered on mailsim's control plane hears a session's status
 * changes under the real service's webhook names, each signed the Standard Webhooks way the SDK's
 * `beta.webhooks.unwrap` verifies, through the engine outbox (awaited with the queue's idle()).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../../src/testing/webhooks.js';
import { emulatorPerFile, PROVIDER } from './helpers.js';
import { idleWith, newSession, readUntil, userMessage } from './session-helpers.js';

const { server, client } = await emulatorPerFile();
let hooks: WebhookReceiver | undefined;
afterEach(async () => {
  await hooks?.close();
  hooks = undefined;
});

const control = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${server.url(PROVIDER)}/_mailsim/managed-agents/webhooks${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: res.status === 204 ? null : ((await res.json()) as any) };
};

/** Runs one echo turn and waits until the engine has delivered what it queued. */
async function oneTurn(): Promise<string> {
  const { session } = await newSession(client);
  const stream = await client.beta.sessions.events.stream(session.id);
  await client.beta.sessions.events.send(session.id, { events: [userMessage('hi')] });
  await readUntil(stream, idleWith('end_turn'));
  await server.engine.queue.idle();
  return session.id;
}

describe('session webhooks', () => {
  it('delivers run_started then idled, signed so the SDK unwraps them', async () => {
    hooks = await startWebhookReceiver();
    const made = await control('POST', '', { url: hooks.url });
    expect(made.status).toBe(200);
    expect(made.body).toMatchObject({ url: hooks.url, tenant: null, event_types: [] });
    expect(made.body.secret).toMatch(/^whsec_[A-Za-z0-9]{32}$/);

    const sessionId = await oneTurn();
    expect(hooks.received.map((r) => r.json.data.type)).toEqual(['session.status_run_started', 'session.status_idled']);
    for (const r of hooks.received) {
      const event = client.beta.webhooks.unwrap(r.rawBody, {
        headers: r.headers as Record<string, string>,
        key: made.body.secret,
      }) as any;
      expect(event).toMatchObject({ type: 'event', data: { id: sessionId } });
      expect(r.headers['webhook-id']).toBe(event.id);
      expect(typeof event.data.organization_id).toBe('string');
    }
    // A wrong key does not verify.
    const [first] = hooks.received;
    expect(() =>
      client.beta.webhooks.unwrap(first!.rawBody, {
        headers: first!.headers as Record<string, string>,
        key: `whsec_${'A'.repeat(32)}`,
      }),
    ).toThrow();
  });

  it('keeps to the event types and the tenant asked for, and stops once deleted', async () => {
    hooks = await startWebhookReceiver();
    const idled = await control('POST', '', { url: hooks.url, event_types: ['session.status_idled'] });
    const elsewhere = await control('POST', '', { url: `${hooks.url}/other`, tenant: 'no-such-tenant' });
    await oneTurn();
    expect(hooks.received.map((r) => [r.path, r.json.data.type])).toEqual([
      [new URL(hooks.url).pathname, 'session.status_idled'],
    ]);

    expect((await control('DELETE', `/${idled.body.id}`)).status).toBe(204);
    expect((await control('DELETE', `/${elsewhere.body.id}`)).status).toBe(204);
    expect((await control('DELETE', `/${idled.body.id}`)).status).toBe(404);
    await oneTurn();
    expect(hooks.received).toHaveLength(1);
  });

  it("a retry queued before its endpoint was deleted still arrives, signed with the endpoint's secret", async () => {
    hooks = await startWebhookReceiver({ respondWith: (_r, i) => (i === 0 ? 503 : 200) });
    const made = await control('POST', '', { url: hooks.url, event_types: ['session.status_idled'] });
    await oneTurn();
    expect(hooks.received).toHaveLength(1);
    expect((await control('DELETE', `/${made.body.id}`)).status).toBe(204);
    server.engine.clock.advance(60_000);
    await server.engine.queue.idle();
    expect(hooks.received).toHaveLength(2);
    const retry = hooks.received[1]!;
    expect(retry.headers['webhook-id']).toBe(hooks.received[0]!.headers['webhook-id']);
    const event = client.beta.webhooks.unwrap(retry.rawBody, {
      headers: retry.headers as Record<string, string>,
      key: made.body.secret,
    }) as any;
    expect(event.data.type).toBe('session.status_idled');
    await oneTurn();
    expect(hooks.received).toHaveLength(2);
  });

  it('refuses a malformed registration with the control plane error', async () => {
    const bad = await control('POST', '', { url: 'not a url', event_types: ['session.nope'] });
    expect(bad.status).toBe(400);
  });
});
