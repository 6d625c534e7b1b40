/**
 * The malformed-MIME corpus (fixtures/mail/*.eml): each message is accepted, kept byte for byte,
 * parsed as far as it goes, handed to the owning inbox, and the listener keeps answering.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { SEED_INBOX_ADDRESS, SEED_INBOX_ID } from '../helpers/server.js';
import { control, deliverRaw, SmtpDialogue, startSmtpServer } from './helpers.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'fixtures', 'mail');
const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.eml'))
  .sort();

/** What each fixture must still yield once parsed, beyond the raw bytes. */
const EXPECT: Record<string, (body: any) => void> = {
  'no-boundary.eml': (m) => {
    expect(m.subject).toBe('multipart without a boundary');
    expect(m.from).toEqual({ address: 'broken@example.com', name: 'Broken Sender' });
    // No part can be found, so the body is kept as text rather than dropped.
    expect(m.text).toContain('The boundary parameter is missing');
    expect(m.parseWarnings.length).toBeGreaterThan(0);
  },
  'unknown-charset.eml': (m) => {
    expect(m.subject).toBe('unknown charset');
    expect(m.text).toMatch(/^Hello .* world/);
  },
  '8bit-headers.eml': (m) => {
    expect(m.subject).toContain('Grüße aus Köln');
    expect(m.from.address).toBe('juergen@example.com');
  },
  'long-header-line.eml': (m) => {
    expect(m.subject).toBe('a 100 KB header line');
    expect(m.headers['x-very-long']).toHaveLength(100 * 1024);
    expect(m.text).toContain('one unfolded 100 KB line');
  },
  'truncated-body.eml': (m) => {
    expect(m.text).toContain('cut off mid-stream');
    expect(m.attachments[0]).toMatchObject({ filename: 'cut.bin' });
  },
};

describe('malformed MIME corpus over SMTP', () => {
  let server: MailsimServer;
  beforeAll(async () => {
    server = await startSmtpServer();
  });
  afterAll(async () => server.close());

  it('covers the five kinds of breakage the issue lists', () => {
    expect(files).toEqual(expect.arrayContaining(Object.keys(EXPECT)));
  });

  for (const file of files) {
    it(`${file}: 250, raw bytes intact, parsed as far as possible, delivered, listener still answering`, async () => {
      const raw = readFileSync(join(CORPUS, file));
      const r = await deliverRaw(server.smtp!.port, 'sender@example.org', [SEED_INBOX_ADDRESS], raw);
      expect(r.data?.code).toBe(250);
      const id = /queued as (\S+)/.exec(r.data!.text)![1]!;

      const rawRes = await fetch(`${server.url()}/_mailsim/mail/${id}/raw`);
      expect(rawRes.status).toBe(200);
      expect(rawRes.headers.get('content-type')).toMatch(/^message\/rfc822/);
      const stored = Buffer.from(await rawRes.arrayBuffer());
      // SMTP ends DATA on a line break: a fixture without a final CRLF gets exactly one.
      const expected = raw.subarray(-2).toString('latin1') === '\r\n' ? raw : Buffer.concat([raw, Buffer.from('\r\n')]);
      expect(stored.equals(expected)).toBe(true);

      const parsed = await control(server)('GET', `/_mailsim/mail/${id}`);
      expect(parsed.status).toBe(200);
      expect(parsed.body.deliveries).toEqual([
        {
          address: SEED_INBOX_ADDRESS,
          provider: 'agentsend',
          inboxId: SEED_INBOX_ID,
          messageId: expect.any(String),
          threadId: expect.any(String),
        },
      ]);
      EXPECT[file]?.(parsed.body);

      const d = await SmtpDialogue.open(server.smtp!.port);
      expect((await d.command('EHLO still.there')).code).toBe(250);
      expect((await d.command('NOOP')).code).toBe(250);
      await d.close();
    });
  }
});
