import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, getLanguage, type LanguageCode } from '@core/i18n/languages';
import type { CatalogTree } from '@core/i18n/catalog';
import { metaOf, type LocaleMeta } from './meta';
import { afterFirstScreen } from '../app/firstScreen';
import { loadOnce } from '../app/loadOnce';
import type * as Catalogs from './catalogs';
import { PSEUDO_LOCALE } from './pseudo';
// The first screen's English texts are part of the main bundle: no round trip before it can show.
import enCommon from '../../../locales/en/common.json';
import enMeta from '../../../locales/en/meta.json';

/**
 * Catalogs are JSON files in `locales/<lng>/<namespace>.json`, bundled into
 * the app (offline). Each namespace of each language is its own chunk, read
 * by the backend below only when a screen uses it (`useTranslation(ns)`), so
 * the first screen waits for `common` alone. The table of their loaders
 * (./catalogs.ts) is a chunk as well, loaded with the first catalog that needs it.
 */
const catalogTable = loadOnce((): Promise<typeof Catalogs> => import('./catalogs')).load;

/** Every namespace in `locales/` (from the loader table). */
export async function allNamespaces(): Promise<string[]> {
  return (await catalogTable()).NAMESPACES;
}

/** Shown before an English text that stands in for a missing translation: never a silent fallback. */
export const MISSING_MARKER = '[EN] ';

type Tree = CatalogTree;

/** Copies what `target` lacks from `source`, marked, so a gap is visible on screen. */
function fillMissing(target: Tree, source: Tree, marker = MISSING_MARKER): Tree {
  const out: Tree = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const have = out[key];
    if (typeof value === 'string') {
      if (typeof have !== 'string') out[key] = marker + value;
    } else {
      out[key] = fillMissing(typeof have === 'object' ? have : {}, value, marker);
    }
  }
  return out;
}

async function loadBundle(lng: string, ns: string): Promise<Tree | null> {
  if (ns === 'meta') return (metaOf(lng) as Tree | null) ?? null;
  if (lng === DEFAULT_LANGUAGE && ns === 'common') return enCommon as Tree;
  const load = (await catalogTable()).CATALOGS[`../../../locales/${lng}/${ns}.json`];
  return load ? ((await load()) as Tree) : null;
}

/** Reads a namespace of a language, with English filling (visibly) what it lacks. */
export async function readCatalog(lng: string, ns: string): Promise<Tree> {
  const [own, english] = await Promise.all([
    loadBundle(lng, ns),
    lng === DEFAULT_LANGUAGE || ns === 'meta' ? Promise.resolve(null) : loadBundle(DEFAULT_LANGUAGE, ns),
  ]);
  return english ? fillMissing(own ?? {}, english) : (own ?? {});
}

const pseudoProcessor = {
  type: 'postProcessor' as const,
  name: 'pseudo',
  process: (value: string) => (value ? `⟦${value}⟧` : value),
};

const backend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (lng, ns, callback) => {
    readCatalog(lng, ns).then(
      (data) => callback(null, data),
      (error: unknown) => callback(error as Error, false),
    );
  },
};

/** Loads the namespaces already in use (and the metadata) for a language. */
export async function loadLanguage(i18n: I18n, lng: LanguageCode): Promise<void> {
  await i18n.loadLanguages(lng);
}

export function localeMeta(i18n: I18n, lng: string): LocaleMeta | null {
  return (i18n.getResourceBundle(lng, 'meta') as LocaleMeta | undefined) ?? null;
}

/** The page's own language attributes (`lang`, `dir`, the script the stylesheet reads). */
export function applyDocumentLanguage(lng: LanguageCode): void {
  const lang = getLanguage(lng);
  document.documentElement.lang = lang.intl;
  document.documentElement.dir = lang.dir;
  document.documentElement.dataset.script = lang.script;
}

/**
 * Switches to `lng` once its catalogs are there. The page's language attributes are the app's to set, as
 * its render in the language is committed (app/AppContext.tsx `DocumentLanguage`): a first start's
 * English picker is never drawn right to left, nor a screen in the language before.
 */
export async function setLanguage(i18n: I18n, lng: LanguageCode, opts: { deferFonts?: boolean } = {}): Promise<void> {
  await prepareLanguage(i18n, lng, opts);
  await i18n.changeLanguage(lng);
}

/**
 * Gets `lng` ready without switching to it: its catalog of every namespace loaded so far (in the language
 * shown) is loaded, so a change to it right after is made at once, in the same task (AppContext
 * `chooseLanguage`), and its script's font starts loading alongside (font-display: swap; nothing waits
 * for it). `deferFonts`: the font waits until the first screen is painted, so it cannot hold that screen
 * back (start-up). Not i18next's `loadLanguages`: a language loaded that way is loaded with every later
 * namespace for good (its `preload`), and a change of language waits for all of those.
 */
export async function prepareLanguage(i18n: I18n, lng: LanguageCode, opts: { deferFonts?: boolean } = {}): Promise<void> {
  const fonts = () => void import('./fonts').then((m) => m.loadFonts(getLanguage(lng).script)).catch(() => undefined);
  if (opts.deferFonts) afterFirstScreen(fonts);
  else fonts();
  // A catalog already loading for it is waited for, not loaded twice (i18next's backend connector).
  const missing = [i18n.options.ns ?? []].flat().filter((ns) => !i18n.hasResourceBundle(lng, ns));
  if (missing.length > 0) await i18n.reloadResources([lng], missing);
}

export async function createI18n(lng: LanguageCode = DEFAULT_LANGUAGE): Promise<I18n> {
  const i18n = i18next.createInstance();
  await i18n
    .use(backend)
    .use(pseudoProcessor)
    .use(initReactI18next)
    .init({
      ...(PSEUDO_LOCALE ? { postProcess: ['pseudo'] } : {}),
      lng,
      // No silent fallback: gaps are filled visibly with MISSING_MARKER by the backend.
      fallbackLng: false,
      ns: ['common', 'meta'],
      resources: { en: { common: enCommon, meta: enMeta } },
      partialBundledLanguages: true,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      load: 'currentOnly',
      react: { useSuspense: true },
    });
  await setLanguage(i18n, lng, { deferFonts: true });
  return i18n;
}
