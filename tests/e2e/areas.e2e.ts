import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import common from '@locales/en/common.json';
import ui from '@locales/en/areasUi.json';
import { openApp, shot, startHarness, type Harness } from './harness';
import { settle, WALK_TIMEOUT } from './lib/app';
import { axeLines } from './lib/checks';

/**
 * The areas rights, work, letters, glossary, help and search in Chromium:
 * reachable from home, search while typing, a letter's date into the
 * timeline, WCAG 2.2 AA (axe) in English and Arabic, no network.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** A hash change, not a reload: the preview keeps its state in memory only. */
async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((x) => {
    window.location.hash = x;
  }, hash);
}

async function startIn(page: Page, language: RegExp): Promise<void> {
  await openApp(h, page);
  await page.getByRole('button', { name: language }).click();
  await page.waitForURL(/#\/home$/);
}

/** The first level-1 heading once it is there and visible. */
async function h1(page: Page): Promise<string> {
  // The location changes before the screen does (an area not loaded yet keeps the old screen meanwhile).
  await settle(page);
  const heading = page.locator('main h1').first();
  await heading.waitFor();
  return ((await heading.textContent()) ?? '').trim();
}

/** A day some weeks ago, on this computer's calendar: always a date that may be on a letter. */
function aPastDay(): { d: number; m: number; y: number } {
  const t = new Date();
  t.setDate(t.getDate() - 40);
  return { d: t.getDate(), m: t.getMonth() + 1, y: t.getFullYear() };
}

describe('areas in Chromium', () => {
  it('each area is reachable from home; the glossary and the search from Help', async () => {
    const page = await h.newPage();
    await startIn(page, /English/);
    for (const area of ['rights', 'work', 'letters', 'help'] as const) {
      await go(page, '#/home');
      const { title } = common.areas[area];
      await page.getByRole('link', { name: new RegExp(title) }).click();
      await page.waitForURL(`**/index.html#/${area}`);
      expect(await h1(page)).toBe(title);
    }
    await page.getByRole('navigation', { name: ui.help.moreLabel }).getByRole('link', { name: ui.help.glossaryLink }).click();
    await page.waitForURL('**/index.html#/glossary');
    expect(await h1(page)).toBe(ui.glossary.title);
    await page.getByRole('link', { name: ui.common.searchAll }).first().click();
    await page.waitForURL('**/index.html#/search');
    expect(await h1(page)).toBe(ui.search.title);
    expect(h.foreignRequests).toEqual([]);
  });

  it('search shows results while typing, without pressing Enter', async () => {
    const page = await h.newPage();
    await startIn(page, /English/);
    await go(page, '#/search');
    const box = page.getByRole('searchbox', { name: ui.search.label });
    await box.waitFor();
    await box.pressSequentially('nader geh', { delay: 60 });
    const hit = page.locator('[data-hit="step:detailed-interview"] a');
    await hit.waitFor();
    expect(await hit.getAttribute('href')).toBe('#/procedure/step/detailed-interview');
    await shot(page, 'areas-search-en');
    // A small spelling error is forgiven.
    await box.fill('interpeter');
    await page.locator('.hit').first().and(page.locator('[data-hit="right:interpreter"]')).waitFor();
    expect(h.foreignRequests).toEqual([]);
  });

  it("adds a letter's date and shows it on the timeline", async () => {
    const page = await h.newPage();
    await startIn(page, /English/);
    await go(page, '#/letters');
    await page.getByRole('searchbox', { name: ui.letters.findLabel }).fill('inwilliging');
    await page.getByRole('link', { name: /Beschikking \(inwilliging\)/ }).click();
    await page.waitForURL('**/index.html#/letters/decision-granted');
    await page.getByRole('button', { name: ui.letters.add.button }).click();
    const group = page.getByRole('group', { name: ui.letters.add.label });
    const day = aPastDay();
    await group.getByLabel(common.datePicker.day).selectOption(String(day.d));
    await group.getByLabel(common.datePicker.month).selectOption(String(day.m));
    await group.getByLabel(common.datePicker.year).selectOption(String(day.y));
    const words = (await page.locator('.datepick__words').textContent()) ?? '';
    expect(words).toContain(String(day.y));
    await shot(page, 'areas-letter-add-date');
    await page.getByRole('button', { name: ui.letters.add.save }).click();
    await page.getByText(/is now in My timeline/).waitFor();
    await page.getByRole('link', { name: ui.letters.add.toTimeline }).click();
    await page.waitForURL('**/index.html#/timeline');
    // The date said back on the letter page is the same date the timeline shows.
    await page.locator('main').getByText(words, { exact: false }).first().waitFor();
    await shot(page, 'areas-letter-timeline');
    expect(h.foreignRequests).toEqual([]);
  });

  for (const [lng, button] of [
    ['en', /English/],
    ['ar', /العربية/],
  ] as const) {
    // The pages as they first open (the letters, the glossary and a term, the organisations) are in
    // quality.e2e.ts (axe on every route in en, ar and ti); here the states that need input.
    it(`${lng}: these areas with input (a situation, a date, a letter's date form, an item, search results) have no WCAG 2.2 AA violation (axe)`, async () => {
      const page = await h.newPage();
      await startIn(page, button);
      if (lng === 'ar') expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      const problems: string[] = [];
      const check = async (name: string) => {
        problems.push(...(await axeLines(page, name)));
        await shot(page, `areas-${name}-${lng}`);
      };

      await go(page, '#/rights');
      await h1(page);
      await page.locator('.choice').nth(3).click(); // a situation chosen: the lists are shown
      await page.locator('article.item').first().waitFor();
      await page.locator('details.sources summary').first().click();
      await check('rights');

      await go(page, '#/rights/guardian');
      await page.locator('article.item--page').waitFor();
      await check('rights-item');

      await go(page, '#/work');
      await h1(page);
      await page.locator('.choice').first().click(); // asylum seeker: asks for the date
      await page.locator('.datepick select').first().selectOption('1');
      await page.locator('.datepick select').nth(1).selectOption('1');
      await page.locator('.datepick select').nth(2).selectOption({ index: 2 });
      await page.locator('.answer__big').waitFor();
      await check('work');

      await go(page, '#/letters/decision-rejected');
      await page.locator('.add-date button').click();
      await page.locator('.datepick').waitFor();
      await check('letter');

      await go(page, '#/help/coa');
      await page.locator('article.org--page').waitFor();
      await check('help-org');

      await go(page, '#/search');
      await page.getByRole('searchbox').fill('nader gehoor');
      await page.locator('[data-hit="step:detailed-interview"]').waitFor();
      await check('search');

      expect(problems).toEqual([]);
      expect(h.foreignRequests).toEqual([]);
    }, WALK_TIMEOUT);
  }

  it('ar: the Dutch term finds the detailed interview; the layout mirrors', async () => {
    const page = await h.newPage();
    await startIn(page, /العربية/);
    await go(page, '#/search');
    await page.getByRole('searchbox').fill('nader gehoor');
    const hit = page.locator('[data-hit="step:detailed-interview"] a');
    await hit.waitFor();
    expect(await hit.getAttribute('href')).toBe('#/procedure/step/detailed-interview');

    // Mirrored: a situation card's radio sits at its right edge in Arabic.
    await go(page, '#/rights');
    const choice = page.locator('.choice').first();
    await choice.waitFor();
    const box = await choice.boundingBox();
    const radio = await choice.locator('input').boundingBox();
    expect(box && radio && radio.x > box.x + box.width / 2).toBe(true);
    await shot(page, 'areas-rights-ar-mirrored');
    expect(h.foreignRequests).toEqual([]);
  });
});
