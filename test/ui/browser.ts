/**
 * Shared set-up for the UI tests: a real Chromium (Debian's `chromium`, driven by playwright-core;
 * playwright's own browser downloads are not used) on a mailsim whose UI is built in dist/ui
 * (built here when missing or older than ui/). When no browser is installed, the suites report
 * themselves skipped with the reason (`.ci/run` installs chromium with apt when it can).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT, ensureUiBuilt } from '../harness/build.js';

const CANDIDATES = [process.env.MAILSIM_CHROMIUM, '/usr/bin/chromium', '/usr/bin/google-chrome'];

/** Where screenshots go (gitignored). */
export const SHOTS = join(ROOT, 'test-results', 'ui');

export interface BrowserCheck {
  path: string | null;
  /** Why the UI tests cannot run here ('' when they can). */
  reason: string;
}

export function findChromium(): BrowserCheck {
  const path = CANDIDATES.find((c): c is string => typeof c === 'string' && c !== '' && existsSync(c)) ?? null;
  if (!path)
    return {
      path,
      reason: ' (skipped: no Chromium at /usr/bin/chromium; apt-get install -y chromium, or set MAILSIM_CHROMIUM)',
    };
  return { path, reason: '' };
}

/** Builds the UI if needed, then starts the browser. */
export async function launch(path: string): Promise<Browser> {
  await ensureUiBuilt();
  // Lean on a shared machine: no GPU process work, no background fetches (the UI needs no network).
  const args = [
    '--disable-gpu',
    '--disable-extensions',
    '--disable-background-networking',
    '--disable-component-update',
  ];
  return chromium.launch({ executablePath: path, args });
}

/** A fresh context and page, sized like a laptop screen; page errors fail the test that reads them. */
export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Deleting and clearing ask first; the tests say yes.
  page.on('dialog', (d) => void d.accept());
  return { context, page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}
