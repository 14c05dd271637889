import { GLOSSARY } from '@core/content/glossary';

/**
 * The Dutch official term for a `[[glossary-id]]` marker in a text. Texts in
 * every language refer to terms by id; the term itself is never translated.
 * Filled from the glossary data (`core/content/glossary`), the one list of terms.
 */
const TERMS: Readonly<Record<string, string>> = Object.fromEntries(GLOSSARY.map((t) => [t.id, t.term]));

export function termFor(id: string): string {
  return TERMS[id] ?? id.replace(/-/g, ' ');
}

export function hasTerm(id: string): boolean {
  return id in TERMS;
}
