import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { LANGUAGES, allRoutes, enterCase, go, openAppAt, pickLanguage, settle, WALK_TIMEOUT } from './lib/app';

/**
 * The pseudo-locale (`?pseudo`): every translated string is wrapped in ⟦ ⟧. On every route, every
 * visible text must be inside such a span, or be an official Dutch term (`bdi[lang="nl"]`), a date,
 * a number or punctuation, a language's name on the picker (from the language table, deliberately
 * untranslated: in itself and in English, with the word "draft" from each language's meta.json), the product name, a single index letter (the glossary's
 * A–Z) or a kiosk's configured location name. Anything else is text that does not
 * come from a catalog, so it cannot be translated. Offenders are reported as "route: text".
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

const PRODUCT = 'Wegwijs';

/** "Draft" in each language itself and in English (locales/<lng>/meta.json → draftLabel): the picker's, like the names. */
const DRAFT_LABELS = LANGUAGES.map((l) => `locales/${l.code}/meta.json`)
  .filter((f) => existsSync(f))
  .map((f) => (JSON.parse(readFileSync(f, 'utf8')) as { draftLabel?: string }).draftLabel)
  .filter((s): s is string => Boolean(s));

/** Visible texts on the page that are not inside ⟦…⟧ and not exempt; also unbalanced brackets. */
async function pseudoOffenders(page: Page, where: string, opts: { picker: boolean }): Promise<string[]> {
  const names = opts.picker ? [...LANGUAGES.flatMap((l) => [l.nativeName, l.englishName]), ...DRAFT_LABELS] : [];
  const found = await page.evaluate(
    ({ names, product }) => {
      const out: string[] = [];
      // Month and weekday names in the page's language (dates are formatted by Intl, not translated).
      const locale = document.documentElement.lang || 'en';
      const dateWords: string[] = [];
      for (const loc of [locale, 'en-GB', 'nl']) {
        for (const month of ['long', 'short'] as const) {
          const f = new Intl.DateTimeFormat(loc, { month, timeZone: 'UTC' });
          for (let m = 0; m < 12; m++) dateWords.push(f.format(new Date(Date.UTC(2001, m, 1))));
        }
        for (const weekday of ['long', 'short'] as const) {
          const f = new Intl.DateTimeFormat(loc, { weekday, timeZone: 'UTC' });
          for (let d = 0; d < 7; d++) dateWords.push(f.format(new Date(Date.UTC(2001, 0, d + 1))));
        }
      }
      dateWords.sort((a, b) => b.length - a.length);
      const isDateOrNumber = (s: string) => {
        let rest = s;
        for (const w of dateWords) rest = rest.split(w).join(' ');
        return /^[\p{N}\p{P}\p{S}\s]*$/u.test(rest);
      };

      // All text in document order, with each node's place, to know which characters lie inside ⟦ ⟧.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; start: number; end: number }[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || parent.closest('script, style, template, noscript')) continue;
        const text = n.textContent ?? '';
        nodes.push({ node: n as Text, start: all.length, end: all.length + text.length });
        all += text;
      }
      const inside = new Uint8Array(all.length);
      let depth = 0;
      for (let i = 0; i < all.length; i++) {
        const c = all[i];
        if (c === '⟦') {
          depth++;
          inside[i] = 1;
        } else if (c === '⟧') {
          inside[i] = 1;
          if (depth === 0) out.push(`unbalanced "⟧" near "${all.slice(Math.max(0, i - 30), i + 1)}"`);
          depth = Math.max(0, depth - 1);
        } else inside[i] = depth > 0 ? 1 : 0;
      }
      if (depth > 0) out.push(`${depth} "⟦" never closed`);

      const visible = (n: Text) => {
        const parent = n.parentElement;
        if (!parent || !parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
        const range = document.createRange();
        range.selectNodeContents(n);
        return [...range.getClientRects()].some((r) => r.width > 0 && r.height > 0);
      };
      const seen = new Set<string>();
      for (const { node, start, end } of nodes) {
        const text = node.textContent ?? '';
        if (!/\S/.test(text)) continue;
        let outside = '';
        for (let i = start; i < end; i++) outside += inside[i] ? ' ' : all[i];
        if (!/\S/.test(outside)) continue;
        if (!visible(node)) continue;
        const el = node.parentElement!;
        if (el.closest('bdi[lang="nl"]')) continue;
        const trimmed = outside.replace(/\s+/g, ' ').trim();
        if (isDateOrNumber(trimmed)) continue;
        if ((names as readonly string[]).includes(trimmed)) continue;
        if (trimmed === product) continue;
        // An index letter (the glossary's A–Z: initials of the Dutch terms, not words to translate).
        if (/^\p{L}$/u.test(trimmed)) continue;
        // A kiosk's location name comes from the terminal's config file, not from a catalog.
        if (el.closest('.topbar__location')) continue;
        const line = text.replace(/\s+/g, ' ').trim().slice(0, 100);
        if (!seen.has(line)) {
          seen.add(line);
          out.push(line);
        }
      }
      // What a closed select shows, and placeholders: visible text too.
      for (const sel of document.querySelectorAll('select')) {
        if (!sel.checkVisibility()) continue;
        const shown = (sel.selectedOptions[0]?.textContent ?? '').trim();
        if (shown && !/^⟦[\s\S]*⟧$/.test(shown) && !isDateOrNumber(shown) && !names.some((n) => shown.includes(n))) {
          out.push(`(select shows) ${shown}`);
        }
      }
      for (const input of document.querySelectorAll<HTMLInputElement>('input[placeholder], textarea[placeholder]')) {
        if (!input.checkVisibility()) continue;
        const p = input.placeholder.trim();
        if (p && !/^⟦[\s\S]*⟧$/.test(p) && !isDateOrNumber(p)) out.push(`(placeholder) ${p}`);
      }
      return out;
    },
    { names, product: PRODUCT },
  );
  return found.map((f) => `${where}: ${f}`);
}

describe('pseudo-locale', () => {
  it('every visible text on every route comes from a catalog (or is a Dutch term, a date or number, a language name)', async () => {
    const page = await h.newPage();
    await openAppAt(h, page, '?pseudo');
    // The switch is on: the picker's own texts are wrapped.
    expect(await page.locator('h1').first().textContent()).toMatch(/^⟦.*⟧$/);
    const problems = await pseudoOffenders(page, '#/language', { picker: true });
    await pickLanguage(page, 'en');
    await enterCase(page); // the timeline then shows a whole case
    for (const r of allRoutes()) {
      await go(page, r.hash);
      problems.push(...(await pseudoOffenders(page, r.hash, { picker: r.hash === '#/language' })));
    }
    // States behind a click: the QR panel, the delete confirmation, form errors.
    await go(page, '#/timeline');
    await page.locator('button[aria-controls="tl-qr"]').click();
    await page.locator('#tl-qr').waitFor();
    await page.locator('.tl-actions .button--danger').click();
    await page.locator('[role="alertdialog"]').waitFor();
    problems.push(...(await pseudoOffenders(page, '#/timeline (QR, confirmation)', { picker: false })));
    await go(page, '#/timeline/case');
    const parts = page.locator('fieldset.datepick[data-field="application"] select');
    await parts.nth(0).selectOption('31');
    await parts.nth(1).selectOption('2');
    await page.locator('form button[type="submit"]').click();
    await page.locator('[role="alert"]').first().waitFor();
    problems.push(...(await pseudoOffenders(page, '#/timeline/case (errors)', { picker: false })));
    expect(report(problems)).toBe('');
    expect(h.foreignRequests).toEqual([]);
  }, WALK_TIMEOUT);

  it('the kiosk countdown comes from a catalog too', async () => {
    const page = await h.newPage();
    await page.clock.install();
    await openAppAt(h, page, '?pseudo&mode=kiosk');
    await pickLanguage(page, 'en', { fakeClock: true });
    await page.clock.fastForward('03:00');
    await page.locator('[role="alertdialog"]').waitFor();
    await settle(page, { fakeClock: true });
    expect(report(await pseudoOffenders(page, 'kiosk idle dialog', { picker: false }))).toBe('');
    expect(h.foreignRequests).toEqual([]);
  });

  it('the check itself finds a hard-coded text', async () => {
    const page = await h.newPage();
    await openAppAt(h, page, '?pseudo');
    await pickLanguage(page, 'en');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Hard-coded sentence';
      document.querySelector('main')?.append(p);
    });
    expect(await pseudoOffenders(page, 'probe', { picker: false })).toContain('probe: Hard-coded sentence');
  });
});
