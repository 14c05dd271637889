import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import enCommon from '@locales/en/common.json';
import { startHarness, type Harness } from './harness';
import { allRoutes, enterCase, go, start, WALK_TIMEOUT } from './lib/app';
import { motionProblems, overflowProblems, targetProblems } from './lib/checks';

/**
 * Large text and reduced motion, on every route at 1280×800:
 *  - text at 200 % (the root font size, as a browser's text zoom does) and, separately, the app's own
 *    Settings → "Large text for presenting": no horizontal scrolling, and every control still
 *    reachable and at least 44×44 CSS px (the rule is documented at `targetProblems` in lib/checks.ts:
 *    checkboxes and radios are measured by their label; inline links and link-styled buttons inside a
 *    sentence are exempt from the size, not from being reachable);
 *  - with `prefers-reduced-motion: reduce`, nothing transitions or animates.
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

async function walk(page: Page, label: string, check: (page: Page, where: string) => Promise<string[]>): Promise<string[]> {
  const problems: string[] = [];
  for (const r of allRoutes()) {
    await go(page, r.hash);
    problems.push(...(await check(page, `${label} ${r.hash}`)));
  }
  return problems;
}

const layoutCheck = async (page: Page, where: string) => [
  ...(await overflowProblems(page, where)),
  ...(await targetProblems(page, where)),
];

/**
 * English at 200 % text and with reduced motion in one walk: each route is loaded once, its layout
 * checked at 200 % text (no motion preference, as most readers of large text have), then, on the same
 * rendered route, `prefers-reduced-motion: reduce` is emulated for the motion check and switched off
 * again. The two checks read different things (boxes; transition and animation durations), and the
 * app's CSS has no media or container query that the root font size could change, so sharing the page
 * load changes neither; each test reports its own check.
 */
describe('English at 200 % text, and with reduced motion', () => {
  const found = { fontSize: '', reduceMatches: true, layout: [] as string[], motion: [] as string[] };
  beforeAll(async () => {
    const page = await h.newPage({ viewport: { width: 1280, height: 800 } });
    await start(h, page, 'en');
    await enterCase(page); // the timeline route then shows a whole case
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    found.fontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    const motion = async (where: string) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      found.reduceMatches &&= await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches);
      found.motion.push(...(await motionProblems(page, where)));
      await page.emulateMedia({ reducedMotion: 'no-preference' });
    };
    for (const r of allRoutes()) {
      await go(page, r.hash);
      found.layout.push(...(await layoutCheck(page, `en 200% ${r.hash}`)));
      await motion(`en reduced motion ${r.hash}`);
    }
    // The states that open something: the QR panel and a confirmation.
    await go(page, '#/timeline');
    await page.locator('button[aria-controls="tl-qr"]').click();
    // The code itself comes a moment later (the QR library is a chunk of its own): check the panel as it ends up.
    await page.locator('#tl-qr img').waitFor();
    await motion('en reduced motion #/timeline (QR open)');
    await go(page, '#/settings');
    await page.getByRole('button', { name: enCommon.settings.deleteAll }).click();
    await page.locator('.confirm[role="alertdialog"]').waitFor();
    await motion('en reduced motion #/settings (delete confirmation open)');
  }, WALK_TIMEOUT);

  it('en: at 200 % text no route scrolls sideways and every control stays reachable and ≥ 44×44', () => {
    expect(found.fontSize).toBe('32px');
    expect(report(found.layout)).toBe('');
  });

  it('with prefers-reduced-motion: reduce, no element or pseudo-element has a transition or animation', () => {
    expect(found.reduceMatches).toBe(true);
    expect(report(found.motion)).toBe('');
  });
});

describe('large text', () => {
  it(`ar: at 200 % text no route scrolls sideways and every control stays reachable and ≥ 44×44`, async () => {
    const page = await h.newPage({ viewport: { width: 1280, height: 800 } });
    await start(h, page, 'ar');
    await enterCase(page); // the timeline route then shows a whole case
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    expect(report(await walk(page, 'ar 200%', layoutCheck))).toBe('');
  }, WALK_TIMEOUT);

  it('en: with Settings → "Large text for presenting" no route scrolls sideways and every control stays reachable and ≥ 44×44', async () => {
    const page = await h.newPage({ viewport: { width: 1280, height: 800 } });
    await start(h, page, 'en');
    await enterCase(page);
    await go(page, '#/settings');
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await page.getByRole('checkbox', { name: enCommon.settings.present }).check();
    await page.waitForFunction((b) => parseFloat(getComputedStyle(document.documentElement).fontSize) > b, before);
    expect(report(await walk(page, 'en presenting', layoutCheck))).toBe('');
  }, WALK_TIMEOUT);
});

describe('the checks themselves', () => {
  it('the motion check itself sees a transition when one is there', async () => {
    const page = await h.newPage({ reducedMotion: 'no-preference' });
    await start(h, page, 'en');
    await page.evaluate(() => {
      const d = document.createElement('div');
      d.className = 'q-probe';
      d.style.transition = 'opacity 0.3s';
      document.body.append(d);
    });
    expect((await motionProblems(page, 'probe')).some((l) => l.includes('q-probe'))).toBe(true);
    const small = await page.evaluate(() => {
      const b = document.createElement('button');
      b.textContent = 'x';
      b.style.cssText = 'display:inline-block;width:20px;height:20px;padding:0';
      document.querySelector('main')?.append(b);
      return true;
    });
    expect(small).toBe(true);
    expect((await targetProblems(page, 'probe')).some((l) => l.includes('20×20'))).toBe(true);
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.width = '3000px';
      wide.textContent = 'wide';
      document.querySelector('main')?.append(wide);
    });
    expect((await overflowProblems(page, 'probe')).length).toBeGreaterThan(0);
  });
});

describe('network', () => {
  it('made no network request', () => {
    expect(h.foreignRequests).toEqual([]);
  });
});
