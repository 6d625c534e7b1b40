import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client, eventually, startTestServer } from '../helpers/server.js';
import {
  FailingMailPlane,
  expectNoContractViolations,
  newInbox,
  send,
  waitForStatus,
  type Api,
} from './messaging-fixtures.js';

describe('AgentSend daily send limit and delivery retries (engine clock)', () => {
  let server: MailsimServer;
  let api: Api;

  beforeAll(async () => {
    server = await startTestServer({ rateLimits: false });
    api = client(server.url());
    server.engine.clock.setMode('frozen');
    server.engine.clock.set(Date.parse('2031-03-10T22:00:00.000Z'));
  });
  afterAll(() => server.close());

  it('the 11th send of the day → 429, even while the first ten are still queued; a new UTC day starts over', async () => {
    const inbox = await newInbox(api);
    const first = await Promise.all(Array.from({ length: 10 }, (_, i) => send(api, inbox.id, { subject: `n${i}` })));
    expect(first.map((r) => r.status)).toEqual(Array(10).fill(202));
    const eleventh = await send(api, inbox.id, { subject: 'one too many' });
    expect(eleventh.status).toBe(429);
    expect(eleventh.body).toEqual({
      error: {
        code: 'RATE_LIMIT_EXCEEDED',
        message: 'Inbox daily send limit reached (10/day). Try again tomorrow or upgrade your plan.',
        status: 429,
      },
    });
    expect(eleventh.headers.get('retry-after')).toBeNull();

    await Promise.all(first.map((r) => waitForStatus(api, r.body.id, 'sent')));
    expect((await api('GET', `/inboxes/${inbox.id}`)).body).toMatchObject({ sendsToday: 10, totalSent: 10 });
    expect((await send(api, inbox.id, { subject: 'still too many' })).status).toBe(429);

    server.engine.clock.set(Date.parse('2031-03-11T00:00:01.000Z'));
    expect((await api('GET', `/inboxes/${inbox.id}`)).body).toMatchObject({ sendsToday: 0, totalSent: 10 });
    const next = await send(api, inbox.id, { subject: 'new day' });
    expect(next.status).toBe(202);
    await waitForStatus(api, next.body.id, 'sent');
    expect((await api('GET', `/inboxes/${inbox.id}`)).body).toMatchObject({ sendsToday: 1, totalSent: 11 });
  });

  it('a failing delivery is retried after 30 s and 60 s, then marked failed with the error', async () => {
    const failing = new FailingMailPlane();
    const original = server.engine.mail;
    server.engine.mail = failing;
    try {
      const inbox = await newInbox(api);
      const m = (await send(api, inbox.id, { subject: 'Doomed' })).body;
      const afterFirst = await eventually(async () => {
        const r = (await api('GET', `/messages/${m.id}`)).body;
        return r.retryCount === 1 ? r : null;
      });
      expect(afterFirst).toMatchObject({
        status: 'queued',
        errorMessage: '451 4.3.0 Temporary local problem',
        sentAt: null,
      });

      server.engine.clock.advance(29_000);
      await server.engine.jobs.drain();
      expect(failing.attempts).toBe(1);
      server.engine.clock.advance(1_000);
      await eventually(async () => (await api('GET', `/messages/${m.id}`)).body.retryCount === 2);
      expect(failing.attempts).toBe(2);

      server.engine.clock.advance(59_000);
      await server.engine.jobs.drain();
      expect(failing.attempts).toBe(2);
      server.engine.clock.advance(1_000);
      const failed = await waitForStatus(api, m.id, 'failed');
      expect(failed).toMatchObject({
        retryCount: 3,
        errorMessage: '451 4.3.0 Temporary local problem',
        sesMessageId: null,
        sentAt: null,
      });
      expect(failing.attempts).toBe(3);

      server.engine.clock.advance(600_000);
      await server.engine.jobs.drain();
      expect(failing.attempts).toBe(3);
      expect((await api('GET', `/inboxes/${inbox.id}`)).body).toMatchObject({ sendsToday: 0, totalSent: 0 });
      expect((await api('GET', `/inboxes/${inbox.id}/messages?status=failed`)).body.total).toBe(1);
    } finally {
      server.engine.mail = original;
    }
  });

  it('a permanent rejection fails at once, without retries', async () => {
    const failing = new FailingMailPlane('550 5.1.1 No such user', true);
    const original = server.engine.mail;
    server.engine.mail = failing;
    try {
      const inbox = await newInbox(api);
      const m = (await send(api, inbox.id, { subject: 'Bounced' })).body;
      const failed = await waitForStatus(api, m.id, 'failed');
      expect(failed).toMatchObject({ retryCount: 1, errorMessage: '550 5.1.1 No such user' });
      expect(failing.attempts).toBe(1);
    } finally {
      server.engine.mail = original;
    }
  });

  it('failed sends do not count toward the daily limit', async () => {
    const original = server.engine.mail;
    server.engine.mail = new FailingMailPlane('550 5.1.1 No such user', true);
    const inbox = await newInbox(api);
    try {
      const sent = await Promise.all(Array.from({ length: 10 }, (_, i) => send(api, inbox.id, { subject: `f${i}` })));
      await Promise.all(sent.map((r) => waitForStatus(api, r.body.id, 'failed')));
    } finally {
      server.engine.mail = original;
    }
    expect((await send(api, inbox.id, { subject: 'allowed' })).status).toBe(202);
  });

  it('no response broke the contract', () => expectNoContractViolations(server));
});
