import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shot, startHarness, type Harness } from './harness';
import { enterCase, go, language, presentLanguages, settle, start, switchLanguage, type Language } from './lib/app';
import { overflowProblems } from './lib/checks';

/**
 * Every language with catalogs in locales/: the home page, a step page and the timeline with a case,
 * at 1280×800 and 800×600 — direction, no sideways scrolling, no clipped text, no "[EN]" gaps, and no
 * tofu (the script's bundled web font is loaded and has every character shown). Plus the support
 * worker's side-by-side mode, Arabic beside Dutch. Screenshots: test-results/screenshots/lang-*.png.
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

/** The languages written right to left (the brief's list, checked against the app's language table). */
const RTL = new Set(['ar', 'fa', 'prs', 'ps', 'ckb']);

/** The bundled web font each script must render with. */
const FAMILY: Record<Language['script'], string> = {
  latin: 'Noto Sans',
  arabic: 'Noto Sans Arabic',
  ethiopic: 'Noto Sans Ethiopic',
  cyrillic: 'Noto Sans',
};

/** The characters of each script: these must all be drawn with a bundled web font, never a system one. */
const SCRIPT_CHARS: Record<Language['script'], RegExp> = {
  latin: /\p{Script=Latin}/u,
  arabic: /\p{Script=Arabic}/u,
  ethiopic: /\p{Script=Ethiopic}/u,
  cyrillic: /\p{Script=Cyrillic}/u,
};

const PAGES = [
  { name: 'home', hash: '#/home' },
  { name: 'step', hash: '#/procedure/step/decision' },
  { name: 'timeline', hash: '#/timeline' },
] as const;
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
] as const;

/** Text cut off by its box (overflow hidden/clip) or running past the viewport's edge. */
async function clippedText(page: Page, where: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    const short = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!el.checkVisibility()) continue;
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /\S/.test(n.textContent ?? ''));
      if (!ownText && !el.matches('button, a, label, select, h1, h2, h3, p, li, dt, dd')) continue;
      if (!/\S/.test(el.textContent ?? '')) continue;
      const s = getComputedStyle(el);
      const clipsX = /(hidden|clip)/.test(s.overflowX);
      const clipsY = /(hidden|clip)/.test(s.overflowY);
      if (clipsX && el.scrollWidth > el.clientWidth + 1) out.push(`text cut off sideways (${el.scrollWidth} > ${el.clientWidth}): ${el.tagName.toLowerCase()} "${short(el.textContent)}"`);
      if (clipsY && el.scrollHeight > el.clientHeight + 1) out.push(`text cut off below (${el.scrollHeight} > ${el.clientHeight}): ${el.tagName.toLowerCase()} "${short(el.textContent)}"`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!/\S/.test(n.textContent ?? '')) continue;
      const parent = n.parentElement;
      if (!parent || !parent.checkVisibility()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        const left = r.left + window.scrollX;
        const right = r.right + window.scrollX;
        // The skip link waits above the page until focused: it is not shown text.
        if (r.bottom + window.scrollY < 0) continue;
        if (left < -1 || right > vw + 1) {
          out.push(`text beyond the viewport (x ${Math.round(left)}..${Math.round(right)} of ${vw}): "${short(n.textContent)}"`);
          break;
        }
      }
    }
    return out;
  });
  return found.map((f) => `${where}: ${f}`);
}

/** "[EN]" (English standing in for a missing translation) anywhere in the rendered text. */
async function missingMarkers(page: Page, where: string): Promise<string[]> {
  const lines = await page.evaluate(() =>
    document.body.innerText
      .split('\n')
      .filter((l) => l.includes('[EN]'))
      .map((l) => l.trim().slice(0, 90)),
  );
  return lines.map((l) => `${where}: "[EN]" shown: ${l}`);
}

/** English month and weekday names, from Intl (not copied): a date in English on a page in another language. */
const ENGLISH_DATE_WORDS = (() => {
  const months = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
  const days = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });
  return [
    ...Array.from({ length: 12 }, (_, m) => months.format(new Date(Date.UTC(2001, m, 1)))),
    ...Array.from({ length: 7 }, (_, d) => days.format(new Date(Date.UTC(2001, 0, d + 1)))),
  ];
})();

/** Dates shown with English month or day names (case-sensitive whole words) on a page in another language. */
async function englishDates(page: Page, where: string, lang: Language): Promise<string[]> {
  if (lang.code === 'en') return [];
  const lines = await page.evaluate((words) => {
    const re = new RegExp(`(^|[^\\p{L}])(${words.join('|')})(?![\\p{L}])`, 'u');
    return document.body.innerText
      .split('\n')
      .filter((l) => re.test(l))
      .map((l) => l.trim().slice(0, 80));
  }, ENGLISH_DATE_WORDS);
  return [...new Set(lines)].slice(0, 3).map((l) => `${where}: a date in English (${lang.intl}): ${l}`);
}

/**
 * No tofu: the script's web font is loaded, `document.fonts.check` is true for the page's visible text
 * in that family, and (from Chromium's own record of the fonts it drew each text with) no character of
 * the language's script was drawn with anything but a bundled web font.
 */
async function fontProblems(page: Page, where: string, lang: Language): Promise<string[]> {
  const family = FAMILY[lang.script];
  const out: string[] = [];
  const res = await page.evaluate(async (family) => {
    await document.fonts.ready;
    const text = document.body.innerText;
    return {
      check: document.fonts.check(`16px "${family}"`, text),
      loaded: [...document.fonts].some((f) => f.family.replace(/["']/g, '') === family && f.status === 'loaded'),
      faces: [...document.fonts].filter((f) => f.family.includes(family)).map((f) => `${f.family} ${f.weight} ${f.status} ${f.unicodeRange.slice(0, 20)}`),
    };
  }, family);
  if (!res.loaded) out.push(`the web font "${family}" is not loaded (faces: ${res.faces.join('; ') || 'none'})`);
  if (!res.check) out.push(`document.fonts.check('16px "${family}"', visible text) is false`);
  out.push(...(await systemFontFallbacks(page, SCRIPT_CHARS[lang.script])));
  return out.map((l) => `${where}: ${l}`);
}

/**
 * Texts with characters matching `chars` that Chromium drew with a font that is not a web font.
 *
 * Which font draws a piece of text depends on that piece (a letter with its marks: Chromium chooses a
 * font for a whole cluster) and on the font and language asked for (every computed font property and
 * `lang`), not on which element it sits in. So the texts are first grouped by font and language, and
 * each group's distinct clusters of the script are written once into a hidden probe with the same font
 * properties and language: one question to Chromium per group (a handful a page) instead of two per
 * text (hundreds). Only the texts of a group whose probe was drawn, even in part, with a system font
 * are then asked one by one, which names them; a flagged group that names no text is reported itself.
 */
const PROBE_FONT = [
  'fontFamily', 'fontWeight', 'fontStyle', 'fontStretch', 'fontVariant', 'fontFeatureSettings',
  'fontVariationSettings', 'fontSynthesis', 'fontKerning', 'fontOpticalSizing', 'textTransform',
] as const;

async function systemFontFallbacks(page: Page, chars: RegExp): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const out = new Set<string>();
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    type Fonts = { familyName: string; isCustomFont: boolean; glyphCount: number }[];
    const fontsOf = async (nodeId: number) =>
      ((await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: Fonts }).fonts;
    const systemOnly = (fonts: Fonts) => fonts.filter((f) => !f.isCustomFont && f.glyphCount > 0);
    const idsOf = async (selector: string, attr: string) => {
      const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector })) as { nodeIds: number[] };
      return Promise.all(
        nodeIds.map(async (nodeId) => {
          const { attributes: a } = (await cdp.send('DOM.getAttributes', { nodeId })) as { attributes: string[] };
          return { nodeId, id: Number(a[a.indexOf(attr) + 1]) };
        }),
      );
    };
    const { texts: marked, groups } = await page.evaluate(
      ({ src, props }) => {
        const re = new RegExp(src, 'u');
        const clusters = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
        const texts: { text: string; tag: string; group: number }[] = [];
        const byKey = new Map<string, { index: number; font: Record<string, string>; lang: string; clusters: Set<string> }>();
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && re.test(n.textContent ?? ''));
          if (own.length === 0 || !el.checkVisibility()) continue;
          const s = getComputedStyle(el) as unknown as Record<string, string>;
          const font = Object.fromEntries(props.map((p) => [p, s[p] ?? '']));
          const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
          const key = JSON.stringify([font, lang]);
          const group = byKey.get(key) ?? { index: byKey.size, font, lang, clusters: new Set<string>() };
          byKey.set(key, group);
          for (const n of own) {
            for (const { segment } of clusters.segment(n.textContent ?? '')) if (re.test(segment)) group.clusters.add(segment);
          }
          el.dataset.qFont = String(texts.length);
          texts.push({ text: el.textContent ?? '', tag: el.tagName.toLowerCase(), group: group.index });
        }
        for (const { index, font, lang, clusters: cs } of byKey.values()) {
          const probe = document.createElement('span');
          probe.dataset.qProbe = String(index);
          if (lang) probe.lang = lang;
          probe.style.cssText = 'position:fixed;inset-block-start:0;inset-inline-start:0;opacity:0;pointer-events:none;white-space:pre';
          Object.assign(probe.style, font);
          probe.textContent = [...cs].join('\n');
          document.body.prepend(probe);
        }
        // CSS.getPlatformFontsForNode reads the last layout and does not make one: lay the probes out now.
        void document.body.offsetHeight;
        return { texts, groups: [...byKey.values()].map((g) => `${g.font.fontFamily} ${g.font.fontWeight} ${g.font.fontStyle}, lang "${g.lang}"`) };
      },
      { src: chars.source, props: PROBE_FONT },
    );
    const flagged = new Map<number, Fonts>();
    for (const { nodeId, id } of await idsOf('[data-q-probe]', 'data-q-probe')) {
      const fonts = await fontsOf(nodeId);
      // A probe that was not laid out reports no font at all: that must fail, not pass as "no system font".
      if (fonts.length === 0) throw new Error(`the font probe for ${groups[id]} reports no font: it was not laid out`);
      const system = systemOnly(fonts);
      if (system.length > 0) flagged.set(id, system);
    }
    if (flagged.size > 0) {
      const perNode = await Promise.all(
        (await idsOf('[data-q-font]', 'data-q-font'))
          .filter(({ id }) => flagged.has(marked[id]?.group ?? -1))
          .map(async ({ nodeId, id }) => ({ id, fonts: await fontsOf(nodeId) })),
      );
      const named = new Set<number>();
      for (const { id, fonts } of perNode) {
        const system = systemOnly(fonts);
        if (system.length === 0) continue;
        // The fonts cover the element's whole inline text. Other characters (Latin Dutch terms, digits,
        // punctuation, spaces) may come from anywhere and are at most one glyph each: more system glyphs
        // than those means characters of the script itself were drawn by a system font.
        const { text, tag, group } = marked[id] ?? { text: '', tag: '?', group: -1 };
        const other = [...text].filter((c) => !chars.test(c)).length;
        const systemGlyphs = system.reduce((a, f) => a + f.glyphCount, 0);
        if (systemGlyphs > other) {
          named.add(group);
          const sample = [...text].filter((c) => chars.test(c)).join('').slice(0, 30);
          out.add(`<${tag}> "${text.replace(/\s+/g, ' ').trim().slice(0, 40)}": ${systemGlyphs - other}+ glyphs of the script ("${sample}…") drawn with system font(s) ${system.map((f) => `${f.familyName} (${f.glyphCount} glyphs)`).join(', ')}`);
        }
      }
      for (const [id, system] of flagged) {
        if (!named.has(id)) out.add(`texts in ${groups[id]}: their script's letters were drawn with system font(s) ${system.map((f) => `${f.familyName} (${f.glyphCount} glyphs)`).join(', ')}`);
      }
    }
  } finally {
    await page.evaluate(() => {
      document.querySelectorAll<HTMLElement>('[data-q-font]').forEach((e) => delete e.dataset.qFont);
      document.querySelectorAll('[data-q-probe]').forEach((e) => e.remove());
    });
    await cdp.detach();
  }
  return [...out];
}

const { present, missing } = presentLanguages();

describe('languages', () => {
  it('all sixteen languages have catalogs in locales/', () => {
    expect(
      missing.map((l) => `${l.code} (${l.englishName}, ${l.nativeName}) has no locales/${l.code}/common.json`),
      'languages missing from locales/',
    ).toEqual([]);
  });

  // One page and one case for all the languages, as a person switching language would have: the case is
  // entered once (in the first language), then each language is chosen on the picker (#/language). The
  // timeline shows that same case in every language.
  let page: Page | undefined;
  async function inLanguage(code: string): Promise<Page> {
    if (page) {
      await page.setViewportSize(VIEWPORTS[0]);
      await switchLanguage(page, code);
      return page;
    }
    page = await h.newPage({ viewport: VIEWPORTS[0] });
    await start(h, page, code);
    await enterCase(page);
    return page;
  }

  for (const lang of present) {
    it(`${lang.code} (${lang.englishName}): home, a step and the timeline at 1280×800 and 800×600`, async () => {
      const page = await inLanguage(lang.code);
      const problems: string[] = [];
      const dir = await page.evaluate(() => document.documentElement.dir);
      expect(dir, `dir of ${lang.code}`).toBe(RTL.has(lang.code) ? 'rtl' : 'ltr');
      // Each page is loaded once and checked at both sizes (resized in place, as a person resizing the
      // window would), the sizes alternating so that each page starts in the size the last one ended in.
      let vps: readonly (typeof VIEWPORTS)[number][] = VIEWPORTS;
      for (const p of PAGES) {
        await go(page, p.hash);
        if (p.name === 'timeline') await page.locator('ol.tl li[data-id]').first().waitFor();
        for (const vp of vps) {
          if (page.viewportSize()?.width !== vp.width) {
            await page.setViewportSize(vp);
            await settle(page);
          }
          const where = `${lang.code} ${p.name} ${vp.width}x${vp.height}`;
          const d = await page.evaluate(() => document.documentElement.dir);
          if (d !== (RTL.has(lang.code) ? 'rtl' : 'ltr')) problems.push(`${where}: dir="${d}"`);
          problems.push(...(await overflowProblems(page, where)));
          problems.push(...(await clippedText(page, where)));
          problems.push(...(await missingMarkers(page, where)));
          // Words and fonts do not depend on the viewport: checked once per page.
          if (vp === VIEWPORTS[0]) {
            problems.push(...(await englishDates(page, where, lang)));
            problems.push(...(await fontProblems(page, where, lang)));
          }
          await shot(page, `lang-${lang.code}-${p.name}-${vp.width}x${vp.height}`);
        }
        vps = [...vps].reverse();
      }
      expect(report(problems)).toBe('');
      expect(h.foreignRequests).toEqual([]);
    }, 60_000);
  }

  it('support worker: Arabic beside Dutch on a step page, row by row', async () => {
    const page = await h.newPage({ viewport: { width: 1280, height: 800 } });
    await start(h, page, 'ar');
    await go(page, '#/settings');
    // The second-language select, found by its Dutch option (language-independent).
    const select = page.locator('select:has(option[value="nl"])');
    await select.selectOption('nl');
    await go(page, '#/procedure/step/decision');
    const rows = page.locator('main .bi-row');
    await rows.first().waitFor();
    const cells = await rows.evaluateAll((rs) =>
      rs.map((r) => {
        const kids = [...r.children] as HTMLElement[];
        const [a, b] = kids;
        const box = (e?: HTMLElement) => e?.getBoundingClientRect();
        return {
          count: kids.length,
          firstText: (a?.textContent ?? '').trim().slice(0, 40),
          secondText: (b?.textContent ?? '').trim().slice(0, 40),
          firstDir: a ? getComputedStyle(a).direction : '',
          secondDir: b ? getComputedStyle(b).direction : '',
          secondLang: b?.closest('[lang]')?.getAttribute('lang') ?? '',
          secondDirAttr: b?.getAttribute('dir') ?? '',
          topA: box(a)?.top ?? NaN,
          topB: box(b)?.top ?? NaN,
          leftA: box(a)?.left ?? NaN,
          leftB: box(b)?.left ?? NaN,
          visible: r.checkVisibility(),
        };
      }),
    );
    const problems: string[] = [];
    expect(cells.length, 'paragraphs shown in two languages').toBeGreaterThan(2);
    for (const [i, c] of cells.entries()) {
      if (!c.visible) continue;
      const where = `row ${i + 1} "${c.firstText}"`;
      if (c.count !== 2) problems.push(`${where}: ${c.count} cells`);
      if (!c.secondText) problems.push(`${where}: the Dutch cell is empty`);
      if (c.secondLang !== 'nl') problems.push(`${where}: second cell lang="${c.secondLang}"`);
      if (c.secondDirAttr !== 'ltr' || c.secondDir !== 'ltr') problems.push(`${where}: second cell dir="${c.secondDirAttr}" (computed ${c.secondDir})`);
      if (c.firstDir !== 'rtl') problems.push(`${where}: first cell direction ${c.firstDir}`);
      if (Math.abs(c.topA - c.topB) > 2) problems.push(`${where}: tops ${Math.round(c.topA)} and ${Math.round(c.topB)} differ by more than 2 px`);
      // Right to left: the person's language (first column) on the right.
      if (!(c.leftA > c.leftB)) problems.push(`${where}: the Arabic column is not on the right (x ${Math.round(c.leftA)} vs ${Math.round(c.leftB)})`);
      if (c.secondText.includes('[EN]') || c.firstText.includes('[EN]')) problems.push(`${where}: "[EN]" shown`);
    }
    // Both columns are really there: Arabic text in the first, Latin (Dutch) in the second.
    expect(cells.some((c) => /\p{Script=Arabic}/u.test(c.firstText))).toBe(true);
    expect(cells.some((c) => /^[\p{Script=Latin}\d\s\p{P}]+$/u.test(c.secondText) && c.secondText.length > 10)).toBe(true);
    problems.push(...(await overflowProblems(page, 'ar+nl step')));
    await settle(page);
    await shot(page, 'lang-ar-nl-side-by-side-step-1280x800');
    expect(report(problems)).toBe('');
    expect(h.foreignRequests).toEqual([]);
  });

  it('the checks themselves find clipped text, an "[EN]" gap, a date in English and a system font', async () => {
    const page = await h.newPage({ viewport: { width: 800, height: 600 } });
    await start(h, page, 'ar');
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const clip = document.createElement('p');
      clip.style.cssText = 'overflow:hidden;white-space:nowrap;width:60px';
      clip.textContent = 'نص طويل جدا لا يتسع في هذا الصندوق الصغير';
      const gap = document.createElement('p');
      gap.textContent = '[EN] Untranslated';
      const date = document.createElement('p');
      date.textContent = 'December 23, 2026';
      const system = document.createElement('p');
      system.style.fontFamily = 'serif';
      system.textContent = 'نص بخط النظام';
      main.append(clip, gap, date);
      // First in the body, so its font group is the first one asked (a group asked first once came back
      // empty when the probes were not yet laid out).
      document.body.prepend(system);
    });
    expect((await clippedText(page, 'probe')).some((l) => l.includes('cut off sideways'))).toBe(true);
    expect(await missingMarkers(page, 'probe')).toHaveLength(1);
    expect(await englishDates(page, 'probe', language('ar'))).toHaveLength(1);
    expect((await systemFontFallbacks(page, /\p{Script=Arabic}/u)).some((l) => l.includes('نص بخط النظام'))).toBe(true);
  });

  it('made no network request', () => {
    expect(h.foreignRequests).toEqual([]);
  });
});
