import type { ComponentType } from 'react';
import type { FlatNamespace, i18n as I18n } from 'i18next';
import { allNamespaces } from '../i18n';
import { iconUrls } from '../components/Icon';
import { isRehearsed, rehearsalKey, rehearse } from './rehearsal';

/**
 * The prefetch: what App.tsx starts once the first screen is up. A chunk of its own, loaded then: the
 * first screen does not wait for its code.
 */

/** An area as the prefetch sees it (App.tsx's table of area routes). */
export interface PrefetchArea {
  id: string;
  path: string;
  namespaces: readonly FlatNamespace[];
  /** Its code (and what the areas share), loaded once. */
  preload: () => Promise<unknown>;
  /** Its routes, once its code is there. */
  loadedCode: () => ComponentType | undefined;
  /** Whether its first screen is rehearsed (the areas with a home tile). */
  rehearse: boolean;
}

/**
 * Prepares every icon while the page is idle (after the first area, once `loadAllIcons` is done). A mask
 * image that is an SVG becomes a small SVG document of its own the first time a style uses it, and a
 * screen with many new icons (the procedure map) spent most of its first visit on that. A hidden holder
 * that uses each icon once does it ahead of time and keeps them ready for as long as the page lives.
 */
function warmIcons(): void {
  if (document.getElementById('icon-warmup')) return;
  const holder = document.createElement('div');
  holder.id = 'icon-warmup';
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;inset-inline-start:-10px;inset-block-start:-10px;inline-size:1px;block-size:1px;overflow:hidden;pointer-events:none';
  for (const url of iconUrls()) {
    const icon = document.createElement('span');
    icon.className = 'icon';
    icon.style.maskImage = `url("${url}")`;
    holder.append(icon);
  }
  document.body.append(holder);
}

/** One step of the prefetch at a time, each when the page is idle, so input stays responsive meanwhile. */
function whenIdle(): Promise<void> {
  // A page being torn down (or a test environment after its test) has no window left: the prefetch stops.
  if (typeof window === 'undefined') return new Promise<void>(() => undefined);
  return new Promise((resolve) => {
    if (window.requestIdleCallback) window.requestIdleCallback(() => resolve(), { timeout: 200 });
    else window.setTimeout(resolve, 0);
  });
}

/**
 * Before a language is chosen (a person's first start, whose picker shows before the rest of the app:
 * app/pickerAlone.ts): every area's code, in the home page's order, one at a time when the page is idle, while
 * the person reads the names. The catalogs and rehearsals wait for the language (`prefetch`, once the app
 * is on screen, finds the code there).
 */
export async function prefetchCode(areas: readonly PrefetchArea[]): Promise<void> {
  for (const area of areas) {
    await whenIdle();
    await area.preload().catch(() => undefined);
  }
}

/**
 * Once the first screen is up, the areas' code and this language's catalogs load while the person reads:
 * area by area in the home page's order (the order people go), the first screen of each area with a
 * home tile rehearsed once in this language (./rehearsal.ts), then the remaining catalogs. After a
 * change of language the new language's catalogs load, and the areas are rehearsed in it, the same way.
 */
export async function prefetch(areas: readonly PrefetchArea[], i18n: I18n, current: () => boolean): Promise<void> {
  rehearse(null); // one a run in the language before left
  try {
    await prefetchAreas(areas, i18n, current);
  } finally {
    // A run that ends (or that a change of language ends) leaves nothing on the hidden stage.
    if (current()) rehearse(null);
  }
  await whenIdle();
  if (current()) await allNamespaces().then((all) => i18n.loadNamespaces(all)).catch(() => undefined);
  // For the end-to-end tests: everything is there (the last run's end, after a change of language).
  if (current()) performance.mark('prefetch-done');
}

async function prefetchAreas(areas: readonly PrefetchArea[], i18n: I18n, current: () => boolean): Promise<void> {
  // First every area's code and catalogs: a visit needs those most.
  for (const [i, area] of areas.entries()) {
    // The first area (the one people go to first) is requested as soon as the first screen is painted,
    // without waiting for an idle moment: its files load meanwhile, and a person who taps its tile at
    // once does not wait for the whole load. The others each wait for one.
    if (i > 0) await whenIdle();
    if (!current()) return;
    // The code loads once (later runs find it there), with the terms and icons the areas share (the
    // first area brings them); the catalogs are this language's.
    await Promise.all([area.preload(), i18n.loadNamespaces([...area.namespaces])]).catch(() => undefined);
    if (i === 0) {
      // The first area is rehearsed at once (it renders while the others load), and the icons, all
      // there now, are made ready (see warmIcons).
      await whenIdle();
      if (!current()) return;
      stage(area, i18n);
      warmIcons();
    }
  }
  // Then the rehearsals, one at a time: each waits until the one before it has rendered, for at most ten
  // idle moments (one that never renders, because it threw, is left out).
  for (const area of areas) {
    const key = stage(area, i18n);
    for (let tries = 0; key && tries < 10 && !isRehearsed(key); tries++) {
      await whenIdle();
      if (!current()) return;
    }
  }
}

/**
 * Puts an area's first screen on the hidden stage, unless it is done in this language (rehearsed or
 * visited) or is not for rehearsing: only the areas people open from home are (the search's first
 * screen builds the whole search index, work for when someone searches; settings and the nareis guide
 * are a step further away). Returns its key when it is on the stage.
 */
function stage(area: PrefetchArea, i18n: I18n): string | null {
  const Screen = area.loadedCode();
  const key = rehearsalKey(area.id, i18n.language);
  if (!Screen || !area.rehearse || isRehearsed(key)) return null;
  rehearse({ path: area.path, Screen, key });
  return key;
}
