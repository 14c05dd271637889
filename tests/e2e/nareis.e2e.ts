import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ICAL from 'ical.js';
import { openApp, shot, startHarness, type Harness } from './harness';
import { axeLines } from './lib/checks';
import { decodeQr, pickDate } from './lib/widgets';

/** Issue 15 in Chromium (preview build): the nareis guide, its QR event and the home reminder. */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Tuesday 5 May 2026, morning: 11 days before the nareis deadline of a decision on 16 February 2026. */
const NOW = new Date('2026-05-05T09:00:00');

/** Every rule axe runs by default (not only the WCAG tags), on the page's main content. */
const axeProblems = (page: Page): Promise<string[]> => axeLines(page, 'nareis', { include: 'main', tags: 'all' });

const plain = (s: string | null) => (s ?? '').replace(/[\u2068\u2069]/g, '');

describe('The nareis guide in Chromium', () => {
  it('leads from the step to the guide, takes the deadline from the case, carries a scannable event, keeps ticks and reminds at home', async () => {
    const page = await h.newPage();
    await page.clock.setFixedTime(NOW);
    await openApp(h, page);
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'What do you want to know?' }).waitFor();
    // No case yet: no reminder on the home screen.
    expect(await page.locator('.home-reminder').count()).toBe(0);

    // From the nareis step to the guide.
    await page.goto(`${h.baseUrl}index.html#/procedure/step/nareis`);
    await page.getByRole('link', { name: 'Open the step-by-step guide' }).click();
    await page.getByRole('heading', { level: 1, name: 'Family reunification, step by step' }).waitFor();
    expect(await axeProblems(page)).toEqual([]);

    // The guide has no date yet and sends the person to their case.
    await page.getByRole('link', { name: 'Enter my decision date' }).click();
    await page.getByRole('heading', { level: 1, name: 'My case' }).waitFor();
    await page.getByRole('radio', { name: 'Yes, I got a permit' }).check();
    await pickDate(page.getByRole('group', { name: /The day of the decision/ }), '16', 'February', '2026');
    await page.getByRole('button', { name: 'Save and show my timeline' }).click();
    await page.getByRole('heading', { level: 1, name: 'My timeline' }).waitFor();

    // Task 2: 16 February + 3 months = 16 May 2026; from 5 May that is 11 days.
    await page.goto(`${h.baseUrl}index.html#/nareis/deadline`);
    await page.getByRole('heading', { level: 1, name: 'Your last day' }).waitFor();
    expect(plain(await page.locator('.nareis-deadline__date').textContent())).toBe('Last day: 16 May 2026');
    expect(await page.locator('.nareis-deadline__days').textContent()).toBe('11 days left');
    expect(await axeProblems(page)).toEqual([]);

    // One QR code, one event: decoded from the screen and parsed by an iCalendar parser.
    const img = page.locator('img.cal-panel__img').first();
    await img.waitFor();
    const ev = new ICAL.Component(ICAL.parse(await decodeQr(img)));
    expect(ev.name).toBe('vevent');
    expect((ev.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-05-16');
    expect(ev.getFirstPropertyValue('summary')).toBe('Last day to apply for family reunification — Laatste dag om gezinshereniging aan te vragen');
    await shot(page, 'nareis-deadline-en');

    // A tick, one task at a time: it stays while the person moves on and back.
    await page.getByRole('checkbox', { name: 'I know my last day.' }).check();
    await page.getByRole('link', { name: 'Next task' }).click();
    await page.getByRole('heading', { level: 1, name: 'The application form' }).waitFor();
    await page.getByRole('link', { name: 'Previous task' }).click();
    expect(await page.getByRole('checkbox', { name: 'I know my last day.' }).isChecked()).toBe(true);
    await page.getByRole('link', { name: 'All tasks' }).first().click();
    await expect(page.locator('.nareis-progress').textContent()).resolves.toMatch(/^1 of \d+ done$/);

    // Home: the deadline within 14 days comes first.
    await page.goto(`${h.baseUrl}index.html#/home`);
    const reminder = page.locator('.home-reminder');
    await reminder.waitFor();
    expect(plain(await reminder.textContent())).toContain('Last day to apply for family reunification: 16 May 2026');
    expect(await reminder.locator('.home-reminder__days').textContent()).toBe('11 days left');
    expect(await axeProblems(page)).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  });

  it('reads right to left in Arabic, fully translated, without accessibility problems', async () => {
    const page = await h.newPage();
    await page.clock.setFixedTime(NOW);
    await openApp(h, page);
    await page.getByRole('button', { name: /العربية/ }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    // The picker goes on to the home screen once the language is loaded: only then go elsewhere.
    await page.locator('.shell main h1').waitFor();
    await page.goto(`${h.baseUrl}index.html#/nareis/who`);
    await page.locator('article[data-task="who"]').waitFor();
    expect(await page.locator('article[data-task="who"] h1').textContent()).toContain('من يمكنه أن يأتي؟');
    expect(await page.locator('text=[EN]').count()).toBe(0);
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'nareis-who-ar');
  });
});
