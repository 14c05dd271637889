import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error: plain ESM helper without types
import { startServer } from '../../scripts/serve.mjs';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const SHOTS = path.resolve('test-results/screenshots');

if (!existsSync(path.resolve('out/renderer/index.html'))) {
  throw new Error('The renderer is not built: run `npm run build` first (npm test does this).');
}
if (!existsSync(CHROME)) {
  throw new Error(`No Chromium at ${CHROME}: install Debian's chromium (apt-get install chromium) or set CHROME_PATH.`);
}

export interface Harness {
  browser: Browser;
  baseUrl: string;
  /** Every request the pages made that was not to the app's own server. */
  foreignRequests: string[];
  newPage(opts?: { viewport?: { width: number; height: number }; reducedMotion?: 'reduce' | 'no-preference' }): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server = (await startServer({ port: 0 })) as { url: string; close: () => Promise<void> };
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const foreignRequests: string[] = [];
  const contexts: BrowserContext[] = [];
  mkdirSync(SHOTS, { recursive: true });
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
      await server.close();
    },
  };
}

/** Opens the app at a route and waits for the ready marker. */
export async function openApp(h: Harness, page: Page, hash = ''): Promise<void> {
  await page.goto(`${h.baseUrl}index.html${hash}`);
  await page.waitForSelector('html[data-ready="true"]');
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}
