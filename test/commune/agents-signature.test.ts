/**
 * The `Authorization: Agent {agentId}:{sig}` scheme: the ±60 s window on the ENGINE clock, replay
 * protection of (agentId, timestamp), the header checks in Commune's order, the server-time
 * header, owner-level access (no scope checks) and the unclaimed-agent 403 on the four routes.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client } from '../helpers/server.js';
import {
  SHARED_DOMAIN_ID,
  agentClient,
  claim,
  expectNoViolations,
  keypair,
  newAgent,
  resetLimiters,
  signB64,
  startCommune,
  type Agent,
  type Call,
} from './agents-helpers.js';

let server: MailsimServer;
let anon: Call;
let agent: Agent;

beforeAll(async () => {
  ({ server } = await startCommune());
  anon = client(server.url('commune'), null);
  agent = await newAgent(server, 'signer');
});
afterAll(async () => {
  expectNoViolations(server);
  await server.close();
});
beforeEach(() => resetLimiters(server));

const signedHeaders = (agentId: string, ts: number, key = agent.keys.privateKey) => ({
  authorization: `Agent ${agentId}:${signB64(key, `${agentId}:${ts}`)}`,
  'x-commune-timestamp': String(ts),
});

describe('a valid signature', () => {
  test("authenticates as the agent's organisation and reports the engine clock", async () => {
    const ts = server.engine.clock.nowMs();
    const res = await anon('GET', '/v1/agent/org', undefined, signedHeaders(agent.agentId, ts));
    expect(res.status).toBe(200);
    expect(res.body.org.id).toBe(agent.orgId);
    const serverTime = Number(res.headers.get('x-commune-server-time'));
    expect(serverTime).toBeGreaterThanOrEqual(ts);
    expect(serverTime - ts).toBeLessThan(5_000);
  });

  test('API-key responses carry no server-time header', async () => {
    const res = await client(
      server.url('commune'),
      'comm_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    )('GET', '/v1/agent/org');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-commune-server-time')).toBeNull();
  });

  test('only "{agentId}:{timestamp}" is signed: the same header works on any route, method and body', async () => {
    expect((await agent.call('GET', '/v1/inboxes')).status).toBe(200);
    expect((await agent.call('PATCH', '/v1/agent/org', { name: 'Renamed by agent' })).status).toBe(200);
    expect((await agent.call('GET', '/v1/me/limits')).body.data.org_id).toBe(agent.orgId);
  });

  test('the integer part of the timestamp header is what counts, as with parseInt', async () => {
    const ts = server.engine.clock.nowMs() + 7;
    const h = signedHeaders(agent.agentId, ts);
    const res = await anon('GET', '/v1/agent/org', undefined, { ...h, 'x-commune-timestamp': `${ts}.999abc` });
    expect(res.status).toBe(200);
  });
});

describe('the timestamp window runs on the engine clock', () => {
  test('61 s behind or ahead is timestamp_out_of_range with the server time; 60 s is still fine', async () => {
    const now = server.engine.clock.nowMs();
    for (const ts of [now - 61_000, now + 61_000]) {
      const res = await anon('GET', '/v1/agent/org', undefined, signedHeaders(agent.agentId, ts));
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        error: 'timestamp_out_of_range',
        message: expect.stringMatching(/exceeds ±60s/),
        serverTime: expect.any(Number),
      });
      expect(Math.abs(res.body.serverTime - now)).toBeLessThan(5_000);
    }
    const edge = await anon(
      'GET',
      '/v1/agent/org',
      undefined,
      signedHeaders(agent.agentId, server.engine.clock.nowMs() - 55_000),
    );
    expect(edge.status).toBe(200);
  });

  test('moving the engine clock, not the wall clock, decides: a timestamp signed now is stale 2 minutes of engine time later', async () => {
    const ts = server.engine.clock.nowMs();
    server.engine.clock.advance(120_000);
    const stale = await anon('GET', '/v1/agent/org', undefined, signedHeaders(agent.agentId, ts));
    expect(stale.status).toBe(401);
    expect(stale.body.error).toBe('timestamp_out_of_range');
    // A timestamp from the engine's future-by-wall-clock is what now passes.
    const fresh = await anon('GET', '/v1/agent/org', undefined, signedHeaders(agent.agentId, ts + 120_000));
    expect(fresh.status).toBe(200);
    expect(Number(fresh.headers.get('x-commune-server-time'))).toBeGreaterThanOrEqual(ts + 120_000);
  });

  test('missing and non-numeric timestamps are 400s, checked before the window', async () => {
    const sig = signedHeaders(agent.agentId, server.engine.clock.nowMs());
    const missing = await anon('GET', '/v1/agent/org', undefined, { authorization: sig.authorization });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({
      error: 'missing_timestamp_header',
      message: 'X-Commune-Timestamp header required (Unix milliseconds)',
    });
    const nan = await anon('GET', '/v1/agent/org', undefined, { ...sig, 'x-commune-timestamp': 'yesterday' });
    expect(nan.status).toBe(400);
    expect(nan.body.error).toBe('invalid_timestamp');
  });
});

describe('replay protection', () => {
  test('the same (agent, timestamp) pair is refused the second time, even on another route', async () => {
    const ts = server.engine.clock.nowMs();
    const h = signedHeaders(agent.agentId, ts);
    expect((await anon('GET', '/v1/agent/org', undefined, h)).status).toBe(200);
    const replay = await anon('GET', '/v1/inboxes', undefined, h);
    expect(replay.status).toBe(401);
    expect(replay.body).toEqual({ error: 'invalid_signature', message: 'Signature verification failed' });
    // The next millisecond is a new nonce.
    expect((await anon('GET', '/v1/inboxes', undefined, signedHeaders(agent.agentId, ts + 1))).status).toBe(200);
  });

  test('a request signed 60 s ahead cannot be replayed when the 2-minute nonce lifetime ends', async () => {
    const clock = server.engine.clock;
    clock.setMode('frozen');
    try {
      const ts = clock.nowMs() + 60_000;
      const h = signedHeaders(agent.agentId, ts);
      expect((await anon('GET', '/v1/agent/org', undefined, h)).status).toBe(200);
      clock.advance(120_000); // the timestamp is now exactly 60 s old: still inside the window
      expect((await anon('GET', '/v1/agent/org', undefined, h)).status).toBe(401);
      clock.advance(1); // and now outside it
      expect((await anon('GET', '/v1/agent/org', undefined, h)).body.error).toBe('timestamp_out_of_range');
    } finally {
      clock.setMode('real');
    }
  });

  test('a forged request does not burn the timestamp of the real agent', async () => {
    const ts = server.engine.clock.nowMs() + 3;
    const forged = await anon(
      'GET',
      '/v1/agent/org',
      undefined,
      signedHeaders(agent.agentId, ts, keypair().privateKey),
    );
    expect(forged.status).toBe(401);
    expect(forged.body.error).toBe('invalid_signature');
    expect((await anon('GET', '/v1/agent/org', undefined, signedHeaders(agent.agentId, ts))).status).toBe(200);
  });
});

describe('bad credentials', () => {
  test('unknown agent, wrong key, and a signature for another agent id are invalid_signature', async () => {
    const ts = server.engine.clock.nowMs() + 11;
    const unknown = await anon('GET', '/v1/agent/org', undefined, signedHeaders(`agt_${'0'.repeat(32)}`, ts));
    expect([unknown.status, unknown.body.error]).toEqual([401, 'invalid_signature']);
    const other = await newAgent(server, 'other-signer');
    // Agent B's signature over its own id does not pass as agent A.
    const sigB = signB64(other.keys.privateKey, `${other.agentId}:${ts}`);
    const swapped = await anon('GET', '/v1/agent/org', undefined, {
      authorization: `Agent ${agent.agentId}:${sigB}`,
      'x-commune-timestamp': String(ts),
    });
    expect([swapped.status, swapped.body.error]).toEqual([401, 'invalid_signature']);
  });

  test('a header that does not split into id and signature is invalid_authorization_format', async () => {
    const ts = String(server.engine.clock.nowMs());
    for (const value of [`Agent ${agent.agentId}`, `Agent ${agent.agentId}:a:b`]) {
      const res = await anon('GET', '/v1/agent/org', undefined, { authorization: value, 'x-commune-timestamp': ts });
      expect(res.status, value).toBe(401);
      expect(res.body.error).toBe('invalid_authorization_format');
    }
    const otherScheme = await anon('GET', '/v1/agent/org', undefined, { authorization: 'Basic abc' });
    expect(otherScheme.body).toEqual({
      error: 'invalid_authorization_format',
      message: 'Use: Authorization: Bearer {comm_api_key}  or  Authorization: Agent {agentId}:{signature}',
    });
  });

  test('public routes ignore a broken agent header', async () => {
    const res = await anon('GET', `/v1/auth/claim/${'0'.repeat(64)}`, undefined, { authorization: 'Agent nope:nope' });
    expect(res.status).toBe(404);
  });
});

describe('an unclaimed agent', () => {
  test('gets 403 ownership_required on the four gated routes, and may read meanwhile', async () => {
    const fresh = await newAgent(server, 'unclaimed');
    const gated: [string, string, unknown][] = [
      ['POST', '/v1/inboxes', { local_part: 'extra' }],
      ['POST', `/v1/domains/${SHARED_DOMAIN_ID}/inboxes`, { local_part: 'extra2' }],
      ['POST', '/v1/messages/send', { to: 'someone@example.com', subject: 'hi', text: 'hello' }],
      ['POST', '/v1/agent/api-keys', { name: 'k' }],
    ];
    for (const [method, path, body] of gated) {
      const res = await fresh.call(method, path, body);
      expect(res.status, path).toBe(403);
      expect(res.body).toEqual({
        error: 'ownership_required',
        message: expect.stringContaining('claim-ownership'),
        ownershipStatus: 'unclaimed',
        claimEndpoint: 'POST /v1/agent/claim-ownership',
        docs: 'https://commune.email/agent-auth',
      });
    }
    expect((await fresh.call('GET', '/v1/inboxes')).status).toBe(200);
    expect((await fresh.call('GET', '/v1/agent/api-keys')).status).toBe(200);
    expect((await fresh.call('POST', '/v1/feedback', { type: 'signal', message: 'waiting for my owner' })).status).toBe(
      201,
    );
    // Refused attempts used none of the daily inbox quota.
    expect((await fresh.call('GET', '/v1/me/limits')).body.data.usage.inboxes_count).toBe(1);

    await claim(server, fresh);
    const key = await fresh.call('POST', '/v1/agent/api-keys', { name: 'after claim' });
    expect(key.status).toBe(201);
    const inbox = await fresh.call('POST', '/v1/inboxes', { local_part: 'unclaimed-extra' });
    expect(inbox.status).toBe(201);
  });

  test('a claimed agent acts as the owner: no scope checks, even for data deletion', async () => {
    const owner = await newAgent(server, 'owner-level');
    await claim(server, owner);
    const res = await owner.call('POST', '/v1/data/deletion-request', { scope: 'messages' });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('pending');
  });

  test('a second client for the same agent shares the replay log', async () => {
    const ts = server.engine.clock.nowMs() + 21;
    const a = agentClient(server, agent.agentId, agent.keys);
    expect((await a('GET', '/v1/agent/org', undefined, { timestampMs: ts })).status).toBe(200);
    const b = agentClient(server, agent.agentId, agent.keys);
    expect((await b('GET', '/v1/agent/org', undefined, { timestampMs: ts })).status).toBe(401);
  });
});
