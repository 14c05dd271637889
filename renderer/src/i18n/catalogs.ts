/**
 * The loader of every catalog (`locales/<lng>/<namespace>.json`, each its own chunk), by path. A chunk of
 * its own too: 16 languages × 13 namespaces of loaders are of no use to the first screen in English
 * (its `common` is in the main chunk), so the table loads with the first catalog that needs it.
 */
export const CATALOGS = import.meta.glob<Record<string, unknown>>(
  // English `common` and every `meta` are in the main bundle (i18n/index.ts): listing them here too would
  // make each a chunk of its own as well.
  ['../../../locales/*/*.json', '!../../../locales/*/meta.json', '!../../../locales/en/common.json'],
  { import: 'default' },
);

/** Every namespace (file name) in `locales/`. */
export const NAMESPACES = [...new Set(Object.keys(CATALOGS).map((p) => /([^/]+)\.json$/.exec(p)?.[1] ?? ''))];
