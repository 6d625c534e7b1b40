/**
 * The control-plane operations the web UI is built on, called as a script would: the live event
 * stream, fault rules switched on and off, the providers and what they store, mail search and
 * per-inbox counts, the journal by tenant, webhook endpoints and each attempt's headers, and the
 * UI's own files (public, policed, and the token still guarding everything else).
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt, ensureUiBuilt } from '../harness/build.js';
import type { MailsimServer } from '../../src/server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../src/testing/webhooks.js';
import { client, SEED_ACCOUNT_ID, SEED_INBOX_ADDRESS, SEED_INBOX_ID, startTestServer } from '../helpers/server.js';
import { readEvents, type EventReader } from './events.js';

let server: MailsimServer;
let receiver: WebhookReceiver;
const api = () => client(server.url());
const ctl = () => client(server.url(), null);
const send = (subject: string, to = 'carol@example.com') =>
  api()('POST', `/inboxes/${SEED_INBOX_ID}/messages`, { to: [to], subject, bodyText: `about ${subject}` });

beforeAll(async () => {
  server = await startTestServer({ rateLimits: false });
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
  await server.close();
});

describe('GET /_mailsim/events', () => {
  let events: EventReader;
  beforeAll(async () => {
    const opened = await readEvents(`${server.url()}/_mailsim/events`);
    expect(opened.status).toBe(200);
    events = opened.reader;
    const hello = await events.next();
    expect(hello).toMatchObject({
      name: 'hello',
      data: { provider: 'agentsend', providers: ['agentsend'], clock: { mode: 'real' } },
    });
  });
  afterAll(() => events.close());

  it('tells of each request answered, without what it captured', async () => {
    expect((await api()('GET', '/account')).status).toBe(200);
    const e = await events.until((x) => x.name === 'request');
    expect(e.data).toMatchObject({
      method: 'GET',
      path: '/account',
      operationId: 'getAccount',
      status: 200,
      tenant: SEED_ACCOUNT_ID,
    });
    expect(e.data.exchange).toBeUndefined();
  });

  it('tells of mail stored, deleted and cleared', async () => {
    expect((await send('Streamed')).status).toBe(202);
    const stored = await events.until((x) => x.name === 'mail');
    expect(stored.data).toMatchObject({
      type: 'stored',
      message: { subject: 'Streamed', direction: 'out', provider: 'agentsend', inboxes: [SEED_INBOX_ADDRESS] },
    });
    expect((await ctl()('DELETE', `/_mailsim/mail/${stored.data.message.id}`)).status).toBe(204);
    expect((await events.until((x) => x.name === 'mail')).data).toEqual({
      type: 'deleted',
      id: stored.data.message.id,
    });
    expect((await ctl()('DELETE', '/_mailsim/mail?provider=agentsend')).status).toBe(204);
    expect((await events.until((x) => x.name === 'mail')).data).toEqual({ type: 'cleared', provider: 'agentsend' });
  });

  it('tells of clock changes and fault rules switched off', async () => {
    expect((await ctl()('POST', '/_mailsim/clock', { advance: '90s' })).status).toBe(200);
    const clock = await events.until((x) => x.name === 'clock');
    expect(clock.data.offsetMs).toBeGreaterThanOrEqual(90_000);
    await ctl()('POST', '/_mailsim/faults', { id: 'streamed-rule', action: { type: 'status', status: 500 } });
    await ctl()('PATCH', '/_mailsim/faults/streamed-rule', { enabled: false });
    await events.until(
      (x) => x.name === 'faults' && x.data.data.some((r: any) => r.id === 'streamed-rule' && r.enabled),
    );
    const off = await events.until((x) => x.name === 'faults');
    expect(off.data.data.find((r: any) => r.id === 'streamed-rule')).toMatchObject({ enabled: false });
    await ctl()('DELETE', '/_mailsim/faults');
  });

  it('tells of webhook deliveries written and attempted', async () => {
    const hook = await api()('POST', '/webhooks', { url: receiver.url, events: ['message.sent'] });
    expect((await send('Hooked')).status).toBe(202);
    const enqueued = await events.until((x) => x.name === 'webhook');
    expect(enqueued.data).toMatchObject({
      type: 'enqueued',
      delivery: { webhookId: hook.body.id, event: 'message.sent', status: 'pending' },
    });
    const attempt = await events.until((x) => x.name === 'webhook' && x.data.type === 'attempt');
    expect(attempt.data.delivery).toMatchObject({
      id: enqueued.data.delivery.id,
      status: 'delivered',
      attemptCount: 1,
    });
    await api()('DELETE', `/webhooks/${hook.body.id}`);
  });

  it('tells of resets', async () => {
    expect((await ctl()('POST', '/_mailsim/reset', { provider: 'agentsend', tenant: 'nobody' })).status).toBe(200);
    expect((await events.until((x) => x.name === 'reset')).data).toEqual({ provider: 'agentsend', tenant: 'nobody' });
  });

  it('sends only the topics asked for, and refuses unknown ones', async () => {
    const { reader } = await readEvents(`${server.url()}/_mailsim/events?topics=clock`);
    try {
      expect((await reader.next()).name).toBe('hello');
      await api()('GET', '/account');
      await ctl()('POST', '/_mailsim/clock', { advance: '1s' });
      expect((await reader.next()).name).toBe('clock');
    } finally {
      reader.close();
    }
    expect((await ctl()('GET', '/_mailsim/events?topics=gossip')).status).toBe(400);
  });
});

describe('fault rules on and off', () => {
  it('keeps a rule switched off in place, with its counters, and matching nothing', async () => {
    const added = await ctl()('POST', '/_mailsim/faults', {
      id: 'accounts-down',
      match: { operationId: 'getAccount' },
      action: { type: 'status', status: 503 },
    });
    expect(added.body.data[0]).toMatchObject({ id: 'accounts-down', enabled: true, matched: 0 });
    expect((await api()('GET', '/account')).status).toBe(503);
    const off = await ctl()('PATCH', '/_mailsim/faults/accounts-down', { enabled: false });
    expect(off.body).toMatchObject({ id: 'accounts-down', enabled: false, matched: 1, applied: 1 });
    expect((await api()('GET', '/account')).status).toBe(200);
    expect((await ctl()('PATCH', '/_mailsim/faults/accounts-down', { enabled: true })).body.enabled).toBe(true);
    expect((await api()('GET', '/account')).status).toBe(503);
    expect((await ctl()('PATCH', '/_mailsim/faults/nope', { enabled: false })).status).toBe(404);
    const bad = await ctl()('PATCH', '/_mailsim/faults/accounts-down', { enabled: 'no', on: true });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/enabled|on/);
    const born = await ctl()('POST', '/_mailsim/faults', { id: 'dormant', action: { type: 'hang' }, enabled: false });
    expect(born.body.data[0].enabled).toBe(false);
    await ctl()('DELETE', '/_mailsim/faults');
  });
});

describe('providers and what they store', () => {
  it('lists each provider with its base URL, dev keys and a curl that works', async () => {
    const list = await ctl()('GET', '/_mailsim/providers');
    expect(list.body.data).toHaveLength(1);
    const p = list.body.data[0];
    expect(p).toMatchObject({ name: 'agentsend', title: 'AgentSend', baseUrl: server.url(), examplePath: '/inboxes' });
    expect(p.devKeys[0].key).toBe(server.apiKeys.agentsend![0]!.key);
    expect(p.curl).toBe(`curl -s ${server.url()}/inboxes -H "Authorization: Bearer ${p.devKeys[0].key}"`);
  });

  it('counts stored objects per table and tenant, with the API route of each', async () => {
    const all = await ctl()('GET', '/_mailsim/providers/agentsend');
    expect(all.body.tenantTable).toBe('as_accounts');
    const inboxes = all.body.tables.find((t: any) => t.name === 'as_inboxes');
    expect(inboxes).toMatchObject({ tenantColumn: 'account_id', itemPath: '/inboxes/{id}', listPath: '/inboxes' });
    expect(inboxes.rows).toBeGreaterThanOrEqual(1);
    const other = await ctl()('GET', '/_mailsim/providers/agentsend?tenant=someone-else');
    expect(other.body.tables.find((t: any) => t.name === 'as_inboxes').rows).toBe(0);
    expect((await ctl()('GET', '/_mailsim/providers/gent')).status).toBe(404);
  });

  it('pages through a table’s rows, and names only declared tables', async () => {
    const rows = await ctl()(
      'GET',
      `/_mailsim/providers/agentsend/tables/as_inboxes?tenant=${SEED_ACCOUNT_ID}&limit=1`,
    );
    expect(rows.status).toBe(200);
    expect(rows.body).toMatchObject({ limit: 1, offset: 0 });
    expect(rows.body.data[0]).toMatchObject({ id: SEED_INBOX_ID, address: SEED_INBOX_ADDRESS });
    const missing = await ctl()('GET', '/_mailsim/providers/agentsend/tables/sqlite_master');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('as_inboxes');
  });
});

describe('mail, journal and webhooks, as the UI reads them', () => {
  it('searches mail by one box, filters by tenant, and counts mail per inbox', async () => {
    expect((await send('Quarterly numbers', 'dana@example.com')).status).toBe(202);
    await server.engine.queue.idle();
    const found = await ctl()('GET', '/_mailsim/mail?q=dana%40example');
    expect(found.body.data.map((m: any) => m.subject)).toEqual(['Quarterly numbers']);
    expect((await ctl()('GET', '/_mailsim/mail?q=QUARTERLY')).body.total).toBe(1);
    expect((await ctl()('GET', '/_mailsim/mail?q=nothing-like-this')).body.total).toBe(0);
    expect((await ctl()('GET', `/_mailsim/mail?tenant=${SEED_ACCOUNT_ID}&q=quarterly`)).body.total).toBe(1);
    expect((await ctl()('GET', '/_mailsim/mail?tenant=someone-else')).body.total).toBe(0);
    const inboxes = await ctl()('GET', '/_mailsim/mail/inboxes');
    expect(inboxes.body.data).toContainEqual(
      expect.objectContaining({ address: SEED_INBOX_ADDRESS, provider: 'agentsend', received: 0 }),
    );
    expect(inboxes.body.data.find((i: any) => i.address === SEED_INBOX_ADDRESS).sent).toBeGreaterThanOrEqual(1);
  });

  it('filters the journal by tenant', async () => {
    await api()('GET', '/account');
    const mine = await ctl()('GET', `/_mailsim/requests?tenant=${SEED_ACCOUNT_ID}`);
    expect(mine.body.data.length).toBeGreaterThan(0);
    expect(mine.body.data.every((e: any) => e.tenant === SEED_ACCOUNT_ID)).toBe(true);
    expect((await ctl()('GET', '/_mailsim/requests?tenant=someone-else')).body.data).toEqual([]);
  });

  it('lists webhook endpoints, and shows the signed headers of each attempt', async () => {
    const hook = await api()('POST', '/webhooks', { url: receiver.url, events: ['message.sent'] });
    const before = receiver.received.length;
    await send('Signed');
    const [sent] = (await receiver.waitFor(before + 1)).slice(before);
    await server.engine.queue.idle();
    const endpoints = await ctl()('GET', '/_mailsim/webhooks/endpoints');
    expect(endpoints.body.data).toContainEqual(
      expect.objectContaining({ webhookId: hook.body.id, url: receiver.url, delivered: 1, total: 1 }),
    );
    const list = await ctl()('GET', `/_mailsim/webhooks/deliveries?webhookId=${hook.body.id}`);
    const detail = await ctl()('GET', `/_mailsim/webhooks/deliveries/${list.body.data[0].id}`);
    expect(detail.body.attempts[0].headers['X-AgentSend-Signature']).toBe(sent!.headers['x-agentsend-signature']);
  });
});

describe('the UI’s files', () => {
  it('serves the page with its policy, and its files by name only', async () => {
    const page = await fetch(`${server.url()}/_mailsim/ui`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = /src="\/_mailsim\/ui\/([^"]+\.js)"/.exec(await page.text())?.[1];
    expect(script).toBeDefined();
    const js = await fetch(`${server.url()}/_mailsim/ui/${script}`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.url()}/_mailsim/ui/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url()}/_mailsim/ui/..%2Fsrc%2Fcli.js`)).status).toBe(400);
    expect((await fetch(`${server.url()}/_mailsim/ui/.hidden`)).status).toBe(400);
  });

  it('needs no token, while everything else still does', async () => {
    const guarded = await startTestServer({ controlToken: 'secret-token' });
    try {
      expect((await fetch(`${guarded.url()}/_mailsim/ui`)).status).toBe(200);
      expect((await fetch(`${guarded.url()}/_mailsim/mail`)).status).toBe(401);
      expect((await fetch(`${guarded.url()}/_mailsim/events`)).status).toBe(401);
      expect(
        (await fetch(`${guarded.url()}/_mailsim/mail`, { headers: { 'x-mailsim-token': 'secret-token' } })).status,
      ).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});

describe('the start-up banner', () => {
  it('prints the UI’s address with the token, and the page answers there', async () => {
    await ensureBuilt();
    await ensureUiBuilt();
    const args = [
      'start',
      '--port',
      '0',
      '--providers',
      'agentsend',
      '--no-smtp',
      '--db',
      ':memory:',
      '--control-token',
      'banner-token',
    ];
    const child = spawn(process.execPath, [CLI, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const found = /web UI +(\S+)/.exec(out);
          if (found) resolve(found[1]!);
        });
        child.once('exit', (code) =>
          reject(new Error(`mailsim exited (${code}) before printing the UI address:\n${out}`)),
        );
      });
      expect(line).toMatch(/^http:\/\/localhost:\d+\/_mailsim\/ui#token=banner-token$/);
      const page = await fetch(line.replace(/#.*$/, ''));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="app">');
    } finally {
      child.kill();
    }
  });
});
