/**
 * Names every JavaScript object inherits (`constructor`, `__proto__`, `toString`) arriving where a
 * request's value picks an entry of a table: a query value, a query name, a multipart field, a file
 * extension, a control body, a command-line flag. Each is an ordinary unknown value — the provider's
 * own answer, never a 500.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { MANAGED_AGENTS_DEV_KEY } from '../../src/testing/constants.js';
import { COMMUNE_KEY } from '../commune/seed.js';
import { client, DEV_KEY, startTestServer } from '../helpers/server.js';
import { CLI } from '../harness/build.js';

const PROTO = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

let server: MailsimServer;
beforeAll(async () => {
  server = await startTestServer({ ports: { agentsend: 0, commune: 0, 'managed-agents': 0 }, rateLimits: false });
});
afterAll(() => server.close());

describe('prototype names in requests', () => {
  it('a query value naming a prototype key filters like any unknown value (Commune delivery log)', async () => {
    const commune = client(server.url('commune'), COMMUNE_KEY);
    for (const name of PROTO) {
      const res = await commune('GET', `/v1/webhooks/deliveries?status=${name}`);
      expect(res.status, name).toBe(200);
      expect(res.body).toEqual({ deliveries: [], total: 0 });
    }
  });

  it('query names and repeated query names that are prototype keys stay ordinary names', async () => {
    const as = client(server.url('agentsend'), DEV_KEY);
    for (const name of PROTO) {
      const res = await as('GET', `/inboxes?${name}=1&${name}=2&limit=1&limit=2`);
      expect(res.status, name).toBeLessThan(500);
      expect(res.status, name).not.toBe(0);
      if (res.status >= 400) expect(res.body.error, name).toMatchObject({ code: expect.any(String) });
    }
  });

  it('a file extension or multipart field named after a prototype key is an ordinary upload (Managed Agents)', async () => {
    const ma = client(server.url('managed-agents'), MANAGED_AGENTS_DEV_KEY);
    for (const name of PROTO) {
      const form = new FormData();
      form.append(name, 'x');
      form.append('file', new Blob(['hello'], { type: 'application/octet-stream' }), `a.${name}`);
      const res = await ma('POST', '/v1/files', form, { 'anthropic-beta': 'files-api-2025-04-14' });
      expect(res.status, `${name}: ${res.text}`).toBe(200);
      expect(res.body.mime_type, name).toBe('application/octet-stream');
    }
  });

  it('a control body with an object where a name belongs is a 400 in the control envelope', async () => {
    for (const tenant of [{}, [], 'constructor', '__proto__']) {
      const res = await client(server.url('agentsend'), null)('POST', '/_mailsim/reset', { tenant });
      expect(res.status, JSON.stringify(tenant)).toBeLessThan(500);
      if (res.status >= 400) expect(res.body.error.code).toBe('BAD_REQUEST');
    }
  });
});

describe('prototype names on the command line', () => {
  it('mailsim start --help prints its usage; an unknown provider named like a prototype key is refused', () => {
    expect(execFileSync(process.execPath, [CLI, 'start', '--help'], { encoding: 'utf8' })).toMatch(/mailsim start/);
    const run = spawnSync(process.execPath, [CLI, 'start', '--providers', 'constructor', '--port', '0', '--no-smtp'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr + run.stdout).toMatch(/unknown provider "constructor"/);
  });
});
