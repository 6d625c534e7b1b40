/**
 * Every control operation, on every provider's port, refuses what a hostile web page can send: a
 * foreign Host (DNS rebinding) and a foreign or opaque Origin (cross-site) get 403; with
 * `--control-token`, a request without the token or with a wrong one gets 401, even from a loopback
 * name; the right token is let in from any host. Only operations the contract marks public (the
 * health check, the web UI's static files, signed download links) answer without these checks; the UI
 * itself calls the guarded operations. Refused requests change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeContracts } from '../../src/control/api.js';
import { readDocument } from '../../src/engine/contract-document.js';
import { Contract, type Operation } from '../../src/engine/contract.js';
import { NEVER_ENDING } from '../../src/harness/fuzz/apis.js';
import { exchange, type RawResponse } from '../../src/harness/fuzz/raw-http.js';
import { contractPath } from '../../src/paths.js';
import { loadProvider } from '../../src/providers/index.js';
import type { MailsimServer } from '../../src/server.js';
import { startTestServer } from '../helpers/server.js';

const PROVIDERS = ['agentsend', 'commune', 'gent', 'managed-agents'];
const TOKEN = 'control-token-for-the-exposure-test';

async function controlOperations(provider: string): Promise<Operation[]> {
  const fragment = (await loadProvider(provider)).control;
  const doc = mergeContracts(
    readDocument(contractPath('control')),
    fragment ? readDocument(fragment.contractFile) : null,
  );
  return new Contract(`control-${provider}`, doc).operations;
}

function call(base: string, op: Operation, headers: [string, string][]): Promise<RawResponse> {
  const body = op.method === 'GET' || op.method === 'DELETE' ? '' : '{}';
  return exchange(
    base,
    {
      method: op.method,
      target: Buffer.from(op.path.replace(/\{[^}]+\}/g, 'x')),
      headers: [
        ...headers,
        ...(body
          ? ([
              ['Content-Type', 'application/json'],
              ['Content-Length', String(body.length)],
            ] as [string, string][])
          : []),
      ],
      body: Buffer.from(body),
    },
    5000,
  );
}

const codeOf = (r: RawResponse): string | undefined => {
  try {
    return JSON.parse(r.body.toString('utf8')).error?.code;
  } catch {
    return undefined;
  }
};

const ports = { agentsend: 0, commune: 0, gent: 0, 'managed-agents': 0 };

describe('every control operation without a token', () => {
  let server: MailsimServer;
  beforeAll(async () => {
    server = await startTestServer({ host: '127.0.0.1', ports, logLevel: 'silent' });
  });
  afterAll(() => server.close());

  it('refuses a foreign Host and a foreign or opaque Origin with 403, and changes nothing', async () => {
    const clockBefore = server.engine.clock.nowMs();
    let refused = 0;
    const open: string[] = [];
    for (const provider of PROVIDERS) {
      const base = server.url(provider).replace('localhost', '127.0.0.1');
      const port = new URL(base).port;
      for (const op of await controlOperations(provider)) {
        const attempts: [string, string][][] = [
          [['Host', 'attacker.example']],
          [
            ['Host', `localhost:${port}`],
            ['Origin', 'https://evil.example'],
          ],
          [
            ['Host', `127.0.0.1:${port}`],
            ['Origin', 'null'],
          ],
        ];
        for (const headers of attempts) {
          const res = await call(base, op, headers);
          if (op.isPublic) {
            expect(res.status, `${provider} ${op.id}`).toBeLessThan(500);
            open.push(`${provider} ${op.id}`);
            continue;
          }
          expect(res.status, `${provider} ${op.id} with ${JSON.stringify(headers)}`).toBe(403);
          expect(codeOf(res), `${provider} ${op.id}`).toBe('FORBIDDEN');
          refused++;
        }
      }
    }
    console.log(`control exposure: ${refused} hostile requests refused; public: ${[...new Set(open)].join(', ')}`);
    expect(refused).toBeGreaterThan(100);
    expect(server.engine.clock.nowMs() - clockBefore).toBeLessThan(60_000);
    expect(server.engine.faults.list()).toEqual([]);
  }, 120_000);
});

describe('every control operation with --control-token', () => {
  let server: MailsimServer;
  beforeAll(async () => {
    server = await startTestServer({ host: '127.0.0.1', ports, controlToken: TOKEN, logLevel: 'silent' });
  });
  afterAll(() => server.close());

  it('answers 401 without the token or with a wrong one, and lets the right token in from any host', async () => {
    let locked = 0;
    for (const provider of PROVIDERS) {
      const base = server.url(provider).replace('localhost', '127.0.0.1');
      for (const op of await controlOperations(provider)) {
        if (op.isPublic) continue;
        for (const headers of [[], [['Authorization', 'Bearer wrong']], [['X-Mailsim-Token', `${TOKEN}x`]]] as [
          string,
          string,
        ][][]) {
          const res = await call(base, op, [['Host', 'localhost'], ...headers]);
          expect(res.status, `${provider} ${op.id} with ${JSON.stringify(headers)}`).toBe(401);
          locked++;
        }
        if (NEVER_ENDING.includes(op.id) || op.id === 'resetState') continue;
        const admitted = await call(base, op, [
          ['Host', 'docker-host.example:49153'],
          ['Authorization', `Bearer ${TOKEN}`],
        ]);
        expect(admitted.status, `${provider} ${op.id} with the token`).not.toBe(401);
        expect(admitted.status, `${provider} ${op.id} with the token`).not.toBe(403);
        expect(admitted.status, `${provider} ${op.id} with the token`).toBeLessThan(500);
      }
    }
    console.log(`control token: ${locked} requests without the right token refused`);
    expect(locked).toBeGreaterThan(100);
  }, 120_000);
});
