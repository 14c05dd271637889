import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

const SHOTS = path.resolve('test-results/screenshots');
/** Screenshots are for people to look at, not checks: taken only with `E2E_SCREENSHOTS=1`. */
const TAKE_SHOTS = process.env.E2E_SCREENSHOTS === '1';

export interface Harness {
  browser: Browser;
  baseUrl: string;
  /** Every request the pages made that was not to the app's own server. */
  foreignRequests: string[];
  newPage(opts?: { viewport?: { width: number; height: number }; reducedMotion?: 'reduce' | 'no-preference' }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Connects to the run's one Chromium and static server (tests/e2e/global-setup.ts). Each file gets its
 * own connection and contexts; closing it closes only those.
 */
export async function startHarness(): Promise<Harness> {
  const { baseUrl, wsEndpoint } = inject('e2e');
  const server = { url: baseUrl };
  const browser = await chromium.connect(wsEndpoint);
  const foreignRequests: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    browser,
    baseUrl: server.url,
    foreignRequests,
    async newPage(opts = {}) {
      const context = await browser.newContext({
        viewport: opts.viewport ?? { width: 1280, height: 800 },
        reducedMotion: opts.reducedMotion ?? 'no-preference',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(server.url) && !url.startsWith('data:')) foreignRequests.push(url);
      });
      page.on('pageerror', (err) => {
        throw err;
      });
      return page;
    },
    async close() {
      for (const c of contexts) await c.close();
      await browser.close();
    },
  };
}

/** Opens the app at a route and waits for the ready marker. */
export async function openApp(h: Harness, page: Page, hash = ''): Promise<void> {
  await page.goto(`${h.baseUrl}index.html${hash}`);
  await page.waitForSelector('html[data-ready="true"]');
}

export async function shot(page: Page, name: string): Promise<void> {
  if (!TAKE_SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}
