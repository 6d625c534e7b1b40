import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { client, startTestServer } from '../helpers/server.js';

const dir = mkdtempSync(join(tmpdir(), 'mailsim-persist-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file database', () => {
  it('keeps everything a client was told succeeded across a restart, and does not re-seed', async () => {
    const db = join(dir, 'mailsim.db');
    const first = await startTestServer({ db });
    const created = await client(first.url())('POST', '/inboxes', { displayName: 'Survivor' });
    expect(created.status).toBe(201);
    await first.close();

    const second = await startTestServer({ db });
    try {
      const got = await client(second.url())('GET', `/inboxes/${created.body.id}`);
      expect(got.status).toBe(200);
      expect(got.body).toEqual(created.body);
      const list = await client(second.url())('GET', '/inboxes');
      expect(list.body.total).toBe(2);
      const version = second.engine.store.db
        .prepare("SELECT COUNT(*) AS n FROM schema_version WHERE scope = 'agentsend'")
        .get() as { n: number };
      expect(version.n).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });

  it('uses WAL journaling', async () => {
    const server = await startTestServer({ db: join(dir, 'wal.db') });
    try {
      expect(server.engine.store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      await server.close();
    }
  });
});
