/**
 * Shared bits of the Commune agent/account tests: the seeded key and ids, an Ed25519 agent built
 * with node:crypto independently of the emulator's code, a client that signs every request with
 * `Authorization: Agent …` on the engine clock, and the sign-up → verify → claim flow.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { expect } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, startTestServer, type ApiResponse } from '../helpers/server.js';
import { COMMUNE_KEY } from './seed.js';

export {
  COMMUNE_KEY,
  SEED_ORG_ID,
  SEED_KEY_ID,
  SHARED_DOMAIN_ID,
  SEED_INBOX_ID,
  expectNoViolations,
  addOrg,
} from './seed.js';

export type Call = ReturnType<typeof client>;

/** Commune alone, every limiter on, on an in-memory database. */
export async function startCommune(
  extra: Parameters<typeof startTestServer>[0] = {},
): Promise<{ server: MailsimServer; api: Call; url: string }> {
  const server = await startTestServer({ ports: { commune: 0 }, ...extra });
  const url = server.url('commune');
  return { server, api: client(url, COMMUNE_KEY), url };
}

export interface Keypair {
  publicKey: string;
  privateKey: KeyObject;
}

/** A fresh Ed25519 pair; the public key as Commune wants it (raw 32 bytes, standard base64). */
export function keypair(): Keypair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x!;
  return { publicKey: Buffer.from(x, 'base64url').toString('base64'), privateKey };
}

export const signB64 = (key: KeyObject, message: string): string =>
  sign(null, Buffer.from(message, 'utf8'), key).toString('base64');

/** The challenge answer computed from the rules, not from the emulator's code. */
export function solveChallenge(text: string, purpose: string, verb = 'handles'): string {
  const marker = /Include this exact string: ([0-9a-f]{16})/.exec(text)?.[1];
  if (!marker) throw new Error(`no marker in challenge: ${text}`);
  let count = 0;
  for (const word of purpose.trim().split(/\s+/)) if ((word.match(/[A-Za-z]/g) ?? []).length >= 5) count++;
  return `${verb}:${count}:${marker}`;
}

export const PURPOSE = 'Triages inbound customer-support tickets, drafts replies and escalates billing questions.';

export function registration(slug: string, publicKey: string, extra: Record<string, unknown> = {}) {
  return {
    agentName: `Agent ${slug}`,
    agentPurpose: PURPOSE,
    orgName: `Org ${slug}`,
    orgSlug: slug,
    publicKey,
    ...extra,
  };
}

export interface Agent {
  agentId: string;
  orgId: string;
  inboxEmail: string;
  keys: Keypair;
  /** Signs with the engine clock's now (a distinct millisecond per request), or the given timestamp. */
  call: (
    method: string,
    path: string,
    body?: unknown,
    o?: { timestampMs?: number; headers?: Record<string, string> },
  ) => Promise<ApiResponse>;
}

/** Clients sign "{agentId}:{timestampMs}" with the agent's key and send both headers. */
export function agentClient(server: MailsimServer, agentId: string, keys: Keypair): Agent['call'] {
  const raw = client(server.url('commune'), null);
  let last = 0;
  return (method, path, body, o = {}) => {
    let ts = o.timestampMs;
    if (ts === undefined) {
      ts = Math.max(server.engine.clock.nowMs(), last + 1);
      last = ts;
    }
    return raw(method, path, body, {
      authorization: `Agent ${agentId}:${signB64(keys.privateKey, `${agentId}:${ts}`)}`,
      'x-commune-timestamp': String(ts),
      ...o.headers,
    });
  };
}

/** agent-register then agent-verify, answering the challenge; the agent is unclaimed. */
export async function newAgent(
  server: MailsimServer,
  slug: string,
  o: { headers?: Record<string, string> } = {},
): Promise<Agent> {
  const anon = client(server.url('commune'), null);
  const keys = keypair();
  const reg = await anon('POST', '/v1/auth/agent-register', registration(slug, keys.publicKey), o.headers);
  expect(reg.status, reg.text).toBe(201);
  const answer = solveChallenge(reg.body.challenge.text, PURPOSE);
  const ver = await anon(
    'POST',
    '/v1/auth/agent-verify',
    {
      agentSignupToken: reg.body.agentSignupToken,
      challengeResponse: answer,
      signature: signB64(keys.privateKey, answer),
    },
    o.headers,
  );
  expect(ver.status, ver.text).toBe(200);
  return {
    agentId: ver.body.agentId,
    orgId: ver.body.orgId,
    inboxEmail: ver.body.inboxEmail,
    keys,
    call: agentClient(server, ver.body.agentId, keys),
  };
}

/** claim-ownership, then the owner accepts with the token read from the control plane. */
export async function claim(server: MailsimServer, agent: Agent, ownerEmail = 'owner@example.com'): Promise<string> {
  const started = await agent.call('POST', '/v1/agent/claim-ownership', { ownerEmail });
  expect(started.status, started.text).toBe(200);
  const token = await claimToken(server, agent.agentId);
  const accepted = await client(server.url('commune'), null)('POST', `/v1/auth/claim/${token}/accept`);
  expect(accepted.status, accepted.text).toBe(200);
  return token;
}

export async function claimToken(server: MailsimServer, agentId: string): Promise<string> {
  const res = await fetch(`${server.url('commune')}/_mailsim/commune/claims?agent_id=${agentId}`);
  const body = (await res.json()) as { data: { token: string }[] };
  expect(body.data.length).toBeGreaterThan(0);
  return body.data[0]!.token;
}

/** Empties every rate-limit window (tests that register more agents than the per-IP limits allow). */
export function resetLimiters(server: MailsimServer): void {
  for (const limiter of server.engine.provider('commune')!.pipeline.limiters) limiter.reset();
}
