/**
 * Scale: a million stored messages in AgentSend and in Commune, then list, keyword search and
 * thread view p95 over HTTP (target < 20 ms each). Opt-in: `node bench/run.mjs --scale`, or alone:
 *
 *   node bench/scale.mjs [--messages 1000000] [--samples 200] [--keep FILE.db] [--cli other/dist/bin/cli.js]
 *
 * The data is made from rows the emulator wrote itself: one real send per provider through the
 * API, then copies of those rows made in SQL (fresh ids, threads of ten, timestamps a second
 * apart, subjects and bodies with searchable words), so every copy has the shape the handlers and
 * the response contract expect. Commune's full-text index follows its triggers, as in use.
 * The last stdout line is the JSON result.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cpuMs, freePort, installCleanup, rssMb, startChild, stopAll, stopChild, waitFor200 } from './lib/children.mjs';
import { CLI as BIN } from './lib/cli.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const AS_KEY = 'ask_mailsim-dev-key-0123456789abcdefghijklmn';
const AS_INBOX = '3c9a2b1d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
const CM_KEY = 'comm_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
const CM_INBOX = '8b2f1c3d-5e7a-4b9c-8d1e-3f5a7b9c1d2e';
const THREAD = 10; // messages per thread
const WORDS = 1000; // distinct search words: each is in one message of a thousand
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const BUDGET_MS = 30_000; // per query: a query that takes seconds gets at least 3 samples, not hundreds
const round = (x) => Math.round(x * 100) / 100;

let CLI = BIN;

async function startEmulator(db) {
  const [as, cm] = [await freePort(), await freePort()];
  const child = startChild(
    'mailsim',
    [
      CLI,
      'start',
      '--providers',
      'agentsend,commune',
      '--db',
      db,
      '--no-smtp',
      '--no-rate-limits',
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: ROOT,
      env: { MAILSIM_AGENTSEND_PORT: String(as), MAILSIM_COMMUNE_PORT: String(cm) },
    },
  );
  const since = performance.now();
  const urls = { as: `http://127.0.0.1:${as}`, cm: `http://127.0.0.1:${cm}` };
  await waitFor200(`${urls.as}/_mailsim/health`, { child, since, timeoutMs: 300_000 });
  await waitFor200(`${urls.cm}/_mailsim/health`, { child, since, timeoutMs: 300_000 });
  return { child, ...urls, readyMs: performance.now() - since };
}

async function call(url, key, init = {}) {
  const res = await fetch(url, {
    ...init,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...init.headers },
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text || 'null');
}

/** A UUID-shaped id from a number: `printf` in SQL, the same here. */
const uuidSql = (expr, tag) => `printf('%08x-%04x-4000-8000-%012x', ${expr}, ${tag}, ${expr})`;
const uuid = (n, tag) =>
  `${n.toString(16).padStart(8, '0')}-${tag.toString(16).padStart(4, '0')}-4000-8000-${n.toString(16).padStart(12, '0')}`;
const isoSql = (expr) => `strftime('%Y-%m-%dT%H:%M:%fZ', 1700000000 + ${expr}, 'unixepoch')`;

/**
 * INSERT INTO table SELECT <the template row's columns, some replaced> for i in 0..n-1. Columns
 * not named keep the template's value; `omit` ones get their default (an autoincrement key).
 */
function cloneRows(db, table, templateWhere, args, n, replace, omit = []) {
  const cols = db
    .pragma(`table_info(${table})`)
    .map((c) => c.name)
    .filter((c) => !omit.includes(c));
  const select = cols.map((c) => replace[c] ?? `t.${c}`).join(', ');
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO ${table} (${cols.join(', ')})
     SELECT ${select} FROM n, (SELECT * FROM ${table} WHERE ${templateWhere} LIMIT 1) AS t`,
  ).run(n - 1, ...args);
}

// Three digits, so that no search word is a prefix of another (search matches prefixes).
const words = (expr) => `'kw' || printf('%03d', (${expr}) % ${WORDS}) || ' order ' || (${expr})`;

function fill(db, n) {
  const threads = Math.ceil(n / THREAD);
  const times = {};
  let t0 = performance.now();
  db.transaction(() => {
    // AgentSend: threads, then their messages (thread k holds messages 10k..10k+9).
    cloneRows(db, 'as_threads', 'inbox_id = ?', [AS_INBOX], threads, {
      id: uuidSql('i', 1),
      subject: `'Thread ' || i`,
      message_count: String(THREAD),
      last_message_at: isoSql(`i * ${THREAD} + ${THREAD - 1}`),
      created_at: isoSql(`i * ${THREAD}`),
      seq: '100000 + i',
    });
    cloneRows(db, 'as_messages', 'inbox_id = ?', [AS_INBOX], n, {
      id: uuidSql('i', 2),
      thread_id: uuidSql(`i / ${THREAD}`, 1),
      subject: `'Subject ' || ${words('i')}`,
      body_text: `'Body of message ' || i`,
      message_id_header: `'<scale-' || i || '@example.com>'`,
      created_at: isoSql('i'),
      sent_at: isoSql('i'),
      seq: '100000 + i',
    });
    // Builds with list totals kept per inbox (AgentSend migration 0005) count the copies once here.
    const columns = db
      .prepare('PRAGMA table_info(as_inboxes)')
      .all()
      .map((c) => c.name);
    if (columns.includes('message_count'))
      db.prepare(
        `UPDATE as_inboxes SET message_count = (SELECT COUNT(*) FROM as_messages WHERE inbox_id = @inbox),
          thread_count = (SELECT COUNT(*) FROM as_threads WHERE inbox_id = @inbox) WHERE id = @inbox`,
      ).run({ inbox: AS_INBOX });
  })();
  times.agentsendS = round((performance.now() - t0) / 1000);
  t0 = performance.now();
  db.transaction(() => {
    cloneRows(
      db,
      'cm_messages',
      'inbox_id = ?',
      [CM_INBOX],
      n,
      {
        message_id: `'scale' || i`,
        thread_id: `'thread' || (i / ${THREAD})`,
        subject: `'Subject ' || ${words('i')}`,
        content: `'Body of message ' || i`,
        rfc_message_id: `'<scale-' || i || '@example.com>'`,
        commune_id: 'NULL',
        created_at: isoSql('i'),
      },
      ['seq'],
    );
  })();
  times.communeS = round((performance.now() - t0) / 1000);
  return times;
}

/** One request at a time; the server's CPU per request is printed too (it moves less with other load). */
async function p95(label, samples, urlOf, key, pid) {
  for (let i = 0; i < 5; i++) await call(urlOf(i), key); // statement cache, validators
  const times = [];
  const cpuBefore = cpuMs(pid);
  const until = performance.now() + BUDGET_MS;
  for (let i = 0; i < samples && (i < 3 || performance.now() < until); i++) {
    const t = performance.now();
    await call(urlOf(i), key);
    times.push(performance.now() - t);
  }
  const cpuPerRequestMs = round((cpuMs(pid) - cpuBefore) / times.length);
  return { label, n: times.length, p50: round(pct(times, 50)), p95: round(pct(times, 95)), cpuPerRequestMs };
}

async function makeData(db, messages, log) {
  const emu = await startEmulator(db);
  await call(`${emu.as}/inboxes/${AS_INBOX}/messages`, AS_KEY, {
    method: 'POST',
    body: JSON.stringify({ to: ['scale@example.com'], subject: 'template', bodyText: 'template' }),
  });
  await call(`${emu.cm}/v1/messages/send`, CM_KEY, {
    method: 'POST',
    body: JSON.stringify({ to: 'scale@example.com', subject: 'template', text: 'template', inbox_id: CM_INBOX }),
  });
  await stopChild(emu.child);

  log(`scale: writing ${messages} AgentSend and ${messages} Commune messages (threads of ${THREAD})`);
  const Database = require('better-sqlite3');
  const conn = new Database(db);
  try {
    return fill(conn, messages);
  } finally {
    conn.close();
  }
}

/**
 * `keep`: a DB file to fill once and reuse (for trying a change against the same data); by
 * default a temporary one. A kept file must have been filled with the same `messages`.
 */
export async function runScale({ messages = 1_000_000, samples = 200, keep, log = () => undefined } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'mailsim-scale-'));
  try {
    const db = keep ?? join(dir, 'scale.db');
    const fillTimes = keep && existsSync(keep) ? 'reused' : await makeData(db, messages, log);
    const emu = await startEmulator(db);
    const startMs = round(emu.readyMs);
    log(`scale: filled in ${JSON.stringify(fillTimes)} s; restart to healthy ${startMs} ms (load ${loadavg()[0]})`);
    const n = messages;
    const thread = (i) => Math.floor(((i * 7919) % n) / THREAD);
    const results = [
      await p95(
        'AgentSend list messages (first page of 20)',
        samples,
        () => `${emu.as}/inboxes/${AS_INBOX}/messages?limit=20`,
        AS_KEY,
        emu.child.pid,
      ),
      await p95(
        'AgentSend list threads (first page)',
        samples,
        () => `${emu.as}/inboxes/${AS_INBOX}/threads`,
        AS_KEY,
        emu.child.pid,
      ),
      await p95(
        'AgentSend thread view (its messages)',
        samples,
        (i) => `${emu.as}/threads/${uuid(thread(i), 1)}/messages`,
        AS_KEY,
        emu.child.pid,
      ),
      await p95(
        'Commune list messages (inbox, newest 20)',
        samples,
        () => `${emu.cm}/v1/messages?inbox_id=${CM_INBOX}&limit=20`,
        CM_KEY,
        emu.child.pid,
      ),
      await p95(
        'Commune list threads (inbox)',
        samples,
        () => `${emu.cm}/v1/threads?inbox_id=${CM_INBOX}`,
        CM_KEY,
        emu.child.pid,
      ),
      await p95(
        'Commune thread view (its messages)',
        samples,
        (i) => `${emu.cm}/v1/threads/thread${thread(i)}/messages`,
        CM_KEY,
        emu.child.pid,
      ),
      await p95(
        `Commune keyword search (${Math.round(n / WORDS)} hits)`,
        samples,
        (i) => `${emu.cm}/v1/search/threads?q=kw${100 + ((i * 37) % (WORDS - 100))}&inbox_id=${CM_INBOX}`,
        CM_KEY,
        emu.child.pid,
      ),
    ];
    const rss = round(rssMb(emu.child.pid));
    await stopChild(emu.child);
    return { messagesPerProvider: n, fillTimes, restartMs: startMs, rssMb: rss, results, load: loadavg() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Targets and printed lines for bench/lib/report.mjs. */
export function scaleReport(scale) {
  const lines = [
    `scale: ${scale.messagesPerProvider} messages per provider, filled in ${JSON.stringify(scale.fillTimes)} s, ` +
      `restart to healthy ${scale.restartMs} ms, RSS ${scale.rssMb} MB`,
    ...scale.results.map(
      (r) => `  ${r.label} (${r.n}): p50 ${r.p50} ms, p95 ${r.p95} ms, server CPU ${r.cpuPerRequestMs} ms/request`,
    ),
  ];
  const targets = scale.results.map((r) => ({
    name: `1M stored: ${r.label}, p95`,
    value: r.p95,
    target: '< 20 ms',
    pass: r.p95 < 20,
  }));
  return { lines, targets };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      messages: { type: 'string' },
      samples: { type: 'string' },
      keep: { type: 'string' },
      cli: { type: 'string' }, // another build's dist/bin/cli.js (or dist/src/cli.js), to compare on the same kept data
    },
  });
  installCleanup();
  if (values.cli) CLI = values.cli;
  runScale({
    messages: Number(values.messages ?? 1_000_000),
    samples: Number(values.samples ?? 200),
    keep: values.keep,
    log: (l) => process.stdout.write(`[scale] ${l}\n`),
  })
    .then((r) => {
      for (const line of scaleReport(r).lines) process.stdout.write(`${line}\n`);
      process.stdout.write(`${JSON.stringify(r)}\n`);
    })
    .catch((e) => {
      process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    })
    .finally(stopAll);
}
