/**
 * The HTTP API bench: cold start, idle RSS, then GET /inboxes and POST send against the emulator
 * (validation strict, the default), the same GET against `prism mock` and against a bare node:http
 * server returning the emulator's own response bytes. Every server is a child process on a free
 * loopback port; the load generator (autocannon) runs in this process.
 */
import { mkdtempSync, writeFileSync, rmSync, readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { freePort, median, probe, rssMb, sleep, startChild, stopAll, stopChild, waitFor200 } from './lib/children.mjs';
import { measure } from './lib/load.mjs';
import { CLI, UNBUNDLED_CLI } from './lib/cli.mjs';
import { summarise } from './profile-summary.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONTRACT = join(ROOT, 'contracts/agentsend.yaml');
const require = createRequire(import.meta.url);

export const DEV_KEY = 'ask_mailsim-dev-key-0123456789abcdefghijklmn';
export const SEED_INBOX = '3c9a2b1d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
const AUTH = { authorization: `Bearer ${DEV_KEY}` };
export const SEND_BODY = JSON.stringify({
  to: ['bench@example.com'],
  subject: 'bench',
  bodyText: 'Sent by npm run bench.',
});
const round = (x, d = 1) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);

export async function startEmulator(db, { profileDir, profileName, cli = profileDir ? UNBUNDLED_CLI : CLI } = {}) {
  // A profiled run uses the unbundled build, so functions are named by their dist/src file and line.
  const port = await freePort();
  const prof = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', profileName] : [];
  const since = performance.now();
  const child = startChild(
    'mailsim',
    [...prof, cli, 'start', '--db', db, '--no-smtp', '--no-rate-limits', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: ROOT },
  );
  const url = `http://127.0.0.1:${port}`;
  const readyMs = await waitFor200(`${url}/_mailsim/health`, { child, since, everyMs: 5 });
  return { child, url, readyMs };
}

/** Median time from spawn to the first 200 from /_mailsim/health, on fresh and on existing DB files. */
async function coldStart(dir, samples) {
  const fresh = [];
  const existing = [];
  for (let i = 0; i < samples; i++) {
    const emu = await startEmulator(join(dir, `cold-${i}.db`));
    fresh.push(emu.readyMs);
    await stopChild(emu.child);
  }
  for (let i = 0; i < samples; i++) {
    const emu = await startEmulator(join(dir, 'cold-0.db'));
    existing.push(emu.readyMs);
    await stopChild(emu.child);
  }
  return {
    freshDbMs: fresh.map((x) => round(x)),
    medianFreshMs: round(median(fresh)),
    existingDbMs: existing.map((x) => round(x)),
    medianExistingMs: round(median(existing)),
  };
}

export function raiseSendLimit(db) {
  const Database = require('better-sqlite3');
  const conn = new Database(db);
  try {
    return conn.prepare('UPDATE as_inboxes SET daily_send_limit = ?').run(100_000_000).changes;
  } finally {
    conn.close();
  }
}

function profileOf(dir, name) {
  if (!dir) return undefined;
  const file = readdirSync(dir).find((f) => f === name);
  return file
    ? { file: join(dir, file), ...summarise(JSON.parse(readFileSync(join(dir, file), 'utf8')), 15) }
    : { error: 'no profile written' };
}

/**
 * @param {{quick?: boolean, profileDir?: string, log?: (line: string) => void}} opts
 */
export async function runHttpBench({ quick = false, profileDir, log = () => undefined } = {}) {
  const load = { connections: 50, warmupS: 2, durationS: quick ? 3 : 8 };
  const dir = mkdtempSync(join(tmpdir(), 'mailsim-bench-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeDir); // ^C exits without running the finally below
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const out = { load, coldStart: null, idleRssMb: null, runs: {}, notes: [] };
  try {
    log(`cold start: 5 starts on fresh DB files, 5 on an existing one (poll /_mailsim/health every 5 ms)`);
    out.coldStart = await coldStart(dir, 5);

    // 1. GET /inboxes against the emulator, after 2 s idle for the RSS reading.
    const db = join(dir, 'emulator.db');
    let emu = await startEmulator(db, { profileDir, profileName: 'emulator-get.cpuprofile' });
    await sleep(2000);
    out.idleRssMb = round(rssMb(emu.child.pid));
    log(`idle RSS after start + 2 s: ${out.idleRssMb} MB`);
    const sample = await probe(`${emu.url}/inboxes`, { headers: AUTH });
    if (sample?.status !== 200) throw new Error(`emulator GET /inboxes answered ${sample?.status}: ${sample?.body}`);
    const bodyFile = join(dir, 'inboxes.json');
    writeFileSync(bodyFile, sample.body);
    log(
      `emulator GET /inboxes (${sample.body.length} B body), ${load.connections} connections, ${load.warmupS} s warm-up + ${load.durationS} s`,
    );
    out.runs.emulatorGet = {
      ...(await measure({ url: `${emu.url}/inboxes`, headers: AUTH, serverPid: emu.child.pid, ...load })),
      bodyBytes: sample.body.length,
    };
    out.runs.emulatorGet.rssAfterMb = round(rssMb(emu.child.pid));
    await stopChild(emu.child);
    if (profileDir) out.runs.emulatorGet.profile = profileOf(profileDir, 'emulator-get.cpuprofile');

    // 2. POST send, with the seeded inbox's daily limit (10) raised in the file while no emulator runs.
    const changed = raiseSendLimit(db);
    emu = await startEmulator(db, { profileDir, profileName: 'emulator-send.cpuprofile' });
    const sendUrl = `${emu.url}/inboxes/${SEED_INBOX}/messages`;
    const sendHeaders = { ...AUTH, 'content-type': 'application/json' };
    const first = await probe(sendUrl, { method: 'POST', headers: sendHeaders, body: SEND_BODY });
    if (first?.status === 202) {
      log(`emulator POST send (daily_send_limit raised on ${changed} inbox rows)`);
      out.runs.emulatorSend = await measure({
        url: sendUrl,
        method: 'POST',
        headers: sendHeaders,
        body: SEND_BODY,
        serverPid: emu.child.pid,
        ...load,
      });
    } else {
      const body = first?.body?.toString() ?? 'no response';
      out.runs.emulatorSend = { skipped: true, status: first?.status ?? null, body };
      out.notes.push(`POST send answered ${first?.status} before the run, so it was not measured: ${body}`);
      log(`emulator POST send answered ${first?.status}: not measured`);
    }
    await stopChild(emu.child);
    if (profileDir && !out.runs.emulatorSend.skipped)
      out.runs.emulatorSend.profile = profileOf(profileDir, 'emulator-send.cpuprofile');

    // 3. The same GET against Prism (static examples: no -d), stdout to /dev/null (its default log
    //    level writes several lines per request; a terminal would be slower than /dev/null).
    const prismPort = await freePort();
    const prismBin = require.resolve('@stoplight/prism-cli/dist/index.js');
    const prism = startChild('prism', [prismBin, 'mock', CONTRACT, '-p', String(prismPort), '-h', '127.0.0.1'], {
      cwd: ROOT,
      quiet: true,
    });
    const prismUrl = `http://127.0.0.1:${prismPort}/inboxes`;
    await waitFor200(prismUrl, { child: prism, headers: AUTH, everyMs: 50, timeoutMs: 60_000 });
    const prismSample = await probe(prismUrl, { headers: AUTH });
    log(`prism mock (static, ${prismSample.body.length} B body) GET /inboxes`);
    out.runs.prismGet = {
      ...(await measure({ url: prismUrl, headers: AUTH, serverPid: prism.pid, ...load })),
      bodyBytes: prismSample.body.length,
      mode: 'static examples (no -d), default log level, stdout to /dev/null',
    };
    await stopChild(prism);

    // 4. The same GET against a bare node:http server returning the emulator's response bytes.
    const barePort = await freePort();
    const bare = startChild('bare', [join(ROOT, 'bench/bare-server.mjs'), String(barePort), bodyFile], { cwd: ROOT });
    const bareUrl = `http://127.0.0.1:${barePort}/inboxes`;
    await waitFor200(bareUrl, { child: bare, everyMs: 5 });
    log(`bare node:http GET /inboxes (${sample.body.length} B body)`);
    out.runs.bareGet = {
      ...(await measure({ url: bareUrl, headers: AUTH, serverPid: bare.pid, ...load })),
      bodyBytes: sample.body.length,
    };
    await stopChild(bare);
    return out;
  } finally {
    await stopAll();
    removeDir();
    process.off('exit', removeDir);
  }
}
