/**
 * The Requests, Control and Webhooks views in a real browser: a fault rule switched on in the UI
 * makes the next request fail, and the journal shows it live and marked; the clock freezes and
 * advances; a webhook delivery is replayed and its new attempt appears; a failing one is delivered
 * now.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../src/testing/webhooks.js';
import { client, SEED_INBOX_ID, startTestServer } from '../helpers/server.js';
import { findChromium, launch, openPage, screenshot } from './browser.js';

const browserCheck = findChromium();

describe.skipIf(!browserCheck.path)(`Requests, Control and Webhooks views in Chromium${browserCheck.reason}`, () => {
  let server: MailsimServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let receiver: WebhookReceiver;
  const api = () => client(server.url());
  const ctl = () => client(server.url(), null);
  const open = async (hash: string): Promise<void> => {
    await page.goto(`${server.url()}/_mailsim/ui#${hash}`);
    await page.locator('.live.on').waitFor();
  };
  /** Resolves at the engine's next change of the fault rules (the UI's request has been handled). */
  const nextFaultChange = (): Promise<void> =>
    new Promise((resolve) => {
      const off = server.engine.faults.changes.on(() => {
        off();
        resolve();
      });
    });
  const nextClockChange = (): Promise<void> =>
    new Promise((resolve) => {
      const off = server.engine.clock.onChange(() => {
        off();
        resolve();
      });
    });

  beforeAll(async () => {
    server = await startTestServer({ rateLimits: false });
    receiver = await startWebhookReceiver();
    browser = await launch(browserCheck.path!);
    ({ page, errors } = await openPage(browser));
  });
  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await server?.close();
  });

  it('switches a fault rule on: the next request fails, and Requests shows it live, marked', async () => {
    const added = await ctl()('POST', '/_mailsim/faults', {
      id: 'inbox-outage',
      match: { operationId: 'listInboxes' },
      action: { type: 'status', status: 503 },
      enabled: false,
    });
    expect(added.status).toBe(201);
    await open('/control');
    const rule = page.locator('tr[data-id="inbox-outage"]');
    await rule.waitFor();
    expect((await api()('GET', '/inboxes')).status).toBe(200);

    const switched = nextFaultChange();
    await page.getByLabel('rule inbox-outage on').check();
    await switched;
    expect((await api()('GET', '/inboxes')).status).toBe(503);
    await rule.locator('td', { hasText: /^1$/ }).first().waitFor(); // applied once, shown live
    await screenshot(page, 'control');

    await open('/requests');
    const failed = page.locator('tr', { hasText: 'fault: inbox-outage' });
    await failed.waitFor();
    expect(await failed.locator('.status').textContent()).toBe('503');
    const rows = page.locator('table.requests tbody tr');
    const before = await rows.count();
    expect((await api()('GET', '/account')).status).toBe(200);
    await page.locator('table.requests tbody tr', { hasText: 'getAccount' }).waitFor();
    expect(await rows.count()).toBe(before + 1);

    await page.getByLabel('faults').check();
    await page.waitForURL(/fault=true/);
    await page.locator('table.requests tbody tr', { hasText: 'getAccount' }).waitFor({ state: 'detached' });
    // The filtered list replaces the table: the old rows can go before the new one is drawn.
    await failed.waitFor();
    expect(await rows.count()).toBe(1);
    await failed.click();
    await page.locator('.request .mark.fault', { hasText: 'Injected fault: inbox-outage' }).waitFor();
    await page
      .locator('.request .side', { hasText: 'Response' })
      .locator('pre', { hasText: '"status": 503' })
      .waitFor();
    await screenshot(page, 'requests');

    await open('/control');
    const off = nextFaultChange();
    await page.getByLabel('rule inbox-outage on').uncheck();
    await off;
    expect((await api()('GET', '/inboxes')).status).toBe(200);
    expect(errors).toEqual([]);
  });

  it('freezes the clock, advances it, and lets it run again', async () => {
    await open('/control');
    const panel = page.locator('.clock-panel');
    let changed = nextClockChange();
    await panel.getByRole('button', { name: 'Freeze' }).click();
    await changed;
    const frozenAt = server.engine.clock.nowMs();
    await panel.locator('.badge', { hasText: 'frozen' }).waitFor();
    changed = nextClockChange();
    await panel.getByRole('button', { name: '+1h' }).click();
    await changed;
    expect(server.engine.clock.nowMs()).toBe(frozenAt + 3_600_000);
    await panel
      .locator('.clock-now', { hasText: new Date(frozenAt + 3_600_000).toISOString().slice(11, 19) })
      .waitFor();
    changed = nextClockChange();
    await panel.getByRole('button', { name: 'Unfreeze' }).click();
    await changed;
    expect(server.engine.clock.state().mode).toBe('real');
    await panel.locator('.badge', { hasText: 'real' }).waitFor();
  });

  it('replays a delivered webhook and shows the new attempt; delivers a failing one now', async () => {
    const hook = await api()('POST', '/webhooks', { url: receiver.url, events: ['message.sent'] });
    expect(hook.status).toBe(201);
    const send = (subject: string) =>
      api()('POST', `/inboxes/${SEED_INBOX_ID}/messages`, { to: ['carol@example.com'], subject, bodyText: 'hi' });
    expect((await send('First')).status).toBe(202);
    await receiver.waitFor(1);
    await server.engine.queue.idle();

    await open('/webhooks');
    await page.locator('table.endpoints', { hasText: receiver.url }).waitFor();
    const delivered = page.locator('table.deliveries tbody tr', { hasText: 'delivered' });
    await delivered.click();
    const detail = page.locator('.delivery');
    await detail.locator('tr[data-attempt="1"]').waitFor();
    await detail.locator('tr.hl', { hasText: 'X-AgentSend-Signature' }).waitFor();
    await detail.getByRole('button', { name: 'Replay' }).click();
    const [, again] = await receiver.waitFor(2);
    expect(again!.rawBody).toBe(receiver.received[0]!.rawBody);
    await detail.locator('tr[data-attempt="2"]', { hasText: 'delivered' }).waitFor();
    await screenshot(page, 'webhooks');

    receiver.respondWith(500);
    expect((await send('Second')).status).toBe(202);
    await receiver.waitFor(3);
    await server.engine.queue.idle();
    await page.locator('table.deliveries tbody tr', { hasText: 'failed' }).click();
    await detail.locator('tr[data-attempt="1"]', { hasText: 'failed' }).waitFor();
    receiver.respondWith(200);
    await detail.getByRole('button', { name: 'Deliver now' }).click();
    await receiver.waitFor(4);
    await detail.locator('tr[data-attempt="2"]', { hasText: 'delivered' }).waitFor();
    expect(errors).toEqual([]);
  });
});
