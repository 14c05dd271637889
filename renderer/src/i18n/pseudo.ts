/**
 * Pseudo-locale (preview only, `?pseudo` in the URL): every translated string
 * is wrapped in ⟦ ⟧, so a test can find any text on screen that did not come
 * from a catalog (a hard-coded string). No i18next here: the first screen's
 * code (app/start.ts) reads it before the rest of the app is loaded.
 */
export const PSEUDO_LOCALE = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('pseudo');
