/**
 * The Agents view in a real browser: every session of the Managed Agents port, and one session's
 * timeline growing while it is open (a second turn appears without a reload).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailsimServer } from '../../src/server.js';
import { sdk, startManagedAgents } from '../managed-agents/helpers.js';
import { newSession, userMessage } from '../managed-agents/session-helpers.js';
import { findChromium, launch, openPage } from './browser.js';

const browserCheck = findChromium();

describe.skipIf(!browserCheck.path)(`Agents view in Chromium${browserCheck.reason}`, () => {
  let server: MailsimServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startManagedAgents();
    browser = await launch(browserCheck.path!);
    ({ page, errors } = await openPage(browser));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("lists the sessions and shows one session's timeline as it grows", async () => {
    const client = sdk(server);
    const { session } = await newSession(client, {}, { title: 'UI session' });
    await client.beta.sessions.events.send(session.id, { events: [userMessage('first turn')] });
    await server.engine.queue.idle();
    await page.goto(`${server.url('managed-agents')}/_mailsim/ui#/agents`);
    const row = page.locator(`tr[data-id="${session.id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('UI session');
    await row.click();
    await page.locator('.timeline tr[data-type="session.status_idle"]').first().waitFor();
    expect(await page.locator('.timeline').textContent()).toContain('echo: first turn');
    await client.beta.sessions.events.send(session.id, { events: [userMessage('second turn')] });
    await page.getByText('echo: second turn').waitFor();
    expect(await page.locator('.timeline tr[data-type="session.status_idle"]').count()).toBe(2);
    expect(errors).toEqual([]);
  });
});
