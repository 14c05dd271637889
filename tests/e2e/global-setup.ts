/**
 * Once per `vitest --project e2e` run: one static server for the built renderer and one Chromium,
 * shared by every test file (each file connects to the browser and opens its own contexts, so files
 * run in parallel without sharing state). The harness finds both through `inject('e2e')`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
// @ts-expect-error: plain ESM helper without types
import { startServer } from '../../scripts/serve.mjs';

/**
 * The browser: `CHROME_PATH` when set; else Debian's headless shell (package chromium-headless-shell: the
 * same Blink and V8 as its chromium, without the browser's own window and compositor, and what Playwright
 * itself runs for headless Chromium), which cost the end-to-end step about a quarter less CPU here; else
 * Debian's chromium.
 */
export const CHROME =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: { baseUrl: string; wsEndpoint: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.resolve('out/renderer/index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` first (npm test does this).');
  }
  if (!existsSync(CHROME)) {
    throw new Error(`No Chromium at ${CHROME}: install Debian's chromium-headless-shell (or chromium), or set CHROME_PATH.`);
  }
  const server = (await startServer({ port: 0 })) as { url: string; close: () => Promise<void> };
  const browser = await chromium.launchServer({
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
  project.provide('e2e', { baseUrl: server.url, wsEndpoint: browser.wsEndpoint() });
  return async () => {
    await browser.close();
    await server.close();
  };
}
