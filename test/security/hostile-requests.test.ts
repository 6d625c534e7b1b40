/**
 * Requests meant to take the emulator down: each gets an answer in the provider's envelope (or a
 * closed connection), and the process keeps serving.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, startTestServer } from '../helpers/server.js';

/** Sends raw bytes and reads whatever comes back until the server closes or a timeout passes. */
function rawExchange(url: string, bytes: Buffer, timeoutMs = 5000): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname === 'localhost' ? '127.0.0.1' : hostname);
    const chunks: Buffer[] = [];
    const done = (): void => {
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    socket.setTimeout(timeoutMs, done);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', done);
    socket.on('error', done);
    socket.on('connect', () => socket.end(bytes));
  });
}

describe('hostile requests', () => {
  let server: MailsimServer;
  beforeAll(async () => {
    server = await startTestServer({ host: '127.0.0.1' });
  });
  afterAll(() => server.close());

  it('a truncated multipart upload is a 400 in the envelope, not a crash (the process keeps serving)', async () => {
    const body = Buffer.from('--XX\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\nhi');
    const head = `POST /auth/signup HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=XX\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
    const answer = await rawExchange(server.url(), Buffer.concat([Buffer.from(head), body]));
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(answer).toContain('"VALIDATION_ERROR"');
    const upload = await rawExchange(
      server.url(),
      Buffer.concat([Buffer.from(head.replace('/auth/signup', '/attachments')), body]),
    );
    expect(upload).toMatch(/^HTTP\/1\.1 (400|401)/);
    expect((await client(server.url())('GET', '/inboxes')).status).toBe(200);
  });

  it('a client that goes away mid-body leaves nothing waiting', async () => {
    const head =
      'POST /inboxes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"displayName":';
    await rawExchange(server.url(), Buffer.from(head), 300);
    expect((await client(server.url())('GET', '/inboxes')).status).toBe(200);
  });

  it("bytes a request line may not hold get a 400 in the provider envelope, not node's bare one", async () => {
    const answer = await rawExchange(
      server.url(),
      Buffer.concat([
        Buffer.from('GET /inb'),
        Buffer.from([0xc3, 0xb6]),
        Buffer.from('xes HTTP/1.1\r\nHost: localhost\r\n\r\n'),
      ]),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    const json = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(json).toMatchObject({ error: { code: 'VALIDATION_ERROR', status: 400 } });
    expect((await client(server.url())('GET', '/inboxes')).status).toBe(200);
  });
});
