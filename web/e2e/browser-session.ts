// Shared by the end-to-end specs: Chromium with the flags this machine needs, and a fresh builder signed up.
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

// playwright-core through Node's own require: the TypeScript loader (jiti) must not re-transpile its CommonJS bundle
const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-quic'];

export interface Builder {
  email: string;
  password: string;
  name: string;
  workspace: string;
}

/** Launches Chromium, opens a 1400×900 English page and signs `builder` up with a new workspace. */
export async function launchSignedUp(serverUrl: string, builder: Builder): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') console.log(`[browser] ${message.text()}`);
  });
  page.on('pageerror', (error) => console.log(`[browser] ${error.message}`));
  await page.goto(`${serverUrl}/sign-up`);
  await page.locator('input[data-testid="email"]').fill(builder.email);
  await page.locator('input[data-testid="password"]').fill(builder.password);
  await page.locator('input[data-testid="name"]').fill(builder.name);
  await page.locator('input[data-testid="workspace-name"]').fill(builder.workspace);
  await page.locator('[data-testid="submit"]').click();
  await page.locator('[data-testid="app-shell"]').waitFor();
  return { browser, page };
}
