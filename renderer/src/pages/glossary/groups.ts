import { glossaryId, type GlossaryTerm } from '@core/content/glossary';

/** The letter a term is filed under: its first letter without accents, '#' for digits. */
function initialOf(term: string): string {
  const first = glossaryId(term).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Terms A–Z (Dutch collation, case and accents ignored), grouped by initial; '#' first. */
export function groupTerms(terms: readonly GlossaryTerm[]): { initial: string; terms: GlossaryTerm[] }[] {
  const sorted = [...terms].sort((a, b) => collator.compare(a.term, b.term));
  const groups = new Map<string, GlossaryTerm[]>();
  for (const t of sorted) {
    const key = initialOf(t.term);
    const list = groups.get(key) ?? [];
    list.push(t);
    groups.set(key, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
    .map(([initial, list]) => ({ initial, terms: list }));
}

/** Lower case, accents removed: for matching what the person typed against a meaning. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase();
}
