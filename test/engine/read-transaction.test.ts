/**
 * A GET runs its queries in one SQLite read transaction (Store.read). What a user depends on: the
 * transaction always ends with the request, so what the GET wrote (a key's last use) is committed
 * and visible to another connection at once, and a GET that fails leaves nothing open either.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailsim, type MailsimServer } from '../../src/server.js';
import { AGENTSEND_DEV_KEY } from '../../src/testing/constants.js';

let dir: string;
let server: MailsimServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mailsim-readtx-'));
  server = await startMailsim({
    db: join(dir, 'mailsim.db'),
    providers: ['agentsend'],
    ports: { agentsend: 0 },
    host: '127.0.0.1',
    smtp: false,
    logLevel: 'error',
  });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) =>
  fetch(`${server.url('agentsend')}${path}`, { headers: { authorization: `Bearer ${AGENTSEND_DEV_KEY}` } });

describe('a GET reads in one transaction', () => {
  it('commits what the GET wrote before answering, and leaves no transaction open', async () => {
    const res = await get('/inboxes');
    expect(res.status).toBe(200);
    expect(server.engine.store.db.inTransaction).toBe(false);
    const other = new Database(join(dir, 'mailsim.db'), { readonly: true });
    try {
      const used = other.prepare('SELECT last_used_at FROM as_api_keys WHERE last_used_at IS NOT NULL').all();
      expect(used.length).toBe(1);
    } finally {
      other.close();
    }
  });

  it('ends the transaction when the GET fails (unknown id, bad credentials)', async () => {
    expect((await get('/inboxes/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(server.engine.store.db.inTransaction).toBe(false);
    const denied = await fetch(`${server.url('agentsend')}/inboxes`, { headers: { authorization: 'Bearer ask_nope' } });
    expect(denied.status).toBe(401);
    expect(server.engine.store.db.inTransaction).toBe(false);
    // The next write is not held up by a reader left behind.
    const created = await fetch(`${server.url('agentsend')}/inboxes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${AGENTSEND_DEV_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'readtx' }),
    });
    expect(created.status).toBe(201);
  });
});
