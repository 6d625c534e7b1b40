/**
 * Shared set-up of the Gent tests: a real mailsim with Gent on an ephemeral port, clients for the dev
 * agent token and for a logged-in session, a second organisation, and the engine waits (drained
 * queues, advanced clock) the tests use instead of sleeping.
 */
import { expect } from 'vitest';
import type { MailsimServer, StartOptions } from '../../src/server.js';
import { GENT_DEV_INBOX_ID, GENT_DEV_LOGIN, GENT_DEV_MESSAGE_ID, GENT_DEV_TOKEN } from '../../src/testing/constants.js';
import { client, startTestServer } from '../helpers/server.js';

export { GENT_DEV_INBOX_ID, GENT_DEV_LOGIN, GENT_DEV_MESSAGE_ID, GENT_DEV_TOKEN };
export const GENT_DEV_ADDRESS = 'agent@gent.mailsim.test';
export const GENT_DEV_DOMAIN = 'gent.mailsim.test';

export type Api = ReturnType<typeof client>;

export interface Gent {
  server: MailsimServer;
  base: string;
  /** The seeded agent token (every scope, the seed inbox). */
  agent: Api;
  /** A client for any bearer token. */
  as(token: string | null): Api;
  /** Logs in and returns the access token (and the refresh token). */
  login(credentials?: { email: string; password: string }): Promise<{ access: string; refresh: string }>;
}

/** Gent alone; the request-rate limiters stay off unless a test asks for them. */
export async function startGent(extra: StartOptions = {}): Promise<Gent> {
  const server = await startTestServer({ ports: { gent: 0 }, rateLimits: false, ...extra });
  const base = server.url('gent');
  const as = (token: string | null): Api => client(base, token);
  return {
    server,
    base,
    agent: as(GENT_DEV_TOKEN),
    as,
    async login(credentials = GENT_DEV_LOGIN) {
      const res = await as(null)('POST', '/auth/login/', credentials);
      expect(res.status).toBe(200);
      return { access: res.body.access_token as string, refresh: res.body.refresh_token as string };
    },
  };
}

/** A second organisation with a user (through the control plane); returns a session client for it. */
export async function secondOrg(
  g: Gent,
  o: { email: string; plan?: string },
): Promise<{ session: Api; orgId: string }> {
  const made = await fetch(`${g.base}/_mailsim/gent/orgs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: o.email, password: 'second-org-password', plan: o.plan ?? 'startup' }),
  });
  expect(made.status).toBe(201);
  const { org_id } = (await made.json()) as { org_id: string };
  const { access } = await g.login({ email: o.email, password: 'second-org-password' });
  return { session: g.as(access), orgId: org_id };
}

/** Moves the engine clock (never a sleep), then lets due jobs and webhook attempts finish. */
export async function advance(g: Gent, duration: string): Promise<void> {
  const res = await fetch(`${g.base}/_mailsim/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advance: duration }),
  });
  expect(res.status).toBe(200);
  await settle(g);
}

/** Waits until no job is due or running and no webhook attempt is due or in flight. */
export async function settle(g: Gent): Promise<void> {
  await g.server.engine.queue.idle();
}

/** Every answer the server gave was valid against contracts/gent.yaml (strict mode would have made it a 500). */
export function expectNoViolations(server: MailsimServer): void {
  expect(server.engine.journal.list({ violations: true })).toEqual([]);
}

/** A verified domain and an inbox on it, for the given session. */
export async function makeInbox(session: Api, address: string): Promise<{ inbox_id: string; address: string }> {
  const domain = address.slice(address.indexOf('@') + 1);
  const d = await session('POST', '/v1/domains/', { domain });
  if (d.status === 201) expect((await session('POST', `/v1/domains/${domain}/verify/`)).status).toBe(200);
  const res = await session('POST', '/v1/inboxes/', { address });
  expect(res.status).toBe(201);
  return res.body;
}

/** Creates an agent token for an inbox and returns its raw value. */
export async function makeToken(
  session: Api,
  body: { inbox_id: string; scopes: string[]; requires_approval?: string[]; label?: string },
): Promise<string> {
  const res = await session('POST', '/v1/tokens/', { label: 'test token', ...body });
  expect(res.status).toBe(201);
  return res.body.token as string;
}
