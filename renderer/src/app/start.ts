import type { Root, RootOptions } from 'react-dom/client';
import { DEFAULT_LANGUAGE, offersEveryLanguage, startLanguage } from '@core/i18n/languages';
import type { CaseInputData } from '@core/domain/case';
import type { AppInfo, Settings } from '@core/ipc/contract';
import { PSEUDO_LOCALE } from '../i18n/pseudo';
import { startWithPickerAlone } from './pickerAlone';
import { loadWholeApp } from './wholeApp';

/**
 * How the app starts. This file and what it imports are the page's first script (the main chunk): the
 * start's data, which start this is, and a person's first start's picker, with no React. The rest of the
 * app (React, i18next, the router, every screen's frame: ./mount.tsx and what it imports) is a chunk of its
 * own (./wholeApp.ts).
 */

/** What a start reads from main before its first screen. */
export type StartData = { info: AppInfo; settings: Settings; caseData: CaseInputData | null };
export type StartOptions = Pick<RootOptions, 'onRecoverableError'>;
/** An app put in its root (`unmount` takes it out: the tests). */
export type Started = Pick<Root, 'unmount'>;

/** A kiosk session and a person who has not chosen a language yet start at the picker; others at home. */
export const startsAtPicker = (info: AppInfo, settings: Settings) => info.mode === 'kiosk' || !settings.language;

/**
 * Whether the app's first screen is exactly the picker prerendered into the page (the first start's,
 * pages/FirstStartPicker.tsx: English, every language offered, English current): the picker, in English,
 * offering every language (a kiosk's set-up may offer fewer), at #/, with no pseudo-locale. The main
 * process serves the page with it only to such starts (electron/main/firstScreen.ts, the same rule); the
 * browser preview always.
 */
export function takesOverPrerendered(root: HTMLElement, { info, settings }: Omit<StartData, 'caseData'>): boolean {
  return (
    root.dataset.firstScreen === 'picker' &&
    startsAtPicker(info, settings) &&
    startLanguage(settings.language, info.kiosk?.defaultLanguage) === DEFAULT_LANGUAGE &&
    (!info.kiosk || offersEveryLanguage(info.kiosk.languages)) &&
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
 * that picker is all the first screen needs: its buttons work as they are, before React or the rest of the
 * app has loaded (./pickerAlone.ts). Every other start loads the rest of the app first (main.tsx has
 * started that alongside the start's data). `options` are React's, for the root it makes.
 */
export async function start(root: HTMLElement, data: StartData, options: StartOptions = {}): Promise<Started> {
  if (startsWithPickerAlone(root, data)) return startWithPickerAlone(root, data, options);
  const { startWholeApp } = await loadWholeApp();
  return startWholeApp(root, data, options);
}
