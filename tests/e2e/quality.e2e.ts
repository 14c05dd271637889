import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { allRoutes, enterCase, go, language, pickLanguage, settle, start, WALK_TIMEOUT } from './lib/app';
import { axeLines } from './lib/checks';

/**
 * WCAG 2.2 AA (axe, whole page) on every route in English, Arabic (right to
 * left) and Tigrinya (Ethiopic script), plus the states a route only shows
 * after input: the timeline with a case, its QR code and delete confirmation,
 * the case form with errors, and the kiosk's idle countdown.
 *
 * The other quality checks are in quality-*.e2e.ts (split to keep each file
 * well under four minutes).
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

function report(lines: string[]): string {
  return lines.length ? `\n${lines.join('\n')}\n` : '';
}

async function axeEveryRoute(page: Page, lng: string): Promise<string[]> {
  const problems: string[] = [];
  for (const r of allRoutes()) {
    await go(page, r.hash);
    problems.push(...(await axeLines(page, `${lng} ${r.hash}`)));
  }
  return problems;
}

/** The states behind input: form errors, a case on the timeline, the QR panel, the delete confirmation. */
async function axeStates(page: Page, lng: string): Promise<string[]> {
  const problems: string[] = [];
  // The case form, sent with an impossible date: field errors and the summary alert.
  await go(page, '#/timeline/case');
  await page.locator('input[name="procedure"][value="asylum"]').check();
  const parts = page.locator('fieldset.datepick[data-field="application"] select');
  await parts.nth(0).selectOption('31');
  await parts.nth(1).selectOption('2');
  await parts.nth(2).selectOption({ index: 2 });
  await page.locator('form button[type="submit"]').click();
  await page.locator('[role="alert"]').first().waitFor();
  problems.push(...(await axeLines(page, `${lng} #/timeline/case (with errors)`)));
  // Fix it: clear the date by choosing "not chosen" again.
  await parts.nth(0).selectOption('');
  await parts.nth(1).selectOption('');
  await parts.nth(2).selectOption('');

  await enterCase(page);
  problems.push(...(await axeLines(page, `${lng} #/timeline (with a case)`)));
  await page.locator('button[aria-controls="tl-qr"]').click();
  await page.locator('#tl-qr img, #tl-qr canvas, #tl-qr svg').first().waitFor();
  problems.push(...(await axeLines(page, `${lng} #/timeline (QR open)`)));
  await page.locator('.tl-actions .button--danger').click();
  await page.locator('[role="alertdialog"]').waitFor();
  problems.push(...(await axeLines(page, `${lng} #/timeline (delete confirmation)`)));
  await page.locator('[role="alertdialog"] .button--danger').click();
  await page.locator('ol.tl').waitFor({ state: 'detached' });

  await go(page, '#/settings');
  await page.locator('.button--danger').click();
  await page.locator('[role="alertdialog"]').waitFor();
  problems.push(...(await axeLines(page, `${lng} #/settings (delete confirmation)`)));
  return problems;
}

describe('WCAG 2.2 AA (axe) on every route', () => {
  for (const lng of ['en', 'ar', 'ti']) {
    it(`${lng}: no axe violation on any route, nor with a case, errors or a confirmation open`, async () => {
      const page = await h.newPage();
      await start(h, page, lng);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(language(lng).dir);
      const problems = [...(await axeEveryRoute(page, lng)), ...(await axeStates(page, lng))];
      expect(report(problems)).toBe('');
      expect(h.foreignRequests).toEqual([]);
    }, WALK_TIMEOUT);
  }

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

  it('made no network request', () => {
    expect(h.foreignRequests).toEqual([]);
  });
});
