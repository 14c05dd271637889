/**
 * The termbase (locales/termbase.json): for about thirty core concepts of the
 * procedure, one approved rendering per language, with the inflections and
 * variants a text may use, and a note for translators. A concept is found
 * through the English source text; every translation of that string must then
 * use one of its language's approved forms. Every deadline string ("by
 * {{date}}", "at the latest") must use the language's one "no later than"
 * phrase. Exceptions are listed one by one, each with its reason.
 *
 * Pure functions over plain data, used by the termbase test and by the
 * translators' export (`npm run i18n:export`).
 */

interface TermEntry {
  /** The approved rendering, as a translator should write it. */
  term: string;
  /** Lower-case forms accepted in a text (inflections, with and without article); includes the term. */
  forms: string[];
  /** Why this rendering, for this language's translators (e.g. the sources checked for a doubtful term). */
  note?: string;
}

export interface Concept {
  id: string;
  /** Regular expression (case-insensitive) on the English source, markers and placeholders removed. */
  english: string;
  note: string;
  /** The glossary definitions of the concept itself ("namespace:key"): a definition need not repeat its word. */
  definitions?: string[];
  terms: Record<string, TermEntry>;
}

interface TermException {
  /** A concept id, or "no-later-than". */
  concept: string;
  /** "namespace:key", as in the catalogs (plural keys with their suffix). */
  key: string;
  lang: string;
  reason: string;
}

export interface Termbase {
  about: string;
  noLaterThan: { english: string; note: string; phrases: Record<string, TermEntry> };
  concepts: Concept[];
  exceptions: TermException[];
}

/** "namespace:key" → text, for one language. */
export type Catalog = ReadonlyMap<string, string>;

export interface Violation {
  concept: string;
  lang: string;
  key: string;
  text: string;
  /** The approved term the text should use. */
  want: string;
}

export const NO_LATER_THAN = 'no-later-than';

const MARKER = /\[\[[a-z0-9-]+\]\]/g;
const PLACEHOLDER = /\{\{[^}]*\}\}/g;
const PLURAL = /_(zero|one|two|few|many|other)$/;

/**
 * Lower case without the combining dot that Turkish "İ" leaves behind, so "İtiraz" matches "itiraz",
 * and with the typographic apostrophe (’, ʼ) as the plain one, so Ukrainian "в’їзд" matches "в'їзд".
 */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFC').replace(/\u0307/g, '').replace(/[\u2019\u02bc]/g, "'");
}

function sourceKey(key: string, en: Catalog): string | undefined {
  if (en.has(key)) return key;
  const other = key.replace(PLURAL, '_other');
  return en.has(other) ? other : undefined;
}

/** The concepts an English source text uses. */
export function conceptsIn(tb: Termbase, english: string): Concept[] {
  // A marker stands for its glossary id (e.g. "mvv"), so a concept can be told apart by the term it concerns.
  const plain = english.replace(/\[\[([a-z0-9-]+)\]\]/g, '$1').replace(PLACEHOLDER, ' ');
  return tb.concepts.filter((c) => new RegExp(c.english, 'i').test(plain));
}

const GLOSSARY_NAME = /^glossary:terms\.([a-z0-9-]+)\.name$/;

/**
 * The concepts a string must render with the approved term. A glossary term's
 * short `name` is a label for that one term, not a sentence: it is checked
 * against the concept it defines (the concept whose `definitions` hold the
 * term's meaning), not against words its English label happens to contain
 * ("court appeal" is the name of beroep, not a use of "court"). In Dutch the
 * name is the official term itself, so it is not checked.
 */
function conceptsFor(tb: Termbase, key: string, english: string, lang: string): Concept[] {
  const name = GLOSSARY_NAME.exec(key);
  if (!name) return conceptsIn(tb, english);
  if (lang === 'nl') return [];
  const meaning = `glossary:terms.${name[1]}.meaning`;
  return tb.concepts.filter((c) => c.definitions?.includes(meaning));
}

/** Whether an English source text is a deadline string that needs the "no later than" phrase. */
export function isDeadlineText(tb: Termbase, english: string): boolean {
  return new RegExp(tb.noLaterThan.english, 'i').test(english.replace(MARKER, ' '));
}

function uses(text: string, entry: TermEntry, lang: string): boolean {
  // In Dutch a [[marker]] shows the Dutch term itself, so it counts as the word; elsewhere it is only beside it.
  const plain = fold(lang === 'nl' ? text.replace(/\[\[([a-z0-9-]+)\]\]/g, '$1') : text.replace(MARKER, ' '));
  return entry.forms.some((f) => plain.includes(fold(f)));
}

/**
 * Every string of `catalog` (one language) whose English source uses a
 * concept but whose text uses none of the language's approved forms, and
 * every deadline string without the language's "no later than" phrase.
 * Listed exceptions are left out.
 */
export function findViolations(tb: Termbase, lang: string, en: Catalog, catalog: Catalog, withExceptions = true): Violation[] {
  const excepted = new Set(
    withExceptions ? tb.exceptions.filter((e) => e.lang === lang).map((e) => `${e.concept} ${e.key}`) : [],
  );
  const out: Violation[] = [];
  for (const [key, text] of catalog) {
    const srcKey = sourceKey(key, en);
    if (!srcKey) continue;
    const source = en.get(srcKey) ?? '';
    for (const concept of conceptsFor(tb, key, source, lang)) {
      const entry = concept.terms[lang];
      if (!entry || excepted.has(`${concept.id} ${key}`) || concept.definitions?.includes(key)) continue;
      if (!uses(text, entry, lang)) out.push({ concept: concept.id, lang, key, text, want: entry.term });
    }
    const phrase = tb.noLaterThan.phrases[lang];
    if (phrase && isDeadlineText(tb, source) && !isTargetText(tb, source) && !excepted.has(`${NO_LATER_THAN} ${key}`) && !uses(text, phrase, lang)) {
      out.push({ concept: NO_LATER_THAN, lang, key, text, want: phrase.term });
    }
  }
  return out;
}

/** A target ("should … by {{date}}, but this is a goal") is not a deadline: it must not read as "no later than". */
export function isTargetText(tb: Termbase, english: string): boolean {
  return conceptsIn(tb, english).some((c) => c.id === 'target');
}

/** The termbase entries that apply to one string, for a translator's note. */
export function termNotes(tb: Termbase, lang: string, english: string): string[] {
  const notes = conceptsIn(tb, english).flatMap((c) => {
    const entry = c.terms[lang];
    return entry ? [`${c.id}: ${entry.term} (${c.note}${entry.note ? ` ${entry.note}` : ''})`] : [];
  });
  const phrase = tb.noLaterThan.phrases[lang];
  if (phrase && isDeadlineText(tb, english) && !isTargetText(tb, english)) notes.push(`${NO_LATER_THAN}: ${phrase.term} (${tb.noLaterThan.note})`);
  return notes;
}
