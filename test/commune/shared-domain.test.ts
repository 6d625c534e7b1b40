/**
 * The shared default domain is shared by every organisation, so two of its names are guarded:
 * `agent` (the sender of sends made without an inbox) can be nobody's inbox, and the slug of an
 * agent sign-up awaiting verification stays promised to that agent.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client } from '../helpers/server.js';
import {
  addOrg,
  expectNoViolations,
  keypair,
  registration,
  solveChallenge,
  signB64,
  PURPOSE,
  startCommune,
  type Call,
} from './agents-helpers.js';

let server: MailsimServer;
let api: Call;
let other: Call;

beforeAll(async () => {
  ({ server, api } = await startCommune({ rateLimits: false }));
  other = client(server.url('commune'), addOrg(server, { id: 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0', tier: 'agent_pro' }));
});
afterAll(async () => {
  expectNoViolations(server);
  await server.close();
});

describe('the shared domain', () => {
  test("keeps `agent` (the default sender) from becoming any organisation's inbox", async () => {
    const res = await other('POST', '/v1/inboxes', { local_part: 'Agent' });
    expect(res.status).toBe(409);
    expect(res.body).toEqual({ error: 'An inbox with this local part already exists on this domain' });

    // So one organisation's inbox-less send and its self-copy reach no other organisation.
    const sent = await api('POST', '/v1/messages/send', {
      to: 'customer@example.com',
      subject: 'A private quote',
      text: 'Price is 1234',
    });
    expect(sent.status).toBe(202);
    const theirs = await other('GET', '/v1/inboxes');
    expect(theirs.body.data).toEqual([]);
  });

  test("holds a pending agent sign-up's slug for that agent until it verifies", async () => {
    const keys = keypair();
    const anon = client(server.url('commune'), null);
    const registered = await anon('POST', '/v1/auth/agent-register', registration('zed', keys.publicKey));
    expect(registered.status).toBe(201);

    // Another organisation cannot take the promised address meanwhile.
    const grab = await other('POST', '/v1/inboxes', { local_part: 'zed' });
    expect(grab.status).toBe(409);

    const answer = solveChallenge(registered.body.challenge.text, PURPOSE);
    const verified = await anon('POST', '/v1/auth/agent-verify', {
      agentSignupToken: registered.body.agentSignupToken,
      challengeResponse: answer,
      signature: signB64(keys.privateKey, answer),
    });
    expect(verified.status).toBe(200);
    expect(verified.body.inboxEmail).toBe('zed@commune.email');
    const owner = server.engine.store.db.prepare("SELECT org_id FROM cm_inboxes WHERE local_part_lc = 'zed'").get() as {
      org_id: string;
    };
    expect(owner.org_id).toBe(verified.body.orgId);
  });
});
