import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { go, openAppAt, pickLanguage, settle, WALK_TIMEOUT } from './lib/app';
import { focusState } from './lib/checks';
import { report } from './lib/quality';

/**
 * Keyboard only, and what a screen reader needs:
 *  - a walk from the language picker to deleting a saved timeline with Tab, Shift+Tab, Enter, Space
 *    and the arrow keys only, the focus visible at every stop;
 *  - the kiosk countdown and form errors in live regions.
 * On every route, one h1, one main landmark, named navigation and every control named (as Chromium's
 * accessibility tree computes it) is checked in quality.e2e.ts, on the pages of its English axe walk.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Keyboard driver: every key press is logged with where the focus went; invisible focus is a problem. */
class Keys {
  trail: string[] = [];
  problems: string[] = [];
  constructor(private page: Page) {}

  /**
   * `newScreen`: the key replaced the whole screen (the picker by the app's frame), which is like a page
   * load: focus may start again at the top, so the next Tab must reach the first control, the skip link.
   */
  async press(key: string, note = '', opts: { newScreen?: boolean; navigates?: boolean } = {}): Promise<void> {
    await this.page.keyboard.press(key);
    // A key that changes the route is judged once the new page is there (see arrived()).
    if (opts.navigates) {
      this.trail.push(`${key}${note ? ` (${note})` : ''} → (navigating)`);
      return;
    }
    const f = await focusState(this.page);
    this.trail.push(`${key}${note ? ` (${note})` : ''} → ${f.desc}`);
    // After a route change the app moves focus to the new page's <main> (tabindex=-1): that is not a
    // control and needs no ring. Anything else must show where the focus is.
    if (f.tag === 'body' && opts.newScreen) return;
    if (f.tag === 'body') this.problems.push(`focus lost (on <body>) after ${key}${note ? ` (${note})` : ''}`);
    else if (!f.visible && !f.programmatic) this.problems.push(`focus not visible after ${key}: ${f.desc}`);
  }

  /** After a key that changed the route: the page is settled and the focus is on its main, or visible. */
  async arrived(url: RegExp, note: string): Promise<void> {
    await this.page.waitForURL(url);
    await settle(this.page);
    const f = await focusState(this.page);
    this.trail.push(`  … ${note}: focus on ${f.desc}`);
    if (f.tag === 'body') this.problems.push(`focus lost (on <body>) after ${note}`);
    else if (!f.visible && !f.programmatic) this.problems.push(`focus not visible after ${note}: ${f.desc}`);
  }

  /** Tabs (or Shift+Tabs) until the focused element matches `selector` (and `text`, if given). */
  async tabTo(selector: string, opts: { text?: string; back?: boolean; max?: number } = {}): Promise<void> {
    const max = opts.max ?? 80;
    for (let i = 0; i < max; i++) {
      await this.press(opts.back ? 'Shift+Tab' : 'Tab');
      const hit = await this.page.evaluate(
        ({ selector, text }) => {
          const el = document.activeElement;
          return Boolean(el && el.matches(selector) && (!text || (el.textContent ?? '').includes(text)));
        },
        { selector, text: opts.text },
      );
      if (hit) return;
    }
    throw new Error(`never reached ${selector}${opts.text ? ` "${opts.text}"` : ''} with ${opts.back ? 'Shift+Tab' : 'Tab'}:\n${this.trail.slice(-max).join('\n')}`);
  }
}

describe('keyboard only', () => {
  it('picker → language → home → procedure map → a step → back → timeline form → a date by keyboard → save → timeline → delete', async () => {
    const page = await h.newPage();
    const keys = new Keys(page);
    await openAppAt(h, page, '');
    await page.locator('.picker__button').first().waitFor();

    // The picker: Tab to English (by its native name), Enter.
    await keys.tabTo('.picker__button', { text: 'English' });
    await keys.press('Enter', 'choose English', { newScreen: true });
    await page.waitForURL(/#\/home$/);
    await settle(page);
    if ((await focusState(page)).tag === 'body') {
      await keys.press('Tab', 'from the top');
      expect(await page.evaluate(() => document.activeElement?.matches('.skip-link'))).toBe(true);
    }

    // Home: Tab to the procedure tile.
    await keys.tabTo('main a[href$="#/procedure"]');
    await keys.press('Enter', 'open the procedure', { navigates: true });
    await keys.arrived(/#\/procedure$/, 'opening the procedure');

    // The map: Tab to a step.
    await keys.tabTo('main a[href*="#/procedure/step/"]');
    const stepHref = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await keys.press('Enter', `open ${stepHref}`, { navigates: true });
    await keys.arrived(/#\/procedure\/step\//, 'opening a step');

    // The step page: back to the map by its back link.
    await keys.tabTo('main a.backlink');
    await keys.press('Enter', 'back', { navigates: true });
    await keys.arrived(/#\/procedure$/, 'going back to the map');

    // To the timeline: Shift+Tab back up into the menu, Home, the timeline tile, "Enter my dates".
    await keys.tabTo('nav a[href$="#/home"]', { back: true });
    await keys.press('Enter', 'home', { navigates: true });
    await keys.arrived(/#\/home$/, 'going home');
    await keys.tabTo('main a[href$="#/timeline"]');
    await keys.press('Enter', 'open the timeline', { navigates: true });
    await keys.arrived(/#\/timeline$/, 'opening the timeline');
    await keys.tabTo('main a[href$="#/timeline/case"]');
    await keys.press('Enter', 'enter my dates', { navigates: true });
    await keys.arrived(/#\/timeline\/case$/, 'opening the form');

    // The form: the procedure by Space (and the arrow keys within the group), a date by arrow keys.
    await keys.tabTo('input[name="procedure"]');
    const firstValue = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    if (firstValue !== 'asylum') await keys.press('ArrowUp', 'to asylum');
    await keys.press('Space', 'choose asylum');
    expect(await page.locator('input[name="procedure"][value="asylum"]').isChecked()).toBe(true);
    // The arrow keys move the choice within a radio group.
    await keys.press('ArrowDown', 'temporary protection');
    expect(await page.locator('input[name="procedure"][value="asylum"]').isChecked()).toBe(false);
    await keys.press('ArrowUp', 'back to asylum');
    expect(await page.locator('input[name="procedure"][value="asylum"]').isChecked()).toBe(true);

    // Day 1, January, last year: counted from the "not chosen" first option of each select.
    const lastYear = (await page.evaluate(() => new Date().getFullYear())) - 1;
    const app = 'fieldset.datepick[data-field="application"]';
    await keys.tabTo(`${app} select`);
    await keys.press('ArrowDown', 'day 1');
    await keys.tabTo(`${app} select`);
    await keys.press('ArrowDown', 'January');
    await keys.tabTo(`${app} select`);
    const yearIndex = await page.evaluate(
      (y) => [...(document.activeElement as HTMLSelectElement).options].findIndex((o) => o.value === String(y)),
      lastYear,
    );
    expect(yearIndex).toBeGreaterThan(0);
    for (let i = 0; i < yearIndex; i++) await keys.press('ArrowDown', 'year');
    const values = await page.locator(`${app} select`).evaluateAll((ss) => ss.map((s) => (s as HTMLSelectElement).value));
    expect(values).toEqual(['1', '1', String(lastYear)]);
    await expect(page.locator(`${app} .datepick__words`).textContent()).resolves.toContain(String(lastYear));

    // Save.
    await keys.tabTo('form button[type="submit"]');
    await keys.press('Enter', 'save', { navigates: true });
    await keys.arrived(/#\/timeline$/, 'saving');
    await page.locator('ol.tl li[data-id]').first().waitFor();

    // Delete: Tab to the button, Space; the confirmation takes the focus; Enter.
    await keys.tabTo('button.button--danger');
    await keys.press('Space', 'delete');
    await page.locator('[role="alertdialog"]').waitFor();
    const f = await focusState(page);
    expect(f.desc, 'the confirmation should take the focus').toMatch(/^button/);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="alertdialog"]')))).toBe(true);
    await keys.press('Enter', 'yes, delete', { navigates: true });
    await page.locator('ol.tl').waitFor({ state: 'detached' });
    expect(await page.locator('li[data-id]').count()).toBe(0);
    await settle(page);
    // The confirmation and the button that opened it are gone: the focus must go somewhere in the page,
    // not back to the top of the document (WAI-ARIA dialog pattern).
    const afterDelete = await focusState(page);
    if (afterDelete.tag === 'body') keys.problems.push('focus lost (on <body>) after confirming "delete everything" on the timeline');

    expect(report(keys.problems), `key trail:\n${keys.trail.join('\n')}`).toBe('');
    expect(h.foreignRequests).toEqual([]);
  }, WALK_TIMEOUT);
});

describe('screen reader basics', () => {
  it('the kiosk countdown is in a live region and its number changes there', async () => {
    const page = await h.newPage();
    await page.clock.install();
    await page.goto(`${h.baseUrl}index.html?mode=kiosk`);
    await page.waitForSelector('html[data-ready="true"]');
    await pickLanguage(page, 'en', { fakeClock: true });
    await page.clock.fastForward('03:00');
    await page.locator('[role="alertdialog"]').waitFor();
    const countdown = () =>
      page.evaluate(() => {
        const dialog = document.querySelector('[role="alertdialog"]');
        if (!dialog) return { text: '', live: false };
        // The element that shows a number of seconds.
        const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!/\d/.test(n.textContent ?? '')) continue;
          const region = n.parentElement?.closest(
            '[aria-live="polite"], [aria-live="assertive"], [role="alert"], [role="status"], [role="log"]',
          );
          return { text: n.parentElement?.textContent ?? '', live: Boolean(region) };
        }
        return { text: '', live: false };
      });
    const first = await countdown();
    expect(first.text, 'a countdown number in the dialog').toMatch(/\d/);
    expect(first.live, `the countdown "${first.text}" is not in a live region`).toBe(true);
    await page.clock.runFor(2000);
    const later = await countdown();
    expect(later.text).not.toBe(first.text);
    expect(later.live).toBe(true);
    expect(h.foreignRequests).toEqual([]);
  });

  it('form errors are in live regions, tied to their fields, and a summary alert comes on saving', async () => {
    const page = await h.newPage();
    await openAppAt(h, page, '');
    await pickLanguage(page, 'en');
    await go(page, '#/timeline/case');
    await page.locator('input[name="procedure"][value="asylum"]').check();
    const parts = page.locator('fieldset.datepick[data-field="application"] select');
    await parts.nth(0).selectOption('31');
    await parts.nth(1).selectOption('4'); // 31 April does not exist
    await parts.nth(2).selectOption({ index: 2 });
    await page.locator('[aria-invalid="true"]').first().waitFor();
    // The messages: visible text in the invalid date field that is not its question, hint, parts or result.
    const messages = await page.locator('.datepick--invalid').evaluateAll((fields) =>
      fields.flatMap((f) =>
        [...f.querySelectorAll<HTMLElement>('*')]
          .filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /\S/.test(n.textContent ?? '')))
          .filter((e) => e.checkVisibility())
          .filter((e) => !e.closest('legend, label, .datepick__hint, .datepick__result, select'))
          .map((e) => ({
            text: (e.textContent ?? '').trim(),
            live: Boolean(e.closest('[aria-live="polite"], [aria-live="assertive"], [role="alert"], [role="status"]')),
          })),
      ),
    );
    expect(messages.length, 'an error message in the invalid date field').toBeGreaterThan(0);
    expect(messages.filter((m) => !m.live).map((m) => `not in a live region: ${m.text}`)).toEqual([]);
    // Each invalid control is described by its message (aria-describedby), so it is read with the field.
    const described = await page.locator('[aria-invalid="true"]').evaluateAll((controls) =>
      controls.map((c) =>
        (c.getAttribute('aria-describedby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      ),
    );
    expect(described.length).toBeGreaterThan(0);
    for (const d of described) expect(messages.some((m) => d.includes(m.text))).toBe(true);

    await page.locator('form button[type="submit"]').click();
    const alert = page.locator('[role="alert"]');
    await alert.first().waitFor();
    expect(((await alert.first().textContent()) ?? '').trim()).not.toBe('');
    expect(page.url()).toMatch(/#\/timeline\/case$/);
    expect(h.foreignRequests).toEqual([]);
  });
});

describe('network', () => {
  it('made no network request', () => {
    expect(h.foreignRequests).toEqual([]);
  });
});
