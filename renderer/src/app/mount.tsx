import { StrictMode } from 'react';
import { createRoot, hydrateRoot, type Root, type RootOptions } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { DEFAULT_LANGUAGE } from '@core/i18n/languages';
import type { CaseInputData } from '@core/domain/case';
import type { AppInfo, Settings } from '@core/ipc/contract';
import { PSEUDO_LOCALE } from '../i18n';
import { offeredLanguages } from '../pages/PickerView';
import { AppProvider } from './AppContext';
import { App } from './App';
import { firstScreenNotPaintedYet } from './firstScreen';

type Start = { i18n: I18n; info: AppInfo; settings: Settings; caseData: CaseInputData | null };

/** A kiosk session and a person who has not chosen a language yet start at the picker; others at home. */
const startsAtPicker = (info: AppInfo, settings: Settings) => info.mode === 'kiosk' || !settings.language;

/**
 * Whether the app's first screen is exactly the picker prerendered into the page (the first start's,
 * pages/FirstStartPicker.tsx: the English catalog, every language offered, English current):
 * the picker, in English, offering the same languages, at #/, with no pseudo-locale. The main process
 * serves the page with it only to such starts (electron/main/firstScreen.ts); the browser preview always.
 */
export function takesOverPrerendered(root: HTMLElement, { i18n, info, settings }: Omit<Start, 'caseData'>): boolean {
  return (
    root.dataset.firstScreen === 'picker' &&
    startsAtPicker(info, settings) &&
    i18n.language === DEFAULT_LANGUAGE &&
    offeredLanguages(info.kiosk).length === offeredLanguages(undefined).length &&
    !PSEUDO_LOCALE &&
    /^#?\/?$/.test(window.location.hash)
  );
}

/**
 * Puts the app in `root`. At a first start the page holds the picker already, as HTML (prerendered when
 * the app is built; electron/main/firstScreen.ts says which starts get it), so it is on screen while the
 * app's script still loads. The app then takes that picker over as it is (hydration): the same elements,
 * with the app's handlers added, so nothing is drawn twice and a focus already there stays. Any other
 * start renders afresh, and its first commit replaces whatever the root held, in one step.
 * `onRecoverableError` is React's (a mismatch with the prerendered HTML is one); by default React reports it.
 */
export function mountApp(root: HTMLElement, start: Start, options: Pick<RootOptions, 'onRecoverableError'> = {}): Root {
  const { i18n, info, settings, caseData } = start;
  const tree = (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <AppProvider i18n={i18n} info={info} initialSettings={settings} initialCase={caseData}>
          <App startAtPicker={startsAtPicker(info, settings)} />
        </AppProvider>
      </I18nextProvider>
    </StrictMode>
  );
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
