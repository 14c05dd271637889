/**
 * The Dutch official terms by id, filled from the glossary data (`core/content/glossary`), the one list
 * of terms. That data is a chunk of its own: the first screens (language picker, home) show no marker,
 * so it loads with the first area (app/App.tsx: an area shows once its code, catalogs and these terms
 * are there) and in the prefetch after the first screen.
 */
let TERMS: Readonly<Record<string, string>> | undefined;
let terms: Promise<void> | undefined;
const listeners = new Set<() => void>();

export function loadTerms(): Promise<void> {
  return (terms ??= import('@core/content/glossary').then(
    ({ GLOSSARY }) => {
      TERMS = Object.fromEntries(GLOSSARY.map((t) => [t.id, t.term]));
      for (const listener of listeners) listener();
    },
    (error: unknown) => {
      terms = undefined; // tried again on the next area load
      throw error;
    },
  ));
}

/** Whether the terms are there; `subscribeTerms` tells when they come (for a screen outside the areas). */
export const termsLoaded = (): boolean => TERMS !== undefined;
export function subscribeTerms(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The Dutch official term for a `[[glossary-id]]` marker in a text. Texts in
 * every language refer to terms by id; the term itself is never translated.
 */
export function termFor(id: string): string {
  return TERMS?.[id] ?? id.replace(/-/g, ' ');
}
