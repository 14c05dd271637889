import { StrictMode, useEffect, useState } from 'react';
import { hydrateRoot, type Root, type RootOptions } from 'react-dom/client';
import { DEFAULT_LANGUAGE, startLanguage, type LanguageCode } from '@core/i18n/languages';
import type { CaseInputData } from '@core/domain/case';
import type { AppInfo, Settings } from '@core/ipc/contract';
import { api } from '../api';
import { PSEUDO_LOCALE } from '../i18n/pseudo';
import { FirstStartFailed, FirstStartPicker } from '../pages/FirstStartPicker';
import { offeredLanguages } from '../pages/PickerView';
import { afterFirstScreen, markFirstScreen } from './firstScreen';
import { loadOnce } from './loadOnce';

/**
 * How the app starts. This file and what it imports are the page's first script (the main chunk): React,
 * the start's data and the first start's language picker. The rest of the app (i18next, the router, every
 * screen's frame: ./mount.tsx and what it imports) is a chunk of its own, loaded by `loadWholeApp`.
 */

/** What a start reads from main before its first screen. */
export type StartData = { info: AppInfo; settings: Settings; caseData: CaseInputData | null };
type Options = Pick<RootOptions, 'onRecoverableError'>;

const wholeApp = loadOnce(() => import('./mount'));
/** Loads the rest of the app (once; a failed load is tried again on the next call). */
export const loadWholeApp = wholeApp.load;

/** A kiosk session and a person who has not chosen a language yet start at the picker; others at home. */
export const startsAtPicker = (info: AppInfo, settings: Settings) => info.mode === 'kiosk' || !settings.language;

/**
 * Whether the app's first screen is exactly the picker prerendered into the page (the first start's,
 * pages/FirstStartPicker.tsx: English, every language offered, English current): the picker, in English,
 * offering the same languages, at #/, with no pseudo-locale. The main process serves the page with it only
 * to such starts (electron/main/firstScreen.ts); the browser preview always.
 */
export function takesOverPrerendered(root: HTMLElement, { info, settings }: Omit<StartData, 'caseData'>): boolean {
  return (
    root.dataset.firstScreen === 'picker' &&
    startsAtPicker(info, settings) &&
    startLanguage(settings.language, info.kiosk?.defaultLanguage) === DEFAULT_LANGUAGE &&
    offeredLanguages(info.kiosk).length === offeredLanguages(undefined).length &&
    !PSEUDO_LOCALE &&
    /^#?\/?$/.test(window.location.hash)
  );
}

/**
 * Whether the picker can be the whole app until a language is chosen: at a person's own first start. Not
 * on a kiosk: its guard (the idle countdown and the staff exit) is part of every screen, the picker's too,
 * and needs the whole app.
 */
export const startsWithPickerAlone = (root: HTMLElement, start: StartData) =>
  start.info.mode !== 'kiosk' && !start.info.kiosk && takesOverPrerendered(root, start);

/**
 * Puts the app in `root`. At a person's first start the page holds the picker already (prerendered), and
 * that picker is all the first screen needs: the app takes it over with this chunk's code alone, so the
 * picker works before the rest of the app has loaded (`startWithPickerAlone`). Every other start loads the
 * rest of the app first (main.tsx has started that alongside the start's data).
 */
export async function start(root: HTMLElement, data: StartData, options: Options = {}): Promise<Root> {
  if (startsWithPickerAlone(root, data)) return startWithPickerAlone(root, data, options);
  const { startWholeApp } = await loadWholeApp();
  return startWholeApp(root, data, options);
}

/**
 * The picker until the whole app is there; it has the rest of the app loaded once it is on screen. A
 * choice that cannot start the app (its files cannot be loaded) shows a calm "start again" instead.
 */
function PickerAlone({ choose }: { choose: (code: LanguageCode) => Promise<void> }) {
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    markFirstScreen();
    // The route on screen, as App.tsx marks it (the end-to-end tests read it).
    document.documentElement.dataset.route = '/';
    // Loaded while the person reads the names, so a choice rarely waits for it; then the areas' code.
    afterFirstScreen(() => void loadWholeApp().then((app) => app.prefetchAreaCode()).catch(() => undefined));
  }, []);
  if (failed) return <FirstStartFailed />;
  return (
    <FirstStartPicker
      onPick={(code) =>
        void choose(code).catch((error: unknown) => {
          console.error(`[renderer] the app could not start: ${error instanceof Error ? error.name : 'error'}`);
          setFailed(true);
        })
      }
    />
  );
}

/**
 * Takes the prerendered picker over as it is (hydration): the same elements, with a handler added, so
 * nothing is drawn twice and a focus already there stays. A choice then starts the whole app in that
 * language at its home screen, in the same root, as a person's later starts begin, and saves the choice,
 * as the app's own picker does (AppContext `chooseLanguage`). Until home is committed the root is busy; a
 * second choice meanwhile is not taken.
 */
function startWithPickerAlone(root: HTMLElement, data: StartData, options: Options): Root {
  // The root's own attributes are not React's (it renders inside the root): the busy state ends here.
  delete root.dataset.firstScreen;
  root.removeAttribute('aria-busy');
  let choosing = false;
  const choose = async (language: LanguageCode) => {
    if (choosing) return;
    choosing = true;
    root.setAttribute('aria-busy', 'true');
    const settings: Settings = { ...data.settings, language };
    const done = () => root.removeAttribute('aria-busy');
    try {
      const { wholeAppTree } = await loadWholeApp();
      // Busy until home is committed (and the picker gone).
      picker.render(await wholeAppTree({ ...data, settings }, done));
    } catch (error) {
      done();
      throw error;
    }
    // Home is there whether or not the choice is saved; unsaved, the next start asks again.
    try {
      await api.saveSettings(settings);
    } catch {
      console.error('[renderer] the language chosen was not saved');
    }
  };
  const picker = hydrateRoot(
    root,
    <StrictMode>
      <PickerAlone choose={choose} />
    </StrictMode>,
    options,
  );
  return picker;
}
