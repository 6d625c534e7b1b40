/**
 * Child processes for the bench: every server under test runs in its own process (so it never
 * shares an event loop with the load generator), in its own process group (so a server that forks
 * is stopped whole), and is registered here so that it is killed at the end even on error or ^C.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';

/** @type {Set<import('node:child_process').ChildProcess>} */
const live = new Set();

/** Last lines a child wrote, kept for error messages. */
function tail(max = 40) {
  const lines = [];
  return {
    push(chunk) {
      for (const line of String(chunk).split('\n')) if (line) lines.push(line);
      if (lines.length > max) lines.splice(0, lines.length - max);
    },
    text: () => lines.join('\n'),
  };
}

/**
 * Starts `node <args>` in a new process group. `quiet` sends stdout to /dev/null (for servers that
 * log every request, so a full pipe never stalls them); stderr is always kept for diagnostics.
 */
export function startChild(label, args, { cwd, quiet = false, env } = {}) {
  const child = spawn(process.execPath, args, {
    cwd,
    detached: true,
    env: { ...process.env, ...env },
    stdio: ['ignore', quiet ? 'ignore' : 'pipe', 'pipe'],
  });
  const output = tail();
  child.stdout?.on('data', (c) => output.push(c));
  child.stderr.on('data', (c) => output.push(c));
  child.label = label;
  child.output = output;
  child.exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    }),
  );
  live.add(child);
  return child;
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

/** SIGTERM (a graceful exit, which --cpu-prof needs to write its profile), SIGKILL after a grace period. */
export async function stopChild(child, graceMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
  // A forked grandchild may outlive the leader; the group kill catches it.
  signalGroup(child, 'SIGKILL');
}

export async function stopAll() {
  await Promise.all([...live].map((c) => stopChild(c)));
}

/** Synchronous last resort for process exit paths where awaiting is impossible. */
export function killAllNow() {
  for (const c of live) signalGroup(c, 'SIGKILL');
}

/** Installs handlers so that ^C, SIGTERM and crashes still stop every child. */
export function installCleanup() {
  process.once('exit', killAllNow);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      killAllNow();
      process.exit(130);
    });
  }
}

/** A loopback port that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** One request without keep-alive; resolves to {status, headers, body} or null when the connection fails. */
export function probe(url, { method = 'GET', headers = {}, body, timeoutMs = 2000 } = {}) {
  return new Promise((resolve) => {
    const req = request(url, { method, agent: false, headers, timeout: timeoutMs }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', () => resolve(null));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
    req.end(body);
  });
}

/** Polls `url` every `everyMs` until it answers 200; resolves to the elapsed ms since `since`. */
export async function waitFor200(
  url,
  { child, headers, everyMs = 5, timeoutMs = 30_000, since = performance.now() } = {},
) {
  for (;;) {
    const res = await probe(url, { headers });
    if (res?.status === 200) return performance.now() - since;
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`${child.label} exited before ${url} answered 200:\n${child.output.text()}`);
    }
    if (performance.now() - since > timeoutMs) {
      throw new Error(`${url} did not answer 200 within ${timeoutMs} ms${child ? `:\n${child.output.text()}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Resident set size of a process in MB, from /proc (Linux only; null elsewhere). */
export function rssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : null;
  } catch {
    return null;
  }
}

/** The middle value (the lower of the two middle ones for an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/**
 * Growth of RSS read several times through a run: the median of the last three readings over the
 * median of the first three. One reading swings with the garbage collector's phase (179-208 MB at
 * ten points of a 1 000 000-request run, with no trend), so two single readings are not a trend.
 */
export function rssGrowth(readings) {
  const early = median(readings.slice(0, 3));
  const late = median(readings.slice(-3));
  return { earlyMb: early, lateMb: late, growth: late / early - 1 };
}

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat (USER_HZ is
 * 100 on Linux). CPU per request is the figure least disturbed by other load on the machine.
 */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
