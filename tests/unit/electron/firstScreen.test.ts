import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES } from '@core/i18n/languages';
import { defaultKioskConfig } from '@core/kiosk/config';
import { showsPrerenderedPicker, startPageFor, storeStartPage } from '../../../electron/main/firstScreen';
import { createMemoryStore } from '../../../electron/main/store/memoryStore';

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

  it("loads the rest of the app at once for every start but a person's first (there it would hold the picker back)", () => {
    const kiosk = { ...defaultKioskConfig(), defaultLanguage: DEFAULT_LANGUAGE, languages: [...LANGUAGE_CODES] };
    expect(startPageFor(null, {})).toEqual({ picker: true, wholeApp: false });
    expect(startPageFor(null, { language: 'ar' })).toEqual({ picker: false, wholeApp: true });
    // A kiosk's guard is part of its every screen, the picker's too: the whole app at once.
    expect(startPageFor(kiosk, {})).toEqual({ picker: true, wholeApp: true });
    expect(startPageFor({ ...kiosk, defaultLanguage: 'ar' }, {})).toEqual({ picker: false, wholeApp: true });
  });

  it("asks a person's own store without unsealing settings it has (no keychain call before the page)", async () => {
    const store = createMemoryStore();
    expect(await storeStartPage(null, store)).toEqual({ picker: true, wholeApp: false });
    await store.saveSettings({ language: 'ar' });
    const loadSettings = vi.spyOn(store, 'loadSettings');
    expect(await storeStartPage(null, store)).toEqual({ picker: false, wholeApp: true });
    expect(loadSettings).not.toHaveBeenCalled();
    // A kiosk's store is memory, and its answer depends on the settings' language.
    const kiosk = { ...defaultKioskConfig(), defaultLanguage: DEFAULT_LANGUAGE, languages: [...LANGUAGE_CODES] };
    expect(await storeStartPage(kiosk, store)).toEqual({ picker: false, wholeApp: true });
    await store.deleteAll();
    expect(await storeStartPage(kiosk, store)).toEqual({ picker: true, wholeApp: true });
  });
});
