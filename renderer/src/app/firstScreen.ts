import type { Script } from '@core/i18n/languages';

/**
 * The first screen's moment: `app-ready` (benchmarks and end-to-end tests wait for it). Work the first
 * screen does not need (fonts beyond what the system shows, the other areas' code and catalogs) waits
 * until that screen is on screen, so it never holds it back.
 */
let shown = false;
let painted = false;
/** The page's first paint was not the first screen (firstScreenNotPaintedYet). */
let replaced = false;
const waiting: (() => void)[] = [];

/** Runs `work` once the next frame is painted (in the first task after it); returns a way to call it off. */
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** How long work waits for the first paint at most (a window kept hidden paints nothing). */
const FIRST_PAINT_WAIT_MS = 2000;

/**
 * Calls `done` once the browser reports the page's first contentful paint: the first screen presented,
 * not only handed to the compositor at the end of its frame. Work started between the two competes with
 * drawing it: measured in Chromium on two cores, starting it at the end of the frame put the picker on
 * screen about 30 ms later. Where the browser reports no paints, after the next frame.
 */
function whenFirstPainted(done: () => void): void {
  const reported = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (!reported) {
    afterPaint(done);
    return;
  }
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    observer?.disconnect();
    cancelFrame?.();
    clearTimeout(limit);
    setTimeout(done, 0);
  };
  const limit = setTimeout(once, FIRST_PAINT_WAIT_MS);
  // A first paint that was not this screen's (a replaced prerendered picker) is past: the next frame's counts.
  const cancelFrame = replaced ? afterPaint(once) : undefined;
  const observer = replaced
    ? undefined
    : new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length) once();
      });
  observer?.observe({ type: 'paint', buffered: true });
}

function flush(): void {
  painted = true;
  for (const work of waiting.splice(0)) setTimeout(work, 0);
}

/**
 * Called when the page's first paint was not this start's first screen (a prerendered picker that the
 * app then replaced, app/mount.tsx): the browser's first contentful paint is then past, so the work
 * waits for the next frame after the first screen's commit instead.
 */
export function firstScreenNotPaintedYet(): void {
  replaced = true;
}

/** Called once, when the first screen is committed. */
export function markFirstScreen(): void {
  if (shown) return;
  shown = true;
  performance.mark('app-ready');
  document.documentElement.dataset.ready = 'true';
  whenFirstPainted(flush);
}

/** Runs `work` after the first screen is on screen (at once, after the next paint, when it already is). */
export function afterFirstScreen(work: () => void): void {
  if (painted) afterPaint(work);
  else waiting.push(work);
}

/**
 * Loads the fonts of these scripts (they are local and small) once the first screen is on screen: the
 * language picker draws each language's name in its own script. Until they are there, the names show in a
 * system font.
 */
export function fontsAfterFirstScreen(scripts: Iterable<Script>): void {
  const wanted = new Set(scripts);
  afterFirstScreen(() => {
    // The fonts' loaders are a chunk of their own (i18n/fonts.ts): not needed for the first paint.
    void import('../i18n/fonts').then(({ loadFonts }) => {
      for (const script of wanted) void loadFonts(script).catch(() => undefined);
    });
  });
}
