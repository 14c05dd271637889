/**
 * Shared helpers for the quality and language end-to-end tests: the list of
 * routes, driving the app by hash (the preview keeps its state in memory only,
 * so never by reload), entering a case by structure (any language), and
 * waiting for a page to settle without fixed sleeps.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { LANGUAGES, type Language } from '@core/i18n/languages';
import { STEP_IDS } from '@core/content/procedure/ids';
import { LETTERS } from '@core/content/letters';
import { openApp, type Harness } from '../harness';

export { LANGUAGES };

/**
 * Time limit of a test that walks every route: a guard against a hang, not a measure of speed (that is
 * `npm run bench`), so generous enough for a busy two-core machine.
 */
export const WALK_TIMEOUT = 600_000;
export type { Language };

export interface RouteSpec {
  /** Short name used in messages and screenshot names. */
  name: string;
  hash: string;
}

/** Every route of the app the brief names (one step page per id, one page per letter id). */
export function allRoutes(opts: { steps?: readonly string[]; letters?: readonly string[] } = {}): RouteSpec[] {
  const steps = opts.steps ?? STEP_IDS;
  const letters = opts.letters ?? LETTERS.map((l) => l.id);
  return [
    { name: 'language', hash: '#/language' },
    { name: 'home', hash: '#/home' },
    { name: 'procedure', hash: '#/procedure' },
    ...steps.map((id) => ({ name: `step-${id}`, hash: `#/procedure/step/${id}` })),
    { name: 'track', hash: '#/procedure/track' },
    { name: 'timeline', hash: '#/timeline' },
    { name: 'timeline-case', hash: '#/timeline/case' },
    { name: 'rights', hash: '#/rights' },
    { name: 'work', hash: '#/work' },
    { name: 'letters', hash: '#/letters' },
    ...letters.map((id) => ({ name: `letter-${id}`, hash: `#/letters/${id}` })),
    { name: 'glossary', hash: '#/glossary' },
    { name: 'glossary-term', hash: '#/glossary/nader-gehoor' },
    { name: 'help', hash: '#/help' },
    { name: 'search', hash: '#/search' },
    { name: 'settings', hash: '#/settings' },
  ];
}

/** Codes that have a folder in locales/, and the ones of the sixteen that have none. */
export function presentLanguages(): { present: Language[]; missing: Language[] } {
  const dir = path.resolve('locales');
  const folders = new Set(existsSync(dir) ? readdirSync(dir) : []);
  const present = LANGUAGES.filter((l) => folders.has(l.code) && existsSync(path.join(dir, l.code, 'common.json')));
  const missing = LANGUAGES.filter((l) => !present.includes(l));
  return { present, missing };
}

export function language(code: string): Language {
  const l = LANGUAGES.find((x) => x.code === code);
  if (!l) throw new Error(`unknown language ${code}`);
  return l;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Picks a language on the picker by its native name (the picker must be showing). */
export async function pickLanguage(page: Page, code: string, opts: SettleOptions = {}): Promise<void> {
  const l = language(code);
  await page.locator('.picker__button').filter({ hasText: new RegExp(escapeRe(l.nativeName)) }).first().click();
  await page.locator(`html[lang="${l.intl}"]`).waitFor({ state: 'attached' });
  await page.locator('.picker').waitFor({ state: 'detached' });
  await settle(page, opts);
}

/** Chooses another language on a running app, as a person would: back to the picker (#/language), then the language. */
export async function switchLanguage(page: Page, code: string): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/language';
  });
  await page.locator('.picker__button').first().waitFor();
  await pickLanguage(page, code);
}

/** Opens the app with a query such as `?pseudo` or `?mode=kiosk` (or none) and waits for the picker. */
export async function openAppAt(h: Harness, page: Page, query = ''): Promise<void> {
  if (query) {
    await page.goto(`${h.baseUrl}index.html${query}`);
    await page.waitForSelector('html[data-ready="true"]');
  } else {
    await openApp(h, page);
  }
  await page.locator('.picker__button').first().waitFor();
}

/** Opens the app (optionally with a query) and picks a language. */
export async function start(h: Harness, page: Page, code: string, query = ''): Promise<void> {
  await openAppAt(h, page, query);
  await pickLanguage(page, code);
}

/** A hash change, not a reload: the preview keeps its state in memory only. */
export async function go(page: Page, hash: string, opts: SettleOptions = {}): Promise<void> {
  let now: string;
  if (opts.fakeClock) {
    await page.evaluate((x) => {
      window.location.hash = x;
    }, hash);
    await settle(page, opts);
    now = await page.evaluate(() => location.hash);
  } else {
    // One round trip: the hash change, the wait for the new screen and for it to settle (settledScreen).
    now = await page.evaluate(settledScreen, { hash });
  }
  // A route that sends the person elsewhere would have the checks run on the wrong page.
  if (now !== hash) throw new Error(`${hash} did not stay: the app went to ${now}`);
}

export interface SettleOptions {
  /** The page's clock is faked (page.clock.install): no animation frames, no timers. */
  fakeClock?: boolean;
}

/**
 * Waits until the page has its level-1 heading, no loading placeholder, the fonts are in and the DOM
 * stopped changing for 120 ms (lazy catalogs and chunks arrive asynchronously).
 */
export async function settle(page: Page, opts: SettleOptions = {}): Promise<void> {
  if (opts.fakeClock) {
    await page.locator('h1').first().waitFor();
    await page.locator('main .loading, main [aria-busy="true"]').first().waitFor({ state: 'detached' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return;
  }
  await page.evaluate(settledScreen, {});
}

/**
 * Runs in the page (self-contained: Playwright sends its source). With `hash`, first goes there and waits
 * until the app shows that route: while an area that is not loaded yet loads, the old screen stays
 * (app/App.tsx useLoadedHashLocation) with its heading and a quiet DOM, so the checks could run on the
 * page being left; <html data-route> names the route on screen (wouter's reading of the hash: one
 * leading '/'). Then waits for a heading and no loading placeholder, the fonts, and 120 ms without a
 * change to the DOM (nodes, attributes, text). Returns the hash it ends on.
 *
 * It waits with a MutationObserver and timers, never with animation frames: polling every frame made
 * Chromium render a frame every 16 ms of every wait, which cost the suite more CPU than its pages.
 */
async function settledScreen({ hash }: { hash?: string }): Promise<string> {
  const whenTrue = (test: () => boolean, root: Node, ms: number, what: string) =>
    new Promise<void>((resolve, reject) => {
      if (test()) return resolve();
      const observer = new MutationObserver(() => {
        if (!test()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        if (test()) resolve();
        else reject(new Error(`waited ${ms} ms for ${what} on ${location.hash}`));
      }, ms);
    });
  const html = document.documentElement;
  if (hash !== undefined) location.hash = hash;
  // Also without a hash of its own: after a click on a link, the location has changed before the screen.
  const path = (s: string) => decodeURIComponent(s.split('?')[0] ?? '');
  const shown = () => path(html.dataset.route ?? '') === path('/' + location.hash.replace(/^#?\/?/, ''));
  await whenTrue(shown, html, 15_000, 'the route marker');
  const ready = () =>
    Boolean(document.querySelector('h1')?.textContent?.trim()) &&
    !document.querySelector('main .loading, main [aria-busy="true"]');
  await whenTrue(ready, html, 15_000, 'a heading and no loading placeholder');
  await document.fonts.ready;
  let last = performance.now();
  const observer = new MutationObserver(() => {
    last = performance.now();
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const deadline = performance.now() + 10_000;
  try {
    for (;;) {
      await new Promise((r) => setTimeout(r, 40));
      const now = performance.now();
      if (!ready()) last = now;
      else if (now - last > 120) break;
      if (now > deadline) break;
    }
  } finally {
    observer.disconnect();
  }
  await document.fonts.ready;
  return location.hash;
}

/** Days before the page's today, as parts. */
async function daysAgo(page: Page, days: number): Promise<{ y: number; m: number; d: number }> {
  return page.evaluate((n) => {
    const t = new Date();
    t.setDate(t.getDate() - n);
    return { y: t.getFullYear(), m: t.getMonth() + 1, d: t.getDate() };
  }, days);
}

async function pickParts(page: Page, field: string, p: { y: number; m: number; d: number }): Promise<void> {
  const selects = page.locator(`fieldset.datepick[data-field="${field}"] select`);
  await selects.nth(0).selectOption(String(p.d));
  await selects.nth(1).selectOption(String(p.m));
  await selects.nth(2).selectOption(String(p.y));
}

/**
 * Enters a granted asylum case through the form, by structure only (radio
 * values, the date pickers' data-field), so it works in every language.
 * Dates are relative to the page's today, so the case is always plausible.
 */
export async function enterCase(page: Page): Promise<void> {
  await go(page, '#/timeline/case');
  await page.locator('input[name="procedure"][value="asylum"]').check();
  await pickParts(page, 'registration', await daysAgo(page, 200));
  await pickParts(page, 'application', await daysAgo(page, 198));
  await page.locator('input[name="track"][value="general"]').check();
  await page.locator('input[name="outcome"][value="granted"]').check();
  await pickParts(page, 'decision', await daysAgo(page, 60));
  await pickParts(page, 'pip', await daysAgo(page, 40));
  await page.locator('form button[type="submit"]').click();
  await page.waitForFunction(() => location.hash === '#/timeline');
  await page.locator('ol.tl li[data-id]').first().waitFor();
  await settle(page);
}
