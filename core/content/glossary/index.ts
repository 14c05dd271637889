import { GLOSSARY } from './terms';
import type { GlossaryTerm } from './types';

export { GLOSSARY } from './terms';
export type { GlossaryTerm } from './types';
export type { TermId } from './terms';

/**
 * The glossary: official Dutch terms the app uses. Texts anywhere in the app
 * refer to a term as `[[glossary-id]]`; the UI shows the Dutch term (from
 * here, untranslated) with its meaning from `locales/<lng>/glossary.json`
 * (`terms.<id>.meaning`).
 */

/**
 * The id of a term: lower case, accents removed, every run of other
 * characters (spaces, hyphens, '&', '%', '+', ',') becomes one '-'.
 * 'nader gehoor' → 'nader-gehoor', 'éénstatusstelsel' → 'eenstatusstelsel',
 * 'rust- en voorbereidingstermijn' → 'rust-en-voorbereidingstermijn'.
 */
export function glossaryId(term: string): string {
  return term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const BY_ID: ReadonlyMap<string, GlossaryTerm> = new Map(GLOSSARY.map((t) => [t.id, t]));

export function getGlossaryTerm(id: string): GlossaryTerm | undefined {
  return BY_ID.get(id);
}

/** Matches `[[glossary-id]]` in a text; group 1 is the id. Global: reset `lastIndex` or use the helpers. */
const GLOSSARY_REF_PATTERN = /\[\[([^\][]+)\]\]/g;

/** The glossary ids a text refers to, in order, without duplicates. */
export function glossaryRefs(text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(GLOSSARY_REF_PATTERN)) {
    const id = m[1] as string;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

export type TextPart = { kind: 'text'; text: string } | { kind: 'term'; id: string; term: GlossaryTerm | undefined };

/**
 * Splits a text into plain parts and term parts, for rendering `[[id]]` as
 * the Dutch term. An unknown id yields `term: undefined` (render the id).
 */
export function splitGlossaryRefs(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(GLOSSARY_REF_PATTERN)) {
    const start = m.index ?? 0;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    const id = m[1] as string;
    parts.push({ kind: 'term', id, term: BY_ID.get(id) });
    last = start + m[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** Replaces every `[[id]]` with the Dutch term (for plain-text output such as search indexes and print). */
export function resolveGlossaryRefs(text: string): string {
  return text.replace(GLOSSARY_REF_PATTERN, (_, id: string) => BY_ID.get(id)?.term ?? id);
}

/** Terms whose Dutch term or abbreviation contains the query (accents and case ignored). */
export function searchGlossary(query: string): GlossaryTerm[] {
  const q = glossaryId(query).replace(/-/g, ' ');
  if (!q) return [...GLOSSARY];
  const norm = (s: string | undefined) => (s ? glossaryId(s).replace(/-/g, ' ') : '');
  return GLOSSARY.filter(
    (t) => norm(t.term).includes(q) || norm(t.abbreviationOf).includes(q) || norm(t.abbreviation).includes(q),
  );
}
