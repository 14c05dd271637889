import MiniSearch, { type SearchResult } from 'minisearch';

/**
 * Offline full-text search over the app's content in one language (see
 * `docs.ts` for how the documents are built). Pure: no DOM, no i18next.
 *
 * - Every document carries its official Dutch term(s) in `dutch`, which is the
 *   same in every language, so "nader gehoor" finds the detailed-interview
 *   step whatever the interface language is.
 * - Small spelling errors are forgiven (fuzzy, one edit from 4 letters, two
 *   from 9), and the last word is matched as a prefix, so results appear
 *   while the person types.
 * - Case, accents (Dutch ë, é) and Arabic short-vowel marks are ignored.
 */

export type SearchKind = 'step' | 'right' | 'duty' | 'participation' | 'work' | 'letter' | 'glossary' | 'help';

export interface SearchDoc {
  /** Unique, e.g. `step:detailed-interview`. */
  id: string;
  kind: SearchKind;
  /** Where the result leads: an absolute route inside the app, given by the renderer (its app/paths.ts). */
  route: string;
  /** The page's title in the language of the index. */
  title: string;
  /** The page's plain text in that language (glossary markers already resolved to Dutch terms). */
  text: string;
  /** The official Dutch term(s) for the page, untranslated; may be empty. */
  dutch: string;
}

export interface SearchIndex {
  readonly mini: MiniSearch<SearchDoc>;
  readonly docs: ReadonlyMap<string, SearchDoc>;
  /** Per document: its Dutch terms, each as normalized words joined by one space. */
  readonly dutchKeys: ReadonlyMap<string, readonly string[]>;
}

/** A piece of a snippet; `match` pieces are words the query found. */
interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  id: string;
  kind: SearchKind;
  route: string;
  title: string;
  dutch: string;
  score: number;
  /** A short piece of the text around the first match (empty when only the title or Dutch term matched). */
  snippet: SnippetPart[];
}

const MARKS = /[\u0300-\u036f]/g;
// Arabic-script short vowels, shadda, sukun, superscript alef, tatweel; Hebrew points are not needed.
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;

/**
 * One search term as the index stores it: lower case, accents and Arabic
 * vowel marks removed, alef and yeh variants folded, "ß" etc. left alone.
 */
export function normalizeTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(ARABIC_MARKS, '')
    .normalize('NFC')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .toLocaleLowerCase('en');
}

/** Splits on everything that is not a letter, mark or digit (spaces, hyphens, apostrophes, punctuation). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A phrase as normalized words joined by one space: "Beëindiging  opvang" → "beeindiging opvang". */
function phraseKey(text: string): string {
  return tokenize(text).map(normalizeTerm).join(' ');
}

function processTerm(term: string): string | null {
  const t = normalizeTerm(term);
  return t ? t : null;
}

/** Edit distance allowed for a query word: none for short words, where a typo is another word. */
function fuzziness(term: string): number | false {
  if (term.length >= 9) return 2;
  if (term.length >= 4) return 1;
  return false;
}

export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const mini = new MiniSearch<SearchDoc>({
    idField: 'id',
    fields: ['title', 'dutch', 'text'],
    storeFields: [],
    tokenize,
    processTerm,
  });
  const byId = new Map<string, SearchDoc>();
  for (const d of docs) {
    if (byId.has(d.id)) continue;
    byId.set(d.id, d);
  }
  mini.addAll([...byId.values()]);
  const dutchKeys = new Map<string, string[]>();
  for (const d of byId.values()) {
    const keys = d.dutch.split('\n').map(phraseKey).filter(Boolean);
    if (keys.length) dutchKeys.set(d.id, keys);
  }
  return { mini, docs: byId, dutchKeys };
}

export interface SearchOptions {
  /** At most this many hits (default 30). */
  limit?: number;
  /** Only these kinds. */
  kinds?: readonly SearchKind[];
}

const BOOST = { title: 3, dutch: 2.5, text: 1 };
/** Score factor for a page whose Dutch term is exactly the query. */
const EXACT_DUTCH_BOOST = 4;

function run(index: SearchIndex, query: string, combineWith: 'AND' | 'OR', kinds?: readonly SearchKind[]): SearchResult[] {
  return index.mini.search(query, {
    boost: BOOST,
    combineWith,
    // Results while typing: the word being typed (the last) is a prefix; earlier words are whole words.
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
    fuzzy: (term) => fuzziness(term),
    weights: { fuzzy: 0.4, prefix: 0.6 },
    filter: kinds ? (r) => kinds.includes(index.docs.get(String(r.id))?.kind as SearchKind) : undefined,
  });
}

/**
 * The best matches for what the person typed, best first. Every word must
 * match (allowing for typos); when no page has them all, pages with some of
 * them are shown.
 */
export function search(index: SearchIndex, query: string, opts: SearchOptions = {}): SearchHit[] {
  const q = query.trim();
  if (!q || tokenize(q).length === 0) return [];
  let results = run(index, q, 'AND', opts.kinds);
  if (results.length === 0) results = run(index, q, 'OR', opts.kinds);
  // The page whose own Dutch term is exactly what was typed comes first: "opvang" → the reception step
  // and the glossary entry, before pages that merely mention it.
  const key = phraseKey(q);
  const scored = results.map((r) => ({
    r,
    score: index.dutchKeys.get(String(r.id))?.includes(key) ? r.score * EXACT_DUTCH_BOOST : r.score,
  }));
  scored.sort((a, b) => b.score - a.score);
  const limit = opts.limit ?? 30;
  return scored.slice(0, limit).flatMap(({ r, score }) => {
    const doc = index.docs.get(String(r.id));
    if (!doc) return [];
    return [
      {
        id: doc.id,
        kind: doc.kind,
        route: doc.route,
        title: doc.title,
        dutch: doc.dutch,
        score,
        snippet: snippet(doc.text, r.terms),
      },
    ];
  });
}

/**
 * About `size` characters of `text` around the first word that is one of
 * `terms` (index terms, normalized), cut at word boundaries, with the matching
 * words marked. Empty when no word of the text matches.
 */
function snippet(text: string, terms: readonly string[], size = 160): SnippetPart[] {
  const wanted = new Set(terms);
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, norm: normalizeTerm(m[0]) }));
  const first = words.find((w) => wanted.has(w.norm));
  if (!first) return [];
  // Start a little before the match, at a word start; end at a word end.
  let from = Math.max(0, first.start - Math.floor(size / 3));
  const startWord = words.find((w) => w.end > from);
  from = startWord ? Math.min(startWord.start, first.start) : first.start;
  let to = Math.min(text.length, from + size);
  const endWord = [...words].reverse().find((w) => w.start < to);
  to = endWord ? Math.max(endWord.end, first.end) : first.end;

  const parts: SnippetPart[] = [];
  if (from > 0) parts.push({ text: '… ', match: false });
  let pos = from;
  for (const w of words) {
    if (w.start < from || w.end > to) continue;
    if (!wanted.has(w.norm)) continue;
    if (w.start > pos) parts.push({ text: text.slice(pos, w.start), match: false });
    parts.push({ text: text.slice(w.start, w.end), match: true });
    pos = w.end;
  }
  if (pos < to) parts.push({ text: text.slice(pos, to), match: false });
  if (to < text.length) parts.push({ text: ' …', match: false });
  return parts;
}
