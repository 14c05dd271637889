import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { DEFAULT_LANGUAGE } from '@core/i18n/languages';
import type { CaseInputData } from '@core/domain/case';
import type { AppInfo, Settings } from '@core/ipc/contract';
import { PSEUDO_LOCALE } from '../i18n';
import { AppProvider } from './AppContext';
import { App } from './App';

/**
 * Puts the app in `root`. At a first start the page holds the picker already, as HTML (prerendered when
 * the app is built; electron/main/firstScreen.ts says which starts get it), so it
 * is on screen before this script has run. The app then takes that picker over as it is (hydration): the
 * same elements, with the app's handlers added, so nothing is drawn twice and a focus already there stays.
 * Any other start renders afresh, and its first commit replaces whatever the root held, in one step.
 */
export function mountApp(
  root: HTMLElement,
  start: { i18n: I18n; info: AppInfo; settings: Settings; caseData: CaseInputData | null },
): void {
  const { i18n, info, settings, caseData } = start;
  const tree = (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <AppProvider i18n={i18n} info={info} initialSettings={settings} initialCase={caseData}>
          <App startAtPicker={info.mode === 'kiosk' || !settings.language} />
        </AppProvider>
      </I18nextProvider>
    </StrictMode>
  );
  // What the prerendered picker is: the first start's, in English, with every language, at #/.
  const prerendered =
    root.dataset.firstScreen === 'picker' &&
    !info.kiosk &&
    !settings.language &&
    i18n.language === DEFAULT_LANGUAGE &&
    !PSEUDO_LOCALE &&
    /^#?\/?$/.test(window.location.hash);
  if (prerendered) hydrateRoot(root, tree);
  else createRoot(root).render(tree);
}
