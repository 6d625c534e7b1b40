/**
 * Durability across a crash: the emulator process is killed with SIGKILL while deliveries are in
 * flight or waiting, then started again on the same database file. Every delivery must arrive.
 * Runs the built CLI (`npm run build` first), as a user would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { client, DEV_KEY, eventually, SEED_INBOX_ID } from '../helpers/server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../src/testing/webhooks.js';
import { closedPort } from './helpers.js';
import { CLI } from '../harness/build.js';

const dir = mkdtempSync(join(tmpdir(), 'mailsim-webhook-crash-'));
const db = join(dir, 'mailsim.db');
const children = new Set<ChildProcess>();
let receiver: WebhookReceiver | undefined;

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await receiver?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `mailsim start` on a free port and resolves with its API URL once it prints it. */
async function startEmulator(): Promise<{ child: ChildProcess; url: string }> {
  const port = await closedPort();
  const child = spawn(
    process.execPath,
    [CLI, 'start', '--db', db, '--port', String(port), '--no-smtp', '--no-rate-limits'],
    {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.add(child);
  child.on('exit', () => children.delete(child));
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    // A deadline, not a sleep: a child process that never starts fails the test instead of hanging it.
    const timer = setTimeout(() => reject(new Error(`mailsim did not start within 15 s:\n${output}`)), 15_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const m = /agentsend API\s+(http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!.replace('//localhost:', '//127.0.0.1:'));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`mailsim exited with ${code}:\n${output}`));
    });
  });
  return { child, url };
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

it('loses no delivery when the process is SIGKILLed with deliveries pending: after a restart on the same DB all are delivered', async () => {
  expect(existsSync(CLI), 'run `npm run build` first: this test starts dist/bin/cli.js').toBe(true);
  // Phase 1: a receiver that accepts connections and never answers, so attempts stay in flight.
  receiver = await startWebhookReceiver({ respondWith: () => new Promise<never>(() => undefined) });
  const first = await startEmulator();
  const api = client(first.url, DEV_KEY);
  const hook = await api('POST', '/webhooks', { url: receiver.url, events: ['message.sent'] });
  expect(hook.status).toBe(201);

  const sent: string[] = [];
  for (let i = 0; i < 8; i++) {
    const res = await api('POST', `/inboxes/${SEED_INBOX_ID}/messages`, {
      to: [`customer${i}@example.com`],
      subject: `Order ${i}`,
      bodyText: 'Thanks',
    });
    expect(res.status).toBe(202);
    sent.push(res.body.id);
  }
  // 5 attempts in flight (AgentSend's concurrency), 3 waiting behind them, none finished.
  const log = client(first.url, null);
  await eventually(
    async () => (await log('GET', '/_mailsim/webhooks/deliveries?status=pending')).body.total === 8,
    10_000,
  );
  await receiver.waitFor(5, 10_000);
  expect((await log('GET', '/_mailsim/webhooks/deliveries?status=delivered')).body.total).toBe(0);

  await kill(first.child);

  // Phase 2: the receiver is healthy; the restarted emulator resumes from the outbox on its own.
  receiver.respondWith(200);
  const second = await startEmulator();
  const log2 = client(second.url, null);
  const delivered = await eventually(async () => {
    const res = await log2('GET', '/_mailsim/webhooks/deliveries?status=delivered&limit=100');
    return res.body.total === 8 ? res.body.data : null;
  }, 15_000);
  expect((await log2('GET', '/_mailsim/webhooks/deliveries')).body.total).toBe(8);

  const afterRestart = receiver.received.slice(5);
  const messageIds = new Set(afterRestart.map((r) => r.json.data.messageId));
  expect([...messageIds].sort()).toEqual([...sent].sort());
  for (const r of afterRestart) {
    expect(r.headers['x-agentsend-signature']).toBe(
      createHmac('sha256', hook.body.secret).update(r.rawBody).digest('hex'),
    );
  }
  expect(delivered.every((d: { attemptCount: number }) => d.attemptCount === 1)).toBe(true);

  second.child.kill('SIGTERM');
  await new Promise((r) => second.child.once('exit', r));
});
