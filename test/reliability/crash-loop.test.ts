/**
 * Crash loop: a real mailsim process on a real SQLite file, killed with SIGKILL in the middle of a
 * load of keyed sends, restarted, and every send the client never got an answer for retried with
 * its Idempotency-Key — ten times over. Afterwards: no acknowledged write is lost, no key made a
 * second message, and no message reached the mail sink twice.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DEV_KEY, SEED_INBOX_ID } from '../helpers/server.js';

const CLI = join(__dirname, '..', '..', 'dist', 'src', 'cli.js');
const KILLS = 10;
const CONCURRENCY = 8;

interface Running {
  child: ChildProcess;
  url: string;
}

/** Starts the CLI on the database file and resolves with its URL once it printed it. */
function startMailsim(db: string): Promise<Running> {
  const child = spawn(
    process.execPath,
    [CLI, 'start', '--db', db, '--providers', 'agentsend', '--port', '0', '--smtp-port', '0', '--no-rate-limits'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`mailsim did not start:\n${out}`)), 20_000);
    const read = (chunk: Buffer): void => {
      out += chunk.toString('utf8');
      const m = /agentsend API\s+(http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`mailsim exited (${code}) before starting:\n${out}`)));
  });
}

function kill(r: Running): Promise<void> {
  return new Promise((resolve) => {
    if (r.child.exitCode !== null || r.child.signalCode !== null) return resolve();
    r.child.once('exit', () => resolve());
    r.child.kill('SIGKILL');
  });
}

/** One keyed send: the message id when answered 2xx, null when the answer never arrived. */
async function send(url: string, key: string): Promise<string | null> {
  try {
    const res = await fetch(`${url}/inboxes/${SEED_INBOX_ID}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${DEV_KEY}`, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ to: ['sink@example.org'], subject: key, bodyText: `payload of ${key}` }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await res.json()) as { id?: string };
    if (res.status >= 500 || !body.id) throw new Error(`status ${res.status}`);
    return body.id;
  } catch {
    return null;
  }
}

describe('crash loop', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mailsim-crash-'));
  const db = join(dir, 'mailsim.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`loses no acknowledged send and duplicates none over ${KILLS} SIGKILLs`, async () => {
    // The seed inbox's daily limits would refuse most of this load: lift them in the file first.
    await kill(await startMailsim(db));
    const file = new Database(db);
    file.prepare('UPDATE as_inboxes SET daily_send_limit = 100000000').run();
    file.prepare('UPDATE as_accounts SET daily_send_limit = 100000000').run();
    file.close();

    const acknowledged = new Map<string, string>(); // key → message id
    const unanswered = new Set<string>();
    let next = 0;
    for (let round = 0; round < KILLS; round++) {
      const running = await startMailsim(db);
      // First retry everything the last crash left unanswered, then new keys, until the kill.
      const queue = [...unanswered, ...Array.from({ length: 40 }, () => `key-${next++}`)];
      let killed = false;
      const worker = async (): Promise<void> => {
        for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
          const id = await send(running.url, key);
          if (id) {
            const before = acknowledged.get(key);
            // A replay after a restart must name the very message the first answer named.
            if (before) expect(id, key).toBe(before);
            acknowledged.set(key, id);
            unanswered.delete(key);
          } else unanswered.add(key);
          if (killed) break;
        }
      };
      const workers = Array.from({ length: CONCURRENCY }, worker);
      // The kill lands while sends are in flight: after a few have been answered this round.
      const answeredBefore = acknowledged.size;
      while (acknowledged.size < answeredBefore + 5 && queue.length > 0) await new Promise((r) => setImmediate(r));
      killed = true;
      await kill(running);
      await Promise.all(workers);
      for (const key of queue) unanswered.add(key);
    }

    // A last, clean run: retry what is still unanswered, let the send queue settle, then count.
    const last = await startMailsim(db);
    try {
      for (const key of [...unanswered]) {
        const id = await send(last.url, key);
        expect(id, `retry of ${key} after the last crash`).not.toBeNull();
        acknowledged.set(key, id!);
      }
      const settled = await fetch(`${last.url}/_mailsim/queue?wait=60s`);
      expect(settled.status).toBe(200);

      const messages: { id: string; subject: string; direction: string }[] = [];
      for (let offset = 0; ; offset += 100) {
        const page = (await (
          await fetch(`${last.url}/inboxes/${SEED_INBOX_ID}/messages?limit=100&offset=${offset}`, {
            headers: { authorization: `Bearer ${DEV_KEY}` },
          })
        ).json()) as { data: typeof messages };
        messages.push(...page.data);
        if (page.data.length < 100) break;
      }
      const outbound = messages.filter((m) => m.direction === 'outbound' && m.subject.startsWith('key-'));
      const bySubject = new Map<string, number>();
      for (const m of outbound) bySubject.set(m.subject, (bySubject.get(m.subject) ?? 0) + 1);
      const duplicates = [...bySubject].filter(([, n]) => n > 1);
      const lost = [...acknowledged].filter(([, id]) => !outbound.some((m) => m.id === id));
      expect(duplicates, 'keys that made more than one message').toEqual([]);
      expect(lost, 'acknowledged sends that are gone').toEqual([]);
      expect(bySubject.size).toBe(acknowledged.size);

      const sink = (await (await fetch(`${last.url}/_mailsim/mail?limit=500&subject=key-`)).json()) as {
        data: { messageId: string }[];
        total: number;
      };
      const ids = sink.data.map((m) => m.messageId);
      expect(new Set(ids).size, 'mails delivered twice').toBe(ids.length);
      expect(acknowledged.size).toBeGreaterThan(KILLS * 5);
    } finally {
      await kill(last);
    }
  }, 240_000);
});
