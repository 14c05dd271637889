/**
 * Offline full-text search. `engine.ts` holds the index (MiniSearch),
 * `docs.ts` turns a language's catalogs and the content data into documents,
 * `bench.ts` is the benchmark harness for `scripts/bench.mjs`.
 *
 * The renderer imports `engine` and `docs` directly, so the catalogs that
 * `bench.ts` bundles never reach the app's code.
 */
export {
  buildSearchIndex,
  normalizeTerm,
  search,
  snippet,
  tokenize,
  SEARCH_KINDS,
  type SearchDoc,
  type SearchHit,
  type SearchIndex,
  type SearchKind,
  type SearchOptions,
  type SnippetPart,
} from './engine';
export { buildSearchDocs, SEARCH_ROUTES, type BuildDocsOptions, type Catalog, type SearchCatalogs } from './docs';
export { benchmarkHarness, CATALOGS } from './bench';
