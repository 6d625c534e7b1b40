#!/usr/bin/env node
// SMTP ingest bench, run by hand (not in tests): messages/s at 1 and at 50 connections with one fixed
// 4 KB message, side by side against mailsim's listener, maildev@2 and postfix's smtp-sink, plus
// AgentSend API send → MIME → SMTP → inbound in another inbox. Loopback only; every run is bounded in count and time.
//
//   npm run build && node bench/smtp.mjs [--one 1000] [--fifty 5000] [--api 3000] [--time-limit 60]
//                                        [--sink-rss 100000] [--only mailsim,api] [--profile DIR]
//
// --only limits the run to some of mailsim, api, maildev, smtp-sink (default: all four); --profile
// DIR writes a V8 CPU profile of each mailsim process into DIR (summarise it with
// bench/profile-summary.mjs).
//
// --sink-rss N also checks memory under mail: after 20 000 mails of warm-up, mailsim's RSS is read
// after each tenth of N more through the sink (10 connections; give --time-limit the time a tenth
// takes); flat is the median of the last three readings at most 10% over that of the first three.
//
// Each server runs in its own child process so it does not share an event loop with the load
// generator. The generator is the same minimal SMTP client for all three (MAIL, RCPT, DATA, one
// message per transaction, persistent connections), so the ratios compare the servers.
// mailsim's messages go to the seeded AgentSend inbox, so its figure includes parsing, the sink
// row (raw + parsed, committed to a SQLite file before the 250) and the inbound AgentSend message.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cpuMs, rssGrowth, rssMb } from './lib/children.mjs';

const root = new URL('..', import.meta.url).pathname;
const { values: args } = parseArgs({
  options: {
    one: { type: 'string', default: '1000' },
    fifty: { type: 'string', default: '5000' },
    api: { type: 'string', default: '3000' },
    'time-limit': { type: 'string', default: '60' },
    'sink-rss': { type: 'string', default: '0' },
    only: { type: 'string', default: 'mailsim,api,maildev,smtp-sink' },
    profile: { type: 'string' },
  },
});
const N1 = Number(args.one);
const N50 = Number(args.fifty);
const NAPI = Number(args.api);
const TIME_LIMIT_MS = Number(args['time-limit']) * 1000;
const ONLY = new Set(args.only.split(','));
const PROFILE_FLAGS = args.profile ? ['--cpu-prof', '--cpu-prof-dir', args.profile] : [];
const SERVER_JS = join(root, 'dist', 'src', 'server.js');
const SMTP_SINK = '/usr/sbin/smtp-sink';
const RCPT = 'dev@agentsend.io';
const DEV_KEY = 'ask_mailsim-dev-key-0123456789abcdefghijklmn';
const SEED_INBOX_ID = '3c9a2b1d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';

/**
 * The fixed message: exactly 4096 bytes, CRLF line endings, no line starting with a dot. Its
 * Message-ID carries a counter (see `nextMessage`): mailsim takes a message that arrives again with
 * the same Message-ID, sender and recipients as the copy it already has (delivery is at least once),
 * so one fixed Message-ID would have measured that shortcut instead of storing and delivering.
 */
const ID_DIGITS = '00000000';
function fixedMessage() {
  const head = [
    'From: Bench Sender <bench@example.org>',
    `To: ${RCPT}`,
    'Subject: bench message',
    'Date: Mon, 02 Feb 2026 10:00:00 +0000',
    `Message-ID: <bench-${ID_DIGITS}@example.org>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    '',
  ].join('\r\n');
  const line = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\r\n';
  let body = '';
  while (head.length + body.length + line.length <= 4096) body += line;
  body += `${'x'.repeat(4096 - head.length - body.length - 2)}\r\n`;
  const msg = Buffer.from(head + body);
  if (msg.length !== 4096) throw new Error(`message is ${msg.length} bytes`);
  return msg;
}
const MESSAGE = fixedMessage();
const ID_AT = MESSAGE.indexOf(`<bench-${ID_DIGITS}@`) + '<bench-'.length;
let sequence = 0;
/** The fixed message with the next Message-ID: same size, same bytes otherwise. */
function nextMessage() {
  const copy = Buffer.from(MESSAGE);
  copy.write(String(++sequence).padStart(ID_DIGITS.length, '0'), ID_AT, 'latin1');
  return copy;
}

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const ok = await new Promise((resolve) => {
      const s = connect(port, '127.0.0.1', () => {
        s.destroy();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listening on ${port} after ${ms} ms`);
}

/** A minimal SMTP client over one persistent connection: one command, one reply. */
class SmtpClient {
  static async open(port) {
    const c = new SmtpClient(connect(port, '127.0.0.1'));
    await new Promise((resolve, reject) => {
      c.socket.once('connect', resolve);
      c.socket.once('error', reject);
    });
    await c.expect(220);
    c.socket.write('EHLO bench.local\r\n');
    await c.expect(250);
    return c;
  }
  constructor(socket) {
    this.socket = socket;
    this.buf = '';
    this.waiters = [];
    socket.setNoDelay(true);
    socket.setEncoding('latin1');
    socket.on('data', (d) => {
      this.buf += d;
      let m;
      while ((m = /^(?:\d{3}-[^\r\n]*\r\n)*(\d{3}) [^\r\n]*\r\n/.exec(this.buf))) {
        this.buf = this.buf.slice(m[0].length);
        this.waiters.shift()?.resolve({ code: Number(m[1]), text: m[0].trim() });
      }
    });
    socket.on('error', (e) => {
      for (const w of this.waiters.splice(0)) w.reject(e);
    });
    socket.on('close', () => {
      for (const w of this.waiters.splice(0)) w.reject(new Error('connection closed'));
    });
  }
  reply() {
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }
  async expect(code) {
    const r = await this.reply();
    if (r.code !== code) throw new Error(`expected ${code}, got ${r.text}`);
    return r;
  }
  async send(message) {
    this.socket.write('MAIL FROM:<bench@example.org>\r\n');
    await this.expect(250);
    this.socket.write(`RCPT TO:<${RCPT}>\r\n`);
    await this.expect(250);
    this.socket.write('DATA\r\n');
    await this.expect(354);
    this.socket.write(message);
    this.socket.write('.\r\n');
    await this.expect(250);
  }
  close() {
    this.socket.end('QUIT\r\n');
    this.socket.destroy();
  }
}

/** `total` messages over `connections` persistent connections; stops early at the time limit. */
async function load(port, connections, total) {
  const clients = await Promise.all(Array.from({ length: connections }, () => SmtpClient.open(port)));
  let next = 0;
  let sent = 0;
  let failed = 0;
  const start = performance.now();
  const deadline = start + TIME_LIMIT_MS;
  await Promise.all(
    clients.map(async (c) => {
      while (next < total && performance.now() < deadline) {
        next++;
        try {
          await c.send(nextMessage());
          sent++;
        } catch {
          failed++;
          return;
        }
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  clients.forEach((c) => c.close());
  return { sent, failed, seconds, rate: sent / seconds };
}

function child(command, argv, env = {}) {
  const p = spawn(command, argv, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  p.stdout.on('data', (d) => {
    out += d;
  });
  p.stderr.on('data', (d) => {
    out += d;
  });
  return {
    p,
    output: () => out,
    stop: () =>
      new Promise((r) => {
        if (p.exitCode !== null) return r();
        p.once('exit', r);
        p.kill('SIGTERM');
        setTimeout(() => p.kill('SIGKILL'), 3000).unref();
      }),
  };
}

/** mailsim from dist/, on a SQLite file, ports chosen by the OS; prints its ports as one JSON line. */
async function startMailsimChild(dir) {
  const script = `
    import { startMailsim } from ${JSON.stringify(SERVER_JS)};
    const s = await startMailsim({ db: ${JSON.stringify(join(dir, 'mailsim.db'))}, ports: { agentsend: 0 }, smtpPort: 0,
      rateLimits: false, logLevel: 'error', mailRetention: 100000 });
    // The bench sends thousands of messages from one inbox: lift the daily send limits.
    s.engine.store.db.prepare('UPDATE as_inboxes SET daily_send_limit = 1000000000').run();
    s.engine.store.db.prepare('UPDATE as_accounts SET daily_send_limit = 1000000000').run();
    process.stdout.write(JSON.stringify({ smtp: s.smtp.port, url: s.url() }) + '\\n');
    process.on('SIGTERM', () => s.close().then(() => process.exit(0)));`;
  const c = child(process.execPath, [...PROFILE_FLAGS, '--input-type=module', '-e', script]);
  const info = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`mailsim did not start: ${c.output()}`)), 30_000);
    c.p.stdout.on('data', () => {
      const line = c
        .output()
        .split('\n')
        .find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line));
      }
    });
    c.p.once('exit', (code) => reject(new Error(`mailsim exited ${code}: ${c.output()}`)));
  });
  return { ...c, ...info };
}

async function startMaildevChild(dir) {
  const smtp = await freePort();
  const web = await freePort();
  const script = `const MailDev = require('maildev');
    new MailDev({ smtp: ${smtp}, web: ${web}, ip: '127.0.0.1', silent: true, mailDirectory: ${JSON.stringify(join(dir, 'maildev'))} }).listen();`;
  const c = child(process.execPath, ['-e', script]);
  await waitForPort(smtp).catch((e) => {
    throw new Error(`${e.message}: ${c.output()}`);
  });
  return { ...c, smtp };
}

async function startSmtpSinkChild() {
  const smtp = await freePort();
  // smtp-sink refuses to run as root without a user to drop to.
  const user = process.getuid?.() === 0 ? ['-u', 'nobody'] : [];
  const c = child(SMTP_SINK, [...user, `127.0.0.1:${smtp}`, '256']);
  await waitForPort(smtp).catch((e) => {
    throw new Error(`${e.message}: ${c.output()}`);
  });
  return { ...c, smtp };
}

async function benchTarget(name, start) {
  const srv = await start();
  try {
    await load(srv.smtp, 10, 200); // warm-up: JIT, connection set-up, first SQLite pages
    const one = await load(srv.smtp, 1, N1);
    const fifty = await load(srv.smtp, 50, N50);
    return { name, one, fifty, srv };
  } catch (e) {
    await srv.stop();
    throw e;
  }
}

/** The API run's recipient: a second emulated inbox, so every send is also delivered inbound. */
const API_RECIPIENT = 'bench-recipient@agentsend.io';
/** About 3.5 KB of text in lines of ordinary length, like the SMTP run's message body. */
const API_BODY_TEXT = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n'.repeat(44);

/** Creates the API run's recipient inbox (once per emulator) and returns its id. */
async function apiRecipient(srv, headers) {
  srv.recipientId ??= (async () => {
    const res = await fetch(`${srv.url}/inboxes`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ address: API_RECIPIENT }),
    });
    const inbox = await res.json();
    if (res.status !== 201)
      throw new Error(`could not create ${API_RECIPIENT}: ${res.status} ${JSON.stringify(inbox)}`);
    return inbox.id;
  })();
  return srv.recipientId;
}

/**
 * API → MIME → SMTP → inbound: POST sends from the seeded inbox to a second emulated inbox with 50
 * in flight, timed until the last one is in the sink. The mail plane commits the sink row and the
 * recipient inbox's inbound copy in one transaction, so a send in the sink is also in that inbox;
 * the recipient's inbound total is checked against the sink's count at the end.
 */
async function benchApi(srv, count) {
  const headers = { authorization: `Bearer ${DEV_KEY}`, 'content-type': 'application/json' };
  const recipientId = await apiRecipient(srv, headers);
  const body = JSON.stringify({ to: [API_RECIPIENT], subject: 'api bench', bodyText: API_BODY_TEXT });
  const sinkTotal = async () => (await (await fetch(`${srv.url}/_mailsim/mail?direction=out&limit=1`)).json()).total;
  const inboundTotal = async () =>
    (await (await fetch(`${srv.url}/inboxes/${recipientId}/messages?limit=1`, { headers })).json()).total;
  const inboundBefore = await inboundTotal();
  const before = await sinkTotal();
  let next = 0;
  let accepted = 0;
  let rejected = 0;
  const cpuBefore = cpuMs(srv.p.pid);
  const start = performance.now();
  const deadline = start + TIME_LIMIT_MS;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (next < count && performance.now() < deadline) {
        next++;
        const res = await fetch(`${srv.url}/inboxes/${SEED_INBOX_ID}/messages`, { method: 'POST', headers, body });
        await res.arrayBuffer();
        if (res.status === 202) accepted++;
        else rejected++;
      }
    }),
  );
  const acceptedSeconds = (performance.now() - start) / 1000;
  let inSink = 0;
  while (performance.now() < deadline) {
    inSink = (await sinkTotal()) - before;
    if (inSink >= accepted) break;
    // Each look counts the sink's outbound rows, a scan the emulator pays for: at 20 ms the looks
    // took about 6% of its CPU while it was still delivering. Every 100 ms, the finish is seen at
    // most 100 ms late, which counts against mailsim.
    await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = (performance.now() - start) / 1000;
  // Every thread of the emulator (the checkpoint worker's too), from the first POST to the last
  // delivery: steadier than the rate on a shared machine.
  const cpuUsPerSend = inSink ? (1000 * (cpuMs(srv.p.pid) - cpuBefore)) / inSink : null;
  const inbound = (await inboundTotal()) - inboundBefore;
  // Read after the sink's count, so more may have arrived since; fewer would be a lost delivery.
  if (inbound < inSink) throw new Error(`${inSink} sends in the sink but ${inbound} in ${API_RECIPIENT}`);
  return {
    accepted,
    rejected,
    inSink,
    acceptedRate: accepted / acceptedSeconds,
    seconds,
    rate: inSink / seconds,
    cpuUsPerSend,
  };
}

const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/**
 * RSS of a fresh mailsim under mail: after a warm-up of 20 000 mails through the sink, read after
 * each tenth of `total` more (see `rssGrowth`).
 */
async function sinkRss(dir, total) {
  const srv = await startMailsimChild(dir);
  try {
    await load(srv.smtp, 10, 20_000);
    const warmMb = rssMb(srv.p.pid);
    const readings = [];
    const run = { sent: 0, failed: 0 };
    for (let i = 0; i < 10; i++) {
      const part = await load(srv.smtp, 10, Math.round(total / 10));
      run.sent += part.sent;
      run.failed += part.failed;
      readings.push(rssMb(srv.p.pid));
    }
    return { warmMb, readings, run, ...rssGrowth(readings) };
  } finally {
    await srv.stop();
  }
}

async function main() {
  if (!existsSync(SERVER_JS)) {
    console.error('dist/ is missing: run `npm run build` first');
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'mailsim-bench-'));
  const results = [];
  const skipped = [];
  let apiResult = null;
  let rssResult = null;
  try {
    if (ONLY.has('mailsim')) {
      const mailsim = await benchTarget('mailsim', () => startMailsimChild(join(dir, 'smtp')));
      await mailsim.srv.stop();
      results.push(mailsim);
    }
    if (ONLY.has('api')) {
      // A fresh emulator for the API run, so it does not start with the SMTP run's thousands of rows.
      const api = await startMailsimChild(join(dir, 'api'));
      try {
        await benchApi(api, 200); // warm-up
        apiResult = await benchApi(api, NAPI);
      } finally {
        await api.stop();
      }
    }
    if (ONLY.has('maildev')) {
      const maildev = await benchTarget('maildev@2', () => startMaildevChild(dir));
      await maildev.srv.stop();
      results.push(maildev);
    }
    if (ONLY.has('smtp-sink') && !existsSync(SMTP_SINK))
      skipped.push(`postfix smtp-sink: ${SMTP_SINK} not found (apt-get install -y postfix)`);
    else if (ONLY.has('smtp-sink')) {
      const sink = await benchTarget('postfix smtp-sink', startSmtpSinkChild);
      await sink.srv.stop();
      results.push(sink);
    }
    if (Number(args['sink-rss']) > 0) rssResult = await sinkRss(join(dir, 'rss'), Number(args['sink-rss']));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const maildev = results.find((r) => r.name === 'maildev@2');
  const rows = [['server', 'conns', 'messages', 'failed', 'seconds', 'msg/s', 'vs maildev']];
  for (const key of ['one', 'fifty']) {
    for (const r of results) {
      const x = r[key];
      rows.push([
        r.name,
        key === 'one' ? '1' : '50',
        fmt(x.sent),
        fmt(x.failed),
        fmt(x.seconds, 2),
        fmt(x.rate),
        maildev ? `${fmt(x.rate / maildev[key].rate, 2)}x` : '-',
      ]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(
    `\nSMTP ingest, fixed ${MESSAGE.length}-byte message, loopback, node ${process.version}, ${(await import('node:os')).cpus().length} CPUs`,
  );
  for (const r of rows)
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  for (const s of skipped) console.log(`skipped: ${s}`);
  if (apiResult) {
    console.log(
      `\nAPI send → MIME → SMTP → inbound in a second inbox (50 HTTP requests in flight): ${fmt(apiResult.accepted)} accepted (${fmt(apiResult.rejected)} rejected), ` +
        `${fmt(apiResult.inSink)} in the sink in ${fmt(apiResult.seconds, 2)} s = ${fmt(apiResult.rate)} sends/s end to end ` +
        `(HTTP 202s at ${fmt(apiResult.acceptedRate)}/s), ${fmt(apiResult.cpuUsPerSend ?? Number.NaN)} µs of CPU per send`,
    );
  }
  const m = results.find((r) => r.name === 'mailsim');
  const sink = results.find((r) => r.name === 'postfix smtp-sink');
  const verdict = (ok) => (ok ? 'PASS' : 'MISS');
  console.log('\nTargets (issue 15):');
  for (const [key, conns] of [
    ['one', 1],
    ['fifty', 50],
  ]) {
    if (m && maildev)
      console.log(
        `  ${verdict(m[key].rate >= 2 * maildev[key].rate)}  SMTP ingest at ${conns}, mailsim / maildev: ` +
          `${fmt(m[key].rate / maildev[key].rate, 2)}x (target >= 2x)`,
      );
    if (m && sink)
      console.log(
        `  ${verdict(m[key].rate >= 0.5 * sink[key].rate)}  SMTP ingest at ${conns}, mailsim / smtp-sink: ` +
          `${fmt(m[key].rate / sink[key].rate, 2)}x (target >= 0.5x)`,
      );
  }
  if (apiResult)
    console.log(
      `  ${verdict(apiResult.rate >= 2000)}  API send -> SMTP -> inbound per second: ${fmt(apiResult.rate)} (target >= 2,000)`,
    );
  if (rssResult)
    console.log(
      `  ${verdict(rssResult.growth <= 0.1)}  RSS after ${fmt(rssResult.run.sent)} mails through the sink: ` +
        `${fmt(rssResult.warmMb)} MB after warm-up, then ${rssResult.readings.map((x) => fmt(x)).join(' ')} MB; ` +
        `medians of the first and last three ${fmt(rssResult.earlyMb)} -> ${fmt(rssResult.lateMb)}, ` +
        `${(rssResult.growth * 100).toFixed(1)}% ` +
        `(${rssResult.run.failed} failed; target <= 10%)`,
    );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
