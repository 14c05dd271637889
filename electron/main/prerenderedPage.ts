/**
 * The built index.html holds the first start's screen as HTML (electron.vite.config.ts renders the
 * language picker, in English, with every language): the browser draws it as soon as the page is
 * parsed, before the app's script has run, and the app then takes it over as it is
 * (renderer/src/main.tsx). A start that shows another first screen gets the page without it, so
 * nothing is drawn that is not that start's screen.
 */
const OPEN = '<div id="root" data-first-screen="picker">';
const CLOSE = '</div><!--/first-screen-->';
const EMPTY_ROOT = '<div id="root"></div>';

/** index.html with the prerendered picker in its root (at build time). */
export function withPrerenderedPicker(html: string, markup: string): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT}`);
  return html.replace(EMPTY_ROOT, () => `${OPEN}${markup}${CLOSE}`);
}

/** index.html without it: the root empty, as the source has it. */
export function withoutPrerenderedPicker(html: string): string {
  const start = html.indexOf(OPEN);
  const end = html.indexOf(CLOSE, start);
  return start < 0 || end < 0 ? html : html.slice(0, start) + EMPTY_ROOT + html.slice(end + CLOSE.length);
}
