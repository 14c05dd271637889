import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shot, startHarness, type Harness } from './harness';
import arCommon from '../../locales/ar/common.json';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** What a session could have left behind, read from inside the page. */
async function leftovers(page: Page) {
  return page.evaluate(() => {
    return {
      local: window.localStorage.length,
      session: window.sessionStorage.length,
      text: document.body.innerText,
    };
  });
}

describe('kiosk session in Chromium', () => {
  it('idles, counts down in the current language, then wipes and returns to the picker', async () => {
    const page = await h.newPage();
    await page.clock.install();
    await page.goto(`${h.baseUrl}index.html?mode=kiosk`);
    await page.waitForSelector('html[data-ready="true"]');
    await page.getByRole('button', { name: /العربية/ }).click();
    await page.getByRole('heading', { level: 1, name: arCommon.home.title }).waitFor();
    await page.evaluate(() => window.sessionStorage.setItem('probe', 'x'));

    await page.clock.fastForward('03:00');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').textContent()).toBe('هل ما زلت هنا؟');
    expect(await page.locator('#idle-count').getAttribute('aria-live')).toBe('assertive');
    await shot(page, 'kiosk-countdown-ar');

    await page.clock.runFor('00:31');
    await page.getByRole('heading', { level: 1, name: 'Choose your language' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    const left = await leftovers(page);
    expect(left.local).toBe(0);
    expect(left.session).toBe(0);
  });

  it('"I am still here" keeps the session', async () => {
    const page = await h.newPage();
    await page.clock.install();
    await page.goto(`${h.baseUrl}index.html?mode=kiosk`);
    await page.waitForSelector('html[data-ready="true"]');
    await page.getByRole('button', { name: /English/ }).click();
    await page.clock.fastForward('03:00');
    await page.getByRole('button', { name: 'Yes, I am still here' }).click();
    await page.clock.runFor('00:40');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('What do you want to know?');
  });

  it('"Finish and clear my data" is always visible and wipes at once', async () => {
    const page = await h.newPage();
    await page.goto(`${h.baseUrl}index.html?mode=kiosk`);
    await page.waitForSelector('html[data-ready="true"]');
    await page.getByRole('button', { name: /Nederlands/ }).click();
    const finish = page.getByRole('button', { name: 'Klaar: wis mijn gegevens' });
    const box = await finish.boundingBox();
    expect(box && box.height >= 44 && box.width >= 44).toBe(true);
    await finish.click();
    await page.getByRole('heading', { level: 1, name: 'Choose your language' }).waitFor();
    expect(h.foreignRequests).toEqual([]);
  });
});
