/**
 * The sink through the control plane: search, detail, raw, attachments, delete, wait, reset and
 * bounded retention.
 */
import type nodemailer from 'nodemailer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { control, nextMailWaiter, recordingMailboxes, smtpClient, startSmtpServer, TEST_DOMAIN } from './helpers.js';

describe('mail sink control plane', () => {
  let server: MailsimServer;
  let transport: nodemailer.Transporter;
  const ctl = () => control(server);
  const send = (o: nodemailer.SendMailOptions) =>
    transport.sendMail({ from: 'Sender Person <sender@example.org>', ...o });

  beforeAll(async () => {
    server = await startSmtpServer();
    recordingMailboxes(server);
    transport = smtpClient(server);
  });
  afterAll(async () => {
    transport.close();
    await server.close();
  });
  beforeEach(async () => {
    expect((await ctl()('DELETE', '/_mailsim/mail')).status).toBe(204);
  });

  it('lists newest first, filters by to, from, subject, text and inbox, and paginates', async () => {
    await send({ to: `ann@${TEST_DOMAIN}`, subject: 'Welcome Ann', text: 'code 111' });
    await send({
      to: `bob@${TEST_DOMAIN}`,
      subject: 'Welcome Bob',
      text: 'code 222',
      from: 'Other <other@example.org>',
    });
    await send({ to: `bob@${TEST_DOMAIN}`, cc: `ann@${TEST_DOMAIN}`, subject: 'Invoice', html: '<p>total 333</p>' });

    const all = await ctl()('GET', '/_mailsim/mail');
    expect(all.body.total).toBe(3);
    expect(all.body.data.map((m: any) => m.subject)).toEqual(['Invoice', 'Welcome Bob', 'Welcome Ann']);

    const subjects = async (q: string) =>
      (await ctl()('GET', `/_mailsim/mail?${q}`)).body.data.map((m: any) => m.subject);
    expect(await subjects(`to=ann@${TEST_DOMAIN}`)).toEqual(['Invoice', 'Welcome Ann']);
    expect(await subjects(`to=nn@${TEST_DOMAIN}`)).toEqual([]); // an address matches whole addresses only
    expect(await subjects('to=ann')).toEqual(['Invoice', 'Welcome Ann']); // a fragment is a substring search
    expect(await subjects('from=other@example.org')).toEqual(['Welcome Bob']);
    expect(await subjects('from=sender%20person')).toEqual(['Invoice', 'Welcome Ann']);
    expect(await subjects('subject=welcome')).toEqual(['Welcome Bob', 'Welcome Ann']);
    expect(await subjects('text=333')).toEqual(['Invoice']);
    expect(await subjects(`inbox=bob@${TEST_DOMAIN}`)).toEqual(['Invoice', 'Welcome Bob']);
    expect(await subjects('direction=out')).toEqual([]);

    const page = await ctl()('GET', '/_mailsim/mail?limit=1&offset=1');
    expect(page.body).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(page.body.data.map((m: any) => m.subject)).toEqual(['Welcome Bob']);

    const future = new Date(server.engine.clock.nowMs() + 60_000).toISOString();
    expect(await subjects(`since=${encodeURIComponent(future)}`)).toEqual([]);
    expect((await ctl()('GET', '/_mailsim/mail?limit=-1')).status).toBe(400);
    expect((await ctl()('GET', '/_mailsim/mail?since=yesterday')).status).toBe(400);
  });

  it('shows one message with headers and attachments, downloads an attachment, deletes it', async () => {
    const info = await send({
      to: `ann@${TEST_DOMAIN}`,
      subject: 'With files',
      text: 'see attached',
      headers: { 'X-Trace': 'abc' },
      attachments: [
        { filename: 'a.txt', content: 'first' },
        { filename: 'b.bin', content: Buffer.from([0, 1, 2, 255]), contentType: 'application/octet-stream' },
      ],
    });
    const id = /queued as (\S+)/.exec(info.response)![1]!;
    const detail = await ctl()('GET', `/_mailsim/mail/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.headers['x-trace']).toBe('abc');
    expect(detail.body.headerLines).toContainEqual({ name: 'X-Trace', value: 'abc' });
    expect(detail.body.attachments.map((a: any) => [a.index, a.filename, a.size, a.url])).toEqual([
      [0, 'a.txt', 5, `/_mailsim/mail/${id}/attachments/0`],
      [1, 'b.bin', 4, `/_mailsim/mail/${id}/attachments/1`],
    ]);

    const file = await fetch(`${server.url()}/_mailsim/mail/${id}/attachments/1`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/octet-stream');
    expect(file.headers.get('content-disposition')).toContain('b.bin');
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([0, 1, 2, 255]);
    expect((await fetch(`${server.url()}/_mailsim/mail/${id}/attachments/2`)).status).toBe(404);

    expect((await ctl()('DELETE', `/_mailsim/mail/${id}`)).status).toBe(204);
    expect((await ctl()('GET', `/_mailsim/mail/${id}`)).status).toBe(404);
    expect((await ctl()('DELETE', `/_mailsim/mail/${id}`)).status).toBe(404);
    expect((await fetch(`${server.url()}/_mailsim/mail/${id}/raw`)).status).toBe(404);
  });

  it('wait answers as soon as a matching message arrives after the call started', async () => {
    const started = performance.now();
    const listening = nextMailWaiter(server);
    const waiting = ctl()(
      'GET',
      `/_mailsim/mail/wait?to=${encodeURIComponent(`late@${TEST_DOMAIN}`)}&subject=code&timeout=10s`,
    );
    await listening;
    await send({ to: `other@${TEST_DOMAIN}`, subject: 'Your code', text: 'not for late' });
    await send({ to: `late@${TEST_DOMAIN}`, subject: 'Your login code', text: 'code 987654' });
    const res = await waiting;
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ subject: 'Your login code', to: [{ address: `late@${TEST_DOMAIN}` }] });
    expect(res.body.text).toContain('987654');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('wait returns a message that is already there, and 408 when nothing matches in time', async () => {
    await send({ to: `early@${TEST_DOMAIN}`, subject: 'Already here', text: 'x' });
    const found = await ctl()('GET', `/_mailsim/mail/wait?to=early@${TEST_DOMAIN}&timeout=1s`);
    expect(found.status).toBe(200);
    expect(found.body.subject).toBe('Already here');

    const started = performance.now();
    const timedOut = await ctl()('GET', `/_mailsim/mail/wait?to=never@${TEST_DOMAIN}&timeout=300ms`);
    expect(timedOut.status).toBe(408);
    expect(timedOut.body.error.code).toBe('TIMEOUT');
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect((await ctl()('GET', '/_mailsim/mail/wait?timeout=soon')).status).toBe(400);
  });

  it('POST /_mailsim/reset clears the sink', async () => {
    await send({ to: `ann@${TEST_DOMAIN}`, subject: 'Before reset', text: 'x' });
    expect((await ctl()('GET', '/_mailsim/mail')).body.total).toBe(1);
    expect((await ctl()('POST', '/_mailsim/reset')).status).toBe(200);
    expect((await ctl()('GET', '/_mailsim/mail')).body.total).toBe(0);
  });
});

describe('retention', () => {
  it('keeps at most mailRetention messages, deleting the oldest first', async () => {
    const server = await startSmtpServer({ mailRetention: 3 });
    const transport = smtpClient(server);
    try {
      recordingMailboxes(server);
      for (let i = 1; i <= 5; i++)
        await transport.sendMail({ from: 'r@example.org', to: `keep@${TEST_DOMAIN}`, subject: `n${i}`, text: 'x' });
      const list = await control(server)('GET', '/_mailsim/mail');
      expect(list.body.total).toBe(3);
      expect(list.body.data.map((m: any) => m.subject)).toEqual(['n5', 'n4', 'n3']);
    } finally {
      transport.close();
      await server.close();
    }
  });
});
