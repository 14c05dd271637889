import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '@core/content/glossary';
import { LETTERS } from '@core/content/letters';
import { STEPS } from '@core/content/procedure';
import { buildSearchIndex, normalizeTerm, search } from '@core/search/engine';
import { buildSearchDocs, type Catalog, type SearchCatalogs } from '../../renderer/src/pages/search/docs';
import { benchmarkHarness, CATALOGS } from '../../bench/search';
import enProcedure from '../../locales/en/procedure.json';
import nlProcedure from '../../locales/nl/procedure.json';

const PROCEDURE = { en: enProcedure, nl: nlProcedure } as const;
const INDEX = { en: buildSearchIndex(buildSearchDocs(CATALOGS.en)), nl: buildSearchIndex(buildSearchDocs(CATALOGS.nl)) };
const ids = (lng: 'en' | 'nl', q: string, n = 30) => search(INDEX[lng], q).slice(0, n).map((h) => h.id);

/** Every string of a catalog replaced: a language the tests cannot read, like Arabic to the index. */
function translated(tree: Catalog, to: string): Catalog {
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, typeof v === 'string' ? to : translated(v, to)]));
}

/** One letter left out of the longest word: "verblijfsvergunning" → "verblijfsvergunnng". */
function dropLetter(text: string): string {
  const words = text.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const i = Math.floor(longest.length * 0.7);
  return words.map((w) => (w === longest ? w.slice(0, i) + w.slice(i + 1) : w)).join(' ');
}

describe('search index', () => {
  it('holds one document per step, right or duty, offer, letter, term and organisation, plus the work checker', () => {
    const docs = buildSearchDocs(CATALOGS.en);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const s of STEPS) expect(docs.find((d) => d.id === `step:${s.id}`)?.route).toBe(`/procedure/step/${s.id}`);
    for (const l of LETTERS) expect(docs.find((d) => d.id === `letter:${l.id}`)?.route).toBe(`/letters/${l.id}`);
    expect(docs.filter((d) => d.kind === 'glossary')).toHaveLength(GLOSSARY.length);
    expect(docs.find((d) => d.id === 'work:checker')?.route).toBe('/work');
  });

  it('indexes plain text: markers become Dutch terms, placeholders and the missing-text marker go', () => {
    const letter = buildSearchDocs(CATALOGS.en).find((d) => d.id === 'letter:invitation-detailed-interview')!;
    expect(letter.text).toContain('about your nader gehoor');
    expect(letter.text).not.toMatch(/\[\[|\]\]/);
    const work = buildSearchDocs(CATALOGS.en).find((d) => d.id === 'work:checker')!;
    expect(work.text).not.toMatch(/\{\{/);
    const marked: SearchCatalogs = { procedure: { steps: { registration: { title: '[EN] Reporting' } } } };
    const doc = buildSearchDocs(marked, { missingMarker: '[EN] ' }).find((d) => d.id === 'step:registration')!;
    expect(doc.title).toBe('Reporting');
  });

  for (const lng of ['en', 'nl'] as const) {
    it(`${lng}: finds every procedure step by its title, among the first three`, () => {
      for (const step of STEPS) {
        const title = PROCEDURE[lng].steps[step.id].title;
        expect({ step: step.id, top: ids(lng, title, 3) }).toEqual({ step: step.id, top: expect.arrayContaining([`step:${step.id}`]) });
      }
    });

    it(`${lng}: finds every procedure step by its Dutch term, among the first three`, () => {
      for (const step of STEPS) {
        expect({ step: step.id, top: ids(lng, step.dutchTerm, 3) }).toEqual({
          step: step.id,
          top: expect.arrayContaining([`step:${step.id}`]),
        });
      }
    });

    it(`${lng}: forgives one missing letter in a step's Dutch term`, () => {
      for (const step of STEPS) {
        const typo = dropLetter(step.dutchTerm);
        expect(typo).not.toBe(step.dutchTerm);
        expect({ typo, found: ids(lng, typo, 10) }).toEqual({ typo, found: expect.arrayContaining([`step:${step.id}`]) });
      }
    });
  }

  it('forgives a one-letter typo in a word of the person’s language', () => {
    expect(ids('en', 'interpeter', 3)).toContain('right:interpreter'); // a letter left out
    expect(ids('en', 'lawjer', 5)).toContain('help:lawyer'); // a letter changed
    expect(ids('nl', 'gemeemte', 5)).toContain('help:municipality'); // a letter changed, in Dutch
  });

  it('finds every glossary term by its Dutch term, among the first three', () => {
    // (A step or organisation with the same Dutch name may come first: "screening" is both.)
    for (const term of GLOSSARY) {
      expect({ term: term.term, top: ids('en', term.term, 3) }).toEqual({
        term: term.term,
        top: expect.arrayContaining([`glossary:${term.id}`]),
      });
    }
  });

  it('finds a glossary term by its abbreviation and by its meaning', () => {
    expect(ids('en', 'tewerkstellingsvergunning', 3)).toContain('glossary:twv');
    expect(ids('en', 'work permit', 10)).toContain('glossary:twv');
  });

  it('in a language it cannot read, still finds a page by its Dutch term', () => {
    const foreign: SearchCatalogs = Object.fromEntries(
      Object.entries(CATALOGS.en).map(([ns, tree]) => [ns, translated(tree as Catalog, 'نص مترجم')]),
    );
    const index = buildSearchIndex(buildSearchDocs(foreign));
    expect(search(index, 'nader gehoor').slice(0, 3).map((h) => h.id)).toContain('step:detailed-interview');
    expect(search(index, 'Uitnodiging nader gehoor')[0]?.id).toBe('letter:invitation-detailed-interview');
    // And the text in that language is searchable too, vowel marks or not.
    expect(search(index, 'نَصّ').length).toBeGreaterThan(0);
  });

  it('gives results while typing: the last word is a prefix', () => {
    expect(ids('en', 'nader geh', 3)).toContain('step:detailed-interview');
    expect(ids('en', 'verblijfsverg', 10)).toContain('step:permit');
    expect(ids('en', '')).toEqual([]);
    expect(ids('en', '  ')).toEqual([]);
  });

  it('ignores case and accents', () => {
    expect(normalizeTerm('Beëindiging')).toBe('beeindiging');
    expect(ids('nl', 'BEEINDIGING OPVANG', 1)).toEqual(['letter:reception-end']);
  });

  it('marks the matching words in a snippet of the text', () => {
    const hit = search(INDEX.en, 'interpreter').find((h) => h.id === 'right:interpreter')!;
    const marked = hit.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase());
    expect(marked).toContain('interpreter');
  });

  it('offers the benchmark a harness with realistic queries that all run', () => {
    const { benchQueries, runQuery } = benchmarkHarness();
    expect(benchQueries.length).toBeGreaterThan(100);
    expect(new Set(benchQueries).size).toBe(benchQueries.length);
    for (const q of benchQueries.slice(0, 20)) expect(Array.isArray(runQuery(q))).toBe(true);
  });
});
