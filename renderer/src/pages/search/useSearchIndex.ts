import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildSearchDocs, type Catalog, type SearchCatalogs } from './docs';
import { buildSearchIndex, type SearchIndex } from '@core/search/engine';
import { MISSING_MARKER } from '../../i18n';

/** The catalogs the search reads, besides the content data. */
const SEARCH_NAMESPACES = ['procedure', 'rights', 'participation', 'letters', 'glossary', 'help', 'work'] as const;

/** One index per language, built on first use (tens of milliseconds) and kept while the app runs. */
const cache = new Map<string, SearchIndex>();

/**
 * The search index of the current language. Suspends until the language's
 * catalogs are loaded; English stands in (marked) for what a language lacks,
 * and the marker itself is not indexed.
 */
export function useSearchIndex(): SearchIndex {
  const { i18n } = useTranslation([...SEARCH_NAMESPACES]);
  const lng = i18n.language;
  return useMemo(() => {
    const hit = cache.get(lng);
    if (hit) return hit;
    const catalogs: SearchCatalogs = {};
    for (const ns of SEARCH_NAMESPACES) {
      catalogs[ns] = (i18n.getResourceBundle(lng, ns) as Catalog | undefined) ?? {};
    }
    const index = buildSearchIndex(buildSearchDocs(catalogs, { missingMarker: MISSING_MARKER }));
    cache.set(lng, index);
    return index;
  }, [i18n, lng]);
}
