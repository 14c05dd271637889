import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, getLanguage, type LanguageCode } from '@core/i18n/languages';

/**
 * Catalogs are JSON files in `locales/<lng>/<namespace>.json`, bundled into
 * the app (offline) and loaded per language only when that language is used.
 */
const catalogs = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', { import: 'default' });

export const NAMESPACES = [...new Set(Object.keys(catalogs).map((p) => /([^/]+)\.json$/.exec(p)?.[1] ?? ''))].filter(
  (ns) => ns !== 'meta',
);

/** Languages that have at least one catalog in `locales/`. */
export const AVAILABLE_LANGUAGES = new Set(
  Object.keys(catalogs).map((p) => /locales\/([^/]+)\//.exec(p)?.[1] ?? ''),
) as Set<string>;

export async function loadLanguage(i18n: I18n, lng: LanguageCode): Promise<void> {
  const entries = Object.entries(catalogs).filter(([p]) => p.includes(`/locales/${lng}/`));
  await Promise.all(
    entries.map(async ([p, load]) => {
      const ns = /([^/]+)\.json$/.exec(p)?.[1];
      if (!ns || i18n.hasResourceBundle(lng, ns)) return;
      i18n.addResourceBundle(lng, ns, await load(), true, true);
    }),
  );
}

export function applyDocumentLanguage(lng: LanguageCode): void {
  const lang = getLanguage(lng);
  document.documentElement.lang = lang.intl;
  document.documentElement.dir = lang.dir;
  document.documentElement.dataset.script = lang.script;
}

export async function setLanguage(i18n: I18n, lng: LanguageCode): Promise<void> {
  await loadLanguage(i18n, lng);
  await i18n.changeLanguage(lng);
  applyDocumentLanguage(lng);
}

export async function createI18n(lng: LanguageCode = DEFAULT_LANGUAGE): Promise<I18n> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: ['common'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    resources: {},
    initAsync: false,
  });
  await loadLanguage(i18n, DEFAULT_LANGUAGE);
  await setLanguage(i18n, lng);
  return i18n;
}
