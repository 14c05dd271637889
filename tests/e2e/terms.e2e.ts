import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import arGlossary from '../../locales/ar/glossary.json';
import tiGlossary from '../../locales/ti/glossary.json';
import { openApp, shot, startHarness, type Harness } from './harness';
import { axeLines } from './lib/checks';

/**
 * Dutch terms in the person's language (issue 18): every `[[term]]` marker
 * shows the person's word with the Dutch term beside it, in one isolated run,
 * the Dutch in Dutch and left to right, its parentheses never apart from it.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type Names = { terms: Record<string, { name: string }> };
const name = (catalog: Names, id: string) => catalog.terms[id]?.name ?? '';

async function openIn(page: Page, language: RegExp, hash: string): Promise<void> {
  await openApp(h, page);
  await page.getByRole('button', { name: language }).click();
  await page.waitForFunction(() => location.hash === '#/home');
  await page.evaluate((to) => {
    location.hash = to;
  }, hash);
}

/** The case form with the asylum procedure chosen, so the track choices show. */
async function openCaseForm(page: Page, language: RegExp): Promise<void> {
  await openIn(page, language, '#/timeline/case');
  const asylum = page.locator('input[name="procedure"][value="asylum"]');
  await asylum.waitFor();
  await asylum.check();
}

/**
 * Every Dutch run that starts with "(": whether its opening parenthesis sits
 * on the same line as the first letter, and its closing one with the last.
 */
async function bracketsApart(page: Page): Promise<string[]> {
  return page.locator('main bdi[lang="nl"]').evaluateAll((els) => {
    const apart: string[] = [];
    for (const el of els) {
      const text = el.textContent ?? '';
      if (!text.startsWith('(') || !text.endsWith(')')) continue;
      // The Dutch text may sit in a link inside the run: measure over the whole run's text nodes.
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const chars: { node: Text; i: number }[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n as Text;
        for (let i = 0; i < t.data.length; i++) chars.push({ node: t, i });
      }
      const top = (k: number) => {
        const c = chars[k];
        if (!c) return NaN;
        const r = document.createRange();
        r.setStart(c.node, c.i);
        r.setEnd(c.node, c.i + 1);
        return r.getBoundingClientRect().top;
      };
      const n = chars.length;
      if (Math.abs(top(0) - top(1)) > 2 || Math.abs(top(n - 1) - top(n - 2)) > 2) apart.push(text);
    }
    return apart;
  });
}

/** Every rule axe runs by default (not only the WCAG tags), on the page's main content. */
const axeProblems = (page: Page): Promise<string[]> => axeLines(page, 'terms', { include: 'main', tags: 'all' });

describe('Dutch terms beside the person\u2019s word, in Chromium', () => {
  it('Arabic: the track choices and a text give the Arabic word with the Dutch term beside it', async () => {
    const page = await h.newPage();
    await openCaseForm(page, /العربية/);
    const general = page.locator('label', { has: page.locator('input[value="general"]') });
    await general.waitFor();
    const word = name(arGlossary as Names, 'algemene-asielprocedure');
    expect(word).not.toBe('');
    await expect.poll(() => general.textContent()).toContain(`${word} (algemene asielprocedure)`);
    // One isolated run; inside it, the Dutch with its parentheses, in Dutch, left to right.
    const dutch = general.locator('bdi.term bdi[lang="nl"]');
    expect(await dutch.textContent()).toBe('(algemene asielprocedure)');
    expect(await dutch.getAttribute('dir')).toBe('ltr');
    for (const track of ['dublin', 'extended', 'border']) {
      const label = page.locator('label', { has: page.locator(`input[value="${track}"]`) });
      expect(await label.locator('bdi.term').count(), track).toBe(1);
    }
    expect(await bracketsApart(page)).toEqual([]);
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'terms-case-form-ar');

    // A text: the glossary meaning of "nader gehoor" names the IND in Arabic, with "IND" beside it, linked.
    await page.evaluate(() => {
      location.hash = '#/glossary/nader-gehoor';
    });
    const lead = page.locator('.gloss-term .lead');
    await lead.waitFor();
    await expect.poll(() => lead.textContent()).toContain(`${name(arGlossary as Names, 'ind')} (IND)`);
    expect(await lead.locator('a[href$="#/glossary/ind"] bdi[lang="nl"]').textContent()).toBe('(IND)');
  });

  it('Tigrinya: a text gives the Tigrinya word with the Dutch beside it, and at a narrow width no bracket stands apart', async () => {
    const page = await h.newPage();
    await openCaseForm(page, /ትግርኛ/);
    const general = page.locator('label', { has: page.locator('input[value="general"]') });
    await general.waitFor();
    const word = name(tiGlossary as Names, 'algemene-asielprocedure');
    await expect.poll(() => general.textContent()).toContain(`${word} (algemene asielprocedure)`);
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'terms-case-form-ti');

    await page.evaluate(() => {
      location.hash = '#/glossary/beroep';
    });
    const lead = page.locator('.gloss-term .lead');
    await lead.waitFor();
    await expect.poll(() => lead.textContent()).toContain(`${name(tiGlossary as Names, 'ind')} (IND)`);
  });

  it('Sorani at a narrow width: a Dutch term in parentheses that wraps keeps its brackets with it', async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 420, height: 900 });
    await openCaseForm(page, /کوردیی ناوەندی/);
    await page.locator('input[value="general"]').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('main bdi[lang="nl"]').length > 3);
    expect(await bracketsApart(page)).toEqual([]);
    await shot(page, 'terms-case-form-ckb-narrow');
  });
});
