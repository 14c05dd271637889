import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const SHOTS = path.resolve('test-results/screenshots');
/** Screenshots are for people to look at, not checks: taken only with `E2E_SCREENSHOTS=1`. */
const TAKE_SHOTS = process.env.E2E_SCREENSHOTS === '1';
/**
 * With `E2E_CPU=1` each file prints the main-thread time its pages cost Chromium (CDP Performance
 * metrics, summed over the pages still open when the file ends): where an end-to-end file's time goes,
 * steadier than its wall time on a busy machine. A measurement to look at, not a check.
 */
const MEASURE_CPU = process.env.E2E_CPU === '1';

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
  const pages: Page[] = [];
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
      if (MEASURE_CPU) {
        pages.push(page);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        page.on('close', () => pages.splice(pages.indexOf(page), 1));
        (page as Page & { cdpForCpu?: typeof cdp }).cdpForCpu = cdp;
      }
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
      if (MEASURE_CPU) {
        let task = 0;
        let script = 0;
        let layout = 0;
        for (const p of pages) {
          const cdp = (p as Page & { cdpForCpu?: { send(m: 'Performance.getMetrics'): Promise<{ metrics: { name: string; value: number }[] }> } }).cdpForCpu;
          const metrics = await cdp?.send('Performance.getMetrics').catch(() => undefined);
          const get = (n: string) => metrics?.metrics.find((m) => m.name === n)?.value ?? 0;
          task += get('TaskDuration');
          script += get('ScriptDuration');
          layout += get('LayoutDuration') + get('RecalcStyleDuration');
        }
        const file = path.basename(expect.getState().testPath ?? '?');
        console.log(`[e2e-cpu] ${file}: Chromium main thread ${task.toFixed(1)} s (script ${script.toFixed(1)} s, style and layout ${layout.toFixed(1)} s) in ${pages.length} open pages`);
      }
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
