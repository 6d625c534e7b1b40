/**
 * --smtp-relay: outbound goes to an external SMTP server (here a second smtp-server started by the
 * test), the sink keeps its copy and local inboxes still get theirs; a relay that cannot be reached
 * or refuses gives {ok:false}, and AgentSend retries and then marks the message failed.
 */
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import type { InboundMail, OutboundMail } from '../../src/engine/mail/types.js';
import { client, eventually, SEED_INBOX_ID } from '../helpers/server.js';
import { control, plane, recordingMailboxes, startSmtpServer, TEST_DOMAIN } from './helpers.js';

interface Relayed {
  from: string;
  to: string[];
  raw: Buffer;
}

/** A stand-in for Mailpit: an SMTP server that records what it gets, or refuses every recipient. */
async function startRelay(refuse = false): Promise<{ port: number; got: Relayed[]; close(): Promise<void> }> {
  const got: Relayed[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    disableReverseLookup: true,
    onRcptTo(_address, _session, cb) {
      cb(refuse ? Object.assign(new Error('relay access denied'), { responseCode: 554 }) : undefined);
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        got.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        });
        cb(null, 'Ok: queued as RELAY1');
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    got,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

const mail = (overrides: Partial<OutboundMail> = {}): OutboundMail => ({
  provider: 'agentsend',
  tenant: 't1',
  from: { address: `sender@${TEST_DOMAIN}`, name: 'Sender' },
  to: ['someone@outside.example', `local@${TEST_DOMAIN}`],
  cc: [],
  bcc: [],
  subject: 'Relayed',
  text: 'via the relay',
  messageId: `<relay-${Math.random().toString(36).slice(2)}@agentsend.io>`,
  date: new Date('2026-01-01T00:00:00Z'),
  ...overrides,
});

describe('SMTP relay', () => {
  let relay: Awaited<ReturnType<typeof startRelay>>;
  let server: MailsimServer;
  let received: InboundMail[];
  beforeAll(async () => {
    relay = await startRelay();
    server = await startSmtpServer({ smtpRelay: `smtp://127.0.0.1:${relay.port}` });
    received = recordingMailboxes(server);
  });
  afterAll(async () => {
    await server.close();
    await relay.close();
  });

  it('delivers to the relay, keeps the sink copy and feeds local inboxes', async () => {
    const m = mail();
    const result = await plane(server).send(m);
    expect(result).toMatchObject({ ok: true, response: expect.stringContaining('RELAY1') });
    expect(relay.got).toHaveLength(1);
    expect(relay.got[0]).toMatchObject({
      from: `sender@${TEST_DOMAIN}`,
      to: ['someone@outside.example', `local@${TEST_DOMAIN}`],
    });
    expect(relay.got[0]!.raw.toString()).toContain(`Message-ID: ${m.messageId}`);

    const sinkId = result.ok ? result.sinkId : undefined;
    const stored = await fetch(`${server.url()}/_mailsim/mail/${sinkId}/raw`);
    expect(Buffer.from(await stored.arrayBuffer()).equals(relay.got[0]!.raw)).toBe(true);
    expect(received.filter((r) => r.messageId === m.messageId).map((r) => r.recipient)).toEqual([
      `local@${TEST_DOMAIN}`,
    ]);
  });
});

describe('SMTP relay failure', () => {
  it('a relay that cannot be reached gives {ok:false, permanent:false} and stores nothing', async () => {
    const server = await startSmtpServer({ smtpRelay: `smtp://127.0.0.1:${await closedPort()}` });
    try {
      const received = recordingMailboxes(server);
      const result = await plane(server).send(mail());
      expect(result).toMatchObject({
        ok: false,
        permanent: false,
        error: expect.stringMatching(/ECONNREFUSED|connect/i),
      });
      expect((await control(server)('GET', '/_mailsim/mail')).body.total).toBe(0);
      expect(received).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it('a relay that refuses with a 5xx gives {ok:false, permanent:true}', async () => {
    const refusing = await startRelay(true);
    const server = await startSmtpServer({ smtpRelay: `smtp://127.0.0.1:${refusing.port}` });
    try {
      const result = await plane(server).send(mail());
      expect(result).toMatchObject({ ok: false, permanent: true, error: expect.stringContaining('554') });
    } finally {
      await server.close();
      await refusing.close();
    }
  });

  it('an AgentSend message goes failed with errorMessage after three attempts on the engine clock', async () => {
    const server = await startSmtpServer({ smtpRelay: `smtp://127.0.0.1:${await closedPort()}` });
    try {
      const api = client(server.url());
      const ctl = control(server);
      const sent = await api('POST', `/inboxes/${SEED_INBOX_ID}/messages`, {
        to: ['someone@outside.example'],
        subject: 'Will fail',
        bodyText: 'x',
      });
      expect(sent.status).toBe(202);
      const id = sent.body.id as string;
      const attempt = (n: number) =>
        eventually(async () => {
          const m = (await api('GET', `/messages/${id}`)).body;
          return m.retryCount === n ? m : null;
        });
      expect(await attempt(1)).toMatchObject({
        status: 'queued',
        errorMessage: expect.stringMatching(/ECONNREFUSED|connect/i),
      });
      await ctl('POST', '/_mailsim/clock', { advance: '30s' });
      expect(await attempt(2)).toMatchObject({ status: 'queued' });
      await ctl('POST', '/_mailsim/clock', { advance: '60s' });
      expect(await attempt(3)).toMatchObject({
        status: 'failed',
        errorMessage: expect.stringMatching(/ECONNREFUSED|connect/i),
      });
    } finally {
      await server.close();
    }
  });
});
