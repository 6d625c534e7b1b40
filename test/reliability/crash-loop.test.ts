/**
 * Crash loop: a real mailsim process on a real SQLite file, killed with SIGKILL in the middle of a
 * load of keyed sends, restarted, and every send the client never got an answer for retried with
 * its Idempotency-Key — ten times over, for AgentSend, Commune and Gent. Afterwards, read from the
 * database file: no acknowledged send is lost, no key made a second message, and no message reached
 * the mail sink twice.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DEV_API_KEYS } from '../../src/testing/constants.js';
import { SEED_INBOX_ID } from '../helpers/server.js';
import { CLI } from '../harness/build.js';

const KILLS = 10;
/** Why sends went unanswered, for the report. */
const FAILURES = new Map<string, number>();
const CONCURRENCY = 8;

interface Target {
  /** The keyed send: path and body for a subject. */
  path: string;
  body: (subject: string) => unknown;
  /** The id in a send's answer. */
  idOf: (body: any) => string | undefined;
  /** The provider's outbound messages (subject, count) in the database file. */
  messagesSql: string;
  /** SQL run on the file before the load: lift the seed's daily limits. */
  prepare?: string[];
}

const TARGETS: Record<string, Target> = {
  agentsend: {
    path: `/inboxes/${SEED_INBOX_ID}/messages`,
    body: (subject) => ({ to: ['sink@example.org'], subject, bodyText: `payload of ${subject}` }),
    idOf: (b) => b?.id,
    messagesSql: "SELECT subject, COUNT(*) AS n FROM as_messages WHERE direction = 'outbound' GROUP BY subject",
    prepare: [
      'UPDATE as_inboxes SET daily_send_limit = 100000000',
      'UPDATE as_accounts SET daily_send_limit = 100000000',
    ],
  },
  commune: {
    path: '/v1/messages/send',
    body: (subject) => ({ to: 'sink@example.org', subject, text: `payload of ${subject}` }),
    idOf: (b) => b?.data?.id,
    messagesSql: "SELECT subject, COUNT(*) AS n FROM cm_messages WHERE direction = 'outbound' GROUP BY subject",
    // The enterprise tier has no hourly, daily or burst limits on sends.
    prepare: ["UPDATE cm_orgs SET tier = 'enterprise'"],
  },
  gent: {
    path: '/v1/messages/',
    body: (subject) => ({ to: [{ email: 'sink@example.org' }], subject, text_body: `payload of ${subject}` }),
    idOf: (b) => b?.message_id,
    messagesSql: "SELECT subject, COUNT(*) AS n FROM gt_messages WHERE direction = 'outbound' GROUP BY subject",
  },
};

interface Running {
  child: ChildProcess;
  url: string;
}

/** Starts the CLI with one provider on the database file; resolves with its URL once it printed it. */
function startMailsim(db: string, provider: string): Promise<Running> {
  const child = spawn(
    process.execPath,
    [CLI, 'start', '--db', db, '--providers', provider, '--port', '0', '--smtp-port', '0', '--no-rate-limits'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`mailsim did not start:\n${out}`)), 20_000);
    const read = (chunk: Buffer): void => {
      out += chunk.toString('utf8');
      const m = new RegExp(`${provider} API\\s+(http://\\S+)`).exec(out);
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
async function send(provider: string, url: string, key: string): Promise<string | null> {
  const t = TARGETS[provider]!;
  try {
    const res = await fetch(`${url}${t.path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${DEV_API_KEYS[provider]}`,
        'content-type': 'application/json',
        'idempotency-key': key,
      },
      body: JSON.stringify(t.body(key)),
      signal: AbortSignal.timeout(10_000),
    });
    const id = t.idOf(await res.json());
    if (res.status >= 300 || !id) throw new Error(`status ${res.status}`);
    return id;
  } catch (e) {
    const why = String((e as Error).message).slice(0, 40);
    FAILURES.set(why, (FAILURES.get(why) ?? 0) + 1);
    return null;
  }
}

const root = mkdtempSync(join(tmpdir(), 'mailsim-crash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('crash loop', () => {
  for (const provider of Object.keys(TARGETS)) {
    it(`${provider}: loses no acknowledged send and duplicates none over ${KILLS} SIGKILLs`, async () => {
      FAILURES.clear();
      const db = join(root, `${provider}.db`);
      await kill(await startMailsim(db, provider));
      const prepared = new Database(db);
      for (const sql of TARGETS[provider]!.prepare ?? []) prepared.prepare(sql).run();
      prepared.close();

      const acknowledged = new Map<string, string>(); // key → message id
      const unanswered = new Set<string>();
      let next = 0;
      const sentBefore = new Set<string>(); // keys sent at least once, so a later send is a retry
      let retried = 0;
      for (let round = 0; round < KILLS; round++) {
        const running = await startMailsim(db, provider);
        // First retry everything the last crash left unanswered, then new keys, until the kill.
        const queue = [...unanswered, ...Array.from({ length: 40 }, () => `key-${next++}`)];
        let killed = false;
        const worker = async (): Promise<void> => {
          for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
            if (sentBefore.has(key)) retried++;
            sentBefore.add(key);
            const id = await send(provider, running.url, key);
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
        // The kill lands while sends are in flight: after fifteen have been answered this round.
        const answeredBefore = acknowledged.size;
        while (acknowledged.size < answeredBefore + 15 && queue.length > 0) await new Promise((r) => setImmediate(r));
        killed = true;
        await kill(running);
        await Promise.all(workers);
        for (const key of queue) unanswered.add(key);
      }

      // A last, clean run: retry what is still unanswered, let the send queue settle, then count.
      const last = await startMailsim(db, provider);
      try {
        for (const key of [...unanswered]) {
          if (sentBefore.has(key)) retried++;
          const id = await send(provider, last.url, key);
          expect(id, `retry of ${key} after the last crash`).not.toBeNull();
          acknowledged.set(key, id!);
        }
        expect((await fetch(`${last.url}/_mailsim/queue?wait=60s`)).status).toBe(200);
      } finally {
        await kill(last);
      }

      const file = new Database(db, { readonly: true });
      const counts = new Map(
        (file.prepare(TARGETS[provider]!.messagesSql).all() as { subject: string; n: number }[])
          .filter((r) => r.subject.startsWith('key-'))
          .map((r) => [r.subject, r.n]),
      );
      const mails = file
        .prepare(
          "SELECT message_id, COUNT(*) AS n FROM mail_messages WHERE provider = ? AND subject LIKE 'key-%' GROUP BY message_id",
        )
        .all(provider) as { message_id: string; n: number }[];
      file.close();
      const duplicates = [...counts].filter(([, n]) => n > 1);
      const lost = [...acknowledged.keys()].filter((key) => !counts.has(key));
      const doubleMails = mails.filter((m) => m.n > 1);
      console.log(
        `crash loop ${provider}: ${KILLS} kills, ${acknowledged.size} acknowledged sends, ${retried} sends retried ` +
          `after a kill, ${lost.length} lost, ${duplicates.length} duplicate messages, ${mails.length} mails, ` +
          `${doubleMails.length} delivered twice; unanswered: ${JSON.stringify([...FAILURES])}`,
      );
      expect(duplicates, 'keys that made more than one message').toEqual([]);
      expect(lost, 'acknowledged sends that are gone').toEqual([]);
      expect(counts.size).toBe(acknowledged.size);
      expect(doubleMails, 'mails delivered twice').toEqual([]);
      expect(mails.length, 'every acknowledged send was delivered to the sink').toBe(acknowledged.size);
      expect(acknowledged.size).toBeGreaterThan(KILLS * 5);
    }, 300_000);
  }
});
