/**
 * The built index.html holds the first start's screen as HTML (electron.vite.config.ts renders the
 * language picker, in English, with every language): the browser draws it as soon as the page and its
 * stylesheet are read, while the app's script still loads, and the app then takes it over as it is
 * (renderer/src/app/start.ts). A start that shows another first screen gets the page without it
 * (./firstScreen.ts), so nothing is drawn that is not that start's screen. Until the app has taken it
 * over, the root says it is busy (`aria-busy`), for screen readers.
 *
 * The page's script is the first start's: the start's data and the picker's handler, without React. The
 * rest of the app, React included, is a chunk of its own (renderer/src/app/mount.tsx and what it imports). A start that needs it at once
 * (every start but a person's first) gets the page with it as a second script, so it loads beside the
 * first: the build puts that script, and links that preload the files it imports, in the head inside a
 * comment (`<!--whole-app:…-->`), which such a start's page opens. A person's first start leaves it
 * closed: there, loading the rest of the app before the picker is on screen would only hold the picker back.
 *
 * No @core imports here: electron.vite.config.ts imports this file at build time.
 */
const OPEN = '<div id="root" data-first-screen="picker" aria-busy="true">';
const CLOSE = '</div><!--/first-screen-->';
const EMPTY_ROOT = '<div id="root"></div>';
const ROOT_START = '<div id="root"';
const WHOLE_APP_OPEN = '<!--whole-app:';
const WHOLE_APP_CLOSE = '-->';

/**
 * index.html with the prerendered picker in its root, and the rest of the app (`wholeApp`: its script and
 * the links that preload what it imports) closed in a comment before `</head>` (at build time).
 */
export function withPrerenderedPicker(html: string, markup: string, wholeApp = ''): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT}`);
  if (!html.includes('</head>')) throw new Error('index.html has no </head>');
  if (['-->', '--!>', '<!--'].some((end) => wholeApp.includes(end))) throw new Error('the rest of the app cannot be put in a comment');
  const built = html
    .replace(EMPTY_ROOT, () => `${OPEN}${markup}${CLOSE}`)
    .replace('</head>', () => `${WHOLE_APP_OPEN}${wholeApp}${WHOLE_APP_CLOSE}</head>`);
  const page = (picker: boolean, whole: boolean) => startPage(built, { picker, wholeApp: whole });
  if (page(true, false) !== built) throw new Error('the page of a first start differs from the built page');
  if (page(false, false) !== html.replace('</head>', () => `${WHOLE_APP_OPEN}${wholeApp}${WHOLE_APP_CLOSE}</head>`))
    throw new Error('the prerendered picker cannot be taken out of index.html again');
  if (page(false, true) !== html.replace('</head>', () => `${wholeApp}</head>`)) throw new Error('the rest of the app cannot be put in the page');
  return built;
}

/** Which page a start gets: with the prerendered picker or not, and with the rest of the app loaded at once or not. */
export interface StartPage {
  picker: boolean;
  wholeApp: boolean;
}

/** The built index.html as a start gets it (./firstScreen.ts says which). */
export function startPage(html: string, { picker, wholeApp }: StartPage): string {
  return withWholeApp(picker ? html : withoutPrerenderedPicker(html), wholeApp);
}

/**
 * The comment that holds the rest of the app's script and links: opened (`load`), or left as it is. A
 * comment left open (its end missing) would hide the rest of the page; it goes, up to `</head>`, either
 * way (with no `</head>` after it, its opening goes), and the app then loads its rest when it starts
 * (renderer/src/app/start.ts).
 */
function withWholeApp(html: string, load: boolean): string {
  const start = html.indexOf(WHOLE_APP_OPEN);
  if (start < 0) return html;
  const head = html.indexOf('</head>', start);
  const end = html.indexOf(WHOLE_APP_CLOSE, start + WHOLE_APP_OPEN.length);
  if (head < 0) return html.slice(0, start) + html.slice(start + WHOLE_APP_OPEN.length); // no comment opens at all
  if (end < 0 || end > head) return html.slice(0, start) + html.slice(head);
  return load ? html.slice(0, start) + html.slice(start + WHOLE_APP_OPEN.length, end) + html.slice(end + WHOLE_APP_CLOSE.length) : html;
}

/**
 * index.html without it: the root empty, as the source has it. Should the picker be damaged (its end
 * marker missing), the rest of the body goes too: a page without its first screen is a slower start, a
 * wrong first screen is not.
 */
function withoutPrerenderedPicker(html: string): string {
  const start = html.indexOf(ROOT_START);
  if (start < 0 || !html.slice(start, html.indexOf('>', start)).includes('data-first-screen')) return html;
  const close = html.indexOf(CLOSE, start);
  const body = html.indexOf('</body>', start);
  const end = close >= 0 ? close + CLOSE.length : body >= 0 ? body : html.length;
  return html.slice(0, start) + EMPTY_ROOT + html.slice(end);
}
