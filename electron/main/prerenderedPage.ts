/**
 * The built index.html holds the first start's screen as HTML (electron.vite.config.ts renders the
 * language picker, in English, with every language): the browser draws it as soon as the page and its
 * stylesheet are read, while the app's script still loads, and the app then takes it over as it is
 * (renderer/src/app/start.tsx). A start that shows another first screen gets the page without it
 * (./firstScreen.ts), so nothing is drawn that is not that start's screen. Until the app has taken it
 * over, the root says it is busy (`aria-busy`), for screen readers.
 *
 * No @core imports here: electron.vite.config.ts imports this file at build time.
 */
const OPEN = '<div id="root" data-first-screen="picker" aria-busy="true">';
const CLOSE = '</div><!--/first-screen-->';
const EMPTY_ROOT = '<div id="root"></div>';
const ROOT_START = '<div id="root"';

/** index.html with the prerendered picker in its root (at build time). */
export function withPrerenderedPicker(html: string, markup: string): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT}`);
  const built = html.replace(EMPTY_ROOT, () => `${OPEN}${markup}${CLOSE}`);
  if (withoutPrerenderedPicker(built) !== html) throw new Error('the prerendered picker cannot be taken out of index.html again');
  return built;
}

/**
 * index.html without it: the root empty, as the source has it. Should the picker be damaged (its end
 * marker missing), the rest of the body goes too: a page without its first screen is a slower start, a
 * wrong first screen is not.
 */
export function withoutPrerenderedPicker(html: string): string {
  const start = html.indexOf(ROOT_START);
  if (start < 0 || !html.slice(start, html.indexOf('>', start)).includes('data-first-screen')) return html;
  const close = html.indexOf(CLOSE, start);
  const body = html.indexOf('</body>', start);
  const end = close >= 0 ? close + CLOSE.length : body >= 0 ? body : html.length;
  return html.slice(0, start) + EMPTY_ROOT + html.slice(end);
}
