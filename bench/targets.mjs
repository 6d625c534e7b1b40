/**
 * The issue-15 figures beyond req/s: cold start of every provider, in-process (msw mode) GET time
 * and reset with 10k rows (bench/inprocess.mjs, in a child so it has a process of its own), and RSS
 * flatness under a long mixed request run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import {
  cpuMs,
  freePort,
  median,
  rssGrowth,
  rssMb,
  sleep,
  startChild,
  stopChild,
  waitFor200,
} from './lib/children.mjs';
import { CLI, UNBUNDLED_CLI } from './lib/cli.mjs';
import { DEV_KEY, SEED_INBOX, SEND_BODY, raiseSendLimit, startEmulator } from './http.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROVIDERS = ['agentsend', 'commune', 'gent', 'managed-agents'];
const round = (x, d = 1) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);

async function distinctPorts(n) {
  const ports = new Set();
  while (ports.size < n) ports.add(await freePort());
  return [...ports];
}

/**
 * `mailsim start` as a user runs it (every provider, the SMTP listener, a file DB), each port
 * free: the time from spawn until every provider's /_mailsim/health has answered 200. `env` is
 * added to the environment the start inherits.
 */
async function startAll(db, { cli = CLI, env: extraEnv = {}, attempt = 1 } = {}) {
  const [smtp, ...free] = await distinctPorts(PROVIDERS.length + 1);
  const ports = {};
  const env = { ...extraEnv, MAILSIM_SMTP_PORT: String(smtp) };
  PROVIDERS.forEach((p, i) => {
    ports[p] = free[i];
    env[`MAILSIM_${p.toUpperCase().replace(/-/g, '_')}_PORT`] = String(ports[p]);
  });
  const since = performance.now();
  const child = startChild('mailsim (all providers)', [cli, 'start', '--db', db, '--host', '127.0.0.1'], {
    cwd: ROOT,
    env,
  });
  let ready;
  try {
    ready = await Promise.all(
      PROVIDERS.map((p) => waitFor200(`http://127.0.0.1:${ports[p]}/_mailsim/health`, { child, since, everyMs: 5 })),
    );
  } catch (e) {
    await stopChild(child);
    // A port that was free a moment ago can be taken by other work on a shared machine: try again.
    if (attempt < 3 && /EADDRINUSE/.test(String(e)))
      return startAll(`${db}-${attempt}`, { cli, env: extraEnv, attempt: attempt + 1 });
    throw e;
  }
  return { child, ms: Math.max(...ready), cpuMs: cpuMs(child.pid) };
}

/** Spawn to exit of `node -e 0`: what node itself costs before any mailsim code runs (the floor). */
function nodeBootMs(extraEnv = {}) {
  const since = performance.now();
  spawnSync(process.execPath, ['-e', '0'], { env: { ...process.env, ...extraEnv } });
  return performance.now() - since;
}

/**
 * NODE_EXTRA_CA_CERTS makes node read and parse a PEM bundle before it runs any JavaScript: with
 * the 140-certificate system bundle, about 50 ms of every start on the machines of issue 15 (which
 * set it for every process), more than half of `node -e 0`. Where it is set, the starts are also
 * measured without it (empty is unset to node), as on a machine that does not set it.
 */
const EXTRA_CA = process.env.NODE_EXTRA_CA_CERTS ? { NODE_EXTRA_CA_CERTS: '' } : null;

/**
 * The command users run (the bundle, dist/bin/cli.js) on fresh DB files; in the same rounds, the
 * unbundled dist/src/cli.js and a bare `node -e 0`, so the figure can be read against both.
 */
export async function coldStartAll(samples = 5) {
  const dir = mkdtempSync(join(tmpdir(), 'mailsim-cold-'));
  try {
    const fresh = [];
    const cpu = [];
    const unbundled = [];
    const boot = [];
    const withoutCa = { fresh: [], boot: [] };
    for (let i = 0; i < samples; i++) {
      const start = await startAll(join(dir, `cold-${i}.db`));
      fresh.push(start.ms);
      cpu.push(start.cpuMs);
      await stopChild(start.child);
      const plain = await startAll(join(dir, `unbundled-${i}.db`), { cli: UNBUNDLED_CLI });
      unbundled.push(plain.ms);
      await stopChild(plain.child);
      boot.push(nodeBootMs());
      if (EXTRA_CA) {
        const clean = await startAll(join(dir, `no-extra-ca-${i}.db`), { env: EXTRA_CA });
        withoutCa.fresh.push(clean.ms);
        await stopChild(clean.child);
        withoutCa.boot.push(nodeBootMs(EXTRA_CA));
      }
    }
    // CPU time to healthy (10 ms ticks) moves less than wall time when other work shares the cores.
    return {
      freshDbMs: fresh.map((x) => round(x)),
      medianFreshMs: round(median(fresh)),
      medianCpuMs: median(cpu),
      medianUnbundledMs: round(median(unbundled)),
      medianNodeBootMs: round(median(boot)),
      withoutExtraCaCerts: EXTRA_CA
        ? { medianFreshMs: round(median(withoutCa.fresh)), medianNodeBootMs: round(median(withoutCa.boot)) }
        : null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** bench/inprocess.mjs in a child process; its last stdout line is the JSON result. */
export async function inProcess({ quick }) {
  const child = startChild('inprocess', [join(ROOT, 'bench/inprocess.mjs'), ...(quick ? ['--quick'] : [])], {
    cwd: ROOT,
  });
  let out = '';
  child.stdout.on('data', (c) => {
    out += c;
  });
  const { code } = await child.exited;
  if (code !== 0) throw new Error(`bench/inprocess.mjs exited with ${code}:\n${child.output.text()}`);
  return JSON.parse(out.trim().split('\n').at(-1));
}

/** A mix a client of the API makes: nine reads (lists, one message), one send. autocannon cycles through it. */
function mixedRequests(messageId) {
  const auth = { authorization: `Bearer ${DEV_KEY}` };
  const reads = [
    { method: 'GET', path: '/inboxes', headers: auth },
    { method: 'GET', path: `/inboxes/${SEED_INBOX}/messages?limit=20`, headers: auth },
    { method: 'GET', path: `/messages/${messageId}`, headers: auth },
  ];
  return [
    ...reads,
    ...reads,
    ...reads,
    {
      method: 'POST',
      path: `/inboxes/${SEED_INBOX}/messages`,
      headers: { ...auth, 'content-type': 'application/json' },
      body: SEND_BODY,
    },
  ];
}

function fire(url, requests, amount) {
  return new Promise((resolve, reject) => {
    autocannon({ url, requests, amount, connections: 20, timeout: 20 }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
}

/**
 * RSS under a long mixed run: after a warm-up, RSS is read ten times, once after each tenth of
 * `total` more requests; flat is a `rssGrowth` of at most 10%. Idle RSS is read after start + 2 s.
 */
export async function rssFlatness({ total, log }) {
  const dir = mkdtempSync(join(tmpdir(), 'mailsim-rss-'));
  try {
    const db = join(dir, 'rss.db');
    let emu = await startEmulator(db);
    await stopChild(emu.child);
    raiseSendLimit(db);
    emu = await startEmulator(db);
    await sleep(2000);
    const idleMb = rssMb(emu.child.pid);
    const sent = await fetch(`${emu.url}/inboxes/${SEED_INBOX}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${DEV_KEY}`, 'content-type': 'application/json' },
      body: SEND_BODY,
    });
    const messageId = (await sent.json()).id;
    const requests = mixedRequests(messageId);
    // The warm-up must reach V8's and SQLite's working size: after 10 000 requests RSS still grew
    // 132 -> 155 MB over the next 50 000; on a faster machine, 50 000 requests in it was still
    // 161 MB, and 182-208 MB from 150 000 on.
    const warm = Math.min(100_000, Math.max(30_000, Math.round(total / 10)));
    log(`RSS: ${warm} mixed requests of warm-up, then ${total}, read after each tenth`);
    const w = await fire(emu.url, requests, warm);
    const warmMb = rssMb(emu.child.pid);
    const since = performance.now();
    const readings = [];
    const runs = [];
    for (let i = 0; i < 10; i++) {
      runs.push(await fire(emu.url, requests, Math.round(total / 10)));
      readings.push(rssMb(emu.child.pid));
    }
    await stopChild(emu.child);
    const count = (key) => runs.reduce((n, r) => n + r[key], 0);
    const bad = w.non2xx + w.errors + count('non2xx') + count('errors') + count('timeouts');
    const { earlyMb, lateMb, growth } = rssGrowth(readings);
    return {
      idleMb: round(idleMb),
      afterWarmupMb: round(warmMb),
      readingsMb: readings.map((x) => round(x)),
      earlyMb: round(earlyMb),
      lateMb: round(lateMb),
      afterMb: round(readings.at(-1)),
      requests: runs.reduce((n, r) => n + r.requests.total, 0),
      seconds: round((performance.now() - since) / 1000),
      growth: round(growth, 3),
      problems: bad ? `${bad} non-2xx/errors/timeouts` : null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
