import { describe, expect, it } from 'vitest';
import { createI18n, prepareLanguage } from '../../renderer/src/i18n';

/**
 * What a change of language on the app's picker relies on (AppContext `chooseLanguage`): once a
 * language is prepared, the change to it is made at once, in the same task, so the way back to the
 * person's place renders with it.
 */
describe('a change of language', () => {
  it('is made at once after prepareLanguage, with the catalogs of every namespace loaded since', async () => {
    const i18n = await createI18n('en');
    await i18n.loadNamespaces(['help']);
    await prepareLanguage(i18n, 'ar');
    await i18n.loadNamespaces(['letters']); // taken into use after Arabic was first prepared
    await prepareLanguage(i18n, 'ar');
    expect(['common', 'help', 'letters'].filter((ns) => !i18n.hasResourceBundle('ar', ns))).toEqual([]);
    const changed = i18n.changeLanguage('ar');
    expect(i18n.language).toBe('ar');
    await changed;
  });

  it('does not keep loading a language left behind: namespaces taken into use later load in the language shown', async () => {
    const i18n = await createI18n('en');
    await prepareLanguage(i18n, 'ar');
    await i18n.changeLanguage('ar');
    await prepareLanguage(i18n, 'en');
    await i18n.changeLanguage('en');
    await i18n.loadNamespaces(['work']);
    expect(i18n.hasResourceBundle('en', 'work')).toBe(true);
    expect(i18n.hasResourceBundle('ar', 'work')).toBe(false);
  });
});
