/**
 * The first screen's moment: `app-ready` (benchmarks and end-to-end tests wait for it). Work the first
 * screen does not need (fonts beyond what the system shows, the other areas' code and catalogs) waits
 * for it, so it never holds that screen back.
 */
let shown = false;
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
