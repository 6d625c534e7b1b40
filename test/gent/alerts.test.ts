/**
 * Gent's push: alerts (`/v1/alerts/`) as signed webhooks on the engine's durable outbox with each
 * alert's own `retries` and `backoff` (waited out on the engine clock, never by sleeping), task
 * alerts, the inbox's `webhook_events`, and workflow rules; all visible in
 * `/_mailsim/webhooks/deliveries`, with replay.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenOnLoopback } from '../helpers/listen.js';
import {
  advance,
  expectNoViolations,
  GENT_DEV_INBOX_ID,
  makeToken,
  settle,
  startGent,
  type Api,
  type Gent,
} from './helpers.js';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let g: Gent;
let session: Api;
let receiver: { url: string; close: () => Promise<void> };
const received: Received[] = [];
/** How the receiver answers each request, by path: a status to return. */
const answers = new Map<string, number>();

beforeAll(async () => {
  g = await startGent({ clockFrozenAt: '2026-06-01T09:00:00.000Z' });
  session = g.as((await g.login()).access);
  receiver = await listenOnLoopback(
    createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(answers.get(req.url ?? '/') ?? 200).end('ok');
      });
    }),
  );
});
afterAll(async () => {
  expectNoViolations(g.server);
  await receiver.close();
  await g.server.close();
});

const control = async (path: string, init?: RequestInit): Promise<any> =>
  (await fetch(`${g.base}/_mailsim${path}`, init)).json();
const at = (path: string): Received[] => received.filter((r) => r.path === path);

function verify(r: Received, secret: string): void {
  const signature = String(r.headers['x-gent-signature']);
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature);
  expect(m, signature).not.toBeNull();
  expect(r.headers['x-gent-timestamp']).toBe(m![1]);
  expect(m![2]).toBe(createHmac('sha256', secret).update(`${m![1]}.${r.body}`).digest('hex'));
}

async function alertOn(path: string, settings: Record<string, unknown>): Promise<{ id: string; secret: string }> {
  const res = await g.agent('POST', '/v1/alerts/', {
    inbox_id: GENT_DEV_INBOX_ID,
    events: ['message.sent'],
    delivery: { type: 'webhook', target: receiver.url + path },
    ...settings,
  });
  expect(res.status).toBe(201);
  expect(res.body.secret).toMatch(/^gwhsec_/);
  expect((await g.agent('GET', `/v1/alerts/${res.body.id}/`)).body).not.toHaveProperty('secret');
  return res.body;
}

async function sendOne(subject: string): Promise<void> {
  expect(
    (await g.agent('POST', '/v1/messages/', { to: [{ email: 'someone@example.com' }], subject, text_body: 'x' }))
      .status,
  ).toBe(201);
  await settle(g);
}

describe('alert webhooks', () => {
  it('are signed per attempt, retried `retries` times 60 s apart on the engine clock; replay sends again', async () => {
    answers.set('/fixed', 500);
    const alert = await alertOn('/fixed', { retries: 2, backoff: 'fixed' });
    await sendOne('fixed backoff');
    expect(at('/fixed')).toHaveLength(1);
    const first = JSON.parse(at('/fixed')[0]!.body);
    expect(first).toMatchObject({
      type: 'message.sent',
      inbox_id: GENT_DEV_INBOX_ID,
      payload: { subject: 'fixed backoff', to: ['someone@example.com'] },
    });
    expect(at('/fixed')[0]!.headers).toMatchObject({
      'x-gent-event': 'message.sent',
      'x-gent-event-id': first.event_id,
      'content-type': 'application/json',
    });
    await advance(g, '59s');
    expect(at('/fixed')).toHaveLength(1);
    await advance(g, '2s');
    expect(at('/fixed')).toHaveLength(2);
    await advance(g, '61s');
    expect(at('/fixed')).toHaveLength(3);
    await advance(g, '10m');
    expect(at('/fixed')).toHaveLength(3);
    for (const r of at('/fixed')) verify(r, alert.secret);
    // The same body every time; the signature's timestamp follows the engine clock.
    expect(new Set(at('/fixed').map((r) => r.body)).size).toBe(1);
    expect(new Set(at('/fixed').map((r) => r.headers['x-gent-timestamp'])).size).toBe(3);

    const log = await control(`/webhooks/deliveries?webhookId=${alert.id}`);
    expect(log.data).toHaveLength(1);
    expect(log.data[0]).toMatchObject({
      provider: 'gent',
      event: 'message.sent',
      status: 'dead',
      attemptCount: 3,
      lastStatusCode: 500,
    });
    const detail = await control(`/webhooks/deliveries/${log.data[0].id}`);
    expect(detail.attempts.map((a: any) => a.outcome)).toEqual(['failed', 'failed', 'dead']);
    expect(detail.payload.event_id).toBe(first.event_id);

    answers.set('/fixed', 204);
    const replay = await fetch(`${g.base}/_mailsim/webhooks/deliveries/${log.data[0].id}/retry`, { method: 'POST' });
    expect(replay.status).toBe(202);
    await settle(g);
    expect(at('/fixed')).toHaveLength(4);
    verify(at('/fixed')[3]!, alert.secret);
    expect((await control(`/webhooks/deliveries/${log.data[0].id}`)).status).toBe('delivered');
  });

  it('exponential backoff waits 30 s, then 60 s; immediate retries at once; a 2xx stops the retries', async () => {
    answers.set('/exp', 503);
    await alertOn('/exp', { retries: 3, backoff: 'exponential' });
    await sendOne('exponential');
    expect(at('/exp')).toHaveLength(1);
    await advance(g, '29s');
    expect(at('/exp')).toHaveLength(1);
    await advance(g, '2s');
    expect(at('/exp')).toHaveLength(2);
    await advance(g, '59s');
    expect(at('/exp')).toHaveLength(2);
    answers.set('/exp', 200);
    await advance(g, '2s');
    expect(at('/exp')).toHaveLength(3);
    await advance(g, '10m');
    expect(at('/exp')).toHaveLength(3);

    answers.set('/now', 500);
    await alertOn('/now', { retries: 2, backoff: 'immediate' });
    await sendOne('immediate');
    expect(at('/now')).toHaveLength(3);
  });

  it('a disabled alert, a filtered-out event and a deleted alert deliver nothing', async () => {
    const off = await alertOn('/off', { enabled: true });
    expect((await g.agent('PATCH', `/v1/alerts/${off.id}/`, { enabled: false })).body.enabled).toBe(false);
    const filtered = await alertOn('/filtered', { filter: { subject: 'only this' } });
    const gone = await alertOn('/gone', {});
    expect((await g.agent('DELETE', `/v1/alerts/${gone.id}/`)).status).toBe(204);
    await sendOne('something else');
    expect([...at('/off'), ...at('/filtered'), ...at('/gone')]).toEqual([]);
    await sendOne('only this');
    expect(at('/filtered')).toHaveLength(1);
    expect((await g.agent('GET', `/v1/alerts/${gone.id}/`)).status).toBe(404);
    const list = await g.agent('GET', '/v1/alerts/');
    expect(Array.isArray(list.body)).toBe(true);
    expect(list.body.map((a: any) => a.id)).toEqual(expect.arrayContaining([off.id, filtered.id]));
  });

  it('a task delivery fills its template from the event payload onto the agenda', async () => {
    const res = await g.agent('POST', '/v1/alerts/', {
      inbox_id: GENT_DEV_INBOX_ID,
      events: ['message.sent'],
      delivery: { type: 'task', target: 'Follow up on "{subject}" with {to}' },
    });
    expect(res.status).toBe(201);
    await sendOne('Renewal');
    const agenda = await g.agent('GET', '/v1/agenda/?limit=200');
    expect(agenda.body.results.find((t: any) => t.source?.id === res.body.id)).toMatchObject({
      title: 'Follow up on "Renewal" with ["someone@example.com"]',
      pending: true,
      status: 'open',
    });
    await g.agent('DELETE', `/v1/alerts/${res.body.id}/`);
  });
});

describe('inbox webhooks and workflow rules', () => {
  it('inbox webhook_events reach its signed webhook_url; rules label, task and post inbound mail', async () => {
    session = g.as((await g.login()).access); // the clock moved past the first session's 15 minutes
    const inbox = await session('POST', '/v1/inboxes/', { address: 'hooks@gent.mailsim.test' });
    expect(inbox.status).toBe(201);
    const patched = await session('PATCH', `/v1/inboxes/${inbox.body.inbox_id}/`, {
      webhook_url: `${receiver.url}/inbox`,
      webhook_events: ['message.received', 'thread.assigned'],
    });
    expect(patched.body.webhook_secret).toMatch(/^gwhsec_/);
    expect((await session('GET', `/v1/inboxes/${inbox.body.inbox_id}/`)).body).not.toHaveProperty('webhook_secret');
    const hooks = g.as(
      await makeToken(session, { inbox_id: inbox.body.inbox_id, scopes: ['workflows:write', 'email:read'] }),
    );
    const rule = await hooks('POST', '/v1/workflows/', {
      name: 'route invoices',
      trigger: 'email_received',
      conditions: [
        { field: 'subject', op: 'contains', value: 'invoice' },
        { field: 'from_domain', op: 'eq', value: 'gent.mailsim.test' },
      ],
      writes: [
        {
          source: { from: 'event.payload' },
          target: { type: 'webhook', url: `${receiver.url}/rule`, event_type: 'workflow.inbound_route' },
        },
        { target: { type: 'email.add_label', label_id: 'invoices' } },
        { target: { type: 'task', title: 'Review {subject}' } },
      ],
    });
    expect(rule.status).toBe(201);
    await sendOneTo('hooks@gent.mailsim.test', 'Invoice 77');
    await sendOneTo('hooks@gent.mailsim.test', 'Lunch?');

    expect(at('/inbox').map((r) => JSON.parse(r.body).payload.subject)).toEqual(['Invoice 77', 'Lunch?']);
    for (const r of at('/inbox')) verify(r, patched.body.webhook_secret);
    const posted = at('/rule');
    expect(posted).toHaveLength(1);
    expect(JSON.parse(posted[0]!.body)).toMatchObject({
      type: 'message.received',
      event_type: 'workflow.inbound_route',
      payload: { subject: 'Invoice 77' },
    });
    expect(posted[0]!.headers['x-gent-event']).toBe('workflow.inbound_route');
    verify(posted[0]!, rule.body.secret);
    const inboxMail = await hooks('GET', '/v1/messages/?direction=inbound');
    expect(inboxMail.body.results.map((m: any) => [m.subject, m.labels])).toEqual([
      ['Lunch?', []],
      ['Invoice 77', ['invoices']],
    ]);
    const tasks = await session('GET', `/v1/tasks/?inbox_id=${inbox.body.inbox_id}`);
    expect(tasks.body.results.map((t: any) => t.title)).toEqual(['Review Invoice 77']);
  });
});

async function sendOneTo(address: string, subject: string): Promise<void> {
  expect(
    (await g.agent('POST', '/v1/messages/', { to: [{ email: address }], subject, text_body: 'hello' })).status,
  ).toBe(201);
  await settle(g);
}
