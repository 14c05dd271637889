import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '@core/i18n/languages';
import { flattenCatalog, type CatalogTree } from '@core/i18n/catalog';
import {
  NO_LATER_THAN,
  conceptsIn,
  findViolations,
  fold,
  isDeadlineText,
  isTargetText,
  termNotes,
  type Catalog,
  type Termbase,
} from '@core/i18n/termbase';

/**
 * The termbase (locales/termbase.json): every string whose English source
 * uses a core concept uses the language's approved term, and every deadline
 * string the language's one "no later than" phrase. Concepts are found
 * through the English, so strings other work adds are checked too.
 */
const ROOT = path.resolve('locales');
const tb = JSON.parse(readFileSync(path.join(ROOT, 'termbase.json'), 'utf8')) as Termbase;

function load(lng: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(path.join(ROOT, 'en'))) {
    if (!file.endsWith('.json') || file === 'meta.json') continue;
    const p = path.join(ROOT, lng, file);
    if (existsSync(p)) flattenCatalog(JSON.parse(readFileSync(p, 'utf8')) as CatalogTree, file.slice(0, -5), out);
  }
  return out;
}

const en = load('en');
const translated = LANGUAGE_CODES.filter((l) => l !== 'en');
const catalogs = new Map(translated.map((l) => [l, load(l)] as const));

describe('termbase', () => {
  it('has about thirty concepts, each with a note and an approved term for every translated language', () => {
    expect(tb.concepts.length).toBeGreaterThanOrEqual(25);
    const ids = tb.concepts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of tb.concepts) {
      expect(c.note.length, c.id).toBeGreaterThan(10);
      expect(() => new RegExp(c.english, 'i'), c.id).not.toThrow();
      expect(Object.keys(c.terms).sort(), c.id).toEqual([...translated].sort());
      for (const [lng, entry] of Object.entries(c.terms)) {
        expect(entry.forms.map(fold), `${c.id} ${lng}`).toContain(fold(entry.term));
      }
    }
    expect(Object.keys(tb.noLaterThan.phrases).sort()).toEqual([...translated].sort());
  });

  it('finds each concept in at least one English string (no dead entries)', () => {
    const sources = [...en.values()];
    const unused = tb.concepts.filter((c) => !sources.some((s) => conceptsIn(tb, s).includes(c))).map((c) => c.id);
    expect(unused).toEqual([]);
    expect(sources.filter((s) => isDeadlineText(tb, s) && !isTargetText(tb, s)).length).toBeGreaterThan(0);
  });

  for (const lng of translated) {
    it(`${lng}: every string uses the approved term of each concept its English source uses, and every deadline the "no later than" phrase`, () => {
      const problems = findViolations(tb, lng, en, catalogs.get(lng) as Catalog).map(
        (v) => `${v.key} [${v.concept}: use "${v.want}"] ${v.text.slice(0, 120)}`,
      );
      expect(problems).toEqual([]);
    });
  }

  it('lists each exception with a reason, and only while it is still needed', () => {
    const concepts = new Set([...tb.concepts.map((c) => c.id), NO_LATER_THAN]);
    const stale: string[] = [];
    for (const e of tb.exceptions) {
      expect(e.reason.length, `${e.concept} ${e.key}`).toBeGreaterThan(20);
      expect(concepts.has(e.concept), e.concept).toBe(true);
      const catalog = catalogs.get(e.lang as (typeof translated)[number]);
      const without = catalog ? findViolations(tb, e.lang, en, new Map([[e.key, catalog.get(e.key) ?? '']]), false) : [];
      if (!without.some((v) => v.concept === e.concept)) stale.push(`${e.lang} ${e.concept} ${e.key}`);
    }
    expect(stale).toEqual([]);
  });

  it('tells the IND granting an application apart from a court granting a request', () => {
    const granted = (s: string) => conceptsIn(tb, s).some((c) => c.id === 'granted');
    expect(granted(en.get('letters:items.decision-granted.what') ?? '')).toBe(true);
    expect(granted(en.get('timeline:notes.interimMeasurePending') ?? '')).toBe(false);
    expect(granted('The court grants it. Later your application is granted.')).toBe(true);
    expect(granted('If the judge grants it, you can stay.')).toBe(false);
  });

  it("checks a glossary term's short name against the concept it names, not against words of its English label", () => {
    // "court appeal" names beroep (the appeal concept); it is no use of the court concept.
    const appeal = tb.concepts.find((c) => c.definitions?.includes('glossary:terms.beroep.meaning'))!;
    const name = 'glossary:terms.beroep.name';
    expect(findViolations(tb, 'fr', en, new Map([[name, 'recours']]), false)).toEqual([]);
    expect(findViolations(tb, 'fr', en, new Map([[name, 'appel']]), false).map((v) => v.concept)).toEqual([appeal.id]);
    // In Dutch the name is the official term itself.
    expect(findViolations(tb, 'nl', en, new Map([['glossary:terms.besluit.name', 'besluit']]), false)).toEqual([]);
  });

  it("gives a language's own note on a term to that language's translators only", () => {
    const withNote = tb.concepts.flatMap((c) => Object.entries(c.terms).filter(([, e]) => e.note).map(([lng, e]) => [c, lng, e.note ?? ''] as const));
    expect(withNote.length).toBeGreaterThan(0);
    for (const [c, lng, note] of withNote) {
      const [, english] = [...en].find(([, s]) => conceptsIn(tb, s).includes(c)) ?? [];
      expect(english, c.id).toBeDefined();
      expect(termNotes(tb, lng, english ?? '').join(' '), `${c.id} ${lng}`).toContain(note);
      const other = translated.find((l) => l !== lng && c.terms[l]?.note !== note) ?? 'nl';
      expect(termNotes(tb, other, english ?? '').join(' '), `${c.id} ${other}`).not.toContain(note);
    }
  });

  it('reads a typographic apostrophe as the plain one', () => {
    expect(fold('Заборону на в’їзд')).toBe(fold("заборону на в'їзд"));
  });

  it('catches a translation that drops the approved term or writes "before" for a last day', () => {
    // For every concept, take a string that uses it and strip the approved forms: the check must object.
    for (const c of tb.concepts) {
      const [key] = [...en].find(([k, s]) => conceptsIn(tb, s).includes(c) && !c.definitions?.includes(k) && !/^glossary:terms\.[a-z0-9-]+\.name$/.test(k)) ?? [];
      if (!key) continue;
      for (const lng of ['fr', 'ru', 'ar'] as const) {
        const text = catalogs.get(lng)?.get(key);
        if (!text) continue;
        let broken = fold(text);
        for (const f of c.terms[lng]?.forms ?? []) broken = broken.split(fold(f)).join('…');
        const found = findViolations(tb, lng, en, new Map([[key, broken]]), false);
        expect(found.map((v) => v.concept), `${c.id} ${lng} ${key}`).toContain(c.id);
      }
    }
    // The Spanish review finding: "antes del {{date}}" leaves the last day out.
    const deadline = [...en].find(([, s]) => isDeadlineText(tb, s) && !isTargetText(tb, s));
    expect(deadline).toBeDefined();
    const [key] = deadline as [string, string];
    const es = catalogs.get('es')?.get(key) ?? '';
    const before = es.replace(tb.noLaterThan.phrases.es?.term ?? '', 'antes del');
    expect(before).not.toBe(es);
    expect(findViolations(tb, 'es', en, new Map([[key, before]]), false).map((v) => v.concept)).toContain(NO_LATER_THAN);
  });
});
