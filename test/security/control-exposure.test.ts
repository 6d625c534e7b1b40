/**
 * The control plane cannot be turned against the machine: a page the user's browser visits cannot
 * reach it (DNS rebinding: a foreign Host; cross-site requests: a foreign Origin), a token locks it
 * when one is set, and no control request reads a file it was not meant to.
 */
import { request as httpRequest } from 'node:http';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { startTestServer } from '../helpers/server.js';

interface Raw {
  status: number;
  body: any;
  headers: Record<string, string | string[] | undefined>;
}

/** A request with headers fetch will not let a test set (Host), over node:http. */
function raw(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Raw> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: url.pathname + url.search,
        headers: {
          ...headers,
          ...(body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            /* keep text */
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, headers: res.headers });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('without a control token', () => {
  let server: MailsimServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer({ host: '127.0.0.1' });
    base = server.url().replace('localhost', '127.0.0.1');
  });
  afterAll(() => server.close());

  it('answers this machine by its loopback names', async () => {
    for (const host of ['localhost', '127.0.0.1']) {
      const port = new URL(base).port;
      expect((await raw(base, 'GET', '/_mailsim/requests', { host: `${host}:${port}` })).status, host).toBe(200);
    }
  });

  it('refuses a foreign Host (DNS rebinding) with a 403 that says what to do, and changes nothing', async () => {
    const before = await raw(base, 'GET', '/_mailsim/clock');
    const refused = await raw(
      base,
      'POST',
      '/_mailsim/clock',
      { host: 'attacker.example:80' },
      JSON.stringify({ advance: '1d' }),
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/attacker\.example.*--allowed-hosts.*--control-token/);
    const after = await raw(base, 'GET', '/_mailsim/clock');
    expect(Date.parse(after.body.now) - Date.parse(before.body.now)).toBeLessThan(60_000);
  });

  it('refuses a cross-origin browser request (and an opaque `null` origin), but not the same origin', async () => {
    const port = new URL(base).port;
    expect((await raw(base, 'POST', '/_mailsim/reset', { origin: 'https://evil.example' })).status).toBe(403);
    expect((await raw(base, 'POST', '/_mailsim/reset', { origin: 'null' })).status).toBe(403);
    expect(
      (await raw(base, 'GET', '/_mailsim/agentsend/auth/codes', { origin: 'http://evil.example:3000' })).status,
    ).toBe(403);
    expect((await raw(base, 'POST', '/_mailsim/reset', { origin: `http://localhost:${port}` })).status).toBe(200);
  });

  it('keeps the health check open to readiness probes', async () => {
    expect((await raw(base, 'GET', '/_mailsim/health', { host: 'anything.example' })).status).toBe(200);
  });

  it('never treats a scenario name as a path: no file is read, and missing and existing files look the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mailsim-secret-'));
    const secret = join(dir, 'secret.yaml');
    writeFileSync(secret, 'rules: [this is: not: yaml');
    const existing = await raw(base, 'POST', '/_mailsim/scenarios', {}, JSON.stringify({ name: secret }));
    const missing = await raw(
      base,
      'POST',
      '/_mailsim/scenarios',
      {},
      JSON.stringify({ name: join(dir, 'nope.yaml') }),
    );
    const traversal = await raw(
      base,
      'POST',
      '/_mailsim/scenarios',
      {},
      JSON.stringify({ name: '../../../../etc/passwd' }),
    );
    for (const r of [existing, missing, traversal]) {
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.body)).not.toMatch(/not: yaml|root:/);
    }
    expect(existing.body.error.message.replace(secret, 'X')).toBe(
      missing.body.error.message.replace(join(dir, 'nope.yaml'), 'X'),
    );
  });

  it('names an unknown or misspelled field of a control body in its 400', async () => {
    const r = await raw(
      base,
      'POST',
      '/_mailsim/faults',
      {},
      JSON.stringify({ match: { operationID: 'listInboxes' }, action: { type: 'status', status: 503 } }),
    );
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain("'operationID'");
    expect((await raw(base, 'GET', '/_mailsim/faults')).body.data).toEqual([]);
    const reset = await raw(base, 'POST', '/_mailsim/reset', {}, JSON.stringify({ tenant: {} }));
    expect(reset.status).toBe(400);
  });

  it('matches a fault rule written with match.operationId to that operation only', async () => {
    const added = await raw(
      base,
      'POST',
      '/_mailsim/faults',
      {},
      JSON.stringify({ match: { operationId: 'getAccount' }, action: { type: 'status', status: 503 } }),
    );
    expect(added.status).toBe(201);
    const key = server.apiKeys.agentsend![0]!.key;
    expect((await raw(base, 'GET', '/inboxes', { authorization: `Bearer ${key}` })).status).toBe(200);
    expect((await raw(base, 'GET', '/account', { authorization: `Bearer ${key}` })).status).toBe(503);
    await raw(base, 'DELETE', '/_mailsim/faults');
  });
});

describe('with --control-token', () => {
  let server: MailsimServer;
  let base: string;
  const token = 'test-control-token-123';
  beforeAll(async () => {
    server = await startTestServer({ host: '127.0.0.1', controlToken: token });
    base = server.url().replace('localhost', '127.0.0.1');
  });
  afterAll(() => server.close());

  it('requires the token on every control operation but health, as a bearer token or x-mailsim-token', async () => {
    expect((await raw(base, 'GET', '/_mailsim/requests')).status).toBe(401);
    expect((await raw(base, 'GET', '/_mailsim/requests', { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await raw(base, 'GET', '/_mailsim/requests', { authorization: `Bearer ${token}` })).status).toBe(200);
    expect((await raw(base, 'GET', '/_mailsim/requests', { 'x-mailsim-token': token })).status).toBe(200);
    expect((await raw(base, 'GET', '/_mailsim/health')).status).toBe(200);
  });

  it('lets a caller with the token in from any host (a container published on another address)', async () => {
    expect(
      (await raw(base, 'GET', '/_mailsim/clock', { host: 'docker-host.example:49153', 'x-mailsim-token': token }))
        .status,
    ).toBe(200);
  });
});

describe('secrets at rest', () => {
  it('creates the data directory private to this user and the database files readable by this user only', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'mailsim-perms-')), 'data');
    const db = join(dir, 'mailsim.db');
    const server = await startTestServer({ db });
    try {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      for (const file of [db, `${db}-wal`]) expect(statSync(file).mode & 0o077, file).toBe(0);
    } finally {
      await server.close();
    }
  });
});
