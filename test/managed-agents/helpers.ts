/**
 * Managed Agents on an ephemeral port, and the real `@anthropic-ai/sdk` pointed at it. Retries are
 * off unless a test turns them on, so a failing call fails once.
 */
import Anthropic, { type ClientOptions } from '@anthropic-ai/sdk';
import { afterAll, beforeEach } from 'vitest';
import { startMailsim, type MailsimServer, type StartOptions } from '../../src/server.js';
import { MANAGED_AGENTS_DEV_KEY } from '../../src/testing/constants.js';
import { client } from '../helpers/server.js';

export const KEY = MANAGED_AGENTS_DEV_KEY;
/** The seed's second tenant, for isolation checks. */
export const OTHER_KEY = 'oma_mailsimotherkey0123456789abcdefghijk';
export const PROVIDER = 'managed-agents';

export function startManagedAgents(options: StartOptions = {}): Promise<MailsimServer> {
  return startMailsim({
    db: ':memory:',
    ports: { [PROVIDER]: 0 },
    smtp: false,
    logLevel: 'error',
    rateLimits: false,
    ...options,
  });
}

/**
 * One emulator for a test file (started while the file is collected), back to its seed and
 * without fault rules before each test, closed after the last; and the SDK pointed at it.
 */
export async function emulatorPerFile(
  options: StartOptions = {},
  clientOptions: ClientOptions = {},
): Promise<{ server: MailsimServer; client: Anthropic }> {
  const server = await startManagedAgents(options);
  afterAll(() => server.close());
  beforeEach(() => {
    server.engine.reset(PROVIDER);
    server.engine.faults.reset();
  });
  return { server, client: sdk(server, clientOptions) };
}

export function sdk(server: MailsimServer, options: ClientOptions = {}): Anthropic {
  return new Anthropic({ apiKey: KEY, baseURL: server.url(PROVIDER), maxRetries: 0, ...options });
}

/** Plain HTTP with the dev key (Bearer by default), never throwing on errors. */
export function api(server: MailsimServer, key: string | null = KEY, style: 'bearer' | 'x-api-key' = 'bearer') {
  return client(server.url(PROVIDER), key, style);
}

/** How many requests the emulator saw for `operationId` (retries included). */
export function attempts(server: MailsimServer, operationId: string): number {
  return server.engine.journal.list({ provider: PROVIDER }).filter((e) => e.operationId === operationId).length;
}

/** Resolves with what `promise` rejected with; fails the test if it resolved. */
export async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to fail');
}

/** Moves the engine clock forward by `ms`. */
export function advance(server: MailsimServer, ms: number): void {
  server.engine.clock.advance(ms);
}
