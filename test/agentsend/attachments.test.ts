import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, startTestServer, SEED_ACCOUNT_ID, DEV_KEY } from '../helpers/server.js';
import { UNKNOWN_ID, expectNoContractViolations, secondAccount, type Api } from './messaging-fixtures.js';

const MiB = 1024 * 1024;

function form(data: Buffer, filename: string, type: string, field = 'file'): FormData {
  const f = new FormData();
  f.append(field, new Blob([data], { type }), filename);
  return f;
}

describe('AgentSend attachments', () => {
  let server: MailsimServer;
  let api: Api;

  beforeAll(async () => {
    server = await startTestServer({ rateLimits: false });
    api = client(server.url());
  });
  afterAll(() => server.close());

  it('upload answers 201 with the stored record and no url', async () => {
    const data = Buffer.from('hello, attachment');
    const res = await api('POST', '/attachments', form(data, 'notes.txt', 'text/plain'));
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual([
      'accountId',
      'contentType',
      'createdAt',
      'filename',
      'id',
      'key',
      'size',
    ]);
    expect(res.body).toMatchObject({
      accountId: SEED_ACCOUNT_ID,
      filename: 'notes.txt',
      contentType: 'text/plain',
      size: data.length,
    });
    expect(res.body.key).toMatch(new RegExp(`^outbound/${SEED_ACCOUNT_ID}/[A-Za-z0-9_-]{16}/notes\\.txt$`));
  });

  it('get adds a url that downloads the exact bytes with the right headers, without credentials', async () => {
    const data = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);
    const up = (await api('POST', '/attachments', form(data, 'résumé chart.png', 'image/png'))).body;
    const before = server.engine.clock.nowMs();
    const got = await api('GET', `/attachments/${up.id}`);
    const after = server.engine.clock.nowMs();
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({
      id: up.id,
      key: up.key,
      filename: 'résumé chart.png',
      contentType: 'image/png',
      size: data.length,
      createdAt: up.createdAt,
    });
    const url = new URL(got.body.url);
    expect(url.origin).toBe(server.url());
    expect(url.pathname).toBe(`/_mailsim/agentsend/attachments/${up.id}/download`);
    const expires = Number(url.searchParams.get('expires'));
    expect(expires).toBeGreaterThanOrEqual(before + 3600_000);
    expect(expires).toBeLessThanOrEqual(after + 3600_000);

    const download = await fetch(got.body.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="r_sum_ chart.png"; filename*=UTF-8''r%C3%A9sum%C3%A9%20chart.png`,
    );
    expect(Buffer.from(await download.arrayBuffer()).equals(data)).toBe(true);
  });

  it('the download url stops working after 3600 s of engine time, and a tampered one never works', async () => {
    const up = (await api('POST', '/attachments', form(Buffer.from('secret'), 's.txt', 'text/plain'))).body;
    const clock = server.engine.clock;
    clock.setMode('frozen');
    try {
      const { url } = (await api('GET', `/attachments/${up.id}`)).body;
      const tampered = new URL(url);
      tampered.searchParams.set('expires', String(Number(tampered.searchParams.get('expires')) + 3600_000));
      expect((await fetch(tampered)).status).toBe(403);
      const otherId = new URL(url.replace(up.id, UNKNOWN_ID));
      expect((await fetch(otherId)).status).toBe(403);

      clock.advance(3600_000);
      expect((await fetch(url)).status).toBe(200);
      clock.advance(1);
      const expired = await fetch(url);
      expect(expired.status).toBe(403);
      expect(((await expired.json()) as any).error.message).toMatch(/expired/);
    } finally {
      clock.setMode('real');
    }
  });

  it('accepts exactly 10 MiB; 10 MiB + 1 byte → 400 ATTACHMENT_TOO_LARGE', async () => {
    const ok = await api(
      'POST',
      '/attachments',
      form(Buffer.alloc(10 * MiB, 7), 'max.bin', 'application/octet-stream'),
    );
    expect(ok.status).toBe(201);
    expect(ok.body.size).toBe(10 * MiB);
    const res = await api(
      'POST',
      '/attachments',
      form(Buffer.alloc(10 * MiB + 1, 7), 'big.bin', 'application/octet-stream'),
    );
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: { code: 'ATTACHMENT_TOO_LARGE', message: 'File exceeds maximum size of 10MB', status: 400 },
    });
  });

  it('a form without a file part → the plain 400 {"error":"No file uploaded"}', async () => {
    const f = new FormData();
    f.append('note', 'just text');
    const res = await api('POST', '/attachments', f);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'No file uploaded' });
  });

  it('takes the first file part even under another field name, as the real server does', async () => {
    const res = await api('POST', '/attachments', form(Buffer.from('x'), 'other.txt', 'text/plain', 'upload'));
    expect(res.status).toBe(201);
    expect(res.body.filename).toBe('other.txt');
  });

  it('a body that is not multipart → 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const res = await api('POST', '/attachments', { file: 'aGVsbG8=' });
    expect(res.status).toBe(415);
    expect(res.body.error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', status: 415 });
  });

  it("unknown → 404 with the exact message; malformed → 400 with details; another account's → 404", async () => {
    const missing = await api('GET', `/attachments/${UNKNOWN_ID}`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      error: { code: 'NOT_FOUND', message: `Attachment '${UNKNOWN_ID}' not found`, status: 404 },
    });
    const bad = await api('GET', '/attachments/att_123');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.id?.length).toBeGreaterThan(0);
    const up = (await api('POST', '/attachments', form(Buffer.from('mine'), 'mine.txt', 'text/plain'))).body;
    const other = await secondAccount(server);
    const foreign = await other.api('GET', `/attachments/${up.id}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.message).toBe(`Attachment '${up.id}' not found`);
  });

  it('upload and get need credentials', async () => {
    expect(
      (await client(server.url(), null)('POST', '/attachments', form(Buffer.from('x'), 'x.txt', 'text/plain'))).status,
    ).toBe(401);
    expect((await client(server.url(), `${DEV_KEY}x`)('GET', `/attachments/${UNKNOWN_ID}`)).status).toBe(401);
  });

  it('no response broke the contract', () => expectNoContractViolations(server));
});
