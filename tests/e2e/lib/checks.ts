/**
 * Checks that run inside the page and return readable problem lines
 * ("what: where"), so a failing test says exactly what is wrong.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core on the page, as readable lines: by default the WCAG 2.2 AA tags on the whole page; `include`
 * limits it to a part (a CSS selector), `tags: 'all'` runs every rule axe runs by default.
 *
 * axe is injected into the page once per document and then run in the page itself (`axe.run`, what
 * @axe-core/playwright's legacy mode does): a route change by hash keeps the document, so a walk over
 * every route parses axe's half a megabyte of source once instead of twice per route (the wrapper
 * injects it anew on every call), which was most of the time of a walk. The rules, options and results
 * are axe's own; the app has no iframes (checked here), so nothing is missed by not using runPartial.
 */
export async function axeLines(page: Page, where: string, opts: { include?: string; tags?: 'all' } = {}): Promise<string[]> {
  if (page.frames().length !== 1) throw new Error(`${where}: the page has iframes; axeLines checks only the top document`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async ({ include, tags }) => {
      const a = (window as unknown as { axe: typeof axe }).axe;
      const result = await a.run(include ? { include: [[include]] } : document, {
        ...(tags ? { runOnly: { type: 'tag' as const, values: tags } } : {}),
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })),
      }));
    },
    { include: opts.include, tags: opts.tags === 'all' ? undefined : WCAG_TAGS },
  );
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${where}: ${v.id} (${v.impact ?? '?'}) at ${n.target.join(' ')} — ${v.help}` +
        (n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').trim()}` : ''),
    ),
  );
}

/** Horizontal overflow of the document, the body and main: "scrollWidth > clientWidth + 1". */
export async function overflowProblems(page: Page, where: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const out: string[] = [];
    const targets: [string, Element | null][] = [
      ['html', document.documentElement],
      ['body', document.body],
      ['main', document.querySelector('main')],
    ];
    for (const [name, el] of targets) {
      if (!el) continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${name} scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
    }
    // Name the widest culprits, so the message says what to fix.
    if (out.length) {
      const vw = document.documentElement.clientWidth;
      const culprits = [...document.querySelectorAll('body *')]
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && (r.right > vw + 1 || r.left < -1);
        })
        .filter((e) => ![...e.children].some((c) => {
          const r = c.getBoundingClientRect();
          return r.width > 0 && (r.right > vw + 1 || r.left < -1);
        }))
        .slice(0, 5)
        .map((e) => {
          const r = e.getBoundingClientRect();
          const cls = typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
          return `${e.tagName.toLowerCase()}${cls} [${Math.round(r.left)}..${Math.round(r.right)}] "${(e.textContent ?? '').trim().slice(0, 40)}"`;
        });
      if (culprits.length) out.push(`widest: ${culprits.join('; ')}`);
    }
    return out;
  });
  return found.map((f) => `${where}: ${f}`);
}

/**
 * Interactive controls at large text sizes. Rule used (documented here and in the report):
 *  - controls are the visible `button`, `a[href]`, `select`, `input[type=checkbox]` and `input[type=radio]`;
 *  - "reachable": the control's box lies within the page horizontally (0 … page width) and is not cut
 *    off by an ancestor that clips overflow; a control that is off-screen until focused (the skip link)
 *    is focused first and measured then;
 *  - "≥ 44 × 44 CSS px": measured on the control's target. For a checkbox or radio inside (or
 *    labelled by a `for`) `<label>`, the label is the target: clicking it toggles the control.
 *  - exempt from the size (not from reachability): links and link-styled buttons that sit in a line of
 *    text — an inline-level box (computed `display: inline…`; a flex or grid item is blockified and so
 *    never exempt) whose nearest block ancestor has text of its own outside the control, such as a
 *    glossary link inside a sentence or a "Related: a, b, c" line (WCAG 2.5.8's "inline" exception).
 *    A link alone in its own paragraph is a control, not running text, and must be 44×44.
 */
export async function targetProblems(page: Page, where: string, min = 44): Promise<string[]> {
  const candidates = await page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'button, a[href], select, input[type="checkbox"], input[type="radio"]',
      ),
    ];
    return controls
      .map((el, i) => {
        el.dataset.qTarget = String(i);
        return { i, offscreen: (() => {
          const r = el.getBoundingClientRect();
          const sx = window.scrollX;
          return r.width > 0 && (r.bottom + window.scrollY < 0 || r.right + sx < 0);
        })() };
      })
      .filter((x) => x.offscreen)
      .map((x) => x.i);
  });
  const problems: string[] = [];
  // Off-screen until focused (a skip link): focus, measure, blur.
  for (const i of candidates) {
    const r = await page.evaluate((idx) => {
      const el = document.querySelector<HTMLElement>(`[data-q-target="${idx}"]`);
      if (!el) return null;
      el.focus();
      const b = el.getBoundingClientRect();
      const res = { x: b.left + window.scrollX, y: b.top + window.scrollY, w: b.width, h: b.height, text: (el.textContent ?? '').trim().slice(0, 40) };
      el.blur();
      return res;
    }, i);
    if (r && (r.y + r.h < 0 || r.x + r.w < 0)) problems.push(`${where}: not reachable even when focused: "${r.text}"`);
    if (r && (r.w < min || r.h < min)) problems.push(`${where}: "${r.text}" is ${Math.round(r.w)}×${Math.round(r.h)} when focused (< ${min})`);
  }
  const found = await page.evaluate(
    ({ min, skip }) => {
      const out: string[] = [];
      const pageWidth = document.documentElement.clientWidth;
      const describe = (el: Element) => {
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40) || el.getAttribute('aria-label') || '';
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        const p = el.parentElement;
        const pcls = p && typeof p.className === 'string' && p.className ? `.${p.className.trim().split(/\s+/).join('.')}` : '';
        return `${el.tagName.toLowerCase()}${cls} "${text}" (in ${p?.tagName.toLowerCase() ?? '?'}${pcls})`;
      };
      const blockAncestor = (el: Element): Element | null => {
        let p = el.parentElement;
        while (p && getComputedStyle(p).display.startsWith('inline')) p = p.parentElement;
        return p;
      };
      // Text in the same line box context: text nodes outside the control whose own nearest block
      // ancestor is this block (text in nested blocks is another paragraph, not the same sentence).
      const ownTextOutside = (block: Element, ctl: Element) => {
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (ctl.contains(n)) continue;
          if ((n.textContent ?? '').replace(/[\s\p{P}]/gu, '').length === 0) continue;
          const parent = n.parentElement;
          if (!parent) continue;
          const own = getComputedStyle(parent).display.startsWith('inline') ? blockAncestor(parent) : parent;
          if (own === block) return true;
        }
        return false;
      };
      for (const el of document.querySelectorAll<HTMLElement>('[data-q-target]')) {
        const idx = Number(el.dataset.qTarget);
        delete el.dataset.qTarget;
        if (skip.includes(idx)) continue;
        if (!el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        // Reachable: inside the page horizontally and not clipped away by an ancestor.
        const left = box.left + window.scrollX;
        const right = box.right + window.scrollX;
        if (left < -1 || right > pageWidth + 1) {
          out.push(`not reachable (outside the page, x ${Math.round(left)}..${Math.round(right)} of ${pageWidth}): ${describe(el)}`);
          continue;
        }
        let clipped = false;
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          const s = getComputedStyle(a);
          if (/(hidden|clip|auto|scroll)/.test(s.overflowX + s.overflowY)) {
            const ab = a.getBoundingClientRect();
            if (/(hidden|clip)/.test(s.overflowX + s.overflowY) &&
              (box.right < ab.left + 1 || box.left > ab.right - 1 || box.bottom < ab.top + 1 || box.top > ab.bottom - 1)) {
              clipped = true;
              break;
            }
          }
        }
        if (clipped) {
          out.push(`not reachable (clipped by an ancestor): ${describe(el)}`);
          continue;
        }
        // The target: a checkbox or radio is operated through its label.
        let target: Element = el;
        if (el instanceof HTMLInputElement) {
          const label = el.closest('label') ?? (el.labels && el.labels[0]) ?? null;
          if (label) target = label;
        }
        const t = target.getBoundingClientRect();
        if (t.width >= min - 0.5 && t.height >= min - 0.5) continue;
        const display = getComputedStyle(el).display;
        if (display.startsWith('inline') && (el.tagName === 'A' || el.tagName === 'BUTTON')) {
          const block = blockAncestor(el);
          if (block && ownTextOutside(block, el)) continue; // in a sentence: exempt
        }
        out.push(`${Math.round(t.width)}×${Math.round(t.height)} px (< ${min}×${min}): ${describe(el)}`);
      }
      return out;
    },
    { min, skip: candidates },
  );
  return [...problems, ...found.map((f) => `${where}: ${f}`)];
}

/** Every element's (and pseudo-element's) transition and animation durations: lines for those not 0s. */
export async function motionProblems(page: Page, where: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const out: string[] = [];
    const nonZero = (v: string) => v.split(',').some((d) => parseFloat(d) > 0.00001);
    const els = [document.documentElement, ...document.querySelectorAll('*')];
    for (const el of els) {
      for (const pseudo of [null, '::before', '::after', '::marker']) {
        const s = getComputedStyle(el, pseudo);
        if (pseudo && (s.content === 'none' || s.content === 'normal') && pseudo !== '::marker') continue;
        const tr = nonZero(s.transitionDuration) && s.transitionProperty !== 'none';
        const an = nonZero(s.animationDuration) && s.animationName !== 'none';
        if (tr || an) {
          const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
          out.push(
            `${el.tagName.toLowerCase()}${cls}${pseudo ?? ''}: ${tr ? `transition ${s.transitionProperty} ${s.transitionDuration}` : ''}${an ? ` animation ${s.animationName} ${s.animationDuration}` : ''}`,
          );
        }
      }
    }
    // Smooth scrolling is motion too.
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') out.push('html: scroll-behavior smooth');
    return out;
  });
  return found.map((f) => `${where}: ${f}`);
}

/** Describes the focused element and whether its focus is visible (an outline or a box-shadow). */
export async function focusState(page: Page): Promise<{ tag: string; desc: string; visible: boolean; programmatic: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) {
      return { tag: 'body', desc: 'nothing (focus on <body>)', visible: false, programmatic: false };
    }
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
    const r = el.getBoundingClientRect();
    const onScreen = r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent?.trim().slice(0, 50) ?? '';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return {
      tag: el.tagName.toLowerCase(),
      desc: `${el.tagName.toLowerCase()}${cls}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''} "${text || label}"`,
      visible: (outline || shadow) && onScreen,
      // Focus moved by the app (a page's main after a route change), not an interactive control.
      programmatic: el.getAttribute('tabindex') === '-1',
    };
  });
}
