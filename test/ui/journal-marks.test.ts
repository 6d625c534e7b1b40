/**
 * The Requests view shows what the journal marks, in a real browser: an answer that broke the
 * contract with each violation's JSON pointer, and an idempotent replay with its key. Run on the
 * engine tests' tiny provider, whose `bad-shape` thing breaks its contract on purpose.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { tinyProvider } from '../engine/tiny/provider.js';
import { client, startTestServer } from '../helpers/server.js';
import { findChromium, launch, openPage } from './browser.js';

const browserCheck = findChromium();

describe.skipIf(!browserCheck.path)(`Requests view marks in Chromium${browserCheck.reason}`, () => {
  let server: MailsimServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const tiny = () => client(server.url(), 'tk_alpha');

  beforeAll(async () => {
    server = await startTestServer({ ports: { tiny: 0 }, providers: [tinyProvider()] });
    browser = await launch(browserCheck.path!);
    ({ page, errors } = await openPage(browser));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a contract violation with its JSON pointer, and an idempotent replay with its key', async () => {
    expect((await tiny()('POST', '/things', { name: 'bad-shape' })).status).toBe(500);
    const key = { 'idempotency-key': 'same-thing-twice' };
    expect((await tiny()('POST', '/things', { name: 'once' }, key)).status).toBe(201);
    const again = await tiny()('POST', '/things', { name: 'once' }, key);
    expect(again.headers.get('idempotent-replayed')).toBe('true');

    await page.goto(`${server.url()}/_mailsim/ui#/requests?violations=true`);
    const broken = page.locator('table.requests tbody tr');
    await broken.first().waitFor();
    expect(await broken.count()).toBe(1);
    await broken.first().click();
    const marks = page.locator('.request .mark.violations');
    await marks.waitFor();
    expect(await marks.locator('li code').allTextContents()).toContain('/id');

    // Each filter change reads the journal afresh, and the view shows only a list read for the
    // filters checked: the unfiltered list between the two clicks (three rows, the replay among
    // them) must not be what the count below sees.
    // The read for no filter at all is held until the replays' read has been answered, so it lands
    // last, as a slow answer would on a busy machine: it must not replace the list shown.
    let replaysRead!: () => void;
    const replaysAnswered = new Promise<void>((r) => (replaysRead = r));
    await page.route(/\/_mailsim\/requests\?/, async (route) => {
      const url = route.request().url();
      if (url.includes('replay=true')) {
        await route.fulfill({ response: await route.fetch() });
        replaysRead();
      } else if (url.includes('violations=true')) await route.continue();
      else await replaysAnswered.then(() => route.continue());
    });
    const lateRead = page.waitForResponse((r) => /\/_mailsim\/requests\?limit=/.test(r.url()));
    await page.getByLabel('violations').uncheck();
    await page.getByLabel('replays').check();
    const replayed = page.locator('table.requests tbody tr', { hasText: 'replay' });
    await replayed.waitFor();
    await lateRead;
    // One frame for the late answer to render, were it to be shown.
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
    expect(await page.locator('table.requests tbody tr').count()).toBe(1);
    await replayed.click();
    await page.locator('.request .mark.replay', { hasText: 'same-thing-twice' }).waitFor();
    expect(errors).toEqual([]);
  });
});
