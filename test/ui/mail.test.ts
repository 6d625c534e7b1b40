/**
 * The Mail view in a real browser: mail sent over SMTP and through AgentSend's API appears without
 * a reload; an HTML message is shown without running its scripts and without loading remote images
 * until asked; text, headers, raw source and attachments; delete and clear; and the first paint on
 * a sink of 5,000 messages.
 */
import { cpus, loadavg } from 'node:os';
import nodemailer from 'nodemailer';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/engine/mail/parse.js';
import type { MailsimServer } from '../../src/server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../src/testing/webhooks.js';
import { client, SEED_INBOX_ADDRESS, SEED_INBOX_ID, startTestServer } from '../helpers/server.js';
import { findChromium, launch, openPage, screenshot } from './browser.js';

const browserCheck = findChromium();
const SENDER = 'Ada Lovelace <ada@example.org>';

describe.skipIf(!browserCheck.path)(`Mail view in Chromium${browserCheck.reason}`, () => {
  let server: MailsimServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let transport: nodemailer.Transporter;
  let tracker: WebhookReceiver;
  const ctl = () => client(server.url(), null);
  const row = (subject: string) => page.locator('.mail-row', { hasText: subject });

  beforeAll(async () => {
    server = await startTestServer({ smtp: true, smtpPort: 0, rateLimits: false });
    transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: server.smtp!.port,
      secure: false,
      ignoreTLS: true,
    });
    tracker = await startWebhookReceiver();
    browser = await launch(browserCheck.path!);
    ({ page, errors } = await openPage(browser));
    await page.goto(`${server.url()}/_mailsim/ui`);
    await page.locator('.live.on').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    transport?.close();
    await tracker?.close();
    await server?.close();
  });

  it('shows mail sent over SMTP and through the API as it lands, without a reload', async () => {
    await page.evaluate('window.sameDocument = true');
    await transport.sendMail({
      from: SENDER,
      to: SEED_INBOX_ADDRESS,
      subject: 'Arrived over SMTP',
      text: 'plain words',
    });
    await row('Arrived over SMTP').waitFor({ timeout: 10_000 });
    expect(await row('Arrived over SMTP').textContent()).toContain('received');

    const sent = await client(server.url())('POST', `/inboxes/${SEED_INBOX_ID}/messages`, {
      to: ['carol@example.com'],
      subject: 'Sent through the API',
      bodyText: 'from the agent',
    });
    expect(sent.status).toBe(202);
    await row('Sent through the API').waitFor({ timeout: 10_000 });
    const text = await row('Sent through the API').textContent();
    expect(text).toContain('to carol@example.com');
    expect(text).toContain('agentsend');
    expect(text).toContain(SEED_INBOX_ADDRESS);
    expect(await page.evaluate('window.sameDocument')).toBe(true);
    expect(await page.locator('.count').textContent()).toBe('2 messages');
  });

  it('renders HTML without running its script, and loads remote images only when asked', async () => {
    const base = tracker.url.replace(/\/webhooks$/, '');
    const script = `document.body.setAttribute('data-ran', 'script'); new Image().src = '${base}/script-ran';`;
    const html = `<script>${script}</script>
      <h1 id="greeting">Hello from HTML</h1>
      <img src="x-broken:" onerror="document.body.setAttribute('data-ran', 'onerror')">
      <img id="pixel" src="${base}/pixel.png">`;
    await transport.sendMail({
      from: SENDER,
      to: SEED_INBOX_ADDRESS,
      subject: 'Scripted newsletter',
      html,
      text: 'the text part',
      attachments: [{ filename: 'notes.txt', content: 'attached words' }],
    });
    await row('Scripted newsletter').click();
    const frameElement = page.locator('iframe.mail-frame');
    await frameElement.waitFor();
    const frame = (await frameElement.elementHandle())!.contentFrame();
    const content = (await frame)!;
    await content.locator('#greeting').waitFor();
    // Once the frame has loaded, every image has been fetched or refused and the script has had its turn.
    await content.waitForLoadState('load');
    expect(await content.locator('body').getAttribute('data-ran')).toBeNull();
    expect(await page.title()).toBe('mailsim');
    expect(tracker.received.map((r) => r.path)).toEqual([]);
    expect(await page.getByText('Load remote images (1 blocked)').isVisible()).toBe(true);
    await screenshot(page, 'mail');

    await page.getByLabel(/Load remote images/).check();
    const [pixel] = await tracker.waitFor(1);
    expect(pixel!.path).toBe('/pixel.png');
    const reloaded = (await (await page.locator('iframe.mail-frame').elementHandle())!.contentFrame())!;
    await reloaded.locator('#greeting').waitFor();
    await reloaded.waitForLoadState('load');
    expect(await reloaded.locator('body').getAttribute('data-ran')).toBeNull();
    expect(tracker.received.map((r) => r.path)).toEqual(['/pixel.png']);
  });

  it('shows the text, headers and raw source, and downloads an attachment', async () => {
    await row('Scripted newsletter').click();
    const detail = page.locator('.message');
    await page.getByRole('tab', { name: 'Text' }).click();
    await detail.getByText('the text part').waitFor();
    await page.getByRole('tab', { name: 'Headers' }).click();
    await detail.locator('th', { hasText: /^Subject$/ }).waitFor();
    await page.getByRole('tab', { name: 'Raw' }).click();
    await detail.locator('pre', { hasText: 'Content-Type: multipart/mixed' }).waitFor();
    await page.getByRole('tab', { name: 'Attachments (1)' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      detail.getByRole('button', { name: 'Download', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('notes.txt');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('attached words');
    expect(await detail.textContent()).toContain(`→ agentsend${SEED_INBOX_ADDRESS}`);
  });

  it('deletes one message, then clears the sink', async () => {
    await row('Arrived over SMTP').click();
    // The detail pane shows the message opened before until this one has loaded: wait for it.
    await page.locator('.message h2', { hasText: 'Arrived over SMTP' }).waitFor();
    const id = await page.locator('.message').getAttribute('data-id');
    await page.locator('.message').getByRole('button', { name: 'Delete' }).click();
    await row('Arrived over SMTP').waitFor({ state: 'detached' });
    expect((await ctl()('GET', `/_mailsim/mail/${id}`)).status).toBe(404);

    await page.locator('.toolbar').getByRole('button', { name: 'Clear' }).click();
    await page.locator('.count', { hasText: '0 messages' }).waitFor();
    expect((await ctl()('GET', '/_mailsim/mail')).body.total).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!browserCheck.path)(`Mail view first paint on 5,000 messages${browserCheck.reason}`, () => {
  let server: MailsimServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ mailRetention: 10_000 });
    const raw = Buffer.from(
      `From: ${SENDER}\r\nTo: ${SEED_INBOX_ADDRESS}\r\nSubject: Load\r\nMessage-ID: <load@example.org>\r\n` +
        '\r\nA body line.\r\n',
    );
    const parsed = await parseMessage(raw);
    const sink = server.engine.plane.sink;
    server.engine.store.tx(() => {
      for (let i = 0; i < 5000; i++) {
        sink.insert({
          id: `load-${i}`,
          direction: 'in',
          provider: 'agentsend',
          tenant: null,
          envelope: { from: 'ada@example.org', to: [SEED_INBOX_ADDRESS] },
          parsed: { ...parsed, subject: `Weekly report ${i}` },
          raw,
          mailboxes: [SEED_INBOX_ADDRESS],
          deliveries: [],
        });
      }
    });
    browser = await launch(browserCheck.path!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('paints the page and the first page of the list within 300 ms', async () => {
    const { page, errors } = await openPage(browser);
    const firstPaint: number[] = [];
    const listShown: number[] = [];
    // The paint that first shows the list: the first row carries `elementtiming` (Element Timing API).
    const listPaint = (): Promise<number> =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((entries) => {
              const shown = entries
                .getEntries()
                .find((e) => (e as unknown as { identifier: string }).identifier === 'mail-list');
              if (shown) resolve((shown as unknown as { renderTime: number }).renderTime);
              // Element Timing entries: a type the browser has and node's type definitions do not.
            }).observe({ type: 'element' as 'mark', buffered: true });
          }),
      );
    // The first visit is also the control plane's first request (it loads its contract then), as
    // after a fresh start; three more are measured as a user's next visits would be.
    let cold = { paint: 0, list: 0 };
    for (let visit = 0; visit < 4; visit++) {
      await page.goto('about:blank');
      await page.goto(`${server.url()}/_mailsim/ui#/mail`);
      const list = await listPaint();
      const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime);
      if (visit === 0) cold = { paint, list };
      else {
        firstPaint.push(paint);
        listShown.push(list);
      }
    }
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `5,000 messages: first paint ${median(firstPaint).toFixed(0)} ms, ` +
        `first 50 rows shown at ${median(listShown).toFixed(0)} ms (medians of 3 visits); ` +
        `first visit after start ${cold.paint.toFixed(0)} / ${cold.list.toFixed(0)} ms; ` +
        `load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
    );
    expect(await page.locator('.mail-row').count()).toBe(50);
    expect(await page.locator('.count').textContent()).toBe('5000 messages');
    // The budget is 300 ms. On a machine busier than its cores (a shared CI runner), every step
    // runs slower by about the load per core, and so may the budget: it stays 300 ms on a quiet one.
    const budget = 300 * Math.max(1, loadavg()[0]! / cpus().length);
    expect(median(firstPaint)).toBeLessThan(budget);
    expect(median(listShown)).toBeLessThan(budget);
    // Paged: one page of rows is fetched and drawn, whatever the size of the sink.
    expect(
      await page.evaluate(
        () => performance.getEntriesByType('resource').filter((r) => r.name.includes('/_mailsim/mail?')).length,
      ),
    ).toBe(1);

    // Scrolling to the end of the list loads the next page.
    await page.locator('.mail-row').last().scrollIntoViewIfNeeded();
    await page.locator('.mail-row').nth(75).waitFor();
    await screenshot(page, 'mail-5000');
    expect(errors).toEqual([]);
  });
});
