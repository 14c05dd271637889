import { DEFAULT_LANGUAGE, offersEveryLanguage, startLanguage } from '@core/i18n/languages';
import type { KioskConfig } from '@core/kiosk/config';
import type { Settings } from '@core/ipc/contract';
import type { StartPage } from './prerenderedPage';
import type { DataStore } from './store/types';

/**
 * The first screen prerendered into index.html (./prerenderedPage.ts) is the language picker in English
 * with every language. It is this start's first screen for a person who has not chosen a language yet,
 * and for a kiosk that starts every session in English with every language offered (its other sessions
 * start in their own language, or offer fewer, so their picker differs).
 */
export function showsPrerenderedPicker(kiosk: KioskConfig | null, settings: Pick<Settings, 'language'>): boolean {
  // The language the renderer starts in (renderer/src/app/start.ts and mount.tsx ask the same function).
  const english = startLanguage(settings.language, kiosk?.defaultLanguage) === DEFAULT_LANGUAGE;
  if (kiosk) return english && offersEveryLanguage(kiosk.languages);
  return !settings.language;
}

/**
 * The page a start gets (./prerenderedPage.ts): with the prerendered picker when that is its first screen;
 * with the rest of the app at once unless it starts with the picker alone. A person's first start does
 * (renderer/src/app/start.ts `startsWithPickerAlone`): the app loads its rest once the picker is on
 * screen. A kiosk's guard is part of every screen, so a kiosk needs the whole app at once, as does a start
 * at home.
 */
export function startPageFor(kiosk: KioskConfig | null, settings: Pick<Settings, 'language'>): StartPage {
  const picker = showsPrerenderedPicker(kiosk, settings);
  return { picker, wholeApp: !picker || kiosk !== null };
}

/**
 * The same, asked of the store when `index.html` is served. Stored settings mean a language was chosen
 * (it is the first thing saved), so a returning person's page is served without unsealing them: no
 * keychain call before the page. Should settings without a language be stored, that start only goes
 * without the prerendered picker.
 */
export async function storeStartPage(kiosk: KioskConfig | null, store: Pick<DataStore, 'hasSettings' | 'loadSettings'>): Promise<StartPage> {
  if (!kiosk && store.hasSettings()) return { picker: false, wholeApp: true };
  return startPageFor(kiosk, await store.loadSettings());
}
