/**
 * Shared set-up for the webhook tests: a mailsim on an ephemeral port, a registered webhook, and
 * the delivery log read through the control plane as a user would.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { client, type ApiResponse } from '../helpers/server.js';
import type { MailsimServer } from '../../src/server.js';
import { emitEvent, type AgentSendEvent } from '../../src/providers/agentsend/domain/events.js';

export const T0 = '2026-03-01T12:00:00.000Z';
export const T0_MS = Date.parse(T0);
export const SEED_TENANT = '7d4f0c1e-2a3b-4c5d-8e9f-0a1b2c3d4e5f';

export async function createWebhook(
  server: MailsimServer,
  url: string,
  events?: string[],
): Promise<{ id: string; secret: string }> {
  const api = client(server.url());
  const res = await api('POST', '/webhooks', { url, ...(events ? { events } : {}) });
  if (res.status !== 201) throw new Error(`create webhook: ${res.status} ${res.text}`);
  return { id: res.body.id, secret: res.body.secret };
}

/** Emits an event for the seed account the way the provider does, inside one transaction. */
export function emit(server: MailsimServer, event: AgentSendEvent, data: Record<string, unknown>): number {
  const services = server.engine.provider('agentsend')!.services;
  return services.store.tx(() => emitEvent(services, SEED_TENANT, event, data));
}

export function control(server: MailsimServer) {
  const api = client(server.url(), null);
  return {
    deliveries: (query = ''): Promise<ApiResponse> => api('GET', `/_mailsim/webhooks/deliveries${query}`),
    delivery: (id: string): Promise<ApiResponse> => api('GET', `/_mailsim/webhooks/deliveries/${id}`),
    retry: (id: string): Promise<ApiResponse> => api('POST', `/_mailsim/webhooks/deliveries/${id}/retry`),
    advance: (ms: number): Promise<ApiResponse> => api('POST', '/_mailsim/clock', { advance: ms }),
  };
}

/** Deletes every webhook of the seed account, so one test's subscriptions do not see the next test's events. */
export async function deleteAllWebhooks(server: MailsimServer): Promise<void> {
  const api = client(server.url());
  const list = await api('GET', '/webhooks');
  for (const hook of list.body.data as { id: string }[]) await api('DELETE', `/webhooks/${hook.id}`);
}

/** A loopback port nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Polls the control plane until the delivery is in `status` with `attempts` attempts recorded and none in flight. */
export async function waitForDelivery(
  server: MailsimServer,
  id: string,
  status: string,
  attempts?: number,
  timeoutMs = 5000,
): Promise<any> {
  const deadline = performance.now() + timeoutMs;
  let last: any;
  while (performance.now() < deadline) {
    last = (await control(server).delivery(id)).body;
    if (last.status === status && !last.inFlight && (attempts === undefined || last.attemptCount === attempts))
      return last;
    // A poll, not an engine wait: in real-time mode a retry falls due on the wall clock, and the
    // concurrency test needs fast deliveries while slow ones are still in flight (the queue is not idle).
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(
    `delivery ${id} is ${last?.status} after ${last?.attemptCount} attempts, not ${status}/${attempts}, after ${timeoutMs} ms`,
  );
}

/** The one delivery made to a webhook. */
export async function onlyDelivery(server: MailsimServer, webhookId: string): Promise<any> {
  const list = await control(server).deliveries(`?webhookId=${webhookId}`);
  if (list.body.total !== 1) throw new Error(`expected one delivery to ${webhookId}, found ${list.body.total}`);
  return list.body.data[0];
}
