import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenCatalog, type CatalogTree } from '@core/i18n/catalog';
import { LANGUAGE_CODES, type LanguageCode } from '@core/i18n/languages';
import { termParts, type TermPart } from '../../renderer/src/content/terms';

/**
 * A `[[term]]` marker already shows the person's word with the Dutch beside it:
 * "guardian (voogd)". A gloss the text writes after it ("[[voogd]] (guardian)")
 * then shows the word twice, "guardian (voogd) (guardian)", and a second
 * parenthesis after a term's own one ("[[gemeente]] ([[koppeling]])",
 * "[[x]] (PIP)") reads as clutter. Issue 13 removed them; this keeps them out,
 * in every language, checked on what the texts render (`termParts`, the
 * renderer's own splitting) with each language's own glossary names.
 */
const ROOT = path.resolve('locales');

/** "namespace:key" → text, for one language. */
function catalog(lng: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(path.join(ROOT, lng))) {
    if (!file.endsWith('.json') || file === 'meta.json') continue;
    flattenCatalog(JSON.parse(readFileSync(path.join(ROOT, lng, file), 'utf8')) as CatalogTree, file.slice(0, -5), out);
  }
  return out;
}

function glossaryNames(lng: string): (id: string) => string | undefined {
  const file = path.join(ROOT, lng, 'glossary.json');
  const terms = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { terms: Record<string, { name?: string }> }).terms : {};
  return (id) => terms[id]?.name?.trim() || undefined;
}

/** Words of three letters or more, folded, for comparing a gloss with a term's name. */
const words = (s: string) =>
  new Set(
    s
      .normalize('NFKC')
      .toLocaleLowerCase()
      .split(/[^\p{L}\p{M}]+/u)
      .filter((w) => [...w].length >= 3),
  );

interface Finding {
  kind: 'repeats the term' | 'second parenthesis';
  term: string;
  gloss: string;
}

/** What follows each term of a rendered text, where it is a parenthesis. */
function glossesAfterTerms(text: string, names: (id: string) => string | undefined, lng: string): Finding[] {
  const parts = termParts(text, names, 'beside', lng);
  const out: Finding[] = [];
  parts.forEach((part, i) => {
    if (part.kind !== 'term') return;
    // "[[a]] ([[b]])": a space, then the second term in the text's own parentheses.
    const after = parts[i + 1];
    const next: TermPart | undefined = after?.kind === 'text' && !after.text.trim() ? parts[i + 2] : after;
    let gloss: string | undefined;
    if (next?.kind === 'term' && next.parens) gloss = `[[${next.id}]]`;
    else if (next?.kind === 'text') gloss = /^\s*[(（]([^)）]*)[)）]/u.exec(next.text)?.[1];
    if (gloss === undefined) return;
    const shown = part.parens ? '' : (part.name ?? part.dutch);
    const ownParenthesis = part.parens || (part.name !== undefined && part.showDutch);
    const shared = [...words(gloss)].some((w) => words(`${shown} ${part.dutch}`).has(w));
    if (shared) out.push({ kind: 'repeats the term', term: part.id, gloss });
    else if (ownParenthesis) out.push({ kind: 'second parenthesis', term: part.id, gloss });
  });
  return out;
}

/**
 * Texts a parallel rewrite of a whole catalog has not cleaned yet, per language, each listed
 * until it is clean (none now). The last test fails on an entry no longer needed: then delete it.
 */
const PENDING: Readonly<Record<string, readonly string[]>> = {};

const findings = new Map(
  LANGUAGE_CODES.map((lng) => {
    const names = glossaryNames(lng);
    const found = new Map<string, Finding[]>();
    for (const [key, text] of catalog(lng)) {
      const f = glossesAfterTerms(text, names, lng);
      if (f.length) found.set(key, f);
    }
    return [lng, found] as const;
  }),
);

describe('a term in a text is not followed by a gloss of its own', () => {
  it('catches "[[voogd]] (guardian)" in every language, with that language\'s own word, and lets "guardian ([[voogd]])" pass', () => {
    for (const lng of LANGUAGE_CODES) {
      const names = glossaryNames(lng);
      const name = names('voogd') ?? 'voogd';
      expect(glossesAfterTerms(`A [[voogd]] (${name}) helps you.`, names, lng).map((f) => f.kind), lng).toEqual(['repeats the term']);
      // The second time a term shows, the word stands alone: a gloss still doubles it.
      expect(glossesAfterTerms(`[[voogd]]. The [[voogd]] (${name}) helps.`, names, lng).length, lng).toBe(1);
      expect(glossesAfterTerms(`A ${name} ([[voogd]]) helps you. The [[voogd]] helps.`, names, lng), lng).toEqual([]);
    }
    const en = glossaryNames('en');
    expect(glossesAfterTerms('The [[coa]] links you to a [[gemeente]] ([[koppeling]]).', en, 'en').map((f) => f.kind)).toEqual(['second parenthesis']);
    expect(glossesAfterTerms('Then it sets your [[persoonlijk-plan-inburgering-en-participatie]] (PIP).', en, 'en').map((f) => f.kind)).toEqual([
      'second parenthesis',
    ]);
    // In Dutch the marker shows the Dutch term alone: a remark in parentheses after it is no second one.
    expect(glossesAfterTerms('De [[transitiedocument]] (nog geen wet)', glossaryNames('nl'), 'nl')).toEqual([]);
  });

  for (const lng of LANGUAGE_CODES) {
    it(`${lng}: no term is followed by a parenthesis that repeats it or stands beside the term's own`, () => {
      const pending = new Set(PENDING[lng] ?? []);
      const problems = [...(findings.get(lng) ?? new Map<string, Finding[]>())]
        .filter(([key]) => !pending.has(key))
        .flatMap(([key, list]) => list.map((f) => `${key}: [[${f.term}]] (${f.gloss}) ${f.kind}`));
      expect(problems).toEqual([]);
    });
  }

  it('lists a text as pending only while it still has such a gloss', () => {
    const stale = Object.entries(PENDING).flatMap(([lng, keys]) => keys.filter((k) => !findings.get(lng as LanguageCode)?.has(k)).map((k) => `${lng} ${k}`));
    expect(stale).toEqual([]);
  });
});
