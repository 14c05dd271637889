import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, shot, startHarness, type Harness } from './harness';
import arCommon from '../../locales/ar/common.json';
import { presentLanguages } from './lib/app';
import { startPage, type StartPage } from '../../electron/main/prerenderedPage';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('app shell in Chromium', () => {
  it('starts at the language picker, marks itself ready, and shows the preview banner', async () => {
    const page = await h.newPage();
    await openApp(h, page);
    expect(await page.evaluate(() => performance.getEntriesByName('app-ready').length)).toBe(1);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Choose your language');
    await shot(page, 'picker');
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'What do you want to know?' }).waitFor();
    expect(await page.getByRole('status').first().textContent()).toContain('nothing you enter is saved');
    await shot(page, 'home-en');
  });

  it('has the picker on screen before its script has run: prerendered in the page, with every language', async () => {
    // Without scripts the page shows what it shows before the app's script has run.
    const context = await h.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${h.baseUrl}index.html`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Choose your language');
      const names = await page.locator('.picker__native').allTextContents();
      expect(names).toEqual(presentLanguages().present.map((l) => l.nativeName));
      // Drawn by the stylesheet: the CSP refuses an inline style in the page.
      const mask = await page.locator('.picker__globe').evaluate((el) => getComputedStyle(el).maskImage);
      expect(mask).toMatch(/^url\(/);
    } finally {
      await context.close();
    }
  });

  it('takes the prerendered picker over as it is: the buttons there before its script ran are the ones that work', async () => {
    const page = await h.newPage();
    await page.addInitScript(() => {
      // 'interactive' comes once the page is parsed, before its module scripts run.
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const w = window as unknown as { __early?: Element | null; __busy?: string | null };
        w.__early = document.querySelector('.picker__button[lang="nl"]');
        w.__busy = document.getElementById('root')?.getAttribute('aria-busy') ?? null;
      });
    });
    await openApp(h, page);
    const early = await page.evaluate(() => {
      const w = window as unknown as { __early?: Element | null; __busy?: string | null };
      return { same: Boolean(w.__early?.isConnected) && w.__early === document.querySelector('.picker__button[lang="nl"]'), busy: w.__busy };
    });
    expect(early).toEqual({ same: true, busy: 'true' });
    expect(await page.locator('#root').getAttribute('aria-busy')).toBeNull();
    await page.evaluate(() => (window as unknown as { __early: HTMLElement }).__early.click());
    await page.getByRole('heading', { level: 1, name: 'Wat wil je weten?' }).waitFor();
  });

  it('at a first start, the picker works by keyboard before React and the rest of the app are loaded: a choice then waits for them', async () => {
    const page = await h.newPage();
    // The rest of the app (mount-*.js, React with it) is held back until the test lets it go.
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    let asked = false;
    await page.route(/\/mount-[^/]*\.js$/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await openApp(h, page);
    await page.getByRole('button', { name: /Nederlands/ }).focus();
    await page.keyboard.press('Enter');
    // Taken, and waiting: busy, the picker still there with the choice shown, and the page still English.
    expect(await page.locator('#root').getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('.picker__button--chosen').getAttribute('lang')).toBe('nl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    // It was the page's own handler: the rest of the app was asked for and held, and React has not taken over.
    expect(asked).toBe(true);
    expect(await page.evaluate(() => performance.getEntriesByName('picker-hydrated').length)).toBe(0);
    letGo();
    await page.getByRole('heading', { level: 1, name: 'Wat wil je weten?' }).waitFor();
    expect(await page.locator('#root').getAttribute('aria-busy')).toBeNull();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await page.close();
  });

  it('starts from the pages app:// serves a start at home and a kiosk: the rest of the app as a second script', async () => {
    // The browser preview is served the first start's page; these are the others, as main makes them.
    const cases: [string, StartPage][] = [
      ['', { picker: false, wholeApp: true }],
      ['?mode=kiosk', { picker: true, wholeApp: true }],
    ];
    for (const [query, choice] of cases) {
      const page = await h.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
      page.on('response', (r) => void (r.status() >= 400 && errors.push(`${r.status()}: ${r.url()}`)));
      await page.route(/\/index\.html/, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: startPage(await response.text(), choice) });
      });
      await openApp(h, page, query);
      const name = JSON.stringify(choice);
      expect(await page.locator('head script[type="module"][src*="/mount-"]').count(), name).toBe(1);
      // Loaded once, as the page's second script (the app's own import then finds it there).
      const fetched = await page.evaluate(() =>
        performance.getEntriesByType('resource').filter((e) => /\/mount-[^/]*\.js$/.test(e.name)).map((e) => (e as PerformanceResourceTiming).initiatorType),
      );
      expect(fetched, name).toEqual(['script']);
      expect(await page.locator('#root').getAttribute('aria-busy'), name).toBeNull();
      await page.getByRole('button', { name: /English/ }).click();
      await page.getByRole('heading', { level: 1, name: 'What do you want to know?' }).waitFor();
      expect(errors, name).toEqual([]);
      await page.close();
    }
  });

  it('switching to Arabic sets dir="rtl" and mirrors the layout', async () => {
    const page = await h.newPage();
    await openApp(h, page);
    await page.getByRole('button', { name: /العربية/ }).click();
    await page.getByRole('heading', { level: 1, name: arCommon.home.title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    // Mirrored: the brand sits at the right edge, the nav at the left.
    const brand = await page.locator('.brand').boundingBox();
    const nav = await page.locator('.topnav').boundingBox();
    expect(brand && nav && brand.x > nav.x).toBe(true);
    await shot(page, 'home-ar');
  });

  it('navigates to every main area by keyboard and by click, with visible focus', async () => {
    const page = await h.newPage();
    await openApp(h, page);
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'What do you want to know?' }).waitFor();
    // Keyboard: the first Tab reaches the skip link, and it is visible when focused.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    for (const [name, hash] of [
      ['The procedure step by step', '#/procedure'],
      ['My timeline', '#/timeline'],
      ['My rights and duties', '#/rights'],
      ['Work and taking part', '#/work'],
      ['Letters explained', '#/letters'],
      ['Help and organisations', '#/help'],
    ] as const) {
      await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
      const tile = page.getByRole('link', { name: new RegExp(name) });
      await tile.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`**/index.html${hash}`);
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await shot(page, `area-${hash.slice(2)}`);
    }
  });

  it('opens each new screen at its top, with focus on it, however far the last one was scrolled', async () => {
    const page = await h.newPage();
    await openApp(h, page);
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'What do you want to know?' }).waitFor();
    // Two long pages, each left far down: focusing the new page alone used to bring it into view
    // centred, the help page's middle.
    for (const [from, to, name] of [
      ['#/procedure', '#/help', 'Help and organisations'],
      ['#/help', '#/procedure', 'The procedure step by step'],
    ] as const) {
      await page.evaluate((hash) => (location.hash = hash), from);
      await page.waitForFunction((hash) => document.documentElement.dataset.route === hash.slice(1), from);
      // Long lists render their first entries with the screen and the rest in idle time (later on a busy machine).
      await page.waitForFunction(() => document.documentElement.scrollHeight - window.innerHeight > 1000);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
      // Focus on the header's link (it stays across the switch), as after a click on it.
      await page.locator('.brand').evaluate((a: HTMLElement) => a.focus({ preventScroll: true }));
      await page.evaluate((hash) => (location.hash = hash), to);
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await page.waitForFunction((hash) => document.documentElement.dataset.route === hash.slice(1), to);
      // A long page, so a scroll kept from the last one (or a centred focus) would show.
      await page.waitForFunction(() => document.documentElement.scrollHeight - window.innerHeight > 500);
      // Focus moves once the new screen is painted.
      await page.waitForFunction(() => document.activeElement?.tagName === 'MAIN', undefined, { timeout: 15_000 });
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    }
    // A page that puts focus on something of its own keeps it: the search starts in its box.
    await page.locator('.brand').evaluate((a: HTMLElement) => a.focus({ preventScroll: true }));
    await page.evaluate(() => (location.hash = '#/search'));
    await page.waitForFunction(() => document.documentElement.dataset.route === '/search');
    await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT', undefined, { timeout: 15_000 });
    await page.waitForTimeout(300); // past the frame after which focus would have moved to main
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
  });

  it('rehearses the first screen of every area out of sight before its first visit, and leaves nothing in the page', async () => {
    const page = await h.newPage();
    // React tells a developer tool of every commit: a stand-in for one sees the rehearsals, which the page
    // itself never shows. It keeps the headings committed outside the document.
    await page.addInitScript(() => {
      // Each heading committed outside the document, and whether React held it hidden (an <Activity>
      // in hidden mode, whose effects do not run).
      const outside: { text: string; hidden: boolean }[] = [];
      (window as unknown as { __outside: typeof outside }).__outside = outside;
      // A promise the page leaves rejected (React retrying a rehearsal that is gone did that once).
      const rejected: string[] = [];
      (window as unknown as { __rejected: string[] }).__rejected = rejected;
      window.addEventListener('unhandledrejection', (e) => rejected.push(String(e.reason)));
      type Fiber = { type: unknown; stateNode: unknown; memoizedProps: { mode?: unknown } | null; child: Fiber | null; sibling: Fiber | null };
      const walk = (f: Fiber | null, hidden: boolean) => {
        for (; f; f = f.sibling) {
          const here = hidden || f.memoizedProps?.mode === 'hidden';
          if (f.type === 'h1' && f.stateNode instanceof Element && !f.stateNode.isConnected) outside.push({ text: f.stateNode.textContent?.trim() ?? '', hidden: here });
          walk(f.child, here);
        }
      };
      (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
        supportsFiber: true,
        renderers: new Map(),
        inject: () => 1,
        checkDCE: () => undefined,
        onScheduleFiberRoot: () => undefined,
        onCommitFiberUnmount: () => undefined,
        onPostCommitFiberRoot: () => undefined,
        onCommitFiberRoot: (_id: number, root: { current: Fiber }) => walk(root.current, false),
      };
    });
    await openApp(h, page);
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'What do you want to know?' }).waitFor();
    const tiles = await page.locator('main a.tile').evaluateAll((links) =>
      links.map((a): [string, string] => [a.getAttribute('href') ?? '', a.querySelector('.tile__title')?.textContent?.trim() ?? '']),
    );
    expect(tiles.length).toBeGreaterThanOrEqual(7);
    // What a rehearsal might leave behind: anything added to the page, where focus is, the scroll.
    await page.evaluate(() => {
      const added: string[] = [];
      (window as unknown as { __added: string[] }).__added = added;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && !n.closest('#icon-warmup')) added.push(n.outerHTML.slice(0, 80));
      }).observe(document.body, { childList: true, subtree: true });
    });
    const before = await page.evaluate(() => [document.activeElement?.outerHTML.slice(0, 60), window.scrollY, document.title]);
    await page.waitForFunction(() => performance.getEntriesByName('prefetch-done').length > 0, undefined, { timeout: 30_000 });
    const outside = await page.evaluate(() => (window as unknown as { __outside: { text: string; hidden: boolean }[] }).__outside);
    expect(outside.filter((o) => !o.hidden)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __rejected: string[] }).__rejected)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __added: string[] }).__added)).toEqual([]);
    expect(await page.evaluate(() => [document.activeElement?.outerHTML.slice(0, 60), window.scrollY, document.title])).toEqual(before);
    expect(await page.locator('h1').count()).toBe(1);
    // Each tile's area: the heading its visit shows was committed outside the document before that visit.
    for (const [href, title] of tiles) {
      await page.evaluate((hash) => (location.hash = hash), href);
      await page.waitForFunction((route) => document.documentElement.dataset.route === route, href.slice(1));
      const heading = (await page.locator('.shell main h1').first().textContent())?.trim() ?? '';
      expect(heading, `${href} (${title})`).not.toBe('');
      expect(outside.map((o) => o.text), `${href}: rehearsed`).toContain(heading);
    }
  });

  it('makes no network request beyond its own files', async () => {
    const page = await h.newPage();
    await openApp(h, page);
    await page.getByRole('button', { name: /Nederlands/ }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    expect(h.foreignRequests).toEqual([]);
  });

  it('carries the CSP in the built page', async () => {
    const page = await h.newPage();
    await openApp(h, page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    // A script injected from elsewhere is refused by the policy.
    const blocked = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
          const s = document.createElement('script');
          s.textContent = 'window.__injected = true';
          document.body.append(s);
          setTimeout(() => resolve(false), 500);
        }),
    );
    expect(blocked).toBe(true);
  });
});
