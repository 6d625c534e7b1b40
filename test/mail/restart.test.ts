/**
 * Durability: a message acknowledged with 250 is already committed to the SQLite file (a second
 * connection sees it while the server still runs), and the sink survives a restart on the same file.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { client, SEED_INBOX_ADDRESS, SEED_INBOX_ID } from '../helpers/server.js';
import { control, deliverRaw, startSmtpServer } from './helpers.js';

describe('sink durability', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mailsim-mail-'));
  const db = join(dir, 'mailsim.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('commits before the final 250 and keeps every message across a restart', async () => {
    const raw = (n: number) =>
      Buffer.from(
        `From: durable@example.org\r\nTo: ${SEED_INBOX_ADDRESS}\r\nSubject: durable ${n}\r\nMessage-ID: <durable-${n}@example.org>\r\n\r\nbody ${n}\r\n`,
      );
    const first = await startSmtpServer({ db });
    const ids: string[] = [];
    try {
      for (let n = 1; n <= 3; n++) {
        const r = await deliverRaw(first.smtp!.port, 'durable@example.org', [SEED_INBOX_ADDRESS], raw(n));
        expect(r.data?.code).toBe(250);
        const id = /queued as (\S+)/.exec(r.data!.text)![1]!;
        ids.push(id);
        // Another connection to the file sees the row the moment the 250 arrived.
        const other = new Database(db, { readonly: true });
        try {
          const row = other.prepare('SELECT raw FROM mail_messages WHERE id = ?').get(id) as
            | { raw: Buffer }
            | undefined;
          expect(row?.raw.equals(raw(n))).toBe(true);
          const inbound = other
            .prepare("SELECT COUNT(*) AS n FROM as_messages WHERE message_id_header = ? AND direction = 'inbound'")
            .get(`<durable-${n}@example.org>`) as { n: number };
          expect(inbound.n).toBe(1);
        } finally {
          other.close();
        }
      }
    } finally {
      await first.close();
    }

    const second = await startSmtpServer({ db });
    try {
      const list = await control(second)('GET', '/_mailsim/mail?subject=durable');
      expect(list.body.data.map((m: any) => m.id)).toEqual([...ids].reverse());
      const rawRes = await fetch(`${second.url()}/_mailsim/mail/${ids[0]}/raw`);
      expect(Buffer.from(await rawRes.arrayBuffer()).equals(raw(1))).toBe(true);
      const inbox = await client(second.url())('GET', `/inboxes/${SEED_INBOX_ID}/messages`);
      expect((inbox.body.data as any[]).filter((m) => /^durable \d$/.test(m.subject))).toHaveLength(3);
      // The sink keeps counting from what is on disk: new mail still lands.
      const r = await deliverRaw(second.smtp!.port, 'durable@example.org', [SEED_INBOX_ADDRESS], raw(4));
      expect(r.data?.code).toBe(250);
      expect((await control(second)('GET', '/_mailsim/mail?subject=durable')).body.total).toBe(4);
    } finally {
      await second.close();
    }
  });
});
