import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import enUi from '@locales/en/procedureUi.json';
import enProc from '@locales/en/procedure.json';
import {
  FIRST_TRACK_QUESTION,
  STEPS_BY_ID,
  TRACK_QUESTIONS,
  TRACKS,
  type TrackQuestionId,
  type TrackResult,
} from '@core/content/procedure';
import { openApp, shot, startHarness, type Harness } from './harness';
import { axeLines } from './lib/checks';

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

/** What has keyboard focus: its tag, text, href and aria attributes. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: el?.getAttribute('href') ?? '',
      pressed: el?.getAttribute('aria-pressed') ?? null,
      labelledby: el?.getAttribute('aria-labelledby') ?? null,
      outline: el ? getComputedStyle(el).outlineStyle : 'none',
    };
  });
}

/** Presses Tab until the focused element matches, and returns it (fails after `max` presses). */
async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error('Tab never reached the element');
}

/** A way through the questions to a track, from the data. */
function pathTo(target: TrackResult): { q: TrackQuestionId; a: string }[] {
  const walk = (q: TrackQuestionId, trail: { q: TrackQuestionId; a: string }[]): { q: TrackQuestionId; a: string }[] | null => {
    for (const a of TRACK_QUESTIONS[q].answers) {
      const next = [...trail, { q, a: a.id }];
      if ('result' in a.to) {
        if (a.to.result === target) return next;
      } else {
        const found = walk(a.to.question, next);
        if (found) return found;
      }
    }
    return null;
  };
  const found = walk(FIRST_TRACK_QUESTION, []);
  if (!found) throw new Error(`no way to ${target}`);
  return found;
}

const answerText = (q: TrackQuestionId, a: string) => (enProc.questions[q].answers as Record<string, string>)[a] ?? a;

describe('procedure area in Chromium', () => {
  it('map → track → step page → back, by keyboard only', async () => {
    const page = await h.newPage();
    await startIn(page, /English/);
    await go(page, '#/procedure');
    await page.getByRole('heading', { level: 1, name: 'The procedure step by step' }).waitFor();

    // A track chip, by Tab and Enter.
    const chip = await tabTo(page, (f) => f.tag === 'BUTTON' && f.text.includes(enUi.chips.dublin));
    expect(chip.pressed).toBe('false');
    expect(chip.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect((await focused(page)).pressed).toBe('true');
    const route = page.getByRole('list', { name: `The route: ${enProc.tracks.dublin.title}` });
    await route.waitFor();

    // The Dublin step on the route, then Enter.
    const stepLink = await tabTo(page, (f) => f.href.endsWith('/step/dublin-procedure'));
    expect(stepLink.text).toContain(STEPS_BY_ID['dublin-procedure'].dutchTerm);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(enProc.steps['dublin-procedure'].title) }).waitFor();
    expect(page.url()).toMatch(/#\/procedure\/step\/dublin-procedure$/);

    // Focus went to the page (once it is painted); the next Tab is the way back to the map.
    await page.waitForFunction(() => document.activeElement?.tagName === 'MAIN', undefined, { timeout: 5000 });
    const back = await tabTo(page, (f) => f.tag === 'A', 3);
    expect(back.text).toBe(enUi.step.backToMap);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'The procedure step by step' }).waitFor();
    // The chosen track is still chosen.
    expect(await page.getByRole('button', { name: enUi.chips.dublin, exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await route.getByRole('link').count()).toBe(
      TRACKS.dublin.path.filter((id) => STEPS_BY_ID[id].periods.includes('pact')).length,
    );
  });

  it('answers "Which track am I in?" by keyboard, with focus on each new question, and passes axe', async () => {
    const page = await h.newPage();
    await startIn(page, /English/);
    await go(page, '#/procedure/track');
    await page.getByRole('heading', { level: 1, name: enUi.quiz.title }).waitFor();
    expect(await axeLines(page, 'procedure')).toEqual([]);
    await shot(page, 'procedure-questions-en');

    const answers = pathTo('extended');
    for (const [i, { q, a }] of answers.entries()) {
      if (i > 0) {
        // Focus sits on the new question, which is named by its text.
        const f = await focused(page);
        const name = await page.evaluate((id) => document.getElementById(id ?? '')?.textContent ?? '', f.labelledby);
        expect(name).toBe(enProc.questions[q].text);
      }
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === answerText(q, a), 40);
      await page.keyboard.press('Enter');
    }
    const result = await focused(page);
    const resultName = await page.evaluate((id) => document.getElementById(id ?? '')?.textContent ?? '', result.labelledby);
    expect(resultName).toContain(enProc.tracks.extended.title);
    expect(await axeLines(page, 'procedure')).toEqual([]);
    await shot(page, 'procedure-questions-result-en');

    // The result leads to the track's route on the map.
    await tabTo(page, (f) => f.tag === 'A' && f.text === enUi.quiz.showOnMap, 10);
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: `The route: ${enProc.tracks.extended.title}` }).waitFor();
  });

  it('map and step page in English: screenshots, and no WCAG 2.2 AA violations', async () => {
    const page = await h.newPage();
    await startIn(page, /English/);
    await go(page, '#/procedure');
    await page.getByRole('heading', { level: 1, name: 'The procedure step by step' }).waitFor();
    expect(await axeLines(page, 'procedure')).toEqual([]);
    await shot(page, 'procedure-map-en');

    await page.getByRole('button', { name: enUi.chips.general, exact: true }).click();
    await page.getByRole('list', { name: `The route: ${enProc.tracks.general.title}` }).waitFor();
    expect(await axeLines(page, 'procedure')).toEqual([]);
    await shot(page, 'procedure-map-general-en');

    await go(page, '#/procedure/step/decision');
    await page.getByRole('heading', { level: 1, name: new RegExp(enProc.steps.decision.title) }).waitFor();
    // Open the drawers so axe checks their content too.
    for (const d of await page.locator('main details').all()) await d.evaluate((el) => el.setAttribute('open', ''));
    expect(await axeLines(page, 'procedure')).toEqual([]);
    await shot(page, 'procedure-step-en');
  });

  it('in Arabic: right to left, mirrored, screenshots, and no WCAG 2.2 AA violations', async () => {
    const page = await h.newPage();
    await startIn(page, /English/);
    await go(page, '#/language');
    await page.getByRole('button', { name: /العربية/ }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    // The picker goes on to the home screen once the language is loaded: only then go elsewhere.
    await page.locator('.shell main h1').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');

    await go(page, '#/procedure');
    await page.locator('.proc-map').waitFor();
    // Mirrored: a step's icon sits to the right of its title.
    const card = page.locator('main a[href$="/step/registration"]').first();
    const icon = await card.locator('.proc-card__icon').boundingBox();
    const title = await card.locator('.proc-card__title').boundingBox();
    expect(icon && title && icon.x > title.x).toBe(true);
    expect(await axeLines(page, 'procedure')).toEqual([]);
    await shot(page, 'procedure-map-ar');

    await go(page, '#/procedure/step/appeal');
    await page.locator('article[data-step="appeal"] h1').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // The Dutch term keeps its own direction and language inside the Arabic title.
    expect(await page.locator('h1 bdi[lang="nl"]').textContent()).toBe(STEPS_BY_ID.appeal.dutchTerm);
    expect(await axeLines(page, 'procedure')).toEqual([]);
    await shot(page, 'procedure-step-ar');

    expect(h.foreignRequests).toEqual([]);
  });
});
