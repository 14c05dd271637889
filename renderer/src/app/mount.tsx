import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { startLanguage, type LanguageCode } from '@core/i18n/languages';
import { createI18n } from '../i18n';
import { installPrintExpansion } from '../components/PrintButton';
import { loadKiosk } from '../kiosk';
import { AppProvider } from './AppContext';
import { App } from './App';
import { FirstStartPicker } from '../pages/FirstStartPicker';
import { firstScreenNotPaintedYet } from './firstScreen';
import { startsAtPicker, takesOverPrerendered, type StartData, type StartOptions as Options } from './start';

/**
 * The whole app (a chunk of its own, loaded by app/wholeApp.ts): everything a start needs beyond the
 * first start's picker, React included.
 */

/** The areas' code, loaded while a person's first start shows the picker (app/pickerAlone.ts). */
export { prefetchAreaCode } from './App';

type Start = StartData & { i18n: I18n };

let printing = false;
/**
 * The start's language and, on a kiosk, its guard (a chunk of its own, there from the first render).
 * The page's language attributes change as the app is committed (AppContext's DocumentLanguage).
 */
async function prepare(data: StartData): Promise<Start> {
  if (!printing) installPrintExpansion();
  printing = true;
  const lng = startLanguage(data.settings.language, data.info.kiosk?.defaultLanguage);
  const [i18n] = await Promise.all([createI18n(lng), data.info.kiosk ? loadKiosk() : undefined]);
  performance.mark('boot:i18n');
  return { ...data, i18n };
}

function appTree({ i18n, info, settings, caseData }: Start, atCommit?: ReactNode): ReactNode {
  return (
    <StrictMode>
      {atCommit}
      <I18nextProvider i18n={i18n}>
        <AppProvider i18n={i18n} info={info} initialSettings={settings} initialCase={caseData}>
          <App startAtPicker={startsAtPicker(info, settings)} />
        </AppProvider>
      </I18nextProvider>
    </StrictMode>
  );
}

/**
 * A person's first start's picker, taken over by React once the rest of the app is there (app/pickerAlone.ts
 * has made its buttons work until then): the same elements, nothing drawn again. A choice then renders the
 * whole app in this root (`renderWholeApp`) with React already running. `hydrated` is called as it is
 * committed. It must not suspend: a click while it hydrates is React's to handle (its root listener
 * hydrates at once for it), and one it could not hydrate for would be lost.
 */
export function hydratePicker(root: HTMLElement, onPick: (code: LanguageCode) => void, hydrated: () => void, options: Options = {}): Root {
  return hydrateRoot(
    root,
    <StrictMode>
      <Committed then={hydrated} />
      <FirstStartPicker onPick={onPick} />
    </StrictMode>,
    options,
  );
}

function Committed({ then }: { then: () => void }) {
  useLayoutEffect(then, [then]);
  return null;
}

/**
 * The whole app in the root of a person's first start, once a language is chosen (app/pickerAlone.ts): in
 * the React root that took the picker over (`hydratePicker`), or, where the choice came first, in a new
 * one. Its first commit replaces the picker, in one step. The page's language attributes change as
 * it is committed, not before: the English picker stays as it is until it goes. `committed` is called then
 * too.
 */
export async function renderWholeApp(
  root: HTMLElement,
  data: StartData,
  { committed, react, options = {} }: { committed: () => void; react?: Root; options?: Options },
): Promise<Root> {
  const start = await prepare(data);
  const app = react ?? createRoot(root, options);
  app.render(appTree(start, <Committed then={committed} />));
  return app;
}

/** Starts the whole app in `root` (app/start.ts: every start but a person's first). */
export async function startWholeApp(root: HTMLElement, data: StartData, options: Options = {}): Promise<Root> {
  return mountApp(root, await prepare(data), options);
}

/**
 * Puts the whole app in `root`. Where the page holds the prerendered picker and that is this start's first
 * screen (a kiosk whose sessions start in English with every language), the app takes it over as it is
 * (hydration): the same elements, with the app's handlers added, so nothing is drawn twice and a focus
 * already there stays. Any other start renders afresh, and its first commit replaces whatever the root
 * held, in one step. `onRecoverableError` is React's (a mismatch with the prerendered HTML is one); by
 * default React reports it.
 */
export function mountApp(root: HTMLElement, start: Start, options: Options = {}): Root {
  const tree = appTree(start);
  const prerendered = root.dataset.firstScreen === 'picker';
  const hydrate = takesOverPrerendered(root, start);
  // The root's own attributes are not React's (it renders inside the root): the busy state ends here.
  delete root.dataset.firstScreen;
  root.removeAttribute('aria-busy');
  if (hydrate) return hydrateRoot(root, tree, options);
  // The prerendered picker was painted, but it is not this start's screen: the work that waits for the
  // first screen to be on screen waits for this one's paint instead.
  if (prerendered) firstScreenNotPaintedYet();
  const fresh = createRoot(root, options);
  fresh.render(tree);
  return fresh;
}
