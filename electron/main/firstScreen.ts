import { DEFAULT_LANGUAGE, LANGUAGE_CODES, startLanguage } from '@core/i18n/languages';
import type { KioskConfig } from '@core/kiosk/config';
import type { Settings } from '@core/ipc/contract';

/**
 * The first screen prerendered into index.html (./prerenderedPage.ts) is the language picker in English
 * with every language. It is this start's first screen for a person who has not chosen a language yet,
 * and for a kiosk that starts every session in English with every language offered (its other sessions
 * start in their own language, or offer fewer, so their picker differs).
 */
export function showsPrerenderedPicker(kiosk: KioskConfig | null, settings: Pick<Settings, 'language'>): boolean {
  // The language the renderer starts in (renderer/src/main.tsx asks the same function).
  const english = startLanguage(settings.language, kiosk?.defaultLanguage) === DEFAULT_LANGUAGE;
  if (kiosk) return english && LANGUAGE_CODES.every((code) => kiosk.languages.includes(code));
  return !settings.language;
}
