/**
 * The search benchmark harness for `scripts/bench.mjs` (and the search tests): it reads the English
 * and Dutch catalogs, so it lives outside core/ and outside the app bundle.
 */
import enGlossary from '../locales/en/glossary.json';
import enHelp from '../locales/en/help.json';
import enLetters from '../locales/en/letters.json';
import enParticipation from '../locales/en/participation.json';
import enProcedure from '../locales/en/procedure.json';
import enRights from '../locales/en/rights.json';
import enWork from '../locales/en/work.json';
import nlGlossary from '../locales/nl/glossary.json';
import nlHelp from '../locales/nl/help.json';
import nlLetters from '../locales/nl/letters.json';
import nlParticipation from '../locales/nl/participation.json';
import nlProcedure from '../locales/nl/procedure.json';
import nlRights from '../locales/nl/rights.json';
import nlWork from '../locales/nl/work.json';
import { GLOSSARY } from '../core/content/glossary';
import { LETTERS } from '../core/content/letters';
import { STEPS } from '../core/content/procedure';
import { buildSearchIndex, search, type SearchIndex } from '../core/search/engine';
import { buildSearchDocs, type SearchCatalogs } from '../renderer/src/pages/search/docs';

/** The English and Dutch catalogs, as plain objects: for the benchmark and the tests. */
export const CATALOGS: Readonly<Record<'en' | 'nl', SearchCatalogs>> = {
  en: {
    procedure: enProcedure,
    rights: enRights,
    participation: enParticipation,
    letters: enLetters,
    glossary: enGlossary,
    help: enHelp,
    work: enWork,
  },
  nl: {
    procedure: nlProcedure,
    rights: nlRights,
    participation: nlParticipation,
    letters: nlLetters,
    glossary: nlGlossary,
    help: nlHelp,
    work: nlWork,
  },
};

/** What a person types, letter by letter: "n", "na", "nad", … */
function typing(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1)).filter((q) => q.trim() !== '');
}

/** One letter swapped with the next: a typical typo. */
function typo(word: string): string {
  if (word.length < 5) return word;
  const i = Math.floor(word.length / 2);
  return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
}

/**
 * For `scripts/bench.mjs`: the English and Dutch indexes, built once, and a
 * set of realistic queries (step titles in both languages, Dutch terms,
 * letter titles, typos, and queries typed letter by letter). `runQuery` runs
 * one query on the index of the language it was written in.
 */
export function benchmarkHarness(): { benchQueries: string[]; runQuery(q: string): unknown } {
  const indexes: Record<'en' | 'nl', SearchIndex> = {
    en: buildSearchIndex(buildSearchDocs(CATALOGS.en)),
    nl: buildSearchIndex(buildSearchDocs(CATALOGS.nl)),
  };
  const lang = new Map<string, 'en' | 'nl'>();
  const add = (q: string, l: 'en' | 'nl') => {
    if (!lang.has(q)) lang.set(q, l);
  };
  const stepTitle = (tree: SearchCatalogs['procedure'], id: string) => {
    const steps = tree?.steps;
    const step = typeof steps === 'object' ? steps[id] : undefined;
    const title = typeof step === 'object' ? step.title : undefined;
    return typeof title === 'string' ? title : id;
  };
  for (const s of STEPS) {
    add(stepTitle(CATALOGS.en.procedure, s.id), 'en');
    add(stepTitle(CATALOGS.nl.procedure, s.id), 'nl');
    add(s.dutchTerm, 'en');
    add(typo(s.dutchTerm), 'nl');
  }
  for (const l of LETTERS) add(l.dutchTitle, 'nl');
  for (const t of GLOSSARY.slice(0, 120)) add(t.term, t.term.length % 2 ? 'en' : 'nl');
  for (const q of ['nader gehoor', 'can I work', 'verblijfsvergunning', 'lawyer appeal deadline']) {
    for (const p of typing(q)) add(p, 'en');
  }
  for (const q of ['mag ik werken', 'beëindiging opvang']) for (const p of typing(q)) add(p, 'nl');
  return {
    benchQueries: [...lang.keys()],
    runQuery: (q: string) => search(indexes[lang.get(q) ?? 'en'], q),
  };
}
