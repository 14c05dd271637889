import { DEFAULT_LANGUAGE, LANGUAGE_CODES, startLanguage } from '@core/i18n/languages';
import type { KioskConfig } from '@core/kiosk/config';
import type { Settings } from '@core/ipc/contract';
import type { DataStore } from './store/types';

/**
 * The first screen prerendered into index.html (./prerenderedPage.ts) is the language picker in English
 * with every language. It is this start's first screen for a person who has not chosen a language yet,
 * and for a kiosk that starts every session in English with every language offered (its other sessions
 * start in their own language, or offer fewer, so their picker differs).
 */
export function showsPrerenderedPicker(kiosk: KioskConfig | null, settings: Pick<Settings, 'language'>): boolean {
  // The language the renderer starts in (renderer/src/app/start.tsx and mount.tsx ask the same function).
  const english = startLanguage(settings.language, kiosk?.defaultLanguage) === DEFAULT_LANGUAGE;
  if (kiosk) return english && LANGUAGE_CODES.every((code) => kiosk.languages.includes(code));
  return !settings.language;
}

/**
 * The same, asked of the store when `index.html` is served. Stored settings mean a language was chosen
 * (it is the first thing saved), so a returning person's page is served without unsealing them: no
 * keychain call before the page. Should settings without a language be stored, that start only goes
 * without the prerendered picker.
 */
export async function storeShowsPrerenderedPicker(kiosk: KioskConfig | null, store: Pick<DataStore, 'hasSettings' | 'loadSettings'>): Promise<boolean> {
  if (!kiosk && store.hasSettings()) return false;
  return showsPrerenderedPicker(kiosk, await store.loadSettings());
}
