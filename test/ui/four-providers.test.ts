/**
 * The UI with all four providers running, in a real browser, opened on Gent's port (any port serves
 * it): each provider's card and a curl for its objects that works when pasted into a shell (Gent's
 * trailing-slash routes, and its user-auth routes through a login), a message that landed in three
 * providers' inboxes shown with each provider's inbox, message and thread ids, and a scenario applied
 * to one chosen provider from the Control view.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import nodemailer from 'nodemailer';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { GENT_DEV_INBOX_ID, GENT_DEV_TOKEN } from '../../src/testing/constants.js';
import { SEED_INBOX_ADDRESS as CM_ADDRESS } from '../commune/seed.js';
import { client, SEED_INBOX_ADDRESS as AS_ADDRESS, startTestServer } from '../helpers/server.js';
import { findChromium, launch, openPage, screenshot } from './browser.js';

const browserCheck = findChromium();
const hasCurl = existsSync('/usr/bin/curl');
const skipped = browserCheck.reason || (hasCurl ? '' : ' (skipped: no curl to run the copied lines)');
const PROVIDERS = ['agentsend', 'commune', 'gent', 'managed-agents'];
const GENT_ADDRESS = 'agent@gent.mailsim.test';

/** Runs a copied curl line in a shell (asynchronously: the emulator answers in this process); its status. */
async function run(line: string): Promise<number> {
  const { stdout } = await promisify(execFile)('/bin/bash', ['-c', `${line} -o /dev/null -w '%{http_code}'`]);
  return Number(stdout);
}

describe.skipIf(!browserCheck.path || !hasCurl)(`the UI over all four providers in Chromium${skipped}`, () => {
  let server: MailsimServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const clipboard = (): Promise<string> => page.evaluate<string>('navigator.clipboard.readText()');
  const ui = (hash: string) => `${server.url('gent')}/_mailsim/ui#/${hash}`;

  beforeAll(async () => {
    server = await startTestServer({
      ports: { agentsend: 0, commune: 0, gent: 0, 'managed-agents': 0 },
      smtp: true,
      smtpPort: 0,
      rateLimits: false,
    });
    browser = await launch(browserCheck.path!);
    ({ context, page, errors } = await openPage(browser));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url('gent') });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows every provider's card with a curl that works", async () => {
    await page.goto(ui('providers'));
    for (const name of PROVIDERS) {
      const card = page.locator(`.provider-card[data-provider="${name}"]`);
      await card.waitFor();
      expect(await card.textContent()).toContain(server.url(name));
      await card.getByRole('button', { name: 'Copy curl' }).click();
      expect([name, await run(await clipboard())]).toEqual([name, 200]);
    }
    await screenshot(page, 'providers-all-four');
  });

  /** Opens a provider's table and copies the curl of its first row (or of its list). */
  async function copyCurl(provider: string, table: string, which: 'row' | 'list'): Promise<string> {
    await page.goto(ui(`providers/${provider}?table=${table}`));
    const rows = page.locator('.table-rows');
    await rows.locator('h3', { hasText: table }).waitFor();
    if (which === 'list') await rows.getByRole('button', { name: 'Copy curl' }).click();
    else await rows.getByRole('button', { name: 'curl', exact: true }).first().click();
    return clipboard();
  }

  it('browses what each provider stores, with a curl per object that answers', async () => {
    const inbox = await copyCurl('gent', 'gt_inboxes', 'row');
    expect(inbox).toContain(`/v1/inboxes/${GENT_DEV_INBOX_ID}/`);
    expect(await run(inbox)).toBe(200);
    // A user-auth route: the agent token is refused there, so the line logs in first.
    const domain = await copyCurl('gent', 'gt_domains', 'row');
    expect(domain).toContain('/auth/login/');
    expect(await run(domain)).toBe(200);
    expect(await run(await copyCurl('gent', 'gt_work_routes', 'list'))).toBe(200);
    expect(await run(await copyCurl('managed-agents', 'ma_models', 'row'))).toBe(200);
    expect(await run(await copyCurl('commune', 'cm_domains', 'row'))).toBe(200);
    expect(await run(await copyCurl('agentsend', 'as_inboxes', 'row'))).toBe(200);
    await screenshot(page, 'provider-gent');
  });

  it("shows where a message landed in each provider's inbox, with the provider's ids", async () => {
    await page.goto(ui('mail'));
    await page.locator('.live.on').waitFor();
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: server.smtp!.port, ignoreTLS: true });
    try {
      await transport.sendMail({
        from: 'sender@example.org',
        to: [AS_ADDRESS, CM_ADDRESS, GENT_ADDRESS],
        subject: 'To three providers',
        text: 'Hello all.',
      });
    } finally {
      transport.close();
    }
    const row = page.locator('.mail-row', { hasText: 'To three providers' });
    await row.waitFor({ timeout: 10_000 });
    await row.click();
    const landed = page.locator('.message .landing');
    await landed.locator('.delivery[data-provider="gent"] .landed').waitFor();
    const gentCopy = (await landed.locator('.delivery[data-provider="gent"]').textContent())!;
    expect(gentCopy).toContain(GENT_DEV_INBOX_ID);
    const gentMessageId = /message (msg_\w+)/.exec(gentCopy)![1]!;
    const held = await client(server.url('gent'), GENT_DEV_TOKEN)('GET', `/v1/messages/${gentMessageId}/`);
    expect(held.body).toMatchObject({ subject: 'To three providers', inbox_id: GENT_DEV_INBOX_ID });
    for (const provider of ['agentsend', 'commune'])
      expect(await landed.locator(`.delivery[data-provider="${provider}"] .landed`).textContent()).toMatch(
        /inbox .+, message .+, thread .+/,
      );
    await screenshot(page, 'mail-landed');
  });

  it('applies a scenario to the provider chosen, from a page served on another port', async () => {
    await page.goto(ui('control'));
    await page.getByLabel('Apply to').selectOption('commune');
    await page.locator('tr[data-scenario="429-storm"]').getByRole('button', { name: 'Load for commune' }).click();
    await page.locator('table.faults tr[data-id="429-storm_commune_1"]').waitFor();
    const commune = await fetch(`${server.url('commune')}/v1/inboxes`, {
      headers: { authorization: `Bearer ${server.apiKeys.commune![0]!.key}` },
    });
    expect(commune.status).toBe(429);
    expect((await client(server.url('gent'), GENT_DEV_TOKEN)('GET', '/v1/messages/')).status).toBe(200);
    await page.locator('tr[data-scenario="429-storm"]').getByRole('button', { name: 'Turn off' }).click();
    await page.locator('table.faults tr.off[data-id="429-storm_commune_1"]').waitFor();
    await screenshot(page, 'control-apply-to');
    expect(errors).toEqual([]);
  });
});
