/**
 * The Providers and Agents views, and the UI behind `--control-token`, in a real browser: the page
 * asks for the token, takes it once from the address the banner prints (and drops it from the
 * address), then lists each provider's base URL, dev key and a curl that works, and what it stores.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiUrl } from '../../src/cli.js';
import type { MailsimServer } from '../../src/server.js';
import { SEED_INBOX_ADDRESS, SEED_INBOX_ID, startTestServer } from '../helpers/server.js';
import { findChromium, launch, openPage, screenshot } from './browser.js';

const browserCheck = findChromium();
const TOKEN = 'ui-test-token-1234';

/** Runs a `curl -s URL -H "Name: value"` line the way curl would, with fetch. */
async function runCurl(line: string): Promise<Response> {
  const m = /^curl -s (\S+) -H "([^:]+): ([^"]+)"$/.exec(line);
  if (!m) throw new Error(`not a curl line the UI offers: ${line}`);
  return fetch(m[1]!, { headers: { [m[2]!]: m[3]! } });
}

describe.skipIf(!browserCheck.path)(`Providers view and the control token in Chromium${browserCheck.reason}`, () => {
  let server: MailsimServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const clipboard = (): Promise<string> => page.evaluate<string>('navigator.clipboard.readText()');

  beforeAll(async () => {
    server = await startTestServer({ ports: { agentsend: 0, commune: 0 }, controlToken: TOKEN });
    browser = await launch(browserCheck.path!);
    ({ context, page, errors } = await openPage(browser));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url() });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks for the token without it, and takes it once from the address the banner prints', async () => {
    await page.goto(`${server.url()}/_mailsim/ui`);
    await page.getByText('This mailsim needs its control token').waitFor();

    const address = uiUrl(server.url(), TOKEN);
    expect(address).toBe(`${server.url()}/_mailsim/ui#token=${TOKEN}`);
    await page.goto('about:blank'); // a fresh visit, as from the terminal
    await page.goto(address);
    await page.locator('.live.on').waitFor();
    expect(page.url()).not.toContain(TOKEN);
    await page.reload();
    await page.locator('.live.on').waitFor();
    expect(await page.getByText('needs its control token').count()).toBe(0);
  });

  it('lists each provider with its base URL, a copyable dev key and a curl that works', async () => {
    await page.goto(`${server.url()}/_mailsim/ui#/providers`);
    for (const name of ['agentsend', 'commune']) {
      const card = page.locator(`.provider-card[data-provider="${name}"]`);
      await card.waitFor();
      expect(await card.textContent()).toContain(server.url(name));
      await card.getByRole('button', { name: 'Copy', exact: true }).nth(1).click();
      expect(await clipboard()).toBe(server.apiKeys[name]![0]!.key);
      await card.getByRole('button', { name: 'Copy curl' }).click();
      expect((await runCurl(await clipboard())).status).toBe(200);
    }
    await screenshot(page, 'providers');
  });

  it('browses what a provider stores, with a curl for each object', async () => {
    await page.locator('.provider-card[data-provider="agentsend"]').getByText('Browse what it stores').click();
    await page.locator('tr[data-table="as_inboxes"]').click();
    const rows = page.locator('.table-rows');
    await rows.locator('td', { hasText: SEED_INBOX_ADDRESS }).waitFor();
    await rows.getByRole('button', { name: 'curl', exact: true }).first().click();
    const line = await clipboard();
    expect(line).toContain(`/inboxes/${SEED_INBOX_ID}`);
    const inbox = await runCurl(line);
    expect(inbox.status).toBe(200);
    expect(((await inbox.json()) as { address: string }).address).toBe(SEED_INBOX_ADDRESS);
    await screenshot(page, 'provider-agentsend');
  });

  it('keeps a place for Managed Agents sessions', async () => {
    await page.locator('nav a[data-view="agents"]').click();
    await page.getByText('The Managed Agents provider is not running in this mailsim').waitFor();
    expect(errors).toEqual([]);
  });
});
