/**
 * The public agent sign-up routes: agent-register's field rules and challenge, agent-verify's
 * answer and Ed25519 signature checks, the auto-created inbox, and the claim-link routes.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client } from '../helpers/server.js';
import {
  COMMUNE_KEY,
  PURPOSE,
  claim,
  claimToken,
  expectNoViolations,
  keypair,
  newAgent,
  registration,
  resetLimiters,
  signB64,
  solveChallenge,
  startCommune,
  type Call,
} from './agents-helpers.js';

let server: MailsimServer;
let anon: Call;
let api: Call;

beforeAll(async () => {
  ({ server, api } = await startCommune());
  anon = client(server.url('commune'), null);
});
afterAll(async () => {
  expectNoViolations(server);
  await server.close();
});
// Each file registers far more agents than the per-IP limit of 5 a day (limits-rate tests that).
beforeEach(() => resetLimiters(server));

const register = (body: unknown) => anon('POST', '/v1/auth/agent-register', body);

describe('agent-register', () => {
  test('answers 201 with a signup token, a challenge quoting the purpose, four instructions and 900 s', async () => {
    const keys = keypair();
    const res = await register(registration('reg-ok', keys.publicKey));
    expect(res.status).toBe(201);
    expect(res.body.agentSignupToken).toMatch(/^agt_signup_[0-9a-f]{48}$/);
    expect(res.body.challenge.format).toBe('<primary_verb>:<word_count>:<epoch_marker>');
    expect(res.body.challenge.text).toContain(`"${PURPOSE}"`);
    expect(res.body.challenge.text).toMatch(/Include this exact string: [0-9a-f]{16}/);
    expect(res.body.instructions).toHaveLength(4);
    expect(res.body.expiresIn).toBe(900);
    // The organisation exists from now on (free tier), so its slug is taken even before verify.
    const again = await register(registration('reg-ok', keypair().publicKey));
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ error: 'slug_exists', message: 'This org slug is already taken' });
  });

  test('each field rule answers its own code, in Commune order', async () => {
    const pk = keypair().publicKey;
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ agentPurpose: undefined }, 'missing_fields', 'Required: agentName, agentPurpose, orgName, orgSlug, publicKey'],
      [{ orgSlug: '' }, 'missing_fields'],
      [
        { agentPurpose: 'too short to count' },
        'invalid_agent_purpose',
        'agentPurpose must be between 20 and 2000 characters describing what your agent does',
      ],
      [{ agentPurpose: 'x'.repeat(2001) }, 'invalid_agent_purpose'],
      [
        { agentPurpose: 'averyveryverylong singleword' },
        'invalid_agent_purpose',
        'agentPurpose must contain at least 3 words',
      ],
      [{ publicKey: 'not-a-key' }, 'invalid_public_key'],
      [{ publicKey: `${pk.slice(0, 43)}A` }, 'invalid_public_key'],
      [
        { orgSlug: 'has space' },
        'invalid_org_slug',
        'orgSlug may only contain letters, numbers, hyphens, and underscores',
      ],
      [{ avatarUrl: 'not a url' }, 'invalid_avatar_url', 'avatarUrl must be a valid URL'],
      [{ websiteUrl: 'nope' }, 'invalid_website_url', 'websiteUrl must be a valid URL'],
      [{ moltbookHandle: 'bad handle!' }, 'invalid_moltbook_handle'],
      [{ moltbookHandle: 'x'.repeat(51) }, 'invalid_moltbook_handle'],
      [
        { capabilities: 'send_email' },
        'invalid_capabilities',
        'capabilities must be an array of strings (max 100 chars each)',
      ],
      [{ capabilities: ['x'.repeat(101)] }, 'invalid_capabilities'],
      [
        { capabilities: Array.from({ length: 21 }, (_, i) => `c${i}`) },
        'invalid_capabilities',
        'capabilities may contain at most 20 items',
      ],
      // Order: the purpose is checked before the key, the key before the slug.
      [{ agentPurpose: 'short', publicKey: 'bad', orgSlug: 'bad slug' }, 'invalid_agent_purpose'],
      [{ publicKey: 'bad', orgSlug: 'bad slug' }, 'invalid_public_key'],
    ];
    for (const [override, code, message] of cases) {
      const res = await register({ ...registration('field-rules', pk), ...override });
      expect(res.status, JSON.stringify(override)).toBe(400);
      expect(res.body.error, JSON.stringify(override)).toBe(code);
      if (message) expect(res.body.message).toBe(message);
      resetLimiters(server);
    }
    // None of the refused attempts took the slug.
    expect((await register(registration('field-rules', pk))).status).toBe(201);
  });

  test('optional profile fields are accepted and the slug is lower-cased', async () => {
    const res = await register(
      registration('Mixed_Case-Slug', keypair().publicKey, {
        avatarUrl: 'https://example.com/a.png',
        websiteUrl: 'https://example.com',
        moltbookHandle: 'agent_7',
        capabilities: ['send_email'],
      }),
    );
    expect(res.status).toBe(201);
    expect((await register(registration('mixed_case-slug', keypair().publicKey))).status).toBe(409);
  });

  test('a slug already used as an inbox on the shared domain is taken (mailsim never overwrites that inbox)', async () => {
    // The seed org owns dev@commune.email.
    const res = await register(registration('dev', keypair().publicKey));
    expect(res.status).toBe(409);
    expect(res.body.error).toBe('slug_exists');
    const created = await api('POST', '/v1/inboxes', { local_part: 'taken-by-seed' });
    expect(created.status).toBe(201);
    expect((await register(registration('taken-by-seed', keypair().publicKey))).status).toBe(409);
  });
});

describe('agent-verify', () => {
  async function start(slug: string) {
    const keys = keypair();
    const reg = await register(registration(slug, keys.publicKey));
    expect(reg.status).toBe(201);
    return {
      keys,
      token: reg.body.agentSignupToken as string,
      answer: solveChallenge(reg.body.challenge.text, PURPOSE),
    };
  }
  const verify = (body: unknown) => anon('POST', '/v1/auth/agent-verify', body);

  test('a correct answer signed with the registered key creates the agent and its inbox', async () => {
    const { keys, token, answer } = await start('verify-ok');
    const res = await verify({
      agentSignupToken: token,
      challengeResponse: answer,
      signature: signB64(keys.privateKey, answer),
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      agentId: expect.stringMatching(/^agt_[0-9a-f]{32}$/),
      orgId: expect.stringMatching(/^[0-9a-f]{32}$/),
      inboxEmail: 'verify-ok@commune.email',
      ownershipStatus: 'unclaimed',
      nextStep: {
        action: 'claim_ownership',
        endpoint: 'POST /v1/agent/claim-ownership',
        body: { ownerEmail: '<your_owner_email>' },
      },
    });
    expect(res.body.message).toContain(`export COMMUNE_AGENT_ID="${res.body.agentId}"`);
    // The token is spent.
    const again = await verify({
      agentSignupToken: token,
      challengeResponse: answer,
      signature: signB64(keys.privateKey, answer),
    });
    expect(again.status).toBe(401);
    expect(again.body.error).toBe('invalid_token');
  });

  test('any lower-case verb passes: only its form is checked', async () => {
    const { keys, token, answer } = await start('verify-verb');
    const other = answer.replace(/^handles/, 'zz');
    expect(
      (await verify({ agentSignupToken: token, challengeResponse: other, signature: signB64(keys.privateKey, other) }))
        .status,
    ).toBe(200);
  });

  test('missing fields, non-string answer and non-string signature', async () => {
    const { token, answer } = await start('verify-fields');
    expect((await verify({ agentSignupToken: token, challengeResponse: answer })).body).toEqual({
      error: 'missing_fields',
      message: 'Required: agentSignupToken, challengeResponse, signature',
    });
    const nonString = await verify({ agentSignupToken: token, challengeResponse: 42, signature: 'x' });
    expect([nonString.status, nonString.body.error]).toEqual([400, 'invalid_challenge_response']);
    const badSig = await verify({ agentSignupToken: token, challengeResponse: answer, signature: 7 });
    expect([badSig.status, badSig.body.error]).toEqual([400, 'invalid_signature_format']);
  });

  test('wrong answers are refused with the reason, before the signature is looked at', async () => {
    const { keys, token, answer } = await start('verify-answers');
    const [verb, count, marker] = answer.split(':') as [string, string, string];
    const cases: [string, RegExp][] = [
      [`${verb}:${count}`, /exactly 3 colon-separated parts/],
      [`Handles:${count}:${marker}`, /verb/],
      [`${verb}:four:${marker}`, /non-negative integer/],
      [`${verb}:${Number(count) + 1}:${marker}`, /word count does not match/],
      [`${verb}:${count}:0000000000000000`, /epoch marker does not match/],
    ];
    for (const [response, reason] of cases) {
      const res = await verify({
        agentSignupToken: token,
        challengeResponse: response,
        signature: signB64(keys.privateKey, response),
      });
      expect(res.status, response).toBe(400);
      expect(res.body.error).toBe('invalid_challenge_response');
      expect(res.body.message).toMatch(/^Challenge response invalid: /);
      expect(res.body.message).toMatch(reason);
    }
    // The sign-up is still open after wrong answers.
    expect(
      (
        await verify({
          agentSignupToken: token,
          challengeResponse: answer,
          signature: signB64(keys.privateKey, answer),
        })
      ).status,
    ).toBe(200);
  });

  test('a signature over the challenge text, or by another key, is invalid_signature', async () => {
    const { keys, token, answer } = await start('verify-sig');
    const textSigned = await verify({
      agentSignupToken: token,
      challengeResponse: answer,
      signature: signB64(keys.privateKey, 'the challenge text'),
    });
    expect(textSigned.status).toBe(401);
    expect(textSigned.body.error).toBe('invalid_signature');
    const otherKey = await verify({
      agentSignupToken: token,
      challengeResponse: answer,
      signature: signB64(keypair().privateKey, answer),
    });
    expect([otherKey.status, otherKey.body.error]).toEqual([401, 'invalid_signature']);
    const garbage = await verify({ agentSignupToken: token, challengeResponse: answer, signature: 'AAAA' });
    expect([garbage.status, garbage.body.error]).toEqual([401, 'invalid_signature']);
  });

  test('unknown and expired (15 min on the engine clock) tokens are invalid_token', async () => {
    const unknown = await verify({
      agentSignupToken: `agt_signup_${'0'.repeat(48)}`,
      challengeResponse: 'a:1:b',
      signature: 'x',
    });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual({ error: 'invalid_token', message: 'Invalid or expired signup token' });
    const { keys, token, answer } = await start('verify-expired');
    server.engine.clock.advance(15 * 60_000 + 1);
    const res = await verify({
      agentSignupToken: token,
      challengeResponse: answer,
      signature: signB64(keys.privateKey, answer),
    });
    expect([res.status, res.body.error]).toEqual([401, 'invalid_token']);
  });

  test('the new agent sees its own inbox on the shared domain, and the org starts on the free tier', async () => {
    const agent = await newAgent(server, 'sees-inbox');
    const inboxes = await agent.call('GET', '/v1/inboxes');
    expect(inboxes.status).toBe(200);
    expect(inboxes.body.data.map((i: any) => `${i.localPart}@${i.domain_name}`)).toEqual(['sees-inbox@commune.email']);
    expect(inboxes.body.data[0].displayName).toBe('Agent sees-inbox');
    const org = await agent.call('GET', '/v1/agent/org');
    expect(org.body.org).toMatchObject({ id: agent.orgId, slug: 'sees-inbox', tier: 'free', name: 'Org sees-inbox' });
  });
});

describe('claim links', () => {
  test('claim-ownership emails the owner a link; details and accept work with its token', async () => {
    const agent = await newAgent(server, 'claim-me');
    const started = await agent.call('POST', '/v1/agent/claim-ownership', { ownerEmail: 'Owner@Example.com' });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ status: 'pending', ownerEmail: 'Owner@Example.com', expiresIn: 86400 });
    expect(started.headers.get('ratelimit-limit')).toBe('3');
    const token = await claimToken(server, agent.agentId);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    // The email really went through the mail plane, link included.
    const sink = (await (await fetch(`${server.url('commune')}/_mailsim/mail?to=owner@example.com`)).json()) as any;
    expect(sink.data[0].subject).toBe('Claim your agent on Commune');
    const full = (await (await fetch(`${server.url('commune')}/_mailsim/mail/${sink.data[0].id}`)).json()) as any;
    expect(JSON.stringify(full)).toContain(`/claim/${token}`);

    const denied = await agent.call('POST', '/v1/inboxes', { local_part: 'second' });
    expect(denied.status).toBe(403);
    expect(denied.body.ownershipStatus).toBe('pending');

    const details = await anon('GET', `/v1/auth/claim/${token}`);
    expect(details.status).toBe(200);
    expect(details.body).toEqual({
      agentName: 'Agent claim-me',
      agentPurpose: PURPOSE,
      agentEmail: 'claim-me@commune.email',
      ownerEmail: 'Owner@Example.com',
      createdAt: expect.any(String),
    });
    const accepted = await anon('POST', `/v1/auth/claim/${token}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({
      message: 'Agent claimed successfully. It can now send and receive emails.',
      agentName: 'Agent claim-me',
      agentEmail: 'claim-me@commune.email',
    });
    // Used: both routes now answer not_found; the agent may create inboxes.
    expect((await anon('GET', `/v1/auth/claim/${token}`)).status).toBe(404);
    expect((await anon('POST', `/v1/auth/claim/${token}/accept`)).body.error).toBe('not_found');
    expect((await agent.call('POST', '/v1/inboxes', { local_part: 'claim-me-second' })).status).toBe(201);
    const again = await agent.call('POST', '/v1/agent/claim-ownership', { ownerEmail: 'owner@example.com' });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ error: 'already_claimed', message: 'Agent is already claimed' });
  });

  test('token routes: 400 for a token that is not 64 characters, 404 for an unknown one', async () => {
    const short = await anon('GET', '/v1/auth/claim/abc');
    expect(short.status).toBe(400);
    expect(short.body).toEqual({ error: 'invalid_token', message: 'Invalid claim token' });
    expect((await anon('POST', '/v1/auth/claim/abc/accept')).body.error).toBe('invalid_token');
    const unknown = await anon('GET', `/v1/auth/claim/${'0'.repeat(64)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'not_found', message: 'This claim link has expired or is invalid.' });
    expect((await anon('POST', `/v1/auth/claim/${'0'.repeat(64)}/accept`)).status).toBe(404);
  });

  test('a claim link expires after 24 h: details 404, accept 410', async () => {
    const agent = await newAgent(server, 'claim-late');
    expect((await agent.call('POST', '/v1/agent/claim-ownership', { ownerEmail: 'late@example.com' })).status).toBe(
      200,
    );
    const token = await claimToken(server, agent.agentId);
    server.engine.clock.advance(24 * 3600_000 + 1);
    expect((await anon('GET', `/v1/auth/claim/${token}`)).status).toBe(404);
    const late = await anon('POST', `/v1/auth/claim/${token}/accept`);
    expect(late.status).toBe(410);
    expect(late.body).toEqual({ error: 'expired', message: 'This claim link has expired.' });
  });

  test('claim-ownership field checks, the 5-minute cooldown and the API-key refusal', async () => {
    const agent = await newAgent(server, 'claim-rules');
    const missing = await agent.call('POST', '/v1/agent/claim-ownership', {});
    expect([missing.status, missing.body.error]).toEqual([400, 'missing_fields']);
    const invalid = await agent.call('POST', '/v1/agent/claim-ownership', { ownerEmail: 'not-an-email' });
    expect([invalid.status, invalid.body.error]).toEqual([400, 'invalid_email']);
    resetLimiters(server);
    expect((await agent.call('POST', '/v1/agent/claim-ownership', { ownerEmail: 'a@example.com' })).status).toBe(200);
    const soon = await agent.call('POST', '/v1/agent/claim-ownership', { ownerEmail: 'b@example.com' });
    expect(soon.status).toBe(429);
    expect(soon.body).toEqual({
      error: 'claim_cooldown',
      message: 'A claim link was already sent. Please wait before requesting another.',
    });
    server.engine.clock.advance(5 * 60_000);
    expect((await agent.call('POST', '/v1/agent/claim-ownership', { ownerEmail: 'b@example.com' })).status).toBe(200);

    resetLimiters(server);
    const withKey = await client(server.url('commune'), COMMUNE_KEY)('POST', '/v1/agent/claim-ownership', {
      ownerEmail: 'a@example.com',
    });
    expect(withKey.status).toBe(400);
    expect(withKey.body.error).toBe('agent_signing_required');
  });

  test('the control plane lists claims by owner email, with the accept request', async () => {
    const agent = await newAgent(server, 'claim-listed');
    await claim(server, agent, 'listed@example.com');
    const res = await fetch(`${server.url('commune')}/_mailsim/commune/claims?email=LISTED@example.com`);
    const body = (await res.json()) as any;
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({
      agentId: agent.agentId,
      ownerEmail: 'listed@example.com',
      status: 'accepted',
    });
    expect(body.data[0].accept.url).toBe(`${server.url('commune')}/v1/auth/claim/${body.data[0].token}/accept`);
    const bad = await fetch(`${server.url('commune')}/_mailsim/commune/claims?limit=0`);
    expect(bad.status).toBe(400);
  });

  test("the control plane reveals a sign-up's expected answer", async () => {
    const keys = keypair();
    const reg = await register(registration('answer-hint', keys.publicKey));
    const hint = (await (
      await fetch(`${server.url('commune')}/_mailsim/commune/signups/${reg.body.agentSignupToken}`)
    ).json()) as any;
    expect(hint.exampleResponse).toBe(solveChallenge(reg.body.challenge.text, PURPOSE));
    const res = await anon('POST', '/v1/auth/agent-verify', {
      agentSignupToken: reg.body.agentSignupToken,
      challengeResponse: hint.exampleResponse,
      signature: signB64(keys.privateKey, hint.exampleResponse),
    });
    expect(res.status).toBe(200);
    expect((await fetch(`${server.url('commune')}/_mailsim/commune/signups/agt_signup_nope`)).status).toBe(404);
  });
});
