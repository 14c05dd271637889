/**
 * The Dutch official term for a `[[glossary-id]]` marker in a text. Texts in
 * every language refer to terms by id; the term itself is never translated.
 */
const TERMS: Record<string, string> = {};

export function termFor(id: string): string {
  return TERMS[id] ?? id.replace(/-/g, ' ');
}

export function hasTerm(id: string): boolean {
  return id in TERMS;
}
