/**
 * Offline full-text search: `engine.ts` holds the index (MiniSearch). The documents (a language's
 * catalogs and the content data, with each page's route) are built in the renderer
 * (renderer/src/pages/search/docs.ts); the benchmark harness is bench/search.ts.
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
