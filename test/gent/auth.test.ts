/**
 * Gent auth: sessions (login, refresh, logout, lifetimes on the engine clock), agent tokens bound to
 * one inbox with scopes, user-auth-only endpoints, token management (list, revoke, rotate), and
 * tenant isolation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  advance,
  expectNoViolations,
  GENT_DEV_INBOX_ID,
  GENT_DEV_MESSAGE_ID,
  GENT_DEV_TOKEN,
  makeInbox,
  makeToken,
  secondOrg,
  startGent,
  type Api,
  type Gent,
} from './helpers.js';

let g: Gent;
let session: Api;
beforeAll(async () => {
  g = await startGent();
  session = g.as((await g.login()).access);
});
afterAll(async () => {
  expectNoViolations(g.server);
  await g.server.close();
});

describe('sessions', () => {
  it("wrong password is a 401 in Gent's envelope; no credentials on a secured route is a 401 too", async () => {
    const bad = await g.as(null)('POST', '/auth/login/', { email: 'dev@gent.mailsim.test', password: 'nope' });
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual({ detail: 'Invalid email or password.', code: 'invalid_credentials' });
    const anonymous = await g.as(null)('GET', '/v1/messages/');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('not_authenticated');
    expect((await g.as('gent_notatoken')('GET', '/v1/messages/')).status).toBe(401);
  });

  it('access tokens last 15 min, refresh tokens 30 days (engine clock); logout ends both at once', async () => {
    const { access, refresh } = await g.login();
    const me = g.as(access);
    expect((await me('GET', '/v1/domains/')).status).toBe(200);
    await advance(g, '16m');
    expect((await me('GET', '/v1/domains/')).status).toBe(401);
    const renewed = await g.as(null)('POST', '/auth/refresh/', { refresh_token: refresh });
    expect(renewed.status).toBe(200);
    expect(Object.keys(renewed.body)).toEqual(['access_token']);
    const again = g.as(renewed.body.access_token);
    expect((await again('GET', '/v1/domains/')).status).toBe(200);
    // An access token is no refresh token.
    expect((await g.as(null)('POST', '/auth/refresh/', { refresh_token: renewed.body.access_token })).status).toBe(401);
    expect((await again('POST', '/auth/logout/')).status).toBe(204);
    expect((await again('GET', '/v1/domains/')).status).toBe(401);
    const dead = await g.as(null)('POST', '/auth/refresh/', { refresh_token: refresh });
    expect(dead.status).toBe(401);
    expect(dead.body.code).toBe('invalid_token');

    const later = await g.login();
    await advance(g, '31d');
    expect((await g.as(null)('POST', '/auth/refresh/', { refresh_token: later.refresh })).status).toBe(401);
    session = g.as((await g.login()).access);
  });
});

describe('agent tokens', () => {
  it('are refused on user-auth endpoints with a 403 that says so', async () => {
    for (const [method, path] of [
      ['GET', '/v1/domains/'],
      ['POST', '/v1/tokens/'],
      ['POST', '/v1/inboxes/'],
      ['GET', '/v1/tokens/'],
    ] as const) {
      const res = await g.agent(method, path, method === 'POST' ? {} : undefined);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.code).toBe('session_auth_required');
    }
  });

  it('every route checks its scope: a 403 naming the missing one', async () => {
    const narrow = g.as(await makeToken(session, { inbox_id: GENT_DEV_INBOX_ID, scopes: ['email:read'] }));
    expect((await narrow('GET', '/v1/messages/')).status).toBe(200);
    const checks: [string, string, unknown, string][] = [
      ['POST', '/v1/messages/', { to: [{ email: 'a@example.com' }], text_body: 'x' }, 'email:send'],
      ['GET', '/v1/billing/usage/', undefined, 'billing:read'],
      ['GET', '/v1/approvals/', undefined, 'approvals:read'],
      ['POST', '/v1/files/', { name: 'f', file_type: 'spreadsheet' }, 'files:write'],
      ['GET', '/v1/contacts/', undefined, 'contacts:read'],
      [
        'POST',
        '/v1/alerts/',
        { inbox_id: GENT_DEV_INBOX_ID, events: ['message.sent'], delivery: { type: 'task', target: 'x' } },
        'alerts:write',
      ],
      ['GET', '/v1/activity/?address=a@example.com', undefined, 'context:read'],
      ['POST', '/v1/tasks/', { title: 't' }, 'task:write'],
      ['POST', `/v1/messages/threads/thr_01JDEVGENT0000000000000001/notes/`, { body: 'n' }, 'email:write'],
    ];
    for (const [method, path, body, scope] of checks) {
      const res = await narrow(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body).toEqual({
        detail: `This token lacks the scope this endpoint needs: ${scope}.`,
        code: 'missing_scope',
        required_scope: scope,
      });
    }
  });

  it('are bound to one inbox: another inbox and its messages are 404s', async () => {
    const other = await makeInbox(session, 'bound-other@gent.mailsim.test');
    const otherToken = g.as(
      await makeToken(session, { inbox_id: other.inbox_id, scopes: ['email:read', 'email:send'] }),
    );
    expect((await otherToken('GET', `/v1/inboxes/${GENT_DEV_INBOX_ID}/`)).status).toBe(404);
    expect((await otherToken('GET', `/v1/messages/${GENT_DEV_MESSAGE_ID}/`)).status).toBe(404);
    expect((await otherToken('GET', `/v1/messages/?inbox_id=${GENT_DEV_INBOX_ID}`)).status).toBe(404);
    expect(
      (
        await otherToken('POST', '/v1/messages/', {
          inbox_id: GENT_DEV_INBOX_ID,
          to: [{ email: 'a@example.com' }],
          text_body: 'x',
        })
      ).status,
    ).toBe(404);
    const own = await otherToken('GET', '/v1/inboxes/');
    expect(own.body.results.map((i: any) => i.inbox_id)).toEqual([other.inbox_id]);
    // Its own inbox by address works too.
    expect((await otherToken('GET', `/v1/inboxes/${other.address}/`)).body.inbox_id).toBe(other.inbox_id);
  });

  it('validates scopes and held scopes when created', async () => {
    const unknown = await session('POST', '/v1/tokens/', {
      inbox_id: GENT_DEV_INBOX_ID,
      label: 'x',
      scopes: ['email:read', 'email:teleport'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual({ scopes: ['Unknown scope: email:teleport.'] });
    const notSubset = await session('POST', '/v1/tokens/', {
      inbox_id: GENT_DEV_INBOX_ID,
      label: 'x',
      scopes: ['email:read'],
      requires_approval: ['email:send'],
    });
    expect(notSubset.status).toBe(400);
    expect(notSubset.body.errors).toEqual({ requires_approval: ["email:send is not one of the token's scopes."] });
    expect(
      (await session('POST', '/v1/tokens/', { inbox_id: 'inb_nope', label: 'x', scopes: ['email:read'] })).status,
    ).toBe(404);
  });

  it('revoke is a 401 at once; rotate keeps id and scopes and refuses the old value at once', async () => {
    const created = await session('POST', '/v1/tokens/', {
      inbox_id: GENT_DEV_INBOX_ID,
      label: 'rotating',
      scopes: ['email:read'],
    });
    const first = g.as(created.body.token);
    expect((await first('GET', '/v1/messages/')).status).toBe(200);
    const rotated = await session('POST', `/v1/tokens/${created.body.token_id}/rotate/`);
    expect(rotated.status).toBe(201);
    expect(rotated.body).toMatchObject({
      token_id: created.body.token_id,
      scopes: ['email:read'],
      rotated_at: expect.any(String),
    });
    expect(rotated.body.token).not.toBe(created.body.token);
    expect((await first('GET', '/v1/messages/')).status).toBe(401);
    const second = g.as(rotated.body.token);
    expect((await second('GET', '/v1/messages/')).status).toBe(200);
    const listed = await session('GET', `/v1/tokens/?inbox_id=${GENT_DEV_INBOX_ID}`);
    const row = listed.body.results.find((t: any) => t.token_id === created.body.token_id);
    expect(row).toMatchObject({ token_prefix: rotated.body.token.slice(0, 12), last_used_at: expect.any(String) });
    expect(JSON.stringify(listed.body)).not.toContain(rotated.body.token);

    expect((await session('DELETE', `/v1/tokens/${created.body.token_id}/`)).status).toBe(204);
    expect((await second('GET', '/v1/messages/')).status).toBe(401);
    expect((await session('GET', `/v1/tokens/${created.body.token_id}/`)).body.revoked_at).toEqual(expect.any(String));
    expect((await session('POST', `/v1/tokens/${created.body.token_id}/rotate/`)).body.code).toBe('token_revoked');
    // The seed token is untouched.
    expect((await g.as(GENT_DEV_TOKEN)('GET', '/v1/messages/')).status).toBe(200);
  });
});

describe('tenants', () => {
  it("another organisation's objects are 404s, never 403s", async () => {
    const other = await secondOrg(g, { email: 'owner@other-tenant.test' });
    const inbox = await makeInbox(other.session, 'agent@other-tenant.test');
    for (const path of [
      `/v1/inboxes/${GENT_DEV_INBOX_ID}/`,
      `/v1/messages/${GENT_DEV_MESSAGE_ID}/`,
      '/v1/messages/threads/thr_01JDEVGENT0000000000000001/',
      '/v1/domains/gent.mailsim.test/',
      '/v1/tokens/tok_01JDEVGENT0000000000000001/',
    ]) {
      const res = await other.session('GET', path);
      expect(res.status, path).toBe(404);
      expect(res.body.code).toBe('not_found');
    }
    expect((await session('GET', `/v1/inboxes/${inbox.inbox_id}/`)).status).toBe(404);
    expect(
      (await other.session('POST', '/v1/tokens/', { inbox_id: GENT_DEV_INBOX_ID, label: 'x', scopes: ['email:read'] }))
        .status,
    ).toBe(404);
    const theirs = await other.session('GET', '/v1/inboxes/');
    expect(theirs.body.results.map((i: any) => i.address)).toEqual(['agent@other-tenant.test']);
  });

  it('a second organisation comes from the control plane, whose contract names a bad field; an email is one user', async () => {
    const make = (body: unknown): Promise<Response> =>
      fetch(`${g.base}/_mailsim/gent/orgs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const short = await make({ email: 'short@org.test', password: 'short' });
    expect(short.status).toBe(400);
    expect(((await short.json()) as any).error.details).toHaveProperty('password');
    const typo = await make({ email: 'typo@org.test', password: 'long-enough', plna: 'free' });
    expect(typo.status).toBe(400);
    expect(((await typo.json()) as any).error.message).toContain('plna');
    const made = await make({ email: 'Free@Org.test', password: 'long-enough', plan: 'free' });
    expect(made.status).toBe(201);
    expect(await made.json()).toMatchObject({
      email: 'free@org.test',
      plan: 'free',
      org_id: expect.stringMatching(/^org_/),
    });
    const again = await make({ email: 'free@org.test', password: 'another-one' });
    expect(again.status).toBe(409);
    await g.login({ email: 'free@org.test', password: 'long-enough' });
  });
});
