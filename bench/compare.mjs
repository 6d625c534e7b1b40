/**
 * Server CPU per request, this build against another build of mailsim (a git worktree at an older
 * commit, built with `npm run build`), side by side in one run:
 *
 *   node bench/compare.mjs --base /path/to/other/worktree [--rounds 3] [--seconds 4] [--kinds get,send,list]
 *
 * Kinds: `get` is GET /inboxes (one inbox), `send` POST send, `list` a page of 50 of the seeded
 * inbox's messages (each emulator sends 50 before the rounds, so the page is full).
 *
 * Both emulators run at once; each round measures each kind on both builds, the
 * order alternating from round to round, so drifting load on a shared machine hits both alike.
 * Sends leave a backlog of deliveries that an emulator works off after the load stops: every run
 * waits until both emulators are quiet, so neither is measured while the other burns a core on its
 * backlog, nor charged for a backlog an earlier run left. CPU per request (user + system from
 * /proc, over the measured window) is the steadiest figure: it moves far less with other load than
 * req/s does; req/s and p99 are printed beside it. Medians over the rounds are reported, with the
 * ratio this / base and the load average before and after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cliOf } from './lib/cli.mjs';
import { cpuMs, installCleanup, median, probe, sleep, stopAll, stopChild } from './lib/children.mjs';
import { measure } from './lib/load.mjs';
import { DEV_KEY, SEED_INBOX, SEND_BODY, raiseSendLimit, startEmulator } from './http.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const AUTH = { authorization: `Bearer ${DEV_KEY}` };
const SEND_HEADERS = { ...AUTH, 'content-type': 'application/json' };
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/**
 * Waits until none of the processes used more than 2% of a core over a 500 ms window (a send
 * backlog being delivered), for at most `timeoutMs`; returns how long it waited.
 */
async function quiet(pids, timeoutMs = 60_000) {
  const since = performance.now();
  while (performance.now() - since < timeoutMs) {
    const before = pids.map(cpuMs);
    await sleep(500);
    if (pids.every((pid, i) => cpuMs(pid) - before[i] <= 10)) break;
  }
  return Math.round(performance.now() - since);
}

const LIST_PAGE = 50;

/**
 * Starts an emulator from `cli` on a fresh DB whose seeded inbox may send without a daily limit,
 * and sends `sends` messages from it (one is enough to check that sending works).
 */
async function emulatorFor(label, cli, dir, sends) {
  const db = join(dir, `${label}.db`);
  const first = await startEmulator(db, { cli });
  await stopChild(first.child);
  raiseSendLimit(db);
  const emu = await startEmulator(db, { cli });
  for (let i = 0; i < sends; i++) {
    const send = await probe(`${emu.url}/inboxes/${SEED_INBOX}/messages`, {
      method: 'POST',
      headers: SEND_HEADERS,
      body: SEND_BODY,
    });
    if (send?.status !== 202) throw new Error(`${label}: POST send answered ${send?.status}: ${send?.body}`);
  }
  return { label, ...emu };
}

function scenario(emu, kind, seconds) {
  const common = { serverPid: emu.child.pid, connections: 50, warmupS: 1, durationS: seconds };
  switch (kind) {
    case 'get':
      return measure({ url: `${emu.url}/inboxes`, headers: AUTH, ...common });
    case 'list':
      return measure({ url: `${emu.url}/inboxes/${SEED_INBOX}/messages?limit=${LIST_PAGE}`, headers: AUTH, ...common });
    case 'send':
      return measure({
        url: `${emu.url}/inboxes/${SEED_INBOX}/messages`,
        method: 'POST',
        headers: SEND_HEADERS,
        body: SEND_BODY,
        ...common,
      });
    default:
      throw new Error(`unknown kind ${kind}: get, send or list`);
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      rounds: { type: 'string' },
      seconds: { type: 'string' },
      kinds: { type: 'string' },
    },
  });
  if (!values.base) throw new Error('--base /path/to/a/built/worktree is required');
  installCleanup();
  const rounds = Number(values.rounds ?? 3);
  const seconds = Number(values.seconds ?? 4);
  const kinds = (values.kinds ?? 'get,send').split(',');
  const dir = mkdtempSync(join(tmpdir(), 'mailsim-compare-'));
  const loadBefore = load();
  try {
    const sends = kinds.includes('list') ? LIST_PAGE : 1;
    const builds = [
      await emulatorFor('base', cliOf(resolve(values.base)), dir, sends),
      await emulatorFor('this', cliOf(ROOT), dir, sends),
    ];
    // Per build and kind, one entry per round: CPU per request, req/s and p99.
    const runs = Object.fromEntries(builds.map((b) => [b.label, Object.fromEntries(kinds.map((k) => [k, []]))]));
    for (let round = 1; round <= rounds; round++) {
      for (const kind of kinds) {
        for (const emu of round % 2 === 1 ? builds : [...builds].reverse()) {
          const waited = await quiet(builds.map((b) => b.child.pid));
          const run = await scenario(emu, kind, seconds);
          const bad = run.non2xx || run.errors || run.timeouts;
          if (bad) throw new Error(`${emu.label} ${kind}: ${JSON.stringify(run.statusCodes)}, ${run.errors} errors`);
          runs[emu.label][kind].push(run);
          process.stdout.write(
            `round ${round} ${emu.label.padEnd(4)} ${kind.padEnd(4)} ${run.serverCpuUsPerRequest} µs/req, ` +
              `${Math.round(run.reqPerSec)} req/s, p99 ${(run.p99 ?? Number.NaN).toFixed(2)} ms ` +
              `(load ${load()}, waited ${waited} ms for quiet)\n`,
          );
        }
      }
    }
    process.stdout.write(`\nmedians of ${rounds} rounds (load before ${loadBefore}, after ${load()})\n`);
    // CPU per request is the steadiest figure, but work moved to another thread of the same process
    // (WAL checkpoints) leaves it unchanged while req/s and p99 move: all three are printed.
    const figures = [
      ['server CPU per request', 'µs', (r) => r.serverCpuUsPerRequest],
      ['req/s', '', (r) => Math.round(r.reqPerSec)],
      ['p99', 'ms', (r) => Number((r.p99 ?? Number.NaN).toFixed(2))],
    ];
    for (const kind of kinds) {
      for (const [name, unit, pick] of figures) {
        const b = median(runs.base[kind].map(pick));
        const t = median(runs.this[kind].map(pick));
        process.stdout.write(
          `${kind.padEnd(4)} ${name.padEnd(22)} base ${b} ${unit}  this ${t} ${unit}  this/base ${(t / b).toFixed(3)}\n`,
        );
      }
    }
  } finally {
    await stopAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
