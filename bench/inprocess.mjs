/**
 * What a test suite pays in msw mode (the in-process engine, an in-memory database): the
 * server-side time of one GET /inboxes through the pipeline, and `reset()` with 10k rows stored.
 * Run by bench/targets.mjs in a child process; the last stdout line is the JSON result.
 *
 *   node bench/inprocess.mjs [--quick]
 */
import { parseArgs } from 'node:util';
import { createMailsimHandlers } from '../dist/src/testing/msw.js';
import { AGENTSEND_DEV_KEY } from '../dist/src/testing/constants.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean' } } });
const SEED_INBOX = '3c9a2b1d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
const GETS = values.quick ? 5_000 : 20_000;
const RESETS = values.quick ? 10 : 30;
const ROWS = 10_000;

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const us = (ms) => Math.round(ms * 1000 * 10) / 10;

const handlers = await createMailsimHandlers({ provider: 'agentsend', rateLimits: false });
const { engine } = handlers;
const pipeline = engine.provider('agentsend').pipeline;
const get = {
  method: 'GET',
  url: '/inboxes',
  headers: { authorization: `Bearer ${AGENTSEND_DEV_KEY}` },
  readBody: async () => Buffer.alloc(0),
  remoteAddress: '127.0.0.1',
};

async function timeGets(n) {
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const out = await pipeline.process(get);
    times[i] = performance.now() - t0;
    if (out.status !== 200) throw new Error(`GET /inboxes answered ${out.status}: ${out.body}`);
  }
  return times.sort();
}

/** 10k stored messages in the seeded inbox, written straight into the store (as many API sends would). */
function storeRows(db) {
  const inbox = db.prepare('SELECT account_id, address FROM as_inboxes WHERE id = ?').get(SEED_INBOX);
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO as_messages (id, inbox_id, account_id, thread_id, direction, from_address, to_addresses, subject,
       body_text, status, created_at, seq)
     SELECT 'bench-' || i, ?, ?, NULL, 'inbound', 'sender@example.com', json_array(?), 'bench message ' || i,
       'Body of bench message ' || i, 'received', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1000000 + i FROM n`,
  ).run(ROWS, SEED_INBOX, inbox.account_id, inbox.address);
  return db.prepare('SELECT count(*) AS c FROM as_messages').get().c;
}

await timeGets(2_000); // warm-up: JIT, validator compilation, statement cache
const gets = await timeGets(GETS);

storeRows(engine.store.db);
await handlers.reset(); // the first reset compiles its statements: a suite pays that once
const resets = [];
let rowsBefore = 0;
for (let i = 0; i < RESETS; i++) {
  rowsBefore = storeRows(engine.store.db);
  const t0 = performance.now();
  await handlers.reset();
  resets.push(performance.now() - t0);
}
resets.sort((a, b) => a - b);
handlers.close();

process.stdout.write(
  `${JSON.stringify({
    getUs: { n: GETS, p50: us(pct(gets, 50)), p99: us(pct(gets, 99)) },
    resetMs: {
      n: RESETS,
      rows: rowsBefore,
      p50: Math.round(pct(resets, 50) * 100) / 100,
      p95: Math.round(pct(resets, 95) * 100) / 100,
    },
  })}\n`,
);
