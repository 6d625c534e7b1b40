/** Attachments: base64 upload within the tier's storage, metadata, and the URL mailsim serves itself. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client } from '../helpers/server.js';
import {
  addKey,
  addOrg,
  eventually,
  expectNoViolations,
  SEED_INBOX_ADDRESS,
  SEED_ORG_ID,
  smtpSend,
  startCommune,
  type Call,
} from './mail-helpers.js';

const OTHER_ORG = 'a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6';
const FREE_ORG = 'f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4f4';

describe('Commune attachments', () => {
  let server: MailsimServer;
  let api: Call;
  let other: Call;
  const pdf = Buffer.from('%PDF-1.4 invoice body');

  beforeAll(async () => {
    ({ server, api } = await startCommune({ smtp: true, smtpPort: 0 }));
    other = client(server.url('commune'), addOrg(server, { id: OTHER_ORG, tier: 'agent_pro' }));
  });
  afterAll(async () => {
    expectNoViolations(server);
    await server.close();
  });

  async function upload(
    body: Record<string, unknown> = {
      content: pdf.toString('base64'),
      filename: 'invoice.pdf',
      mime_type: 'application/pdf',
    },
  ) {
    return api('POST', '/v1/attachments/upload', body);
  }

  it('uploads base64 content and reads its metadata', async () => {
    const res = await upload();
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ filename: 'invoice.pdf', mime_type: 'application/pdf', size: pdf.length });
    expect(res.body.data.attachment_id).toMatch(/^[0-9a-f]{32}$/);
    const meta = await api('GET', `/v1/attachments/${res.body.data.attachment_id}`);
    expect(meta.body.data).toEqual({
      attachment_id: res.body.data.attachment_id,
      message_id: '',
      filename: 'invoice.pdf',
      mime_type: 'application/pdf',
      size: pdf.length,
      storage_type: 'database',
      cloudinary_url: null,
      cloudinary_public_id: null,
      source: 'email',
    });
  });

  it('decodes leniently and accepts mimeType', async () => {
    const res = await upload({ content: 'aGVs!!bG8=\n', filename: 'x.txt', mimeType: 'text/plain' });
    expect(res.status).toBe(201);
    expect(res.body.data.size).toBe(5);
  });

  it('answers 400 when a field is missing, 404 for unknown and foreign ids', async () => {
    for (const body of [
      { filename: 'a', mime_type: 'b' },
      { content: 'YQ==', mime_type: 'b' },
      { content: 'YQ==', filename: 'a' },
    ]) {
      expect(await upload(body)).toMatchObject({
        status: 400,
        body: { error: 'Missing required fields: content, filename, mime_type' },
      });
    }
    const mine = (await upload()).body.data.attachment_id;
    expect(await api('GET', '/v1/attachments/att_abc123')).toMatchObject({
      status: 404,
      body: { error: 'Attachment not found' },
    });
    expect(await other('GET', `/v1/attachments/${mine}`)).toMatchObject({
      status: 404,
      body: { error: 'Attachment not found' },
    });
    expect(await other('GET', `/v1/attachments/${mine}/url`)).toMatchObject({
      status: 404,
      body: { error: 'Attachment not found' },
    });
  });

  it('serves the content at the URL until expires_in seconds of engine time have passed', async () => {
    const id = (await upload()).body.data.attachment_id;
    const res = await api('GET', `/v1/attachments/${id}/url?expires_in=60`);
    expect(res.body.data).toMatchObject({
      expires_in: 60,
      filename: 'invoice.pdf',
      mime_type: 'application/pdf',
      size: pdf.length,
    });
    const url: string = res.body.data.url;
    expect(url.startsWith(server.url('commune'))).toBe(true);
    const ok = await fetch(url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/pdf');
    expect(ok.headers.get('content-disposition')).toContain('invoice.pdf');
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(pdf);
    // A tampered signature never works.
    expect((await fetch(url.replace(/signature=[0-9a-f]/, 'signature=z'))).status).toBe(403);
    server.engine.clock.advance(61_000);
    expect((await fetch(url)).status).toBe(403);
    // Default lifetime one hour; a non-number falls back to it.
    expect((await api('GET', `/v1/attachments/${id}/url`)).body.data.expires_in).toBe(3600);
    expect((await api('GET', `/v1/attachments/${id}/url?expires_in=soon`)).body.data.expires_in).toBe(3600);
  });

  it('records inbound attachments with ses_ ids, readable and downloadable', async () => {
    await smtpSend(server, {
      from: 'x@example.com',
      to: SEED_INBOX_ADDRESS,
      subject: 'With a file',
      text: 'see file',
      attachments: [{ filename: 'report.csv', content: 'a,b\n1,2\n', contentType: 'text/csv' }],
    });
    const m = await eventually(
      async () => ((await api('GET', '/v1/messages?sender=x@example.com')).body.data as any[])[0],
    );
    expect(m.attachments).toEqual([`ses_${m.message_id}_report.csv`]);
    const meta = (await api('GET', `/v1/attachments/${encodeURIComponent(m.attachments[0])}`)).body.data;
    expect(meta).toMatchObject({ message_id: m.message_id, filename: 'report.csv', mime_type: 'text/csv', size: 8 });
    const url = (await api('GET', `/v1/attachments/${encodeURIComponent(m.attachments[0])}/url`)).body.data.url;
    expect(await (await fetch(url)).text()).toBe('a,b\n1,2\n');
  });

  it('refuses an upload past the tier storage (free: 100 MB)', async () => {
    const free = client(server.url('commune'), addOrg(server, { id: FREE_ORG, tier: 'free' }));
    // Stand in for 100 MB already stored without sending it over HTTP.
    server.engine.store.db
      .prepare(
        "INSERT INTO cm_attachments (id, org_id, message_id, filename, mime_type, size, content, created_at) VALUES (?, ?, '', ?, ?, ?, ?, ?)",
      )
      .run(
        '0'.repeat(32),
        FREE_ORG,
        'big.bin',
        'application/octet-stream',
        100 * 1024 * 1024 - 2,
        Buffer.alloc(0),
        new Date().toISOString(),
      );
    expect(
      (await free('POST', '/v1/attachments/upload', { content: 'YQ==', filename: 'a', mime_type: 'text/plain' }))
        .status,
    ).toBe(201);
    const res = await free('POST', '/v1/attachments/upload', {
      content: 'YWJj',
      filename: 'b',
      mime_type: 'text/plain',
    });
    expect(res).toMatchObject({
      status: 413,
      body: {
        error: 'Attachment storage limit exceeded',
        used_mb: 100,
        limit_mb: 100,
        current_tier: 'free',
        upgrade_url: '/dashboard/billing',
      },
    });
  });

  it('checks scopes: attachments:read may read, not upload', async () => {
    const reader = client(server.url('commune'), addKey(server, SEED_ORG_ID, ['attachments:read']));
    expect(
      await reader('POST', '/v1/attachments/upload', { content: 'YQ==', filename: 'a', mime_type: 'b' }),
    ).toMatchObject({ status: 403, body: { required: ['attachments:write'] } });
    expect((await reader('GET', '/v1/attachments/att_abc123')).status).toBe(404);
  });
});
