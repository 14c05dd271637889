import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES } from '@core/i18n/languages';
import { defaultKioskConfig } from '@core/kiosk/config';
import { showsPrerenderedPicker } from '../../../electron/main/firstScreen';

// The prerendered picker is the first start's: English, every language (renderer/src/pages/pickerMarkup.tsx).
describe('which starts get the prerendered picker', () => {
  it('a person who has not chosen a language yet', () => {
    expect(showsPrerenderedPicker(null, {})).toBe(true);
  });

  it('not a person who has: their first screen is home, in their language', () => {
    for (const language of LANGUAGE_CODES) expect(showsPrerenderedPicker(null, { language }), language).toBe(false);
  });

  it('a kiosk that still holds a chosen language (its wipe failed) starts in that language, so not there', () => {
    const kiosk = { ...defaultKioskConfig(), defaultLanguage: DEFAULT_LANGUAGE, languages: [...LANGUAGE_CODES] };
    expect(showsPrerenderedPicker(kiosk, { language: 'nl' })).toBe(false);
    expect(showsPrerenderedPicker(kiosk, { language: DEFAULT_LANGUAGE })).toBe(true);
  });

  it('a kiosk whose sessions start in English with every language, and no other kiosk', () => {
    const kiosk = defaultKioskConfig();
    expect(showsPrerenderedPicker({ ...kiosk, defaultLanguage: DEFAULT_LANGUAGE, languages: [...LANGUAGE_CODES] }, {})).toBe(true);
    for (const other of LANGUAGE_CODES.filter((code) => code !== DEFAULT_LANGUAGE)) {
      expect(showsPrerenderedPicker({ ...kiosk, defaultLanguage: other, languages: [...LANGUAGE_CODES] }, {}), other).toBe(false);
      const fewer = LANGUAGE_CODES.filter((code) => code !== other);
      expect(showsPrerenderedPicker({ ...kiosk, defaultLanguage: DEFAULT_LANGUAGE, languages: fewer }, {}), `without ${other}`).toBe(false);
    }
  });
});
