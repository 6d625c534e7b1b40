import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, startTestServer } from '../helpers/server.js';

let server: MailsimServer;
let anon: ReturnType<typeof client>;

const UNAUTHORIZED = { error: { code: 'UNAUTHORIZED', message: 'Invalid or missing API key', status: 401 } };

interface CodeEntry {
  kind: 'code' | 'magic_link';
  email: string;
  code?: string;
  token?: string;
  status: string;
  expiresAt: string;
  usedAt: string | null;
  createdAt: string;
  verify: { method: string; url: string; body?: { email: string; code: string } };
}

async function codesFor(email: string): Promise<CodeEntry[]> {
  const r = await fetch(`${server.url()}/_mailsim/agentsend/auth/codes?email=${encodeURIComponent(email)}`);
  expect(r.status).toBe(200);
  return ((await r.json()) as { data: CodeEntry[] }).data;
}

async function latestCode(email: string): Promise<string> {
  const entry = (await codesFor(email)).find((c) => c.kind === 'code');
  return entry!.code!;
}

const expectSessionCookie = (headers: Headers, token: string): void => {
  const cookie = headers.get('set-cookie')!;
  expect(cookie).toContain(`agentsend_token=${token}`);
  expect(cookie).toContain('Path=/');
  expect(cookie).toContain('HttpOnly');
  expect(cookie).toContain('SameSite=Lax');
};

beforeAll(async () => {
  server = await startTestServer({ rateLimits: false });
  anon = client(server.url(), null);
});
afterAll(() => server.close());

describe('POST /auth/auto-provision', () => {
  it('creates agent-<first 12 chars lowercased>@agentsend.io with a working key (201), then reuses it with a new key (200)', async () => {
    const first = await anon('POST', '/auth/auto-provision', { deviceId: 'MacBook-Pro-0042-abcdef' });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      account: { id: expect.any(String), email: 'agent-macbook-pro-@agentsend.io', plan: 'free' },
      apiKey: expect.stringMatching(/^ask_[A-Za-z0-9_-]{40}$/),
      isNew: true,
      claimUrl: null,
    });
    const me = await client(server.url(), first.body.apiKey)('GET', '/account');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: first.body.account.id,
      name: 'Agent MacBook-',
      email: 'agent-macbook-pro-@agentsend.io',
      plan: 'free',
      dailySendLimit: 100,
      isVerified: false,
    });

    // Same first 12 characters, different rest: the same account.
    const second = await anon('POST', '/auth/auto-provision', { deviceId: 'macbook-pro-SOMETHING-ELSE' });
    expect(second.status).toBe(200);
    expect(second.body.isNew).toBe(false);
    expect(second.body.account.id).toBe(first.body.account.id);
    expect(second.body.apiKey).not.toBe(first.body.apiKey);
    for (const key of [first.body.apiKey, second.body.apiKey])
      expect((await client(server.url(), key, 'x-api-key')('GET', '/account')).status).toBe(200);
    const keys = (await client(server.url(), second.body.apiKey)('GET', '/account/api-keys')).body.data as {
      name: string;
    }[];
    expect(keys.map((k) => k.name)).toEqual(['Auto-provisioned', 'Auto-provisioned']);
  });

  it('rejects a missing, short, long or mistyped deviceId and malformed JSON', async () => {
    for (const body of [{}, { deviceId: '1234567' }, { deviceId: 'd'.repeat(129) }, { deviceId: 12345678 }]) {
      const r = await anon('POST', '/auth/auto-provision', body);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION_ERROR');
      expect(r.body.error.details.deviceId).toBeDefined();
    }
    const malformed = await anon('POST', '/auth/auto-provision', '{deviceId', { 'content-type': 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('VALIDATION_ERROR');
  });
});

describe('POST /auth/signup', () => {
  it('creates the account and returns a session token that works as a Bearer credential, also set as a cookie', async () => {
    const r = await anon('POST', '/auth/signup', { email: 'Ada@Example.com', name: 'Ada' });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({
      account: { id: expect.any(String), name: 'Ada', email: 'ada@example.com', plan: 'free' },
      token: expect.any(String),
    });
    expectSessionCookie(r.headers, r.body.token);

    const me = await client(server.url(), r.body.token)('GET', '/account');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: r.body.account.id,
      name: 'Ada',
      email: 'ada@example.com',
      plan: 'free',
      dailySendLimit: 100,
      isVerified: false,
    });
    // A session can create API keys, as the dashboard does.
    const key = await client(server.url(), r.body.token)('POST', '/account/api-keys', { name: 'from-session' });
    expect(key.status).toBe(201);
  });

  it('answers an existing email, in any case, with 409 ACCOUNT_EXISTS', async () => {
    await anon('POST', '/auth/signup', { email: 'grace@example.com', name: 'Grace' });
    const dup = await anon('POST', '/auth/signup', { email: 'GRACE@example.com', name: 'Grace again' });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: 'ACCOUNT_EXISTS', status: 409 });
  });

  it('rejects a bad email, a missing or 256-char name, and wrong types', async () => {
    const cases: [unknown, string][] = [
      [{ email: 'not-an-email', name: 'X' }, 'email'],
      [{ email: 'x@example.com' }, 'name'],
      [{ email: 'x@example.com', name: 'n'.repeat(256) }, 'name'],
      [{ email: 'x@example.com', name: 5 }, 'name'],
      [{ name: 'X' }, 'email'],
    ];
    for (const [body, field] of cases) {
      const r = await anon('POST', '/auth/signup', body);
      expect(r.status).toBe(400);
      expect(r.body.error.details[field]).toBeDefined();
    }
  });

  it('does not accept a tampered session token', async () => {
    const r = await anon('POST', '/auth/signup', { email: 'mallory@example.com', name: 'M' });
    const [h, p, s] = (r.body.token as string).split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, sub: '7d4f0c1e-2a3b-4c5d-8e9f-0a1b2c3d4e5f' })).toString('base64url')}.${s}`;
    const me = await client(server.url(), forged)('GET', '/account');
    expect(me.status).toBe(401);
    expect(me.body).toEqual(UNAUTHORIZED);
  });
});

describe('sign-in codes', () => {
  it('sends a code readable on the control plane and verifies it into a new account with a session (201)', async () => {
    const sent = await anon('POST', '/auth/send-code', { email: 'Linus@Example.com', name: 'Linus' });
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ sent: true });

    const [entry] = await codesFor('linus@example.com');
    expect(entry).toMatchObject({ kind: 'code', email: 'linus@example.com', status: 'active', usedAt: null });
    expect(entry!.code).toMatch(/^[1-9][0-9]{5}$/);
    expect(Date.parse(entry!.expiresAt) - Date.parse(entry!.createdAt)).toBe(10 * 60_000);
    expect(entry!.verify).toEqual({
      method: 'POST',
      url: `${server.url()}/auth/verify-code`,
      body: { email: 'linus@example.com', code: entry!.code },
    });

    const wrong = await anon('POST', '/auth/verify-code', {
      email: 'linus@example.com',
      code: entry!.code === '999999' ? '999998' : '999999',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({ error: 'Invalid code.' });

    const ok = await anon('POST', entry!.verify.url.slice(server.url().length), entry!.verify.body);
    expect(ok.status).toBe(201);
    expect(ok.body.account).toEqual({
      id: expect.any(String),
      name: 'Linus',
      email: 'linus@example.com',
      plan: 'free',
    });
    expectSessionCookie(ok.headers, ok.body.token);
    expect((await client(server.url(), ok.body.token)('GET', '/account')).body.email).toBe('linus@example.com');
    expect((await codesFor('linus@example.com'))[0]).toMatchObject({ status: 'used', usedAt: expect.any(String) });

    const reused = await anon('POST', '/auth/verify-code', { email: 'linus@example.com', code: entry!.code });
    expect(reused.status).toBe(400);
    expect(reused.body).toEqual({ error: 'No verification code found. Request a new one.' });
  });

  it('signs an existing account in with a code and keeps its name', async () => {
    const signup = await anon('POST', '/auth/signup', { email: 'existing@example.com', name: 'Original' });
    await anon('POST', '/auth/send-code', { email: 'existing@example.com', name: 'Other name' });
    const r = await anon('POST', '/auth/verify-code', {
      email: 'existing@example.com',
      code: await latestCode('existing@example.com'),
    });
    expect(r.status).toBe(201);
    expect(r.body.account).toEqual(signup.body.account);
  });

  it('checks only the newest code of an email', async () => {
    await anon('POST', '/auth/send-code', { email: 'twice@example.com', name: 'T' });
    const old = await latestCode('twice@example.com');
    await anon('POST', '/auth/send-code', { email: 'twice@example.com', name: 'T' });
    const codes = await codesFor('twice@example.com');
    expect(codes.map((c) => c.status)).toEqual(['active', 'superseded']);
    const fresh = codes[0]!.code!;
    if (old !== fresh) {
      const r = await anon('POST', '/auth/verify-code', { email: 'twice@example.com', code: old });
      expect(r.body).toEqual({ error: 'Invalid code.' });
    }
    expect((await anon('POST', '/auth/verify-code', { email: 'twice@example.com', code: fresh })).status).toBe(201);
  });

  it('refuses a code after 10 minutes of engine time', async () => {
    await anon('POST', '/auth/send-code', { email: 'slow@example.com', name: 'Slow' });
    const code = await latestCode('slow@example.com');
    server.engine.clock.advance(11 * 60_000);
    expect((await codesFor('slow@example.com'))[0]!.status).toBe('expired');
    const r = await anon('POST', '/auth/verify-code', { email: 'slow@example.com', code });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error: 'Code expired. Request a new one.' });
    expect(
      server.engine.store.db.prepare('SELECT 1 FROM as_accounts WHERE email = ?').get('slow@example.com'),
    ).toBeUndefined();
  });

  it('answers an email that never asked for a code with the plain 400, and bad input with the envelope', async () => {
    const none = await anon('POST', '/auth/verify-code', { email: 'nobody@example.com', code: '123456' });
    expect(none.status).toBe(400);
    expect(none.body).toEqual({ error: 'No verification code found. Request a new one.' });
    for (const [body, field] of [
      [{ email: 'a@example.com', code: '12345' }, 'code'],
      [{ email: 'a@example.com', code: 123456 }, 'code'],
      [{ code: '123456' }, 'email'],
    ] as const) {
      const r = await anon('POST', '/auth/verify-code', body);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION_ERROR');
      expect(r.body.error.details[field]).toBeDefined();
    }
    const badSend = await anon('POST', '/auth/send-code', { email: 'a@example.com', name: '' });
    expect(badSend.status).toBe(400);
    expect(badSend.body.error.details.name).toBeDefined();
  });
});

describe('magic links', () => {
  it('stores a link readable on the control plane; following it signs in once (200)', async () => {
    const sent = await anon('POST', '/auth/magic-link', { email: 'Hopper@Example.com' });
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ message: 'Magic link sent. Check your email.' });

    const link = (await codesFor('hopper@example.com')).find((c) => c.kind === 'magic_link')!;
    expect(link.token).toMatch(/^[0-9a-f]{96}$/);
    expect(link.verify).toEqual({ method: 'GET', url: `${server.url()}/auth/verify?token=${link.token}` });
    expect(Date.parse(link.expiresAt) - Date.parse(link.createdAt)).toBe(15 * 60_000);

    const r = await fetch(link.verify.url);
    expect(r.status).toBe(200);
    const body = (await r.json()) as { account: Record<string, string>; token: string };
    expect(body.account).toEqual({ id: expect.any(String), name: 'hopper', email: 'hopper@example.com', plan: 'free' });
    expectSessionCookie(r.headers, body.token);
    expect((await client(server.url(), body.token)('GET', '/account')).status).toBe(200);

    const again = await fetch(link.verify.url);
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ error: 'Invalid or expired magic link' });
  });

  it('refuses an expired or unknown token with the plain 400, and a missing one with the envelope', async () => {
    await anon('POST', '/auth/magic-link', { email: 'late@example.com' });
    const link = (await codesFor('late@example.com'))[0]!;
    server.engine.clock.advance(16 * 60_000);
    const expired = await anon('GET', `/auth/verify?token=${link.token}`);
    expect(expired.status).toBe(400);
    expect(expired.body).toEqual({ error: 'Invalid or expired magic link' });

    const unknown = await anon('GET', '/auth/verify?token=deadbeef');
    expect(unknown.body).toEqual({ error: 'Invalid or expired magic link' });

    const missing = await anon('GET', '/auth/verify');
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('VALIDATION_ERROR');
    expect(missing.body.error.details.token).toBeDefined();

    const badEmail = await anon('POST', '/auth/magic-link', { email: 'nope' });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error.details.email).toBeDefined();
  });
});

describe('sessions and the control plane', () => {
  it('lists codes of every email when none is given, and rejects a bad limit', async () => {
    const all = await fetch(`${server.url()}/_mailsim/agentsend/auth/codes?limit=100`);
    const emails = new Set(((await all.json()) as { data: CodeEntry[] }).data.map((c) => c.email));
    expect(emails.has('linus@example.com') && emails.has('hopper@example.com')).toBe(true);
    expect((await fetch(`${server.url()}/_mailsim/agentsend/auth/codes?limit=0`)).status).toBe(400);
  });

  it('expires a session token after 7 days of engine time', async () => {
    const r = await anon('POST', '/auth/signup', { email: 'week@example.com', name: 'W' });
    const session = client(server.url(), r.body.token);
    server.engine.clock.advance(7 * 24 * 3600_000 - 60_000);
    expect((await session('GET', '/account')).status).toBe(200);
    server.engine.clock.advance(60_000);
    const expired = await session('GET', '/account');
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual(UNAUTHORIZED);
  });

  it('recorded no contract violations', () => {
    expect(server.engine.journal.list({ violations: true })).toEqual([]);
  });
});
