/**
 * The walks of the quality checks over every route (quality*.e2e.ts): axe per route and in the states a
 * route shows only after input, and the screen-reader basics from Chromium's accessibility tree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { startHarness, type Harness } from '../harness';
import { allRoutes, enterCase, go, language, start, WALK_TIMEOUT } from './app';
import { axeLines } from './checks';

export function report(lines: string[]): string {
  return lines.length ? `\n${lines.join('\n')}\n` : '';
}

/**
 * axe on every route, in one page (a hash change per route). `alsoCheck` runs on the same rendered page
 * after axe, so a walk serves every check that looks at the same page (its lines are kept apart).
 */
async function axeEveryRoute(
  page: Page,
  lng: string,
  alsoCheck?: (page: Page, route: string) => Promise<string[]>,
): Promise<{ axe: string[]; also: string[] }> {
  const found = { axe: [] as string[], also: [] as string[] };
  for (const r of allRoutes()) {
    await go(page, r.hash);
    found.axe.push(...(await axeLines(page, `${lng} ${r.hash}`)));
    if (alsoCheck) found.also.push(...(await alsoCheck(page, r.hash)));
  }
  return found;
}

/** The states behind input: form errors, a case on the timeline, the QR panel, the delete confirmation. */
async function axeStates(page: Page, lng: string): Promise<string[]> {
  const problems: string[] = [];
  // The case form, sent with an impossible date: field errors and the summary alert.
  await go(page, '#/timeline/case');
  await page.locator('input[name="procedure"][value="asylum"]').check();
  const parts = page.locator('fieldset.datepick[data-field="application"] select');
  await parts.nth(0).selectOption('31');
  await parts.nth(1).selectOption('2');
  await parts.nth(2).selectOption({ index: 2 });
  await page.locator('form button[type="submit"]').click();
  await page.locator('[role="alert"]').first().waitFor();
  problems.push(...(await axeLines(page, `${lng} #/timeline/case (with errors)`)));
  // Fix it: clear the date by choosing "not chosen" again.
  await parts.nth(0).selectOption('');
  await parts.nth(1).selectOption('');
  await parts.nth(2).selectOption('');

  await enterCase(page);
  problems.push(...(await axeLines(page, `${lng} #/timeline (with a case)`)));
  await page.locator('button[aria-controls="tl-qr"]').click();
  await page.locator('#tl-qr img, #tl-qr canvas, #tl-qr svg').first().waitFor();
  problems.push(...(await axeLines(page, `${lng} #/timeline (QR open)`)));
  await page.locator('.tl-actions .button--danger').click();
  await page.locator('[role="alertdialog"]').waitFor();
  problems.push(...(await axeLines(page, `${lng} #/timeline (delete confirmation)`)));
  await page.locator('[role="alertdialog"] .button--danger').click();
  await page.locator('ol.tl').waitFor({ state: 'detached' });

  await go(page, '#/settings');
  await page.locator('.button--danger').click();
  await page.locator('[role="alertdialog"]').waitFor();
  problems.push(...(await axeLines(page, `${lng} #/settings (delete confirmation)`)));
  return problems;
}

/**
 * One CDP session with the accessibility domain on, per page, for a whole walk, instead of a session per
 * route that turned Chromium's accessibility tree on (building it from nothing) and off again. Chromium
 * keeps the tree up to date from then on (an outside check found it current after every change); the
 * session ends with the page.
 */
const axSessions = new WeakMap<Page, Promise<CDPSession>>();
function axSession(page: Page): Promise<CDPSession> {
  let session = axSessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page).then(async (cdp) => {
      await cdp.send('Accessibility.enable');
      return cdp;
    });
    axSessions.set(page, session);
  }
  return session;
}

/** Landmarks, headings and names from Chromium's own accessibility tree. */
async function screenReaderProblems(page: Page, where: string, opts: { nav: boolean }): Promise<string[]> {
  const out: string[] = [];
  const dom = await page.evaluate(() => ({
    h1: [...document.querySelectorAll('h1')].map((x) => (x.textContent ?? '').trim()),
    main: document.querySelectorAll('main, [role="main"]').length,
  }));
  if (dom.h1.length !== 1) out.push(`${dom.h1.length} h1 elements (${dom.h1.map((t) => `"${t}"`).join(', ')})`);
  if (dom.main !== 1) out.push(`${dom.main} main landmarks`);

  const cdp = await axSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: {
      ignored: boolean;
      role?: { value: string };
      name?: { value: string };
      backendDOMNodeId?: number;
    }[];
  };
  const live = nodes.filter((n) => !n.ignored);
  const describeNode = async (n: { backendDOMNodeId?: number }) => {
    if (!n.backendDOMNodeId) return '?';
    const { node } = (await cdp.send('DOM.describeNode', { backendNodeId: n.backendDOMNodeId })) as {
      node: { localName: string; attributes?: string[] };
    };
    const attrs = node.attributes ?? [];
    const pairs: string[] = [];
    for (let i = 0; i < attrs.length; i += 2) if (/^(class|type|name|id|href)$/.test(attrs[i]!)) pairs.push(`${attrs[i]}="${attrs[i + 1]}"`);
    return `<${node.localName} ${pairs.join(' ')}>`;
  };
  const navs = live.filter((n) => n.role?.value === 'navigation');
  if (opts.nav) {
    if (navs.length === 0) out.push('no navigation landmark');
    for (const n of navs) if (!n.name?.value.trim()) out.push(`navigation without a name: ${await describeNode(n)}`);
  }
  const CONTROL_ROLES = new Set([
    'button', 'link', 'textbox', 'searchbox', 'combobox', 'listbox', 'checkbox', 'radio', 'switch',
    'slider', 'spinbutton', 'menuitem', 'tab', 'date', 'DateTime', 'InputTime', 'ComboBoxSelect', 'PopUpButton',
  ]);
  for (const n of live) {
    if (!n.role || !CONTROL_ROLES.has(n.role.value)) continue;
    if (!n.name?.value.trim()) out.push(`${n.role.value} without an accessible name: ${await describeNode(n)}`);
  }
  return out.map((l) => `${where}: ${l}`);
}

/**
 * The tests of one language's walk over every route (one file per language, so the walks run side by
 * side): axe on every route and in the states behind input; with `screenReader`, the screen-reader
 * basics on the same rendered pages. The walk runs once, before the tests (only when one of them runs);
 * each test reports its own check.
 */
export function everyRouteTests(lng: string, opts: { screenReader?: boolean } = {}): void {
  describe(`every route in ${language(lng).englishName}`, () => {
    let h: Harness;
    const found = { dir: '', axe: [] as string[], screenReader: [] as string[] };
    beforeAll(async () => {
      h = await startHarness();
      const page = await h.newPage();
      await start(h, page, lng);
      found.dir = await page.evaluate(() => document.documentElement.dir);
      const walk = await axeEveryRoute(
        page,
        lng,
        // The picker is a single choice before the app's frame: it has no navigation to name.
        opts.screenReader ? (p, route) => screenReaderProblems(p, route, { nav: route !== '#/language' }) : undefined,
      );
      found.axe.push(...walk.axe, ...(await axeStates(page, lng)));
      found.screenReader.push(...walk.also);
    }, WALK_TIMEOUT);
    afterAll(async () => {
      await h?.close();
    });

    it(`${lng}: no axe violation on any route, nor with a case, errors or a confirmation open`, () => {
      expect(found.dir).toBe(language(lng).dir);
      expect(report(found.axe)).toBe('');
    });
    if (opts.screenReader) {
      it(`${lng}: every route: one h1, one main, a named nav, every control named`, () => {
        expect(report(found.screenReader)).toBe('');
      });
    }
    it(`${lng}: the walk made no network request`, () => {
      expect(h.foreignRequests).toEqual([]);
    });
  });
}
