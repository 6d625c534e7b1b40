/**
 * Delivery analytics: the bounce/complaint/deliver simulation on the control plane, the ledger the
 * mail plane feeds (recordDeliveryEvent), and /v1/delivery/{metrics,events,suppressions} with their
 * windows, filters, errors, scopes and tenant isolation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { client } from '../helpers/server.js';
import { isSuppressed, recordDeliveryEvent } from '../../src/providers/commune/domain/events.js';
import {
  api,
  insertOutbound,
  makeInbox,
  makeKey,
  makeOrg,
  services,
  SHARED_DOMAIN,
  startCommune,
} from './ops-helpers.js';

const T0 = '2026-03-01T12:00:00.000Z';
const DAY = 24 * 3600_000;

let server: MailsimServer;
const control = (path: string, body?: unknown) =>
  client(server.url('commune'), null)('POST', `/_mailsim/commune/messages/${path}`, body ?? {});
const messageRow = (messageId: string) =>
  services(server)
    .store.db.prepare('SELECT delivery_status, delivery_data FROM cm_messages WHERE message_id = ?')
    .get(messageId) as { delivery_status: string; delivery_data: string | null };

beforeAll(async () => {
  server = await startCommune({ clockFrozenAt: T0 });
});
afterAll(async () => {
  expect(server.engine.journal.list({ violations: true })).toEqual([]);
  await server.close();
});

describe('simulated outcomes (POST /_mailsim/commune/messages/:id/…)', () => {
  it('delivers, then bounces, a message by its msg_ id or stored id, stamping delivery_data and suppressing the recipient', async () => {
    const { orgId } = makeOrg(server);
    const inbox = makeInbox(server, orgId);
    const m = insertOutbound(server, {
      orgId,
      inboxId: inbox.id,
      to: ['Ana <Ana@Example.com>', 'bo@example.com'],
      subject: 'Quarterly report',
    });
    const delivered = await control(`${m.communeId}/deliver`);
    expect(delivered.status).toBe(200);
    expect(delivered.body).toMatchObject({
      event: 'delivered',
      message_id: m.messageId,
      commune_message_id: m.communeId,
      delivery_status: 'delivered',
      suppressions: [],
    });
    expect(JSON.parse(messageRow(m.messageId).delivery_data!)).toEqual({ delivered_at: T0 });

    const bounced = await control(`${m.messageId}/bounce`, {
      reason: 'Mailbox does not exist',
      diagnostic: 'smtp; 550 5.1.1 user unknown',
    });
    expect(bounced.body.delivery_status).toBe('bounced');
    expect(bounced.body.suppressions).toEqual([
      {
        email: 'ana@example.com',
        reason: 'bounce',
        type: 'hard',
        source: 'inbox',
        inbox_id: inbox.id,
        domain_id: SHARED_DOMAIN,
        message_id: m.messageId,
        created_at: T0,
        expires_at: null,
        metadata: {
          bounce_reason: 'Mailbox does not exist',
          bounce_diagnostic: 'smtp; 550 5.1.1 user unknown',
          original_subject: 'Quarterly report',
        },
      },
    ]);
    expect(messageRow(m.messageId).delivery_status).toBe('bounced');
    expect(JSON.parse(messageRow(m.messageId).delivery_data!)).toEqual({
      delivered_at: T0,
      bounced_at: T0,
      bounce_reason: 'Mailbox does not exist',
      bounce_type: 'hard',
    });
    expect(isSuppressed(services(server), orgId, 'ANA@example.com', inbox.id)).toBe(true);
    expect(isSuppressed(services(server), orgId, 'bo@example.com', inbox.id)).toBe(false);
  });

  it('a complaint suppresses the named recipient as spam', async () => {
    const { orgId } = makeOrg(server);
    const inbox = makeInbox(server, orgId);
    const m = insertOutbound(server, { orgId, inboxId: inbox.id, to: ['a@example.com', 'b@example.com'] });
    const res = await control(`${m.communeId}/complain`, { recipient: 'B@example.com', complaintType: 'fraud' });
    expect(res.body).toMatchObject({ event: 'complained', delivery_status: 'complained' });
    expect(res.body.suppressions).toMatchObject([
      { email: 'b@example.com', reason: 'complaint', type: 'spam', metadata: { complaint_type: 'fraud' } },
    ]);
  });

  it('answers 404 for an unknown or inbound message, 409 for an outcome that cannot follow, 400 for bad input', async () => {
    const { orgId } = makeOrg(server);
    const inbox = makeInbox(server, orgId);
    expect((await control('msg_nope/bounce')).status).toBe(404);
    const m = insertOutbound(server, { orgId, inboxId: inbox.id, to: ['x@example.com'] });
    expect(await control(`${m.communeId}/bounce`, { bounceType: 'sideways' })).toMatchObject({
      status: 400,
      body: { error: 'bounceType must be hard or soft' },
    });
    expect((await control(`${m.communeId}/bounce`, { recipient: 'stranger@example.com' })).status).toBe(400);
    expect((await control(`${m.communeId}/bounce`, { reason: 42 })).status).toBe(400);
    expect((await control(`${m.communeId}/complain`)).status).toBe(200);
    const again = await control(`${m.communeId}/deliver`);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatch(/is complained/);
    expect(messageRow(m.messageId).delivery_status).toBe('complained');
  });

  it('suppresses for 7 days on the third soft bounce in a row; a delivery in between starts the count again', async () => {
    const { orgId, key } = makeOrg(server);
    const inbox = makeInbox(server, orgId);
    const soft = async (): Promise<any> =>
      (
        await control(
          `${insertOutbound(server, { orgId, inboxId: inbox.id, to: ['flaky@example.com'] }).communeId}/bounce`,
          { bounceType: 'soft' },
        )
      ).body;
    await soft();
    await control(
      `${insertOutbound(server, { orgId, inboxId: inbox.id, to: ['flaky@example.com'] }).communeId}/deliver`,
    );
    expect((await soft()).suppressions).toEqual([]);
    expect((await soft()).suppressions).toEqual([]);
    const third = await soft();
    const expires = new Date(server.engine.clock.nowMs() + 7 * DAY).toISOString();
    expect(third.suppressions).toMatchObject([
      {
        email: 'flaky@example.com',
        reason: 'bounce',
        type: 'soft',
        expires_at: expires,
        metadata: { soft_bounce_count: 3 },
      },
    ]);
    const list = async () =>
      (await api(server, key)('GET', `/v1/delivery/suppressions?inbox_id=${inbox.id}`)).body.data;
    expect(await list()).toHaveLength(1);
    server.engine.clock.advance(7 * DAY + 1);
    expect(await list()).toEqual([]);
    expect(isSuppressed(services(server), orgId, 'flaky@example.com', inbox.id)).toBe(false);
  });
});

describe('GET /v1/delivery/metrics', () => {
  it("counts outbound messages of the window by status with Commune's string rates", async () => {
    const { orgId, key } = makeOrg(server);
    const inbox = makeInbox(server, orgId);
    const now = server.engine.clock.nowMs();
    const ids = ['a', 'b', 'c', 'd'].map((n) =>
      insertOutbound(server, { orgId, inboxId: inbox.id, to: [`${n}@example.com`] }),
    );
    insertOutbound(server, {
      orgId,
      inboxId: inbox.id,
      to: ['old@example.com'],
      createdAt: new Date(now - 10 * DAY).toISOString(),
    });
    await control(`${ids[0]!.communeId}/deliver`);
    await control(`${ids[1]!.communeId}/bounce`);
    await control(`${ids[2]!.communeId}/complain`);
    const res = await api(server, key)('GET', `/v1/delivery/metrics?inbox_id=${inbox.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      inbox_id: inbox.id,
      period: { start: new Date(now - 7 * DAY).toISOString(), end: new Date(now).toISOString(), days: 7 },
      sent: 4,
      delivered: 1,
      bounced: 1,
      complained: 1,
      failed: 0,
      suppressed: 0,
      orphan_events: 0,
      delivery_rate: '25.0%',
      bounce_rate: '25.0%',
      complaint_rate: '25.0%',
      failure_rate: '0.0%',
      suppression_rate: '0.0%',
      orphan_event_rate: '0.0%',
    });
    const call = api(server, key);
    expect((await call('GET', `/v1/delivery/metrics?inboxId=${inbox.id}&days=30`)).body.data).toMatchObject({
      sent: 5,
      period: { days: 30 },
    });
    expect(
      (await call('GET', `/v1/delivery/metrics?inbox_id=${inbox.id}&period=36h&days=30`)).body.data.period.days,
    ).toBe(2);
    expect((await call('GET', `/v1/delivery/metrics?inbox_id=${inbox.id}&days=abc`)).body.data.period.days).toBe(7);
    expect((await call('GET', `/v1/delivery/metrics?inbox_id=${inbox.id}&days=500`)).body.data.period.days).toBe(90);
    expect((await call('GET', `/v1/delivery/metrics?domain_id=${SHARED_DOMAIN}`)).body.data).toMatchObject({
      domain_id: SHARED_DOMAIN,
      sent: 4,
    });
  });

  it("answers N/A rates with no sends, counts orphan events, and sees only the caller's messages", async () => {
    const { orgId, key } = makeOrg(server);
    const inbox = makeInbox(server, orgId);
    const s = services(server);
    s.store.tx(() =>
      recordDeliveryEvent(s, {
        orgId,
        messageId: 'provider-id-we-never-stored',
        type: 'delivered',
        inboxId: inbox.id,
        domainId: SHARED_DOMAIN,
      }),
    );
    const empty = (await api(server, key)('GET', `/v1/delivery/metrics?inbox_id=${inbox.id}`)).body.data;
    expect(empty).toMatchObject({ sent: 0, orphan_events: 1, delivery_rate: 'N/A', orphan_event_rate: 'N/A' });
    const other = makeOrg(server);
    insertOutbound(server, { orgId: other.orgId, inboxId: inbox.id, to: ['x@example.com'] });
    expect((await api(server, key)('GET', `/v1/delivery/metrics?inbox_id=${inbox.id}`)).body.data.sent).toBe(0);
    expect((await api(server, other.key)('GET', `/v1/delivery/metrics?inbox_id=${inbox.id}`)).body.data).toMatchObject({
      sent: 1,
      orphan_events: 0,
    });
  });

  it('requires an inbox or domain filter and messages:read', async () => {
    const { orgId, key } = makeOrg(server);
    expect(await api(server, key)('GET', '/v1/delivery/metrics?days=7')).toMatchObject({
      status: 400,
      body: { error: 'inbox_id or domain_id query parameter is required' },
    });
    const denied = await api(server, makeKey(server, orgId, ['domains:read']))(
      'GET',
      `/v1/delivery/metrics?domain_id=${SHARED_DOMAIN}`,
    );
    expect(denied.status).toBe(403);
    expect(denied.body.required).toEqual(['messages:read']);
  });
});

describe('GET /v1/delivery/events', () => {
  it('lists events newest first, by inbox, domain or message (either id), of one type, up to limit', async () => {
    const { orgId, key } = makeOrg(server);
    const inbox = makeInbox(server, orgId);
    const m = insertOutbound(server, { orgId, inboxId: inbox.id, to: ['ana@example.com'], subject: 'Hi' });
    const s = services(server);
    s.store.tx(() => recordDeliveryEvent(s, { orgId, messageId: m.messageId, type: 'sent' }));
    expect(JSON.parse(messageRow(m.messageId).delivery_data!)).toEqual({
      sent_at: server.engine.clock.now().toISOString(),
    });
    server.engine.clock.advance(1000);
    await control(`${m.communeId}/deliver`);
    server.engine.clock.advance(1000);
    await control(`${m.communeId}/bounce`);
    const call = api(server, key);
    const all = await call('GET', `/v1/delivery/events?inbox_id=${inbox.id}`);
    expect(all.status).toBe(200);
    expect(all.body.data.map((e: any) => e.event_type)).toEqual(['bounced', 'delivered', 'sent']);
    expect(all.body.data[0]).toEqual({
      message_id: m.messageId,
      event_type: 'bounced',
      inbox_id: inbox.id,
      domain_id: SHARED_DOMAIN,
      processed_at: server.engine.clock.now().toISOString(),
      event_data: {
        email_id: m.messageId,
        to: ['ana@example.com'],
        subject: 'Hi',
        created_at: server.engine.clock.now().toISOString(),
        bounce: { type: 'Permanent', message: 'Recipient address rejected: user unknown (simulated)' },
      },
    });
    expect((await call('GET', `/v1/delivery/events?message_id=${m.communeId}`)).body.data).toHaveLength(3);
    expect(
      (await call('GET', `/v1/delivery/events?messageId=${m.messageId}&eventType=delivered`)).body.data.map(
        (e: any) => e.event_type,
      ),
    ).toEqual(['delivered']);
    expect((await call('GET', `/v1/delivery/events?domain_id=${SHARED_DOMAIN}&limit=2`)).body.data).toHaveLength(2);
    expect((await call('GET', `/v1/delivery/events?inbox_id=${inbox.id}&event_type=exploded`)).body.data).toEqual([]);
    expect(await call('GET', '/v1/delivery/events?event_type=sent')).toMatchObject({
      status: 400,
      body: { error: 'Provide at least one of: inbox_id, domain_id, message_id' },
    });
    const stranger = makeOrg(server);
    expect((await api(server, stranger.key)('GET', `/v1/delivery/events?message_id=${m.messageId}`)).body.data).toEqual(
      [],
    );
  });
});

describe('GET /v1/delivery/suppressions', () => {
  it("lists by inbox or domain, newest first, only the caller's; needs a filter", async () => {
    const { orgId, key } = makeOrg(server);
    const a = makeInbox(server, orgId);
    const b = makeInbox(server, orgId);
    await control(`${insertOutbound(server, { orgId, inboxId: a.id, to: ['one@example.com'] }).communeId}/bounce`);
    server.engine.clock.advance(1000);
    await control(`${insertOutbound(server, { orgId, inboxId: b.id, to: ['two@example.com'] }).communeId}/complain`);
    const call = api(server, key);
    expect(
      (await call('GET', `/v1/delivery/suppressions?inbox_id=${a.id}`)).body.data.map((x: any) => x.email),
    ).toEqual(['one@example.com']);
    expect(
      (await call('GET', `/v1/delivery/suppressions?domainId=${SHARED_DOMAIN}`)).body.data.map((x: any) => x.email),
    ).toEqual(['two@example.com', 'one@example.com']);
    expect((await call('GET', `/v1/delivery/suppressions?domain_id=${SHARED_DOMAIN}&limit=1`)).body.data).toHaveLength(
      1,
    );
    expect(await call('GET', '/v1/delivery/suppressions')).toMatchObject({
      status: 400,
      body: { error: 'inbox_id or domain_id query parameter is required' },
    });
    const stranger = makeOrg(server);
    expect((await api(server, stranger.key)('GET', `/v1/delivery/suppressions?inbox_id=${a.id}`)).body.data).toEqual(
      [],
    );
    expect(isSuppressed(services(server), stranger.orgId, 'one@example.com', a.id)).toBe(false);
  });
});
