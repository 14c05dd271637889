/**
 * The first screen's moment: `app-ready` (benchmarks and end-to-end tests wait for it). Work the first
 * screen does not need (fonts beyond what the system shows, the other areas' code and catalogs) waits
 * for it, so it never holds that screen back.
 */
let shown = false;
const waiting: (() => void)[] = [];

/** Once the next frame is painted. */
function afterPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}

/** Called once, when the first screen is committed. */
export function markFirstScreen(): void {
  if (shown) return;
  shown = true;
  performance.mark('app-ready');
  document.documentElement.dataset.ready = 'true';
  for (const work of waiting.splice(0)) afterPaint(work);
}

/** Runs `work` after the first screen is on screen (at once, after the next paint, when it already is). */
export function afterFirstScreen(work: () => void): void {
  if (shown) afterPaint(work);
  else waiting.push(work);
}
