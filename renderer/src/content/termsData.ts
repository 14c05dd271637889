import { loadOnce } from '../app/loadOnce';

/**
 * The Dutch official terms by id, filled from the glossary data (`core/content/glossary`), the one list
 * of terms. That data is a chunk of its own: the first screens (language picker, home) show no marker,
 * so it loads with the first area (app/App.tsx: an area shows once its code, catalogs and these terms
 * are there) and in the prefetch after the first screen.
 */
let TERMS: Readonly<Record<string, string>> | undefined;
const terms = loadOnce(async () => {
  const { GLOSSARY } = await import('@core/content/glossary');
  TERMS = Object.fromEntries(GLOSSARY.map((t) => [t.id, t.term]));
});

export const loadTerms = terms.load;
/** Whether the terms are there; `subscribeTerms` tells when they come (for a screen outside the areas). */
export const termsLoaded = terms.loaded;
export const subscribeTerms = terms.subscribe;

/**
 * The Dutch official term for a `[[glossary-id]]` marker in a text. Texts in
 * every language refer to terms by id; the term itself is never translated.
 */
export function termFor(id: string): string {
  return TERMS?.[id] ?? id.replace(/-/g, ' ');
}
