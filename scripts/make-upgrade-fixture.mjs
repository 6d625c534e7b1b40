#!/usr/bin/env node
// Writes fixtures/db/previous.sql: a database made by this checkout, as the "previous release" that
// test/core/migrations.test.ts restores and upgrades with the current code. Run it when cutting a
// release (src/MIGRATIONS.md), after `npm run build`:
//
//   npm run build && node scripts/make-upgrade-fixture.mjs
//
// It starts the built emulator on a temporary file database, makes real state through the HTTP API
// of both providers (inboxes, a sent message that arrives inbound, webhooks with their deliveries to
// a local receiver, idempotency keys), stops it, and dumps the file as SQL text (schema from
// sqlite_master, then INSERTs), so a change to the fixture reads as a diff. What the test should
// find is written beside it, in fixtures/db/previous.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(root, 'fixtures', 'db');
// The emulated world's time while the state is made; the test starts the clock just after it, so
// nothing made here (idempotency keys, send counters) has expired or rolled over.
const CLOCK = '2026-01-15T09:00:00.000Z';

const { startMailsim } = await import(join(root, 'dist/src/server.js')).catch((e) => {
  throw new Error(`run \`npm run build\` first: ${e.message}`);
});

// ── A webhook receiver that accepts everything ─────────────────────────────────────────────────
const received = [];
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    received.push({ path: req.url, body });
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const hookBase = `http://127.0.0.1:${receiver.address().port}`;

async function until(what, fn, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function client(base, key) {
  return async (method, path, body, headers = {}) => {
    const res = await fetch(base + path, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };
}

function expectStatus(res, status, what) {
  if (res.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body;
}

// ── Make the state ─────────────────────────────────────────────────────────────────────────────
const work = mkdtempSync(join(tmpdir(), 'mailsim-upgrade-fixture-'));
const dbFile = join(work, 'previous.db');
const server = await startMailsim({
  db: dbFile,
  ports: { agentsend: 0, commune: 0 },
  smtp: true,
  smtpPort: 0,
  logLevel: 'error',
  rateLimits: false,
  clockFrozenAt: CLOCK,
});
const facts = { clock: CLOCK };
try {
  // AgentSend: a webhook, an inbox made under an Idempotency-Key, a send to the seeded inbox that
  // arrives inbound over the emulator's own SMTP, and the deliveries of both events.
  const as = client(server.url('agentsend'), server.apiKeys.agentsend[0].key);
  const seedInbox = expectStatus(await as('GET', '/inboxes'), 200, 'list inboxes').data[0];
  const webhook = expectStatus(
    await as('POST', '/webhooks', {
      url: `${hookBase}/agentsend`,
      events: ['message.sent', 'message.received'],
      description: 'upgrade fixture',
    }),
    201,
    'create webhook',
  );
  const inboxKey = 'upgrade-fixture-inbox';
  const created = await as('POST', '/inboxes', { displayName: 'Upgrade fixture' }, { 'idempotency-key': inboxKey });
  const inbox = expectStatus(created, 201, 'create inbox');
  const subject = 'Across the upgrade';
  const sent = expectStatus(
    await as('POST', `/inboxes/${inbox.id}/messages`, {
      to: [seedInbox.address],
      subject,
      bodyText: 'Written by the previous release.',
    }),
    202,
    'send',
  );
  await until('the send to finish', async () => (await as('GET', `/messages/${sent.id}`)).body.status === 'sent');
  const inbound = await until('the message to arrive inbound', async () => {
    const list = (await as('GET', `/inboxes/${seedInbox.id}/messages`)).body.data;
    return list.find((m) => m.subject === subject && m.direction === 'inbound');
  });
  const deliveries = await until('both AgentSend webhook deliveries', async () => {
    const list = (await as('GET', '/_mailsim/webhooks/deliveries?status=delivered')).body.data;
    return list.length === 2 ? list : null;
  });
  facts.agentsend = {
    seedInboxId: seedInbox.id,
    inboxId: inbox.id,
    inboxAddress: inbox.address,
    inboxIdempotencyKey: inboxKey,
    sentMessageId: sent.id,
    inboundMessageId: inbound.id,
    subject,
    webhookId: webhook.id,
    deliveries: deliveries.map((d) => ({ id: d.id, event: d.event })).sort((a, b) => a.event.localeCompare(b.event)),
  };

  // Commune: an inbox with a webhook, a send to it from the seeded inbox under an Idempotency-Key,
  // the inbound copy in the new inbox, and the webhook delivery it caused.
  const cm = client(server.url('commune'), server.apiKeys.commune[0].key);
  const seedCommune = expectStatus(await cm('GET', '/v1/inboxes'), 200, 'list Commune inboxes').data[0];
  const cInbox = expectStatus(
    await cm('POST', '/v1/inboxes', {
      local_part: 'upgrade',
      name: 'Upgrade fixture',
      webhook: { endpoint: `${hookBase}/commune`, events: ['inbound'] },
    }),
    201,
    'create Commune inbox',
  ).data;
  const sendKey = 'upgrade-fixture-send';
  const cSubject = 'Commune across the upgrade';
  const cText = 'Written by the previous release.';
  const sendBody = { to: cInbox.address, subject: cSubject, text: cText, inbox_id: seedCommune.id };
  const sendRes = await cm('POST', '/v1/messages/send', sendBody, { 'idempotency-key': sendKey });
  const cSent = expectStatus(sendRes, 202, 'Commune send');
  const cInbound = await until('the Commune message to arrive inbound', async () => {
    const list = (await cm('GET', `/v1/messages?inbox_id=${cInbox.id}`)).body.data;
    return list.find((m) => m.metadata?.subject === cSubject || m.subject === cSubject);
  });
  const cDelivery = await until('the Commune webhook delivery', async () => {
    const list = (await cm('GET', `/v1/webhooks/deliveries?inbox_id=${cInbox.id}`)).body.deliveries;
    return list.find((d) => d.status === 'delivered');
  });
  facts.commune = {
    seedInboxId: seedCommune.id,
    inboxId: cInbox.id,
    inboxAddress: cInbox.address,
    sendIdempotencyKey: sendKey,
    sendBody,
    sent: cSent,
    inboundMessageId: cInbound.message_id,
    subject: cSubject,
    deliveryId: cDelivery.delivery_id,
  };
} finally {
  await server.close();
  await new Promise((resolve) => receiver.close(resolve));
}
if (received.length < 3) throw new Error(`expected 3 webhook requests, the receiver got ${received.length}`);

// ── Dump ───────────────────────────────────────────────────────────────────────────────────────
const quoteName = (name) => `"${name.replace(/"/g, '""')}"`;

/** One value as an SQL literal that reads back as the same value and storage class. */
function literal(v) {
  if (v === null) return 'NULL';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'NULL';
    if (!Number.isFinite(v)) return v > 0 ? '9e999' : '-9e999';
    const text = String(v);
    return /[.eE]/.test(text) ? text : `${text}.0`; // keeps a REAL a REAL
  }
  if (Buffer.isBuffer(v)) return `X'${v.toString('hex')}'`;
  // Control characters other than tab and newline (a CR in a mail body) go in as bytes, so the
  // dump stays a plain text file that no editor or checkout rewrites.
  if (/[\x00-\x08\x0b-\x1f\x7f]/.test(v)) return `CAST(X'${Buffer.from(v, 'utf8').toString('hex')}' AS TEXT)`;
  return `'${v.replace(/'/g, "''")}'`;
}

function rowsOf(db, sql) {
  return db.prepare(sql).raw(true).safeIntegers(true).all();
}

/**
 * The database as SQL that rebuilds it. Virtual tables (Commune's FTS5 index) are created by their
 * own statement, which makes their shadow tables; those are not dumped, and the index is rebuilt by
 * inserting the virtual table's rows instead of copying its internal blobs.
 */
function dump(db, header) {
  const out = [...header.map((l) => `-- ${l}`), 'PRAGMA foreign_keys=OFF;', 'BEGIN TRANSACTION;'];
  const kinds = new Map(
    db
      .pragma('table_list')
      .filter((t) => t.schema === 'main')
      .map((t) => [t.name, t.type]),
  );
  const schemaSql = "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'";
  const objects = db.prepare(`${schemaSql} ORDER BY rowid`).all();
  const tables = objects.filter((o) => o.type === 'table' && kinds.get(o.name) !== 'shadow');
  for (const t of tables) {
    out.push(`${t.sql};`);
    if (kinds.get(t.name) === 'virtual') continue;
    let rows;
    try {
      rows = rowsOf(db, `SELECT * FROM ${quoteName(t.name)} ORDER BY rowid`);
    } catch {
      rows = rowsOf(db, `SELECT * FROM ${quoteName(t.name)}`); // WITHOUT ROWID: primary-key order
    }
    for (const row of rows) out.push(`INSERT INTO ${quoteName(t.name)} VALUES(${row.map(literal).join(',')});`);
  }
  for (const t of tables.filter((x) => kinds.get(x.name) === 'virtual')) {
    const columns = ['rowid', ...db.pragma(`table_info(${quoteName(t.name)})`).map((c) => quoteName(c.name))];
    for (const row of rowsOf(db, `SELECT rowid, * FROM ${quoteName(t.name)} ORDER BY rowid`)) {
      out.push(`INSERT INTO ${quoteName(t.name)}(${columns.join(',')}) VALUES(${row.map(literal).join(',')});`);
    }
  }
  const hasSequence = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get();
  if (hasSequence) {
    out.push('DELETE FROM sqlite_sequence;');
    for (const row of rowsOf(db, 'SELECT name, seq FROM sqlite_sequence ORDER BY name')) {
      out.push(`INSERT INTO sqlite_sequence VALUES(${row.map(literal).join(',')});`);
    }
  }
  // Indexes and triggers after the rows, as sqlite3's own .dump does: no trigger fires on the restore.
  for (const o of objects.filter((x) => x.type !== 'table')) out.push(`${o.sql};`);
  const userVersion = db.pragma('user_version', { simple: true });
  if (userVersion) out.push(`PRAGMA user_version=${userVersion};`);
  out.push('COMMIT;');
  return `${out.join('\n')}\n`;
}

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const commit = git('rev-parse', '--short', 'HEAD');
const dirty = git('status', '--porcelain', '--', 'src') !== '';
const made = `${commit}${dirty ? ' with uncommitted changes under src/' : ''}`;

const db = new Database(dbFile, { readonly: true });
const header = [
  `A mailsim database written by commit ${made}, dumped as SQL by scripts/make-upgrade-fixture.mjs.`,
  'test/core/migrations.test.ts restores it and opens it with the current code: the upgrade test.',
  'Regenerate only when cutting a release (src/MIGRATIONS.md); never edit by hand.',
];
const text = dump(db, header);
db.close();

// The dump must be lossless: restored and dumped again, it gives the same text.
const copy = new Database(join(work, 'restored.db'));
copy.exec(text);
const again = dump(copy, header);
copy.close();
rmSync(work, { recursive: true, force: true });
if (again !== text) throw new Error('the dump does not restore to the same database; fixture not written');

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'previous.sql'), text);
writeFileSync(
  join(OUT, 'previous.json'),
  `${JSON.stringify(
    {
      $comment:
        'What fixtures/db/previous.sql holds, for the upgrade test; written with it by make-upgrade-fixture.mjs.',
      madeBy: made,
      ...facts,
    },
    null,
    2,
  )}\n`,
);
const lines = text.split('\n').length;
process.stdout.write(`wrote fixtures/db/previous.sql (${lines} lines) and fixtures/db/previous.json from ${made}\n`);
