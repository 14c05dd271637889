import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { go, pickLanguage, settle, start, WALK_TIMEOUT } from './lib/app';
import { axeLines } from './lib/checks';
import { everyRouteTests, report } from './lib/quality';

/**
 * WCAG 2.2 AA (axe, whole page) on every route in English, plus the states a route only shows after
 * input: the timeline with a case, its QR code and delete confirmation, the case form with errors; on
 * the same rendered pages the screen-reader basics (one h1, one main landmark, named navigation, every
 * control named, as Chromium's accessibility tree computes it). And the kiosk's idle countdown.
 *
 * Arabic (right to left) and Tigrinya (Ethiopic script) walk in quality-axe-ar/-ti.e2e.ts, side by side
 * with this file; the other quality checks are in quality-*.e2e.ts.
 */
everyRouteTests('en', { screenReader: true });

describe('WCAG 2.2 AA (axe) beyond the routes', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('kiosk: no axe violation with the idle countdown open (en, ar, ti)', async () => {
    const problems: string[] = [];
    for (const lng of ['en', 'ar', 'ti']) {
      const page = await h.newPage();
      await page.clock.install();
      await page.goto(`${h.baseUrl}index.html?mode=kiosk`);
      await page.waitForSelector('html[data-ready="true"]');
      problems.push(...(await axeLines(page, `${lng} kiosk #/language`)));
      await pickLanguage(page, lng, { fakeClock: true });
      await go(page, '#/procedure/step/decision', { fakeClock: true });
      problems.push(...(await axeLines(page, `${lng} kiosk step page`)));
      await page.clock.fastForward('03:00');
      await page.locator('[role="alertdialog"]').waitFor();
      await settle(page, { fakeClock: true });
      problems.push(...(await axeLines(page, `${lng} kiosk idle dialog`)));
      await page.context().close();
    }
    expect(report(problems)).toBe('');
    expect(h.foreignRequests).toEqual([]);
  }, WALK_TIMEOUT);

  it('the axe check itself finds a violation, also after a route change in the same page', async () => {
    const page = await h.newPage();
    await start(h, page, 'en');
    const probe = () =>
      page.evaluate(() => {
        const img = document.createElement('img');
        img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
        img.id = 'q-probe';
        document.querySelector('main')?.append(img);
      });
    const unprobe = () => page.evaluate(() => document.getElementById('q-probe')?.remove());
    const found = async (where: string) => (await axeLines(page, where)).some((l) => l.includes('image-alt') && l.includes('#q-probe'));
    await probe();
    expect(await found('probe on home')).toBe(true);
    await unprobe();
    await go(page, '#/help');
    expect(await axeLines(page, 'help')).toEqual([]);
    await probe();
    expect(await found('probe on help')).toBe(true);
  });
});
